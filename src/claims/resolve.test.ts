import { describe, expect, it } from 'vitest';
import { workspace } from '../analysis/workspace.js';
import { matrixOf } from '../../test/helpers/matrix.js';
import { resolveSubject, resolveTally } from './resolve.js';
import { resolveSymbol } from './symbolNamed.js';

// Four members; votes written so that the counted totals are the figures tested.
const ws = workspace(
  matrixOf(['AAA', 'BBB', 'CCC', 'DDD'], [
    { symbol: 'A/RES/70/1', date: '2015-10-01', title: 'Embargo against Cuba', votes: 'YYYN' },
    { symbol: 'A/RES/ES-11/1', date: '2022-03-02', title: 'Aggression against Ukraine', session: 'ES-11', votes: 'YYNA' },
    { symbol: 'A/RES/ES-11/4', date: '2022-10-12', title: 'Territorial integrity of Ukraine', session: 'ES-11', votes: 'YYAA' },
    { symbol: 'A/RES/ES-11/6', date: '2023-02-23', title: 'Lasting peace in Ukraine', session: 'ES-11', votes: 'YNAA' },
    { symbol: 'A/RES/ES-11/7', date: '2025-02-24', title: 'Advancing peace in Ukraine', session: 'ES-11', votes: 'YYYA' },
    { symbol: 'A/RES/ES-11/8', date: '2025-02-24', title: 'The path to peace in Ukraine', session: 'ES-11', votes: 'YYYN' },
  ]),
);
const symbol = (r: { row: number } | null) => (r ? ws.matrix.resolutions[r.row]!.symbol : null);
const scope = (local: string, date: string | null = null) => ({ window: null, date, topic: { local, context: '' } });

describe('resolveTally', () => {
  it('settles the vote by figures only one vote has, on any date', () => {
    const r = resolveTally(ws, { yes: 1, no: 1, abstain: 2 }, scope('the resolution'));
    expect(symbol(r)).toBe('A/RES/ES-11/6');
    expect(r?.firm).toBe(true);
  });

  it('takes, of a series equal in subject, the vote closest to figures none has', () => {
    // Eight members: 4-1-3, 5-2-1 and 6-1-1 on one title; "5 in favour, 3 against" is within three of all, closest to 5-2-1.
    const golan = workspace(
      matrixOf(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'], [
        { symbol: 'A/RES/56/32', date: '2001-12-03', title: 'The Syrian Golan', votes: 'YYYYNAAA' },
        { symbol: 'A/RES/77/26', date: '2022-11-30', title: 'The Syrian Golan', votes: 'YYYYYNNA' },
        { symbol: 'A/RES/78/1', date: '2023-11-30', title: 'The Syrian Golan', votes: 'YYYYYYNA' },
        { symbol: 'A/RES/78/2', date: '2023-12-01', title: 'Embargo against Cuba', votes: 'YYYYYYNN' },
      ]),
    );
    const r = resolveTally(golan, { yes: 5, no: 3 }, scope('the Syrian Golan'));
    expect(r && golan.matrix.resolutions[r.row]!.symbol).toBe('A/RES/77/26');
  });

  it('tells apart votes with the same figures by subject, and two of one day by their words', () => {
    expect(symbol(resolveTally(ws, { yes: 3, no: 1 }, scope('the embargo against Cuba')))).toBe('A/RES/70/1');
    expect(symbol(resolveTally(ws, { yes: 3, no: 1 }, scope('the path to peace')))).toBe('A/RES/ES-11/8');
  });

  it('reads a lone figure against the vote on the subject, and says when another vote of the series has it', () => {
    const series = workspace(
      matrixOf(['AAA', 'BBB', 'CCC', 'DDD'], [
        { symbol: 'A/RES/70/1', date: '2015-10-01', title: 'Embargo against Cuba', votes: 'YYYN' },
        { symbol: 'A/RES/ES-11/1', date: '2022-03-02', title: 'Peace and aggression against Ukraine', session: 'ES-11', votes: 'YYNA' },
        { symbol: 'A/RES/ES-11/4', date: '2022-10-12', title: 'Territorial integrity of Ukraine', session: 'ES-11', votes: 'YYAA' },
        { symbol: 'A/RES/ES-11/6', date: '2023-02-23', title: 'Lasting peace in Ukraine', session: 'ES-11', votes: 'YNAA' },
      ]),
    );
    const at = (r: { row: number } | null) => (r ? series.matrix.resolutions[r.row]!.symbol : null);
    // Two abstentions on "lasting peace": ES-11/6 had them.
    expect(at(resolveTally(series, { abstain: 2 }, scope('lasting peace in Ukraine', '2023-02-24')))).toBe('A/RES/ES-11/6');
    // One abstention: not ES-11/6's figure, but ES-11/1's, a vote of the same emergency session.
    const wrong = resolveTally(series, { abstain: 1 }, scope('lasting peace in Ukraine', '2023-02-24'));
    expect(at(wrong)).toBe('A/RES/ES-11/6');
    expect(wrong?.other).toBe(1);
  });

  it('never reaches forward past the article’s date', () => {
    expect(symbol(resolveTally(ws, { yes: 3, no: 0, abstain: 1 }, scope('peace in Ukraine', '2023-03-01')))).not.toBe('A/RES/ES-11/7');
  });
});

describe('resolveTally on an annual text', () => {
  it('picks the year whose text of the year before has the figures given for "last year"', () => {
    const annual = workspace(
      matrixOf(['AAA', 'BBB', 'CCC'], [
        { symbol: 'A/RES/74/7', date: '2019-11-07', title: 'Embargo against Cuba', votes: 'YYN' },
        { symbol: 'A/RES/77/7', date: '2022-11-03', title: 'Embargo against Cuba', votes: 'YNN' },
        { symbol: 'A/RES/78/7', date: '2023-11-02', title: 'Embargo against Cuba', votes: 'YYN' },
        { symbol: 'A/RES/79/7', date: '2024-10-30', title: 'Embargo against Cuba', votes: 'YYN' },
        { symbol: 'A/RES/79/8', date: '2024-10-31', title: 'Oceans and the law of the sea', votes: 'YYY' },
      ]),
    );
    const at = (r: { row: number } | null) => (r ? annual.matrix.resolutions[r.row]!.symbol : null);
    // Two yes votes in 2019, 2023 and 2024; one "last year" only before 2023.
    expect(at(resolveTally(annual, { yes: 2 }, { ...scope('the embargo against Cuba'), lastYear: [{ yes: 1 }] }))).toBe('A/RES/78/7');
    expect(at(resolveTally(annual, { yes: 2 }, scope('the embargo against Cuba')))).toBe('A/RES/79/7');
  });
});

describe('resolveSubject and resolveSymbol', () => {
  it('takes the latest vote on the subject before the date, and none without a date', () => {
    expect(symbol(resolveSubject(ws, scope('Ukraine', '2022-12-01')))).toBe('A/RES/ES-11/4');
    expect(resolveSubject(ws, scope('Ukraine'))).toBeNull();
  });

  it('finds a symbol named in the text, in any spelling', () => {
    expect(symbol(resolveSymbol(ws, 'Resolution ES-11/4 was adopted'))).toBe('A/RES/ES-11/4');
    expect(resolveSymbol(ws, 'on 24/2 the Assembly voted')).toBeNull();
  });
});
