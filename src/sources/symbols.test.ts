import { describe, expect, it } from 'vitest';
import { datasetVersion } from './datasetVersion.js';
import { shortKey, symbolKey } from './symbols.js';

describe('symbol keys', () => {
  it('meet however a symbol is typed', () => {
    expect(symbolKey('a/res/es-11/6')).toBe(symbolKey('A/RES/ES-11/6'));
    expect(symbolKey('A/RES/80/84 A')).toBe('A/RES/80/84A');
    expect(symbolKey('A/RES/32/105[M]')).toBe('A/RES/32/105M');
  });
  it('drop the body prefix and the Council year in the short key', () => {
    expect(shortKey('A/RES/ES-11/6')).toBe('ES-11/6');
    expect(shortKey('ES-11/6')).toBe('ES-11/6');
    expect(shortKey('S/RES/2334(2016)')).toBe('2334');
    expect(shortKey('s/res/2334')).toBe('2334');
  });
});

describe('datasetVersion', () => {
  it('reads the date of a UN release name, else keeps the stem', () => {
    expect(datasetVersion('2026_02_06_ga_voting.csv')).toBe('2026-02-06');
    expect(datasetVersion('/tmp/2025_09_01_sc_voting.csv.gz')).toBe('2025-09-01');
    expect(datasetVersion('ga_voting_assembled.csv.gz')).toBe('ga_voting_assembled');
  });
});
