/**
 * npm run bench:api — the server under load, change and hostile input, each
 * figure beside the same measure of the baseline: the code at BENCH_BASELINE
 * (default b6db513, the last commit before issue 10), built from git into a
 * temporary worktree in this run. Both serve copies of one store built from
 * the assembled files, on loopback, one at a time.
 *
 * 1. Never-repeating URLs at 50 connections (BENCH_SECONDS each, default 15):
 *    country profiles for every code and year window; resolutions by symbol.
 * 2. /info latency while 8 checks of 64 KB run.
 * 3. A new import while serving: time until the server answers from it.
 * 4. Import of a .gz holding a header and 2 GB of zeros: time, exit, peak RSS.
 * Everything printed is measured here, on this machine, now.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGzip, gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { ASSEMBLED_GA, ASSEMBLED_SC, GA_HEADER_2026, tempDir } from '../test/helpers/fixtures.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const BASELINE = process.env.BENCH_BASELINE ?? 'b6db513';
const root = join(import.meta.dirname, '..');
const dir = tempDir();

// The baseline: its source from git, built with this checkout's packages (a superset of its own).
const base = join(dir, 'baseline');
execFileSync('git', ['-C', root, 'worktree', 'add', '--detach', base, BASELINE], { stdio: 'ignore' });
symlinkSync(join(root, 'node_modules'), join(base, 'node_modules'));
execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(base, 'tsconfig.build.json')], { stdio: 'inherit' });
const MAIN = { current: join(root, 'dist', 'cli', 'main.js'), baseline: join(base, 'dist', 'cli', 'main.js') };
type Which = keyof typeof MAIN;

const storeOf: Record<Which, string> = { current: join(dir, 'current.db'), baseline: join(dir, 'baseline.db') };
execFileSync(process.execPath, [MAIN.current, '--db', storeOf.current, 'import', ASSEMBLED_GA, ASSEMBLED_SC], { stdio: 'ignore' });
copyFileSync(storeOf.current, storeOf.baseline);

async function serve(which: Which) {
  const child = spawn(process.execPath, [MAIN[which], '--db', storeOf[which], 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
  return { url, stop: () => new Promise<void>((r) => (child.once('exit', () => r()), child.kill('SIGTERM'))) };
}

const codes = (JSON.parse(execFileSync(process.execPath, [MAIN.current, '--db', storeOf.current, 'countries', '--json'], { encoding: 'utf8' })) as { code: string }[]).map((c) => c.code);
const symbols = (() => {
  const db = new Database(storeOf.current, { readonly: true });
  const all = db.prepare("SELECT symbol FROM resolutions WHERE body = 'ga' ORDER BY undl_id").pluck().all() as string[];
  db.close();
  return all;
})();

// Never the same URL twice: every code and year window, then every symbol, each with a serial number.
function profileUrl(i: number): string {
  const code = codes[i % codes.length] as string;
  const from = 1946 + ((i * 7) % 80);
  const to = Math.min(2025, from + ((i * 13) % 30));
  return `/api/v1/countries/${code}/profile?from=${from}&to=${to}&n=${i}`;
}
const resolutionUrl = (i: number) => `/api/v1/resolutions/${encodeURIComponent(symbols[i % symbols.length] as string)}?n=${i}`;

async function load(url: string, path: (i: number) => string) {
  let i = 0;
  const r = await autocannon({
    url,
    connections: 50,
    duration: SECONDS,
    requests: [{ setupRequest: (req) => ({ ...req, path: path(i++) }) }],
  });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx, sent: i };
}

const row = (label: string, cells: (string | number)[]) => console.log(`${label.padEnd(34)}${cells.map((c) => String(c).padStart(10)).join('')}`);
console.log(`machine: ${cpus()[0]?.model} x${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; ${new Date().toISOString()}`);
console.log(`baseline: ${BASELINE}; ${SECONDS} s per load, 50 connections, every URL new\n`);

// 1 and 2, for each server in turn.
const article = readFileSync(join(root, '..', 'shared', 'articles', 'discord-leaks-2023-05-01.txt'), 'utf8');
let big = '';
while (big.length < 64 * 1024) big += `${article}\n\n`;
big = big.slice(0, 64 * 1024);
const results: Record<string, Record<Which, (string | number)[]>> = { profiles: { current: [], baseline: [] }, resolutions: { current: [], baseline: [] }, info: { current: [], baseline: [] } };
for (const which of ['baseline', 'current'] as const) {
  const s = await serve(which);
  await fetch(`${s.url}/api/v1/countries/PAK/profile`); // what a running server has built
  for (const [name, path] of [['profiles', profileUrl], ['resolutions', resolutionUrl]] as const) {
    const r = await load(s.url, path);
    results[name]![which] = [r.rps.toFixed(0), r.p50, r.p99, r.errors, r.non2xx];
  }
  // /info every 20 ms while 8 checks of 64 KB run; the worst and the p99 of its answers.
  const checks = Array.from({ length: 8 }, () => fetch(`${s.url}/api/v1/check`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: big }).then((r) => r.status));
  let running = true;
  const statuses = Promise.all(checks).finally(() => (running = false));
  const waits: number[] = [];
  const started = performance.now();
  while (running) {
    const t = performance.now();
    await fetch(`${s.url}/api/v1/info?n=${waits.length}`);
    waits.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 20));
  }
  const codesSeen = await statuses;
  waits.sort((a, b) => a - b);
  results.info![which] = [waits.length, (waits[Math.floor(waits.length * 0.99)] ?? 0).toFixed(0), (waits.at(-1) ?? 0).toFixed(0), ((performance.now() - started) / 1000).toFixed(1), ` ${codesSeen.join('/')}`];
  await s.stop();
}
console.log('never-repeating URLs, 50 connections       req/s    p50 ms    p99 ms    errors   non-2xx');
for (const which of ['baseline', 'current'] as const) row(`  profiles, ${which}`, results.profiles![which]);
for (const which of ['baseline', 'current'] as const) row(`  resolutions by symbol, ${which}`, results.resolutions![which]);
console.log('  (target: p99 at most 20 ms, goal 5 ms; zero errors)\n');
console.log('/info while 8 checks of 64 KB run       answers    p99 ms    max ms   checks s  statuses');
for (const which of ['baseline', 'current'] as const) row(`  ${which}`, results.info![which]);
console.log('  (target: /info within 100 ms)\n');

// 3. A new import while serving: the GA file again under a new name (a new version), then poll /info.
console.log('a new import while serving: from the import\'s exit to the first answer from it');
for (const which of ['baseline', 'current'] as const) {
  const s = await serve(which);
  const before = (await fetch(`${s.url}/api/v1/info`)).headers.get('x-straddle-dataset');
  const renamed = join(dir, `2027_01_0${which === 'current' ? 1 : 2}_ga_voting.csv.gz`);
  copyFileSync(ASSEMBLED_GA, renamed);
  // Append a byte-different member so the SHA-256 differs: a gzip member of nothing.
  writeFileSync(renamed, Buffer.concat([readFileSync(renamed), gzipSync(Buffer.alloc(0))]));
  execFileSync(process.execPath, [MAIN[which], '--db', storeOf[which], 'import', renamed], { stdio: 'ignore' });
  const t = performance.now();
  let seen = before;
  while (seen === before && performance.now() - t < 5000) {
    seen = (await fetch(`${s.url}/api/v1/countries/PAK/profile?n=${Math.random()}`)).headers.get('x-straddle-dataset');
  }
  const ms = performance.now() - t;
  console.log(`  ${which.padEnd(10)} ${seen === before ? 'still the old record after 5 s' : `${ms.toFixed(0)} ms (now ${seen})`}`);
  await s.stop();
}
console.log('  (target: within 1 s, without a restart)\n');

// 4. A gzip bomb: a header and 2 GB of zeros (about 2 MB compressed).
const bomb = join(dir, 'zeros.csv.gz');
await new Promise<void>((resolve, reject) => {
  const gz = createGzip({ level: 9 });
  gz.pipe(createWriteStream(bomb)).on('finish', resolve).on('error', reject);
  gz.write(`${GA_HEADER_2026}\n`);
  const zeros = Buffer.alloc(1 << 24, 0x30);
  let left = 128; // 128 x 16 MB = 2 GB
  const more = () => {
    while (left > 0) {
      left--;
      if (!gz.write(zeros)) return void gz.once('drain', more);
    }
    gz.end();
  };
  more();
});
console.log(`import of a .gz of ${(readFileSync(bomb).length / 1e6).toFixed(1)} MB: a header and 2 GB of zeros (killed after 60 s)`);
for (const which of ['baseline', 'current'] as const) {
  const t = performance.now();
  const child = spawn(process.execPath, [MAIN[which], '--db', join(dir, `bomb-${which}.db`), 'import', bomb], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (b) => (err += b));
  let peak = 0;
  const poll = setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peak = Math.max(peak, Number(m[1]) / 1024);
    } catch {
      // exited between polls
    }
  }, 20);
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
  clearInterval(poll);
  clearTimeout(killer);
  const s = ((performance.now() - t) / 1000).toFixed(1);
  console.log(`  ${which.padEnd(10)} ${s.padStart(6)} s   exit ${code ?? 'killed'}   peak RSS ${peak.toFixed(0)} MB   ${err.trim().split('\n')[0]?.slice(0, 110) ?? ''}`);
}
console.log('  (target: fails in under 30 s with exit 2, peak RSS under 1 GB)');

spawnSync('git', ['-C', root, 'worktree', 'remove', '--force', base]);

// What a browser downloads on first load: the built dashboard's scripts, gzipped.
const assets = join(root, 'dist', 'web', 'assets');
if (existsSync(assets)) {
  let gz = 0;
  for (const f of readdirSync(assets).filter((f) => f.endsWith('.js'))) gz += gzipSync(readFileSync(join(assets, f))).length;
  console.log(`\ndashboard JavaScript on first load: ${(gz / 1024).toFixed(0)} KB gzipped   (target at most 400 KB)`);
}
