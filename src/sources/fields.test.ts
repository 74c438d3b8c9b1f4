import { describe, expect, it } from 'vitest';
import { parseBool, parseDate, parseSession, parseTotal, parseVote } from './fields.js';

describe('parseVote', () => {
  it('reads the four UN codes and the non-voting spellings', () => {
    expect(['Y', 'N', 'A', 'X', 'NV', '', ' y '].map(parseVote)).toEqual(['Y', 'N', 'A', 'X', 'X', 'X', 'Y']);
  });
  it('refuses anything else', () => {
    expect(parseVote('maybe')).toBeUndefined();
    expect(parseVote('1')).toBeUndefined();
  });
});

describe('parseDate', () => {
  it('reads ISO dates and refuses impossible or other forms', () => {
    expect(parseDate('2023-02-23')).toBe('2023-02-23');
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
    expect(parseDate('2023-02-29')).toBeUndefined();
    expect(parseDate('23/02/2023')).toBeUndefined();
    expect(parseDate('yesterday')).toBeUndefined();
  });
});

describe('parseTotal', () => {
  it('reads floats, padded and plain integers; empty is null', () => {
    expect(['141.0', '015', '7', '', '32.00'].map(parseTotal)).toEqual([141, 15, 7, null, 32]);
  });
  it('refuses fractions and words', () => {
    expect(parseTotal('1.5')).toBeUndefined();
    expect(parseTotal('many')).toBeUndefined();
  });
});

describe('parseSession', () => {
  it('reads numbers, emergency special and special sessions', () => {
    expect(['76', 'ES-11', 'es-11', 'S-28', '076'].map(parseSession)).toEqual(['76', 'ES-11', 'ES-11', 'S-28', '76']);
    expect(parseSession('XV')).toBeUndefined();
  });
});

describe('parseBool', () => {
  it('reads True and False', () => {
    expect([parseBool('True'), parseBool('False'), parseBool('maybe')]).toEqual([true, false, undefined]);
  });
});
