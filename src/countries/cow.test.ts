import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED } from '../../test/helpers/fixtures.js';
import { cowCode, cowTable } from './cow.js';
import { createRegistry, normalizeName } from './registry.js';

// The COW state list as ../shared/data keeps it (read there, never copied):
// StateAbb,CCode,StateNme; a state with several spells of independence has several rows.
function cowList(): Map<number, { abbrev: string; name: string }> {
  const lines = readFileSync(join(SHARED, 'ideal_points', 'COW_country_codes.csv'), 'utf8').trim().split(/\r?\n/);
  expect(lines[0]).toBe('StateAbb,CCode,StateNme');
  const out = new Map<number, { abbrev: string; name: string }>();
  for (const line of lines.slice(1)) {
    const [abbrev, code, ...name] = line.split(',');
    out.set(Number(code), { abbrev: abbrev!, name: name.join(',').replace(/^"|"$/g, '') });
  }
  return out;
}

describe('Correlates of War codes', () => {
  const list = cowList();
  const registry = createRegistry();

  it('gives every pair as the COW list has it: the code exists and the abbreviation is its own', () => {
    expect(cowTable().size).toBeGreaterThanOrEqual(201);
    for (const [un, c] of cowTable()) {
      expect(list.get(c.code), `${un} → COW ${c.code}`).toBeDefined();
      expect(list.get(c.code)?.abbrev, un).toBe(c.abbrev);
    }
  });

  it('names the same state: the COW name is one of the registry names of the UN code (a few renamed states listed)', () => {
    // COW keeps the names of 2016 and earlier; these states were renamed since or are named otherwise.
    const renamed: Record<string, string> = {
      COD: 'Democratic Republic of the Congo', COG: 'Congo', CZE: 'Czech Republic', MKD: 'Macedonia',
      SWZ: 'Swaziland', TLS: 'East Timor', TUR: 'Turkey', CPV: 'Cape Verde', CIV: 'Ivory Coast',
      MMR: 'Myanmar', DEU: 'Germany', SRB: 'Yugoslavia', SCG: 'Yugoslavia', SUN: 'Russia', YAR: 'Yemen Arab Republic',
      YMD: "Yemen People's Republic", DDR: 'German Democratic Republic', CSK: 'Czechoslovakia', YUG: 'Yugoslavia',
    };
    const misses: string[] = [];
    for (const [un, c] of cowTable()) {
      const cowName = normalizeName(list.get(c.code)!.name.replace(/^St\. /, 'Saint '));
      const e = registry.get(un)!;
      const names = [e.shortName, e.officialName, ...e.aliases, renamed[un] ?? ''].map(normalizeName);
      if (!names.some((n) => n === cowName || n.replace(/ and /g, ' ') === cowName.replace(/ and /g, ' '))) misses.push(`${un}: ${cowName}`);
    }
    expect(misses).toEqual([]);
  });

  it('agrees with the ISO3-COW pairs of the BSV ideal points (June 2024), the join users make', () => {
    const lines = readFileSync(join(SHARED, 'ideal_points', 'IdealpointestimatesAll_Jun2024.csv'), 'utf8').trim().split(/\r?\n/);
    const head = lines[0]!.split(',').map((h) => h.replace(/"/g, ''));
    const [ci, ii] = [head.indexOf('ccode'), head.indexOf('iso3c')];
    const disagree = new Set<string>();
    for (const line of lines.slice(1)) {
      const f = line.split(',').map((x) => x.replace(/"/g, ''));
      const iso3 = f[ii]!;
      const ccode = Number(f[ci]);
      // BSV file Germany's two spells (260, 255) under DEU and both Yemens under YAR.
      if (iso3 === 'DEU' || iso3 === 'YAR') continue;
      if (cowTable().has(iso3) && cowCode(iso3)!.code !== ccode) disagree.add(`${iso3} ${ccode}`);
    }
    expect([...disagree]).toEqual([]);
  });

  it("the registry carries the codes; Germany's and China's seats change code with the date", () => {
    // Every UN member of today (the 193 with a regional group) and every dissolved member has one.
    const members = registry.all().filter((e) => e.regionalGroup !== null || e.historical);
    expect(members.length).toBeGreaterThanOrEqual(193);
    expect(members.filter((e) => e.cow === null).map((e) => e.code)).toEqual([]);
    expect(cowCode('DEU', '1985-12-13')).toEqual({ code: 260, abbrev: 'GFR' });
    expect(cowCode('DEU', '1990-10-03')).toEqual({ code: 255, abbrev: 'GMY' });
    expect(registry.get('PAK')?.cow).toEqual({ code: 770, abbrev: 'PAK' });
    expect(cowCode('CHN', '1971-10-24')).toEqual({ code: 713, abbrev: 'TAW' });
    expect(cowCode('CHN', '1971-10-25')).toEqual({ code: 710, abbrev: 'CHN' });
    expect(cowCode('TWN')).toBeUndefined();
  });
});
