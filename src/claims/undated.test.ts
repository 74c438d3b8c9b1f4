import { describe, expect, it } from 'vitest';
import { readArticle } from './article.js';
import { undatedHints } from './undated.js';

describe('undatedHints', () => {
  it('reads the years, officeholders, days of the year and mandate ends of an undated article', () => {
    const h = undatedHints(readArticle('On Wednesday, March 2, the Biden administration voted at the UN. Up from 185 in 2021. The Council extends the mandate until March 15, 2026.'), 2025);
    expect(h.after).toBe('2021-01-01');
    expect(h.era).toEqual({ from: '2021-01-20', to: '2025-02-20' });
    expect(h.daysOf(1)).toEqual(['03-02']);
    expect(h.mandateOf(2)).toEqual({ from: '2025-02-08', to: '2025-10-16' });
    expect(h.mandateOf(0)).toBeNull();
  });
});
