import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../test/helpers/cli.js';
import { GA_RECORDS, gaCsv, tempDir, writeFixture } from '../../test/helpers/fixtures.js';
import { type Snapshot, openLiveSession } from './liveSession.js';

const count = (s: Snapshot) => (s.db().prepare("SELECT count(*) FROM resolutions WHERE body = 'ga'").pluck().get() as number);

describe('a live session', () => {
  it('notices an import by polling, swaps in a new snapshot whole, and keeps the old one for the requests that hold it', async () => {
    const dir = tempDir();
    const db = join(dir, 's.db');
    await cli(['--db', db, 'import', writeFixture(dir, 'ga.csv', gaCsv(GA_RECORDS))]);
    const live = openLiveSession(db, { pollMs: 20 });
    try {
      const old = live.acquire();
      expect([old.version, count(old), old.workspace('ga').matrix.resolutions.length]).toEqual(['ga=ga', 3, 3]);
      const swapped = new Promise<Snapshot>((resolve) => live.onSwap(resolve));
      await cli(['--db', db, 'import', writeFixture(dir, '2027_01_01_ga_voting.csv', gaCsv(GA_RECORDS.slice(0, 2)))]);
      const next = await swapped;
      expect([next.version, count(next), next.workspace('ga').matrix.resolutions.length]).toEqual(['ga=2027-01-01', 2, 2]);
      // The request that began before the import still reads the old record, its queries and its matrix alike.
      expect([old.version, count(old), old.workspace('ga').matrix.resolutions.length]).toEqual(['ga=ga', 3, 3]);
      live.release(old);
      expect(() => count(old)).toThrow(/not open/);
      expect(live.acquire()).toBe(next);
    } finally {
      live.close();
    }
  });

  it('does not swap when nothing the answers depend on changed', async () => {
    const dir = tempDir();
    const db = join(dir, 's.db');
    const file = writeFixture(dir, 'ga.csv', gaCsv(GA_RECORDS));
    await cli(['--db', db, 'import', file]);
    const live = openLiveSession(db, { pollMs: 0 });
    try {
      const before = live.acquire();
      await cli(['--db', db, 'import', file]); // the same file: recognised, nothing written
      expect(await live.refresh()).toBe(false);
      expect(live.acquire()).toBe(before);
    } finally {
      live.close();
    }
  });
});
