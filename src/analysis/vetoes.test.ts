import { describe, expect, it } from 'vitest';
import type { Draft } from '../sources/drafts.js';
import { draftSides, selectDrafts, vetoSummary } from './vetoes.js';

let n = 0;
const draft = (date: string, vetoedBy: string[], votes: [string, 'Y' | 'N' | 'A' | 'X'][] = [], subject = 'a test'): Draft => ({
  symbol: `S/${date.slice(0, 4)}/${++n}`, key: `k${n}`, date, meeting: null, agenda: '', subject, outcome: vetoedBy.length ? 'vetoed' : 'failed',
  vetoedBy, amendment: false, counts: { yes: null, no: null, abstain: null, nonVoting: null },
  votes: votes.map(([code, vote]) => ({ code, vote })), source: 'https://example.org', secondSource: null, notes: '', line: n,
});

const drafts = [
  draft('1950-01-01', ['SUN']),
  draft('1990-01-01', ['USA', 'GBR']),
  draft('2022-09-30', ['RUS'], [['RUS', 'N'], ['IND', 'A'], ['FRA', 'Y']], 'referendums in Ukraine'),
  draft('2024-03-22', ['CHN', 'RUS'], [['RUS', 'N'], ['CHN', 'N'], ['DZA', 'N'], ['GUY', 'A'], ['USA', 'Y']], 'ceasefire in Gaza'),
  draft('2024-11-20', ['USA'], [['USA', 'N'], ['DZA', 'Y'], ['GUY', 'Y']], 'ceasefire in Gaza'),
  draft('2023-10-16', []),
];

describe('vetoes', () => {
  it('counts one veto per vetoing member, with the USSR in Russia\'s seat, and joint vetoes', () => {
    const s = vetoSummary(drafts);
    expect(s.bySeat.map((x) => [x.seat, x.vetoes, x.ussr])).toEqual([['CHN', 1, 0], ['FRA', 0, 0], ['GBR', 1, 0], ['RUS', 3, 1], ['USA', 2, 0]]);
    expect(s.joint).toEqual([{ seats: ['CHN', 'RUS'], drafts: 1, last: '2024-03-22' }, { seats: ['GBR', 'USA'], drafts: 1, last: '1990-01-01' }]);
    expect(s).toMatchObject({ vetoedDrafts: 5, failedDrafts: 1 });
    expect(s.byYear.find((y) => y.year === 2024)?.vetoes).toEqual({ CHN: 1, FRA: 0, GBR: 0, RUS: 1, USA: 1 });
  });

  it('selects by seat, years and topic words', () => {
    expect(selectDrafts(drafts, { by: 'RUS' }).map((d) => d.date)).toEqual(['1950-01-01', '2022-09-30', '2024-03-22']);
    expect(selectDrafts(drafts, { topic: 'gaza ceasefire', from: 2024 }).length).toBe(2);
    expect(selectDrafts(drafts, { failed: false }).length).toBe(5);
  });

  it('says how a member sided on drafts a power vetoed', () => {
    const dza = draftSides(drafts, 'DZA');
    expect(dza.map(({ seat, n: k, withVeto, withMajority, abstained }) => ({ seat, k, withVeto, withMajority, abstained }))).toEqual([
      { seat: 'CHN', k: 1, withVeto: 1, withMajority: 0, abstained: 0 },
      { seat: 'RUS', k: 1, withVeto: 1, withMajority: 0, abstained: 0 },
      { seat: 'USA', k: 1, withVeto: 0, withMajority: 1, abstained: 0 },
    ]);
    // The vetoing power's own vote is not side-taking.
    expect(draftSides(drafts, 'RUS').map((s) => s.seat)).toEqual(['CHN']);
    expect(draftSides(drafts, 'IND')).toMatchObject([{ seat: 'RUS', n: 1, abstained: 1 }]);
  });
});
