import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { GA_RECORDS, SC_CSV, gaCsv, writeFixture } from '../../test/helpers/fixtures.js';
import { dump, freshStore, registry } from '../../test/helpers/store.js';
import { existsSync } from 'node:fs';
import { BusyError, DataError } from '../errors.js';
import { importFile } from './importFile.js';
import { openStore } from './store.js';

const NOW = new Date('2026-11-01T12:00:00Z');

describe('importFile', () => {
  it('stores every vote with provenance and reports the checks', async () => {
    const { db, dir } = freshStore();
    const s = await importFile(db, registry, writeFixture(dir, '2026_02_06_ga_voting.csv', gaCsv(GA_RECORDS)), { now: NOW });
    expect(s).toMatchObject({
      body: 'ga', file: '2026_02_06_ga_voting.csv', version: '2026-02-06', unchanged: false, replaced: null,
      rows: 18, resolutions: 3, votes: 18, firstDate: '2023-02-23', lastDate: '2024-01-15',
      importedAt: '2026-11-01T12:00:00.000Z', unknownCodes: [], duplicateRows: 0,
    });
    expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(s.mismatches.map((m) => m.symbol)).toEqual(['A/RES/78/200']);
    const ds = db.prepare('SELECT body, version, sha256, rows, current FROM datasets').all();
    expect(ds).toEqual([{ body: 'ga', version: '2026-02-06', sha256: s.sha256, rows: 18, current: 1 }]);
  });

  it('recognises the same file by its SHA-256 and changes nothing', async () => {
    const { db, dir } = freshStore();
    const path = writeFixture(dir, 'ga.csv', gaCsv(GA_RECORDS));
    const first = await importFile(db, registry, path, { now: NOW });
    const before = dump(db);
    const again = await importFile(db, registry, path, { now: new Date('2027-01-01T00:00:00Z') });
    expect(again.unchanged).toBe(true);
    expect(again.sha256).toBe(first.sha256);
    expect(again.importedAt).toBe(first.importedAt);
    expect(dump(db)).toEqual(before);
  });

  it('replaces a body with a newer version atomically and keeps the history', async () => {
    const { db, dir } = freshStore();
    await importFile(db, registry, writeFixture(dir, '2025_09_01_ga_voting.csv', gaCsv(GA_RECORDS.slice(0, 2))));
    await importFile(db, registry, writeFixture(dir, 'sc.csv', SC_CSV));
    const s = await importFile(db, registry, writeFixture(dir, '2026_02_06_ga_voting.csv', gaCsv(GA_RECORDS.slice(1))));
    expect(s.replaced).toMatchObject({ version: '2025-09-01' });
    const symbols = db.prepare("SELECT symbol FROM resolutions WHERE body = 'ga' ORDER BY date").pluck().all();
    expect(symbols).toEqual(['A/RES/78/10', 'A/RES/78/200']);
    expect(db.prepare("SELECT count(*) FROM resolutions WHERE body = 'sc'").pluck().get()).toBe(1);
    const ds = db.prepare('SELECT body, version, current FROM datasets ORDER BY id').all();
    expect(ds).toEqual([
      { body: 'ga', version: '2025-09-01', current: 0 },
      { body: 'sc', version: 'sc', current: 1 },
      { body: 'ga', version: '2026-02-06', current: 1 },
    ]);
  });

  it('keeps the votes of an unknown code under that code, and reports it', async () => {
    const { db, dir } = freshStore();
    const records = [{ ...GA_RECORDS[0]!, votes: [...GA_RECORDS[0]!.votes, { code: 'ZZZ', name: 'ZEDLAND', vote: 'Y' }] }];
    const s = await importFile(db, registry, writeFixture(dir, 'zz.csv', gaCsv(records)));
    expect(s.unknownCodes).toEqual([{ code: 'ZZZ', names: ['ZEDLAND'], rows: 1 }]);
    expect(s.votes).toBe(7);
  });

  describe('leaves the store exactly as it was on bad input', () => {
    const lines = gaCsv(GA_RECORDS).trimEnd().split('\n');
    const bad: [string, string | Buffer][] = [
      ['unknown-header.csv', gaCsv(GA_RECORDS).replace('ms_vote', 'vote')],
      ['too-few-fields.csv', `${[...lines.slice(0, 4), '9000001,PAK,PAKISTAN,A'].join('\n')}\n`],
      ['maybe.csv', `${[...lines, lines[1]!.replace('USA,UNITED STATES,Y', 'GBR,UNITED KINGDOM,maybe')].join('\n')}\n`],
      ['not-a-date.csv', gaCsv([{ ...GA_RECORDS[0]!, date: 'sometime' }])],
      ['empty.csv', ''],
      ['truncated.csv.gz', Buffer.alloc(0)],
    ];
    for (const [name, content] of bad) {
      it(name, async () => {
        const { db, dir } = freshStore();
        await importFile(db, registry, writeFixture(dir, 'sc.csv', SC_CSV));
        await importFile(db, registry, writeFixture(dir, 'ga.csv', gaCsv(GA_RECORDS.slice(0, 1))));
        const before = dump(db);
        let path: string;
        if (name === 'truncated.csv.gz') {
          const whole = readFileSync(writeFixture(dir, 'whole.csv.gz', gaCsv(GA_RECORDS)));
          path = writeFixture(dir, 'truncated.csv', whole.subarray(0, whole.length - 20));
        } else {
          path = writeFixture(dir, name, content);
        }
        await expect(importFile(db, registry, path)).rejects.toThrow(DataError);
        expect(dump(db)).toEqual(before);
      });
    }

    it('a file of the wrong body', async () => {
      const { db, dir } = freshStore();
      await importFile(db, registry, writeFixture(dir, 'ga.csv', gaCsv(GA_RECORDS)));
      const before = dump(db);
      await expect(importFile(db, registry, writeFixture(dir, 'sc.csv', SC_CSV), { body: 'ga' })).rejects.toThrow(
        /SC voting file, but --body ga/,
      );
      expect(dump(db)).toEqual(before);
    });
  });
});

describe('an import that streams', () => {
  it('stops at a bound mid-file and leaves the store as it was (the transaction was open)', async () => {
    const { db, dir } = freshStore();
    await importFile(db, registry, writeFixture(dir, 'ga.csv', gaCsv(GA_RECORDS)));
    const before = dump(db);
    // Two records stored in the open transaction before the bad row stops the read.
    const text = `${gaCsv(GA_RECORDS.slice(0, 2))}9000003,USA,UNITED STATES,Y,2024-01-15,78,A/RES/78/200,,,,"${'x'.repeat(5 * 1024 * 1024)}`;
    await expect(importFile(db, registry, writeFixture(dir, '2027_01_01_ga.csv', text))).rejects.toThrow(/line 20: a row longer than 4 MB/);
    expect(dump(db)).toEqual(before);
    expect(db.inTransaction).toBe(false);
  });
});

describe('a write that cannot be made', () => {
  const MORE = [...GA_RECORDS, { ...(GA_RECORDS[0] as (typeof GA_RECORDS)[0]), id: '9000009', symbol: 'A/RES/79/9', date: '2025-01-01', title: 'x'.repeat(20000) }];

  it('waits a bounded time for another import\'s lock, then says the store is busy; nothing changes', async () => {
    const { db, dir, path } = freshStore();
    await importFile(db, registry, writeFixture(dir, 'ga.csv', gaCsv(GA_RECORDS)));
    const before = dump(db);
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    try {
      const waiting = openStore(path, { busyMs: 100 });
      const err = await importFile(waiting, registry, writeFixture(dir, '2027_01_01_ga.csv', gaCsv(MORE))).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BusyError);
      expect((err as Error).message).toMatch(/^the store is busy: another import is running; importing 2027_01_01_ga\.csv waited and gave up/);
      waiting.close();
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(dump(db)).toEqual(before);
  });

  it('says the disk is full (as SQLite reports it when the file cannot grow); nothing changes', async () => {
    const { db, dir } = freshStore();
    await importFile(db, registry, writeFixture(dir, 'ga.csv', gaCsv(GA_RECORDS)));
    const before = dump(db);
    // max_page_count makes SQLite answer SQLITE_FULL once the file would grow: a full disk, without filling one.
    db.pragma(`max_page_count = ${(db.pragma('page_count', { simple: true }) as number) + 1}`);
    const err = await importFile(db, registry, writeFixture(dir, '2027_01_01_ga.csv', gaCsv(MORE))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataError);
    expect((err as Error).message).toBe("no space left on the store's disk; importing 2027_01_01_ga.csv wrote nothing, the store is as it was");
    expect(dump(db)).toEqual(before);
  });
});

describe('openStore', () => {
  it('never creates a store unless asked: a mistyped path is an error and leaves no file or folder', () => {
    const { dir } = freshStore();
    const path = join(dir, 'typo', 'straddle.db');
    expect(() => openStore(path)).toThrow(/typo\/straddle\.db: there is no store here yet: "straddle sync" downloads the UN files/);
    expect(existsSync(join(dir, 'typo'))).toBe(false);
  });

  it('refuses a file that is not SQLite and leaves it untouched', () => {
    const { dir } = freshStore();
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'these are my notes, not a database\n');
    expect(() => openStore(path)).toThrow(/notes\.txt: not a SQLite database/);
    expect(readFileSync(path, 'utf8')).toBe('these are my notes, not a database\n');
  });

  it("refuses another application's SQLite database", () => {
    const { dir } = freshStore();
    const path = join(dir, 'other.db');
    const other = new Database(path);
    other.exec('CREATE TABLE t (x)');
    other.close();
    expect(() => openStore(path)).toThrow(/not a Straddle store/);
  });

  it('uses WAL so readers never see a half-import', () => {
    const { db } = freshStore();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  });
});
