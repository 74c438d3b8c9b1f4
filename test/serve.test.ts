import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';
import { GA_RECORDS, type GaRecord, SC_CSV, gaCsv, tempDir, writeFixture } from './helpers/fixtures.js';

const MAIN = join(import.meta.dirname, '..', 'dist', 'cli', 'main.js');

async function serve(db: string) {
  const child = spawn(process.execPath, [MAIN, '--db', db, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const url = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
  return { child, exited, url };
}

const NEW: GaRecord = {
  id: '9000004', date: '2025-03-01', session: '79', symbol: 'A/RES/79/1', title: 'A new peace resolution, in a test',
  votes: [
    { code: 'USA', name: 'UNITED STATES', vote: 'N' }, { code: 'RUS', name: 'RUSSIAN FEDERATION', vote: 'Y' },
    { code: 'CHN', name: 'CHINA', vote: 'Y' }, { code: 'PAK', name: 'PAKISTAN', vote: 'Y' }, { code: 'IND', name: 'INDIA', vote: 'A' },
  ],
  subjects: 'UKRAINE--PEACE',
};

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
    expect(r.err).toContain('there is no store here yet');
  });

  it('serves a new import within a second, every endpoint from the new record, checks included', async () => {
    const dir = tempDir();
    const db = join(dir, 's.db');
    await cli(['--db', db, 'import', writeFixture(dir, 'ga.csv', gaCsv(GA_RECORDS)), writeFixture(dir, 'sc.csv', SC_CSV)]);
    const { child, exited, url } = await serve(db);
    const api = (path: string, init?: RequestInit) => fetch(`${url}/api/v1${path}`, init);
    const check = () => api('/check', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'On 1 March 2025 the General Assembly adopted resolution A/RES/79/1 on a new peace. Pakistan voted in favour.' });
    expect((await api('/countries/PAK/profile')).headers.get('x-straddle-dataset')).toBe('ga=ga; sc=sc');
    expect((await api('/resolutions/A%2FRES%2F79%2F1')).status).toBe(404);
    expect((await (await check()).json()).dataset.version).toBe('ga');

    await cli(['--db', db, 'import', writeFixture(dir, '2027_01_01_ga_voting.csv', gaCsv([...GA_RECORDS, NEW]))]);
    const imported = performance.now();
    while ((await api('/info')).headers.get('x-straddle-dataset') !== 'ga=2027-01-01; sc=sc') {
      expect(performance.now() - imported).toBeLessThan(1000);
      await new Promise((r) => setTimeout(r, 20));
    }
    const answers = await Promise.all(
      ['/resolutions?from=2025', '/countries/PAK/profile', '/align?year=2025', '/resolutions/79%2F1/similar', '/countries/PAK/votes?limit=1', '/resolutions/79%2F1'].map((p) => api(p)),
    );
    for (const a of answers) expect([a.url, a.status, a.headers.get('x-straddle-dataset')]).toEqual([a.url, 200, 'ga=2027-01-01; sc=sc']);
    const [list, profile, align, , votes, res] = await Promise.all(answers.map((a) => a.json()));
    expect(list.total).toBe(1);
    expect(profile.years.map((y: { year: number }) => y.year)).toContain(2025);
    expect(align.find((r: { code: string }) => r.code === 'PAK').scores.USA).toBe(0);
    expect(votes.votes[0]).toMatchObject({ symbol: 'A/RES/79/1', vote: 'Y' });
    expect(res.totals).toEqual({ yes: 3, no: 1, abstain: 1, nonVoting: 0 });
    const checked = await check();
    expect(checked.headers.get('x-straddle-dataset')).toBe('ga=2027-01-01; sc=sc');
    const report = await checked.json();
    expect(report.dataset.version).toBe('2027-01-01');
    expect(report.claims.some((c: { verdict: string; evidence?: unknown }) => c.verdict === 'supported')).toBe(true);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
