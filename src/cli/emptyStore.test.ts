import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../test/helpers/cli.js';
import { tempDir, writeFixture } from '../../test/helpers/fixtures.js';
import { openStore } from '../store/store.js';

// A new user's first hour: no internet, no store, or a store with no votes in it.
describe('an empty or missing store', () => {
  it('every reading command on an empty store says so and names sync and import', async () => {
    const db = join(tempDir(), 'empty.db');
    openStore(db, { create: true }).close();
    const out = join(tempDir(), 'votes.parquet');
    for (const argv of [['resolution', 'ES-11/6'], ['votes', 'PAK'], ['countries'], ['agreement', 'PAK', 'USA'], ['profile', 'PAK'], ['votes', 'PAK', '--body', 'sc'], ['export', out], ['export', '--table', 'resolutions', out]]) {
      const r = await cli(['--db', db, ...argv]);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.err, argv.join(' ')).toMatch(/(?:holds no (?:GA |SC )?votes yet|no GA votes in the store).*straddle sync.*straddle import FILE/);
    }
    expect(existsSync(out)).toBe(false);
  });

  it('a sync that cannot reach the UN names the offline path and leaves no store behind', async () => {
    // A local server that refuses every request stands for no internet.
    const server = createServer((_, res) => res.destroy()).listen(0);
    await new Promise((r) => server.once('listening', r));
    const db = join(tempDir(), 'new.db');
    const r = await cli(['--db', db, 'sync'], { STRADDLE_UNDL_BASE: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
    server.close();
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Offline\? Import the UN files you have instead: straddle import FILE/);
    expect(existsSync(db)).toBe(false);
  });

  it('a first import that fails leaves no empty store either', async () => {
    const dir = tempDir();
    const db = join(dir, 'new.db');
    const r = await cli(['--db', db, 'import', writeFixture(dir, 'notes.csv', 'a,b\n1,2\n')]);
    expect(r.code).toBe(2);
    expect(existsSync(db)).toBe(false);
  });
});
