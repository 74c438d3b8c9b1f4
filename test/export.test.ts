import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';
import { ASSEMBLED_GA, GA_RECORDS, type GaRecord, SC_CSV, gaCsv, tempDir, writeFixture } from './helpers/fixtures.js';

// A record before German unification and China's change of government, so
// the COW codes of the two seats whose code changed are exercised.
const OLD: GaRecord = {
  id: '9000010', date: '1970-12-07', session: '25', symbol: 'A/RES/2625(XXV)', title: 'An older test record',
  votes: [
    { code: 'USA', name: 'UNITED STATES', vote: 'Y' }, { code: 'CHN', name: 'CHINA', vote: 'Y' },
    { code: 'DEU', name: 'GERMANY, FEDERAL REPUBLIC OF', vote: 'A' }, { code: 'PAK', name: 'PAKISTAN', vote: 'N' },
  ],
};

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const con = await instance.connect();
  try {
    return (await con.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

describe('straddle export (fixtures)', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = tempDir();
    db = join(dir, 'straddle.db');
    const ga = writeFixture(dir, 'ga.csv', gaCsv([OLD, ...GA_RECORDS]));
    const sc = writeFixture(dir, 'sc.csv', SC_CSV);
    expect((await cli(['import', '--db', db, ga, sc])).code).toBe(0);
  });

  it('writes the votes as Parquet that DuckDB reads back: every vote, COW codes by date, provenance inside', async () => {
    const out = join(dir, 'votes.parquet');
    const r = await cli(['--db', db, 'export', out]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/votes\.parquet: 25 rows of votes as parquet/);
    const rows = await query(`SELECT * FROM '${out}'`);
    // Every member in each record, the non-voting too (X): 4 + 6 + 6 + 6 in the GA, 3 in the Council.
    expect(rows).toHaveLength(25);
    const at = (symbol: string, code: string) => rows.find((x) => x.symbol === symbol && x.code === code);
    expect(at('A/RES/2625(XXV)', 'DEU')).toMatchObject({ cow: 260, vote: 'A', body: 'ga', session: '25', iso2: 'DE' });
    expect(at('A/RES/2625(XXV)', 'CHN')).toMatchObject({ cow: 713 });
    expect(at('A/RES/ES-11/6', 'CHN')).toMatchObject({ cow: 710, vote: 'A', iso_numeric: '156' });
    expect(at('S/RES/2334(2016)', 'EGY')).toMatchObject({ body: 'sc', session: null, cow: 651 });
    const types = await query(`SELECT name, type FROM parquet_schema('${out}') WHERE name IN ('date', 'cow')`);
    expect(types.map((t) => t.type).sort()).toEqual(['INT32', 'INT32']); // DATE is INT32 days, with its logical type
    const kv = await query(`SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata('${out}')`);
    const meta = Object.fromEntries(kv.map((x) => [x.k, x.v]));
    expect(meta['straddle.citation']).toMatch(/digitallibrary\.un\.org\/record\/4060887.*4055387/);
    expect(meta['straddle.datasets']).toMatch(/^ga:ga .*sc:sc/);
    const sidecar = JSON.parse(readFileSync(`${out}.meta.json`, 'utf8'));
    expect(sidecar).toMatchObject({ table: 'votes', rows: 25, terms: expect.stringMatching(/non-commercial/) });
    expect(sidecar.columns.map((c: { name: string }) => c.name)).toEqual(['symbol', 'date', 'session', 'body', 'code', 'iso2', 'iso_numeric', 'cow', 'vote']);
  });

  it('writes the same rows as CSV and JSON Lines', async () => {
    const pq = join(dir, 'v.parquet');
    const csv = join(dir, 'v.csv');
    const jsonl = join(dir, 'v.jsonl');
    for (const f of [pq, csv, jsonl]) expect((await cli(['--db', db, 'export', '--body', 'ga', f])).code).toBe(0);
    const fromPq = await query(`SELECT symbol, CAST(date AS VARCHAR) AS date, code, cow::INTEGER AS cow, vote FROM '${pq}'`);
    const fromCsv = await query(`SELECT symbol, CAST(date AS VARCHAR) AS date, code, cow::INTEGER AS cow, vote FROM read_csv('${csv}', all_varchar = false)`);
    const lines = readFileSync(jsonl, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(fromCsv).toEqual(fromPq);
    expect(lines.map(({ symbol, date, code, cow, vote }) => ({ symbol, date, code, cow, vote }))).toEqual(fromPq);
    expect(fromPq).toHaveLength(22);
  });

  it('writes resolutions, countries and agreement tables', async () => {
    const res = join(dir, 'res.parquet');
    const countries = join(dir, 'countries.csv');
    const agr = join(dir, 'agreement.parquet');
    expect((await cli(['--db', db, 'export', '--table', 'resolutions', res])).code).toBe(0);
    expect((await cli(['--db', db, 'export', '--table', 'countries', countries])).code).toBe(0);
    expect((await cli(['--db', db, 'export', '--table', 'agreement', agr])).code).toBe(0);
    const r = await query(`SELECT symbol, body, yes, no, abstain, counted_yes, counted_no FROM '${res}' WHERE symbol = 'A/RES/78/200'`);
    expect(r).toEqual([{ symbol: 'A/RES/78/200', body: 'ga', yes: 4, no: 1, abstain: 1, counted_yes: 3, counted_no: 1 }]);
    const c = await query(`SELECT code, cow::INTEGER AS cow, cow_abbrev, iso2 FROM read_csv('${countries}') WHERE code IN ('DEU', 'PAK') ORDER BY code`);
    expect(c).toEqual([{ code: 'DEU', cow: 255, cow_abbrev: 'GMY', iso2: 'DE' }, { code: 'PAK', cow: 770, cow_abbrev: 'PAK', iso2: 'PK' }]);
    const a = await query(`SELECT * FROM '${agr}' WHERE year = 2023 AND a = 'PAK' AND b = 'USA'`);
    // 2023: ES-11/6 (USA Y, PAK A) and 78/10 (both Y): one same, one partial, coincidence (1 + 1/2) / 2.
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ n_ab: 2, n_ba: 2, partial: 1, same: 1, opposite: 0, coincidence_ab: 0.75, coincidence_ba: 0.75 });
  });

  it("joins Voeten's issue codes and important votes to the resolutions, by symbol", async () => {
    // Made-up rows in the unvotes layout: roll call 1 is 78/10 (R/78/10), 2 an amendment to it, 3 a session-1 number.
    const calls = writeFixture(dir, 'un_roll_calls.csv', '"rcid","session","importantvote","date","unres","amend","para","short","descr"\n1,78,1,"2023-12-12","R/78/10",0,0,"A","B"\n2,78,0,"2023-12-12","R/78/10",1,0,"A","B"\n3,1,0,"1946-01-02","R/1/79",0,0,"C","D"\n');
    const issues = writeFixture(dir, 'un_roll_call_issues.csv', '"rcid","short_name","issue"\n1,"hr","Human rights"\n1,"me","Palestinian conflict"\n2,"nu","Nuclear weapons"\n');
    const r = await cli(['--db', db, 'import', calls, issues]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/Voeten roll calls: imported un_roll_calls\.csv .*3 roll calls\n {2}1 on whole resolutions joined .*; 1 not joined .*; 1 amendment and paragraph votes/);
    const out = join(dir, 'res-voeten.parquet');
    expect((await cli(['--db', db, 'export', '--table', 'resolutions', '--body', 'ga', out])).code).toBe(0);
    const rows = await query(`SELECT symbol, voeten_rcid, issues, important FROM '${out}' WHERE symbol IN ('A/RES/78/10', 'A/RES/78/200') ORDER BY symbol`);
    expect(rows).toEqual([
      { symbol: 'A/RES/78/10', voeten_rcid: 1, issues: 'hr,me', important: true },
      { symbol: 'A/RES/78/200', voeten_rcid: null, issues: null, important: null },
    ]);
    expect(JSON.parse(readFileSync(`${out}.meta.json`, 'utf8')).citation.join(' ')).toMatch(/Voeten.*hdl:1902\.1\/12379/);
    const bad = writeFixture(dir, 'bad_issues.csv', '"rcid","short_name","issue"\n1,"hr","Human rights"\n2,"xx","?"\n');
    const e = await cli(['--db', db, 'import', bad]);
    expect([e.code, e.err]).toEqual([2, expect.stringMatching(/bad_issues\.csv: line 3: short_name: expected one of me, nu, di, hr, co, ec, found "xx"/)]);
    // All or nothing: the codes imported before are still in the store.
    const again = join(dir, 'res-voeten-2.parquet');
    expect((await cli(['--db', db, 'export', '--table', 'resolutions', '--body', 'ga', again])).code).toBe(0);
    expect((await query(`SELECT issues FROM '${again}' WHERE symbol = 'A/RES/78/10'`))[0]).toEqual({ issues: 'hr,me' });
  });

  it('names what is wrong and leaves an earlier file whole', async () => {
    const out = join(dir, 'keep.parquet');
    writeFileSync(out, 'earlier');
    const bad = await cli(['--db', db, 'export', '--table', 'seats', out]);
    expect(bad).toMatchObject({ code: 1 });
    expect(bad.err).toMatch(/--table: expected one of votes, resolutions, countries, agreement, ideal, found "seats"/);
    expect((await cli(['--db', db, 'export', '--format', 'xlsx', out])).err).toMatch(/--format: expected one of parquet, csv, jsonl/);
    expect((await cli(['--db', db, 'export', '--body', 'sc', '--table', 'ideal', out])).err).toMatch(/GA votes only/);
    expect((await cli(['--db', db, 'export', join(dir, 'no', 'such', 'v.parquet')])).err).toMatch(/the folder .*no\/such does not exist/);
    expect(readFileSync(out, 'utf8')).toBe('earlier');
    const empty = await cli(['--db', join(dir, 'missing.db'), 'export', out]);
    expect(empty.code).not.toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('earlier');
  });
});

describe('straddle export (the assembled GA file)', () => {
  it('writes all GA votes as Parquet within 15 MB, every vote the store holds', async () => {
    const dir = tempDir();
    const db = join(dir, 'real.db');
    expect((await cli(['import', '--db', db, ASSEMBLED_GA])).code).toBe(0);
    const out = join(dir, 'ga_votes.parquet');
    expect((await cli(['--db', db, 'export', '--body', 'ga', out])).code).toBe(0);
    expect(statSync(out).size).toBeLessThan(15e6);
    const [n] = await query(`SELECT count(*)::INTEGER AS n, count(DISTINCT symbol)::INTEGER AS s, min(date)::VARCHAR AS first FROM '${out}'`);
    expect(n).toEqual({ n: 944_204, s: 5_678, first: '1946-01-26' });
    const es = await query(`SELECT code, vote FROM '${out}' WHERE symbol = 'A/RES/ES-11/6' AND code IN ('PAK', 'IND', 'USA', 'RUS') ORDER BY code`);
    expect(es).toEqual([{ code: 'IND', vote: 'A' }, { code: 'PAK', vote: 'A' }, { code: 'RUS', vote: 'N' }, { code: 'USA', vote: 'Y' }]);
    const noCow = await query(`SELECT DISTINCT code FROM '${out}' WHERE cow IS NULL`);
    expect(noCow).toEqual([]);
  }, 60_000);
});
