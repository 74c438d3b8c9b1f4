import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';
import { GA_RECORDS, gaCsv, tempDir, writeFixture } from './helpers/fixtures.js';

const MAIN = join(import.meta.dirname, '..', 'dist', 'cli', 'main.js');

describe('straddle serve', () => {
  it('prints its URL once ready, answers, and stops cleanly on SIGTERM', async () => {
    const dir = tempDir();
    const db = join(dir, 's.db');
    await cli(['--db', db, 'import', writeFixture(dir, 'ga.csv', gaCsv(GA_RECORDS))]);
    const child = spawn(process.execPath, [MAIN, '--db', db, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    const url = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${url}/api/v1/resolutions/ES-11%2F6`);
    expect(res.status).toBe(200);
    expect((await res.json()).totals).toEqual({ yes: 2, no: 1, abstain: 3, nonVoting: 0 });
    // Path traversal on the static files: refused, nothing outside the dashboard served.
    for (const path of ['/..%2F..%2F..%2Fetc%2Fpasswd', '/assets/..%2F..%2F..%2F..%2Fetc%2Fpasswd']) {
      const t = await fetch(`${url}${path}`);
      expect(await t.text()).not.toContain('root:');
    }
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('refuses a store that does not exist, without creating it', async () => {
    const r = await cli(['--db', join(tempDir(), 'none.db'), 'serve', '--port', '0']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('cannot open the store');
  });
});
