import { describe, expect, it } from 'vitest';
import { createRegistry } from '../countries/registry.js';
import { foreignNames } from './foreignNames.js';
import { countryMentions } from './mentions.js';

const reg = createRegistry();
const codes = (text: string) => countryMentions(reg, text).map((m) => m.code);

describe('foreign names of states', () => {
  it('names states as Spanish, Portuguese, French and Italian copy does', () => {
    expect(foreignNames().get('Rússia')).toBe('RUS');
    expect(codes('Reino Unido, Estados Unidos, Alemanha y Rusia')).toEqual(['GBR', 'USA', 'DEU', 'RUS']);
    expect(codes('três contra (EUA, Israel e Ilha Palau)')).toEqual(['USA', 'ISR', 'PLW']);
    expect(codes('Royaume-Uni, Chine et Japon')).toEqual(['GBR', 'CHN', 'JPN']);
  });
  it('matches them capitalised only, and leaves out names that are English words or persons', () => {
    expect(codes('El país gana la votación.')).toEqual([]);
    expect(codes('Mauricio Macri and Salvador Allende')).toEqual([]);
    expect(codes('the Argentine president')).toEqual(['ARG']);
    expect(countryMentions(reg, 'the Argentine president')[0]!.demonym).toBe(true);
  });
});
