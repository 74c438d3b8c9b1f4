import { describe, expect, it } from 'vitest';
import { workspace } from '../analysis/workspace.js';
import { matrixOf } from '../../test/helpers/matrix.js';
import { subjectScores } from './subject.js';
import { bestFitting, fitOf, impliedCount, refit } from './bestFit.js';

// Five members; an annual text three years running, and one vote on another subject.
const ws = workspace(
  matrixOf(['AAA', 'BBB', 'CCC', 'DDD', 'EEE'], [
    { symbol: 'A/RES/68/8', date: '2013-10-29', title: 'Necessity of ending the embargo against Cuba', votes: 'YYYNA' },
    { symbol: 'A/RES/69/5', date: '2014-10-28', title: 'Necessity of ending the embargo against Cuba', votes: 'YYYNN' },
    { symbol: 'A/RES/70/5', date: '2015-10-27', title: 'Necessity of ending the embargo against Cuba', votes: 'YYNAA' },
    { symbol: 'A/RES/70/9', date: '2015-11-02', title: 'Nuclear disarmament', votes: 'YYYNA' },
  ]),
);
const row = (symbol: string) => ws.matrix.resolutions.findIndex((r) => r.symbol === symbol);
const v = (code: string, vote: 'Y' | 'N' | 'A') => ({ code, vote, negated: false });

describe('fitOf', () => {
  it('counts the figures and the states’ votes the record has as the article says, each figure once', () => {
    const ev = { tallies: [{ yes: 3, no: 1 }, { yes: 3 }], votes: [v('DDD', 'N'), v('EEE', 'A'), v('ZZZ', 'Y')] };
    expect(fitOf(ws, row('A/RES/68/8'), ev)).toEqual({ row: row('A/RES/68/8'), fits: 4, of: 5 });
    expect(fitOf(ws, row('A/RES/69/5'), ev)).toMatchObject({ fits: 2, of: 5 });
  });

  it('reads a state told to have abstained and not to have voted as not voting in favour', () => {
    const ev = { tallies: [], votes: [v('EEE', 'A'), { code: 'EEE', vote: 'X' as const, negated: false }] };
    expect(fitOf(ws, row('A/RES/68/8'), ev)).toMatchObject({ fits: 1, of: 1 });
    expect(fitOf(ws, row('A/RES/70/9'), { tallies: [], votes: [v('AAA', 'A'), { code: 'AAA', vote: 'X' as const, negated: false }] })).toMatchObject({ fits: 0, of: 1 });
  });
});

describe('bestFitting', () => {
  const ev = { tallies: [{ yes: 3, abstain: 1 }], votes: [v('DDD', 'N'), v('EEE', 'A')] };
  const candidates = [row('A/RES/70/5'), row('A/RES/69/5'), row('A/RES/68/8')];

  it('moves to the vote the evidence fits by a margin, and keeps the current one short of it', () => {
    expect(bestFitting(ws, candidates, ev, row('A/RES/70/5'), 2)?.row).toBe(row('A/RES/68/8'));
    expect(bestFitting(ws, candidates, ev, row('A/RES/70/5'), 5)).toBeNull();
  });

  it('picks none when two votes fit as well: the evidence does not tell them apart', () => {
    const tie = { tallies: [{ yes: 3 }], votes: [v('DDD', 'N')] };
    expect(bestFitting(ws, candidates, tie, null, 0)).toBeNull();
  });

  it('with no current choice, needs three fits, three in five of what the article gives', () => {
    expect(bestFitting(ws, candidates, ev, null, 0)?.row).toBe(row('A/RES/68/8'));
    expect(bestFitting(ws, candidates, { tallies: [], votes: [v('EEE', 'A'), v('DDD', 'N')] }, null, 0)).toBeNull();
  });

  it('loose: two things the article gives are enough when they are all it gives and one vote alone has them', () => {
    const two = { tallies: [], votes: [v('CCC', 'N'), v('DDD', 'A')] };
    expect(bestFitting(ws, candidates, two, null, 0)).toBeNull();
    expect(bestFitting(ws, candidates, two, null, 0, undefined, true)?.row).toBe(row('A/RES/70/5'));
    // Not all of it fits: none, though three things fit.
    expect(bestFitting(ws, candidates, { tallies: [{ yes: 2 }], votes: [v('CCC', 'N'), v('DDD', 'A'), v('AAA', 'N')] }, null, 0, undefined, true)).toBeNull();
  });
});

describe('refit', () => {
  it('looks among the votes on the subject within the dates, and says why', () => {
    const topic = subjectScores(ws.text(), { local: 'the embargo against Cuba', context: '' });
    const ev = { tallies: [{ yes: 3, abstain: 1 }], votes: [v('DDD', 'N'), v('EEE', 'A')] };
    const r = refit(ws, topic, ev, row('A/RES/70/5'), null);
    expect(r?.row).toBe(row('A/RES/68/8'));
    expect(r?.why).toMatch(/4 of the article's 4 .* fit this one; 1 the one .*A\/RES\/70\/5/);
    // The nuclear vote has the same votes, but not the subject; and 2013 is more than two years before an article of 2016.
    expect(refit(ws, topic, ev, row('A/RES/70/5'), '2016-01-15')).toBeNull();
  });
});

describe('impliedCount', () => {
  it('reads "only these states" as their number, and nothing without "only" or with mixed votes', () => {
    expect(impliedCount('while only the United States and Israel opposed', [v('USA', 'N'), v('ISR', 'N')])).toEqual({ no: 2 });
    expect(impliedCount('Belarus was the lone country to abstain', [v('BLR', 'A')])).toEqual({ abstain: 1 });
    expect(impliedCount('the United States and Israel opposed', [v('USA', 'N'), v('ISR', 'N')])).toBeNull();
    expect(impliedCount('only the United States opposed and Israel abstained', [v('USA', 'N'), v('ISR', 'A')])).toBeNull();
  });
});
