import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../test/helpers/cli.js';
import { GA_RECORDS, gaCsv, tempDir, writeFixture } from '../../test/helpers/fixtures.js';
import { SCHEMA, SCHEMA_VERSION } from '../store/schema.js';
import { openStore } from '../store/store.js';

let db: string;
let dir: string;

beforeAll(async () => {
  dir = tempDir();
  db = join(dir, 'i.db');
  await cli(['--db', db, 'import', writeFixture(dir, 'ga.csv', gaCsv(GA_RECORDS))]);
});

describe('straddle ideal', () => {
  it('fits on first use, stores the fit, and reads it back after', async () => {
    const first = await cli(['--db', db, 'ideal', '--json']);
    expect(first.code).toBe(0);
    expect(first.err).toContain('fitting ideal points');
    const points = JSON.parse(first.out);
    expect(points.length).toBeGreaterThan(0);
    expect(Object.keys(points[0])).toEqual(['code', 'year', 'idealPoint', 'lower', 'upper', 'n']);
    const fittedAt = new Database(db).prepare('SELECT fitted_at FROM ideal_fits').pluck().get();

    const again = await cli(['--db', db, 'ideal', '--json', '--countries', 'PAK,USA', '--from', '2024']);
    expect(again.err).not.toContain('fitting');
    expect(JSON.parse(again.out).map((p: { code: string; year: number }) => `${p.code} ${p.year}`)).toEqual(['PAK 2024', 'USA 2024']);
    expect(new Database(db).prepare('SELECT fitted_at FROM ideal_fits').pluck().get()).toBe(fittedAt);
  });

  it('refits with --fit and says how long it took', async () => {
    const r = await cli(['--db', db, 'ideal', '--fit']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^fitted \d+ state-years from \d+ votes in \d+\.\d s \(\d+ EM steps, (converged|not converged)\)\n$/);
    const j = JSON.parse((await cli(['--db', db, 'ideal', '--fit', '--json'])).out);
    expect(j).toMatchObject({ converged: expect.any(Boolean), dataset: { version: 'ga' } });
    expect(j.seconds).toBeGreaterThanOrEqual(0);
  });

  it('refits when the data changes', async () => {
    await cli(['--db', db, 'ideal']);
    await cli(['--db', db, 'import', writeFixture(dir, 'ga2.csv', gaCsv(GA_RECORDS.slice(0, 2)))]);
    const r = await cli(['--db', db, 'ideal', '--json']);
    expect(r.err).toContain('fitting ideal points');
    expect(JSON.parse(r.out).every((p: { year: number }) => p.year === 2023)).toBe(true);
  });
});

describe('store migrations', () => {
  it('upgrade a version 1 store in place, keeping its data', () => {
    const path = join(tempDir(), 'v1.db');
    const old = new Database(path);
    old.exec(SCHEMA);
    old.exec("INSERT INTO entities (code) VALUES ('PAK')");
    old.pragma('user_version = 1');
    old.close();
    const upgraded = openStore(path);
    expect(upgraded.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(upgraded.prepare('SELECT code FROM entities').pluck().all()).toEqual(['PAK']);
    expect(upgraded.prepare('SELECT count(*) FROM ideal_fits').pluck().get()).toBe(0);
    expect(upgraded.prepare('SELECT count(*) FROM voeten_roll_calls').pluck().get()).toBe(0);
  });
});
