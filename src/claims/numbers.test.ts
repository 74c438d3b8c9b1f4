import { describe, expect, it } from 'vitest';
import { digitsFor } from './numbers.js';

describe('digitsFor', () => {
  it('turns tallies in words into digits', () => {
    expect(digitsFor('Thirty-two countries abstained')).toBe('32 countries abstained');
    expect(digitsFor('adopted by one hundred and forty-one votes to seven')).toBe('adopted by 141 votes to 7');
    expect(digitsFor('a hundred and forty-three in favour')).toBe('143 in favour');
  });
  it('leaves other words alone', () => {
    expect(digitsFor('India and China abstained, a day later')).toBe('India and China abstained, a day later');
    expect(digitsFor('141-7-32')).toBe('141-7-32');
  });
});
