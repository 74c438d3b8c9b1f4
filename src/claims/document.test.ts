import { describe, expect, it } from 'vitest';
import { sentences } from './document.js';

describe('sentences', () => {
  it('splits lines, bullets and sentences, with offsets into the text', () => {
    const text = 'UN vote on Ukraine\n\n  • The vote was 141-5-35. Mr. Guterres spoke on Feb. 24.\n- India abstained.';
    const got = sentences(text);
    expect(got.map((s) => s.text)).toEqual(['UN vote on Ukraine', 'The vote was 141-5-35.', 'Mr. Guterres spoke on Feb. 24.', 'India abstained.']);
    for (const s of got) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    expect(got[3]!.tokens.map((t) => t.pos)).toEqual(['PROPN', 'VERB', 'PUNCT']);
  });
});
