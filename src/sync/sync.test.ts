import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../test/helpers/cli.js';
import { GA_RECORDS, SC_CSV, gaCsv, tempDir } from '../../test/helpers/fixtures.js';
import { pickNewest } from './undlFiles.js';

/** A stand-in for the UN Digital Library file API, on loopback. */
let server: Server;
let base: string;
const hits: string[] = [];
let mode: 'ok' | 'cut' | 'missing' = 'ok';
const gaText = gaCsv(GA_RECORDS);

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/api/v1/file') {
      const recid = url.searchParams.get('recid');
      const files =
        recid === '4060887'
          ? [
              { name: '2025_09_01_ga_voting.csv', url: '/files/old-ga.csv', format: 'csv' },
              { name: '2026_02_06_ga_voting.csv', url: `${base}/files/ga.csv`, format: 'csv' },
              { name: '2026_02_06_ga_voting_md.pdf', url: '/files/md.pdf', format: 'pdf' },
            ]
          : [{ name: '2026_02_06_sc_voting.csv', url: '/files/sc.csv', format: 'csv' }];
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(mode === 'missing' ? [] : files));
      return;
    }
    const body = url.pathname === '/files/ga.csv' ? gaText : url.pathname === '/files/sc.csv' ? SC_CSV : null;
    if (body === null) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('content-length', Buffer.byteLength(body));
    if (mode === 'cut') {
      // Half the file, then the connection drops.
      res.write(body.slice(0, body.length / 2));
      setTimeout(() => res.socket?.destroy(), 20);
      return;
    }
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('pickNewest', () => {
  it('takes the newest voting CSV of the body by the date in its name', () => {
    const files = [
      { name: '2026_02_06_ga_voting.csv', url: 'a' },
      { name: '2026_03_01_sc_voting.csv', url: 'b' },
      { name: '2025_12_09_ga_voting.csv', url: 'c' },
      { name: '2026_04_01_ga_voting_md.pdf', url: 'd', format: 'pdf' },
    ];
    expect(pickNewest(files, 'ga')?.url).toBe('a');
    expect(pickNewest(files, 'sc')?.url).toBe('b');
    expect(pickNewest([], 'ga')).toBeUndefined();
  });
});

describe('straddle sync', () => {
  it('downloads and imports the newest file of each record, then leaves nothing behind', async () => {
    mode = 'ok';
    const dir = tempDir();
    const db = join(dir, 's.db');
    const r = await cli(['--db', db, 'sync', '--json'], { STRADDLE_UNDL_BASE: base });
    expect(r.err).toContain('downloading 2026_02_06_ga_voting.csv');
    expect(r.code).toBe(0);
    const [ga, sc] = JSON.parse(r.out);
    expect(ga).toMatchObject({ body: 'ga', file: '2026_02_06_ga_voting.csv', version: '2026-02-06', resolutions: 3 });
    expect(sc).toMatchObject({ body: 'sc', file: '2026_02_06_sc_voting.csv', resolutions: 1 });
    expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);

    // Run again: the newest file is already current, so nothing is downloaded.
    hits.length = 0;
    const again = await cli(['--db', db, 'sync', '--body', 'ga', '--json'], { STRADDLE_UNDL_BASE: base });
    expect(JSON.parse(again.out)[0].unchanged).toBe(true);
    expect(hits.filter((h) => h.startsWith('/files/'))).toEqual([]);
  });

  it('leaves the store as it was when the download is cut, and works when run again', async () => {
    const dir = tempDir();
    const db = join(dir, 's.db');
    mode = 'ok';
    await cli(['--db', db, 'sync', '--body', 'sc'], { STRADDLE_UNDL_BASE: base });
    const before = (await cli(['--db', db, 'info', '--json'])).out;

    mode = 'cut';
    const r = await cli(['--db', db, 'sync', '--body', 'ga'], { STRADDLE_UNDL_BASE: base });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/download of .*ga\.csv failed/);
    expect((await cli(['--db', db, 'info', '--json'])).out).toBe(before);
    expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);

    mode = 'ok';
    const ok = await cli(['--db', db, 'sync', '--body', 'ga', '--json'], { STRADDLE_UNDL_BASE: base });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)[0].resolutions).toBe(3);
  });

  it('says so when the record lists no voting file, or the server is unreachable', async () => {
    mode = 'missing';
    const db = join(tempDir(), 's.db');
    const r = await cli(['--db', db, 'sync', '--body', 'ga'], { STRADDLE_UNDL_BASE: base });
    expect(r.code).toBe(2);
    expect(r.err).toContain('no *_ga_voting CSV');
    mode = 'ok';
    const down = await cli(['--db', db, 'sync'], { STRADDLE_UNDL_BASE: 'http://127.0.0.1:9' });
    expect(down.code).toBe(2);
    expect(down.err).toContain('cannot reach http://127.0.0.1:9/api/v1/file?recid=4060887');
  });

  it('rejects a bad --body', async () => {
    const r = await cli(['--db', join(tempDir(), 's.db'), 'sync', '--body', 'hrc'], { STRADDLE_UNDL_BASE: base });
    expect(r.code).toBe(1);
    expect(r.err).toContain('--body: expected ga, sc or all');
  });
});
