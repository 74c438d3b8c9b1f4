import { describe, expect, it } from 'vitest';
import { recordProblems } from './checks.js';

describe('records wrong on their face', () => {
  it('flags an adopted resolution with no vote in favour, and a Council title that names another resolution', () => {
    expect(recordProblems({ body: 'sc', symbol: 'S/RES/726(1992)', title: 'Security Council resolution 726 (1992) [on a test]', yes: 0 }).map((p) => p.problem)).toEqual(['noYes']);
    expect(recordProblems({ body: 'sc', symbol: 'S/RES/2808(2025)', title: 'Security Council resolution 2806 (2025) [on a test]', yes: 15 })).toEqual([
      { problem: 'titleSymbol', detail: 'its title is that of resolution 2806' },
    ]);
    expect(recordProblems({ body: 'sc', symbol: 'S/RES/2334(2016)', title: 'Security Council resolution 2334 (2016) [on a test]', yes: 14 })).toEqual([]);
    expect(recordProblems({ body: 'ga', symbol: 'A/RES/78/10', title: 'A title', yes: 120 })).toEqual([]);
  });
});
