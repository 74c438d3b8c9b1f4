import { describe, expect, it } from 'vitest';
import { createRegistry } from '../countries/registry.js';
import { detectClaims } from './detect.js';

const reg = createRegistry();
const found = (text: string, last: string | null = null) =>
  detectClaims(reg, { text, index: 0 }, last).map((c) => ({ kind: c.kind, tally: c.tally, votes: c.votes, shift: c.shift }));

describe('detectClaims', () => {
  it('reads tallies in digits, dashes and words', () => {
    expect(found('It passed 141-7-32.')[0]?.tally).toEqual({ yes: 141, no: 7, abstain: 32 });
    expect(found('Adopted by 141 votes to 7, with 32 abstentions.')[0]?.tally).toEqual({ yes: 141, no: 7, abstain: 32 });
    expect(found('Thirty-two countries abstained.')[0]?.tally).toEqual({ abstain: 32 });
  });

  it('does not read dates or years as tallies', () => {
    expect(found('The vote on 2023-02-23 came in 2023.')).toEqual([]);
  });

  it('reads country votes, lists and negations', () => {
    expect(found('India and China abstained.')[0]?.votes).toEqual([
      { code: 'IND', vote: 'A', negated: false },
      { code: 'CHN', vote: 'A', negated: false },
    ]);
    expect(found('Brazil voted in favour, while Russia voted against.')[0]?.votes).toEqual([
      { code: 'BRA', vote: 'Y', negated: false },
      { code: 'RUS', vote: 'N', negated: false },
    ]);
    expect(found('Pakistan did not support the resolution.')[0]?.votes).toEqual([{ code: 'PAK', vote: 'Y', negated: true }]);
    expect(found('Thirty-two countries abstained, including China and India.').find((c) => c.kind === 'countryVote')?.votes?.map((v) => v.code)).toEqual(['CHN', 'IND']);
  });

  it('leaves out what would, could or should happen', () => {
    expect(found('Supporting the measure would signal a shift.')).toEqual([]);
    expect(found('Washington urged India to back the resolution.')).toEqual([]);
    expect(found('The Western-backed resolution was debated.')).toEqual([]);
  });

  it('finds shifts, taking "its" for the last state named', () => {
    expect(found('It followed its earlier abstention on a similar resolution.', 'PAK')[0]?.shift).toEqual({ code: 'PAK', cue: 'earlier', earlierVote: 'A' });
    expect(found('India again abstained.').find((c) => c.kind === 'shift')?.shift).toEqual({ code: 'IND', cue: 'again', earlierVote: 'A' });
  });

  it('marks alignment statements', () => {
    expect(found('India is avoiding taking sides between Washington and Moscow.').map((c) => c.kind)).toEqual(['alignment']);
  });
});
