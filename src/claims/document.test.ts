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

  it('keeps "U.N." with the body it qualifies, and ends a sentence at "the U.S." before another', () => {
    expect(sentences('The vote at the U.N. First Committee was 144-4.').map((s) => s.text)).toEqual(['The vote at the U.N. First Committee was 144-4.']);
    expect(sentences('It was backed by the U.S. The vote was 13-2.').map((s) => s.text)).toEqual(['It was backed by the U.S.', 'The vote was 13-2.']);
  });

  it('cuts a run of text with no full stop into pieces of at most 4,000 characters, at spaces', () => {
    const text = `The UN vote was ${'141-5-35 '.repeat(2000)}`;
    const got = sentences(text);
    expect(got.length).toBeGreaterThan(4);
    for (const [i, s] of got.entries()) {
      expect(s.index).toBe(i);
      expect(s.text.length).toBeLessThanOrEqual(4000);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    expect(got.map((s) => s.text).join('')).toBe(text.trimEnd().slice(0, got.at(-1)!.end));
  });
});
