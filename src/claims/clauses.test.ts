import { describe, expect, it } from 'vitest';
import { clauses } from './clauses.js';

const cut = (text: string) => clauses(text).map((c) => [c.text.trim(), c.relative ? 'relative' : c.leading ? 'leading' : 'main']);

describe('clauses', () => {
  it('cuts at semicolons, "while" and "but"', () => {
    expect(cut('Russia vetoed the draft; China and India abstained.')).toEqual([['Russia vetoed the draft', 'main'], ['China and India abstained.', 'main']]);
    expect(cut('Moldova voted in favour, while Kazakhstan abstained.')).toEqual([['Moldova voted in favour', 'main'], ['Kazakhstan abstained.', 'main']]);
  });

  it('cuts at "and" only where a vote is cast on both sides', () => {
    expect(cut('Brazil voted in favour, and Russia voted against.')).toEqual([['Brazil voted in favour', 'main'], ['Russia voted against.', 'main']]);
    expect(cut('Kyrgyzstan, Tajikistan, and Turkmenistan did not vote.')).toEqual([['Kyrgyzstan, Tajikistan, and Turkmenistan did not vote.', 'main']]);
  });

  it('keeps "with X abstaining" apart, with its "with"', () => {
    expect(cut('It got 14 votes in favour, with the United States abstaining.')).toEqual([
      ['It got 14 votes in favour', 'main'],
      ['with the United States abstaining.', 'main'],
    ]);
  });

  it('takes out relative and leading clauses', () => {
    expect(cut('India, which had abstained in October, voted in favour.')).toEqual([
      ['India', 'main'],
      ['which had abstained in October', 'relative'],
      ['voted in favour.', 'main'],
    ]);
    expect(cut('Albania abstained, having supported the resolution last year.')).toEqual([
      ['Albania abstained', 'main'],
      ['having supported the resolution last year', 'relative'],
    ]);
    expect(cut('After Russia vetoed a Council draft, the Assembly voted 141-5-35.')).toEqual([
      ['After Russia vetoed a Council draft', 'leading'],
      ['the Assembly voted 141-5-35.', 'main'],
    ]);
  });
});
