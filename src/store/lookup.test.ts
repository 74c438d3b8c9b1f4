import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../test/helpers/cli.js';
import { GA_RECORDS, SC_CSV, gaCsv, tempDir, writeFixture } from '../../test/helpers/fixtures.js';
import { registry } from '../../test/helpers/store.js';
import { findCountry, findResolution, symbolQuery } from './lookup.js';
import { type Db, openStore } from './store.js';

let db: Db;
beforeAll(async () => {
  const dir = tempDir();
  const path = `${dir}/s.db`;
  expect((await cli(['import', '--db', path, writeFixture(dir, 'ga.csv', gaCsv(GA_RECORDS)), writeFixture(dir, 'sc.csv', SC_CSV)])).code).toBe(0);
  db = openStore(path);
});

describe('finding a country the way users type it', () => {
  const code = (q: string) => findCountry(db, registry, q).code;

  it('takes ISO alpha-3 and alpha-2 codes, names, short forms and capitals', () => {
    expect(['PAK', 'PK', 'pk', 'Pakistan', 'Islamabad', 'IN', 'US', 'NA'].map(code)).toEqual(['PAK', 'PAK', 'PAK', 'PAK', 'PAK', 'IND', 'USA', 'NAM']);
    expect(['North Korea', 'Republic of the Congo', 'DR Congo', 'Guinea', 'Niger', 'Emirates'].map(code)).toEqual(['PRK', 'COG', 'COD', 'GIN', 'NER', 'ARE']);
  });

  it('answers a name several states share with the choices, and a misspelt one with the nearest', () => {
    expect(() => code('Korea')).toThrow(/"Korea" could mean South Korea \(KOR\) or North Korea \(PRK\); give the code or a fuller name/);
    expect(() => code('Congo')).toThrow(/"Congo" could mean Republic of the Congo \(COG\) or DR Congo \(COD\)/);
    expect(() => code('Pakistn')).toThrow(/no country matches "Pakistn"; did you mean Pakistan \(PAK\)\?/);
    expect(() => code('Phillipines')).toThrow(/did you mean Philippines \(PHL\)/);
    expect(() => code('Atlantis')).toThrow(/no country matches "Atlantis" \(try an ISO code such as PAK or PK/);
  });
});

describe('finding a resolution the way journalists write it', () => {
  const symbol = (q: string) => findResolution(db, q).symbol;

  it('reads "Resolution 2334", "res 2334", "UNSC resolution 2334", "ES11/6" and draft symbols', () => {
    expect(symbolQuery('Resolution ES11/6')).toBe('ES-11/6');
    expect(['Resolution 2334', 'res 2334', 'UNSC resolution 2334', 'S/RES/2334 (2016)', 'Security Council resolution 2334'].map(symbol)).toEqual(Array(5).fill('S/RES/2334(2016)'));
    expect(['ES11/6', 'resolution ES-11/6', 'a/res/es-11/6'].map(symbol)).toEqual(Array(3).fill('A/RES/ES-11/6'));
    // The fixture's Council record gives its draft symbol.
    expect(symbol('S/2016/1092')).toBe('S/RES/2334(2016)');
  });

  it('says why a draft symbol or an odd spelling finds nothing', () => {
    expect(() => symbol('A/77/L.99')).toThrow(/looks like a draft symbol, and no recorded vote of the store has it as its draft; Council drafts not adopted are in `straddle vetoes`/);
    expect(() => symbol('resolution 99999')).toThrow(/no resolution matches "resolution 99999" \(symbols look like A\/RES\/ES-11\/6/);
  });
});
