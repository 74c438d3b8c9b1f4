import { describe, expect, it } from 'vitest';
import { createRegistry, normalizeName } from './registry.js';

const reg = createRegistry();

describe('registry', () => {
  it('resolves codes to entities with ISO codes for maps', () => {
    expect(reg.get('PAK')).toMatchObject({ shortName: 'Pakistan', iso2: 'PK', isoNumeric: '586', historical: false });
    expect(reg.get('pak')?.code).toBe('PAK');
  });

  it('knows dissolved states and which seat continues which', () => {
    expect(reg.get('SUN')).toMatchObject({ shortName: 'USSR', historical: true, membership: { to: '1991-12-24' } });
    expect(reg.get('RUS')?.continues).toBe('SUN');
    expect(reg.get('SRB')?.continues).toBe('SCG');
    for (const code of ['CSK', 'DDR', 'YAR', 'YMD', 'YUG', 'SCG', 'ZAN']) expect(reg.get(code)?.historical).toBe(true);
    expect(reg.get('YEM')?.continues).toBeNull();
  });

  it('finds a country by name, short form, demonym or capital', () => {
    const code = (q: string) => reg.find(q).map((e) => e.code);
    expect(code('Pakistan')).toEqual(['PAK']);
    expect(code('pakistani')).toEqual(['PAK']);
    expect(code('Islamabad')).toEqual(['PAK']);
    expect(code('New Delhi')).toEqual(['IND']);
    expect(code('Washington')).toEqual(['USA']);
    expect(code('the United States')).toEqual(['USA']);
    expect(code('Moscow')).toEqual(['RUS']);
    expect(code('Russian Federation')).toEqual(['RUS']);
    expect(code('Turkey')).toEqual(['TUR']);
    expect(code('Türkiye')).toEqual(['TUR']);
    expect(code('Soviet Union')).toEqual(['SUN']);
    expect(code('Burma')).toEqual(['MMR']);
  });

  it('returns every candidate for an ambiguous alias', () => {
    expect(reg.find('Congolese').map((e) => e.code).sort()).toEqual(['COD', 'COG']);
  });

  it('makes unknown entities explicit', () => {
    expect(reg.unknown('ZZZ', 'ZEDLAND')).toMatchObject({ code: 'ZZZ', known: false, iso2: null });
  });

  it('folds case, accents and articles', () => {
    expect(normalizeName('The  Côte d’Ivoire')).toBe("cote d'ivoire");
  });
});
