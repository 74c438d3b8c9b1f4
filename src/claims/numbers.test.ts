import { describe, expect, it } from 'vitest';
import { COUNT, countValue } from './numbers.js';

const counts = (text: string) => [...text.matchAll(new RegExp(`\\b${COUNT}`, 'gi'))].map((m) => countValue(m[0]));

describe('COUNT and countValue', () => {
  it('reads counts in digits and in words', () => {
    expect(counts('Thirty-two countries abstained')).toEqual([32]);
    expect(counts('adopted by one hundred and forty-one votes to seven')).toEqual([141, 7]);
    expect(counts('a hundred and forty-three in favour')).toEqual([143]);
    expect(counts('141-7-32')).toEqual([141, 7, 32]);
  });
  it('leaves other numbers alone', () => {
    expect(counts('2,000 people and 1.5 million refugees')).toEqual([]);
    expect(counts('India and China abstained, a day later')).toEqual([]);
  });
});
