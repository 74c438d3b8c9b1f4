import { describe, expect, it } from 'vitest';
import { deltaLastYear, withoutComparisons } from './yearBefore.js';

describe('comparisons with the year before', () => {
  it('drops a comparison, so that its year is not taken for the vote it reports', () => {
    expect(withoutComparisons('supported by 156 nations, down 11 from last year').trim()).toBe('supported by 156 nations,');
    // AP on the Cuba embargo vote of 2 November 2023: "184 in 2021, and tied the 2019 vote of 187".
    expect(withoutComparisons('and 184 in 2021, and tied the 2019 vote of 187')).not.toMatch(/2019/);
    expect(withoutComparisons('Pakistan abstained in the 2019 vote')).toMatch(/2019/);
  });
  it('reads the figure of the year before that a change states', () => {
    expect(deltaLastYear({ yes: 107 }, '107 countries—four more than last year')).toEqual({ yes: 103 });
    expect(deltaLastYear({ yes: 156 }, '156 nations, down 11 from last year')).toEqual({ yes: 167 });
    expect(deltaLastYear({ yes: 156, no: 3 }, '156 nations, down 11 from last year')).toBeNull();
  });
});
