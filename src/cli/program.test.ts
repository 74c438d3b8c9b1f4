import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../test/helpers/cli.js';
import { GA_RECORDS, SC_CSV, gaCsv, tempDir, writeFixture } from '../../test/helpers/fixtures.js';

let dir: string;
let db: string;
let gaFile: string;

beforeAll(async () => {
  dir = tempDir();
  db = join(dir, 'cli.db');
  gaFile = writeFixture(dir, '2026_02_06_ga_voting.csv', gaCsv(GA_RECORDS));
  writeFixture(dir, '2026_02_06_sc_voting.csv', SC_CSV);
});

describe('straddle import', () => {
  it('prints one JSON summary per file with the contract fields', async () => {
    const r = await cli(['--db', db, 'import', gaFile, '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out);
    expect(s).toMatchObject({ body: 'ga', resolutions: 3, votes: 18, unchanged: false });
    expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(s.mismatches).toHaveLength(1);
    const again = JSON.parse((await cli(['--db', db, 'import', gaFile, '--json'])).out);
    expect(again.unchanged).toBe(true);
  });

  it('detects the body from the header and accepts --db after the command', async () => {
    const r = await cli(['import', join(dir, '2026_02_06_sc_voting.csv'), '--db', db]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('SC: imported 2026_02_06_sc_voting.csv (version 2026-02-06');
    expect(r.err).toContain('importing');
  });

  it('exits 2 on bad data, naming the file and line', async () => {
    const bad = writeFixture(dir, 'bad.csv', gaCsv(GA_RECORDS).replace(',N,2023-02-23', ',maybe,2023-02-23'));
    const r = await cli(['--db', db, 'import', bad]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^straddle: bad\.csv: line 3, column 4 \(ms_vote\)/m);
    expect(r.out).toBe('');
  });

  it('exits 1 on a usage error', async () => {
    expect((await cli(['--db', db, 'import'])).code).toBe(1);
    expect((await cli(['--db', db, 'import', gaFile, '--body', 'un'])).code).toBe(1);
    expect((await cli(['--db', db, 'nonsense'])).code).toBe(1);
  });
});

describe('straddle resolution', () => {
  it('keeps the JSON contract, however the symbol is typed', async () => {
    for (const symbol of ['A/RES/ES-11/6', 'ES-11/6', 'a/res/es-11/6']) {
      const r = await cli(['--db', db, 'resolution', symbol, '--json']);
      expect(r.code).toBe(0);
      const v = JSON.parse(r.out);
      expect(v).toMatchObject({
        symbol: 'A/RES/ES-11/6', body: 'ga', date: '2023-02-23', session: 'ES-11',
        title: 'Principles of the Charter underlying a just peace, in a test',
        link: 'https://digitallibrary.un.org/record/9000001',
        totals: { yes: 2, no: 1, abstain: 3, nonVoting: 0 },
      });
      expect(v.votes).toContainEqual({ code: 'PAK', name: 'PAKISTAN', vote: 'A' });
    }
  });

  it('finds Council resolutions by number', async () => {
    const v = JSON.parse((await cli(['--db', db, 'resolution', '2334', '--json'])).out);
    expect(v.symbol).toBe('S/RES/2334(2016)');
    expect(v.body).toBe('sc');
  });

  it('prints members by vote for people (golden file)', async () => {
    const r = await cli(['--db', db, 'resolution', 'A/RES/78/200']);
    const out = r.out.replace(/sha256 [0-9a-f]{12}/, 'sha256 <sha>');
    const path = join(import.meta.dirname, '../../test/golden/resolution.txt');
    // UPDATE_GOLDEN=1 rewrites the file; review the diff before committing it.
    if (process.env.UPDATE_GOLDEN) writeFileSync(path, out);
    expect(out).toBe(readFileSync(path, 'utf8'));
  });

  it('writes CSV', async () => {
    const r = await cli(['--db', db, 'resolution', 'ES-11/6', '--csv']);
    expect(r.out.split('\n').slice(0, 2)).toEqual(['code,name,vote', 'BRA,BRAZIL,Y']);
  });

  it('exits 1 for an unknown symbol, with a hint', async () => {
    const r = await cli(['--db', db, 'resolution', 'ES-11/99']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('no resolution matches "ES-11/99"');
  });
});

describe('straddle info', () => {
  it('keeps the JSON contract and carries the citation', async () => {
    const v = JSON.parse((await cli(['info', '--json', '--db', db])).out);
    expect(v.datasets.map((d: { body: string }) => d.body)).toEqual(['ga', 'sc']);
    for (const d of v.datasets) {
      for (const k of ['body', 'file', 'version', 'sha256', 'importedAt', 'resolutions', 'votes', 'firstDate', 'lastDate']) {
        expect(d).toHaveProperty(k);
      }
    }
    expect(v.datasets[0]).toMatchObject({ file: '2026_02_06_ga_voting.csv', firstDate: '2023-02-23', lastDate: '2024-01-15' });
    expect(v.citation.ga).toContain('https://digitallibrary.un.org/record/4060887');
    const human = (await cli(['--db', db, 'info'])).out;
    expect(human).toContain('Copyright, United Nations; non-commercial use, with attribution');
    expect(human).toContain('1 totals mismatches');
  });

  it('uses $STRADDLE_DB, then $XDG_DATA_HOME', async () => {
    expect(JSON.parse((await cli(['info', '--json'], { STRADDLE_DB: db })).out).store).toBe(db);
    const xdg = tempDir();
    const r = await cli(['info', '--json'], { XDG_DATA_HOME: xdg });
    expect(r.err).toContain(`${join(xdg, 'straddle', 'straddle.db')}: there is no store here yet`);
  });

  it('never creates a store: a mistyped --db is an error, and no file or folder appears', async () => {
    const typo = join(dir, 'tpyo', 'straddle.db');
    for (const args of [['info'], ['votes', 'PAK'], ['resolution', 'ES-11/6']]) {
      const r = await cli(['--db', typo, ...args]);
      expect([r.code, r.err], args.join(' ')).toEqual([2, `straddle: ${typo}: there is no store here yet: "straddle sync" downloads the UN files, "straddle import FILE" reads one (check --db or $STRADDLE_DB)\n`]);
    }
    expect(existsSync(join(dir, 'tpyo'))).toBe(false);
  });

  it('exits 2 when the store is not SQLite', async () => {
    const notes = writeFixture(dir, 'notes.db', 'not a database');
    const r = await cli(['--db', notes, 'info']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('not a SQLite database');
  });
});

describe('straddle votes and countries', () => {
  it('finds a country by name and filters by year', async () => {
    const v = JSON.parse((await cli(['--db', db, 'votes', 'pakistan', '--from', '2024', '--json'])).out);
    expect(v.code).toBe('PAK');
    expect(v.votes.map((x: { symbol: string; vote: string }) => `${x.symbol} ${x.vote}`)).toEqual(['A/RES/78/200 N']);
    const csv = Papa.parse<string[]>((await cli(['--db', db, 'votes', 'PAK', '--csv'])).out.trim()).data;
    expect(csv.map((row) => row[3])).toEqual(['vote', 'A', 'Y', 'N']);
    expect(csv[2]![4]).toBe('A title with "quotes",\nand a second line');
  });

  it('rejects a bad year, naming the parameter', async () => {
    const r = await cli(['--db', db, 'votes', 'PAK', '--from', 'last year']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('--from: expected a year');
  });

  it('lists countries with ISO codes and recorded spans', async () => {
    const list = JSON.parse((await cli(['--db', db, 'countries', '--json'])).out);
    expect(list.find((c: { code: string }) => c.code === 'RUS')).toMatchObject({
      shortName: 'Russia', iso2: 'RU', isoNumeric: '643', continues: 'SUN',
      ga: { first: '2023-02-23', last: '2024-01-15' }, sc: { first: '2016-12-23', last: '2016-12-23' },
    });
  });
});
