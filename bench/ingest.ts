/**
 * npm run bench:ingest — imports the assembled GA file into a fresh store and,
 * in the same run, reads the same file with DuckDB's read_csv; then times the
 * matrix load and a cold `straddle resolution`, each beside a baseline.
 * Everything printed is measured here, on this machine, now.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { ASSEMBLED_GA, ASSEMBLED_SC, tempDir } from '../test/helpers/fixtures.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const root = join(import.meta.dirname, '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const main = join(root, 'dist', 'cli', 'main.js');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function once(tool: 'straddle' | 'duckdb'): { ms: number; maxRssMB: number } {
  const out = execFileSync(tsx, [join(root, 'bench', 'ingestOnce.ts'), tool, ASSEMBLED_GA], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() as string);
}

function wallMs(cmd: string, args: string[]): number {
  const started = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return performance.now() - started;
}

console.log(`machine: ${cpus()[0]?.model} x${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
console.log(`file: ${ASSEMBLED_GA}`);
console.log(`runs: ${RUNS} of each, alternating; medians\n`);

const s: { ms: number; maxRssMB: number }[] = [];
const d: { ms: number; maxRssMB: number }[] = [];
for (let i = 0; i < RUNS; i++) {
  s.push(once('straddle'));
  d.push(once('duckdb'));
}
const sMs = median(s.map((x) => x.ms));
const dMs = median(d.map((x) => x.ms));
console.log('GA import (944,204 rows)');
console.log(`  straddle import        ${sMs.toFixed(0).padStart(6)} ms   peak RSS ${median(s.map((x) => x.maxRssMB)).toFixed(0)} MB`);
console.log(`  duckdb read_csv        ${dMs.toFixed(0).padStart(6)} ms   peak RSS ${median(d.map((x) => x.maxRssMB)).toFixed(0)} MB`);
console.log(`  ratio straddle/duckdb  ${(sMs / dMs).toFixed(2)}   (target at most 2.00, goal at most 1.00)`);

// A store with both bodies for the load and cold-start figures.
const db = join(tempDir(), 'bench.db');
execFileSync(process.execPath, [main, '--db', db, 'import', ASSEMBLED_GA, ASSEMBLED_SC], { stdio: 'ignore' });

const loadScript = `
  const { openStore } = await import(${JSON.stringify(join(root, 'dist/store/store.js'))});
  const { loadMatrix } = await import(${JSON.stringify(join(root, 'dist/matrix/loadMatrix.js'))});
  const db = openStore(${JSON.stringify(db)});
  let t = performance.now();
  const rows = db.prepare("SELECT members, votes FROM resolutions WHERE body = 'ga'").all();
  const raw = performance.now() - t;
  t = performance.now();
  const m = loadMatrix(db, 'ga');
  const load = performance.now() - t;
  console.log(JSON.stringify({ raw, load, rows: rows.length, r: m.resolutions.length, c: m.codes.length }));
`;
const loads = Array.from({ length: RUNS }, () =>
  JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', loadScript], { encoding: 'utf8' })),
);
const l0 = loads[0] as { r: number; c: number };
console.log(`\nGA matrix load (${l0.r} resolutions x ${l0.c} entities)`);
console.log(`  loadMatrix             ${median(loads.map((x) => x.load)).toFixed(0).padStart(6)} ms   (target at most 200)`);
console.log(`  baseline: bare SELECT  ${median(loads.map((x) => x.raw)).toFixed(0).padStart(6)} ms   of the same blobs`);

const cold = Array.from({ length: RUNS * 2 }, () => wallMs(process.execPath, [main, '--db', db, 'resolution', 'ES-11/6', '--json']));
const bare = Array.from({ length: RUNS * 2 }, () => wallMs(process.execPath, ['-e', '0']));
console.log('\nCold start, wall clock of a new process');
console.log(`  straddle resolution    ${median(cold).toFixed(0).padStart(6)} ms   (target at most 300)`);
console.log(`  baseline: node -e 0    ${median(bare).toFixed(0).padStart(6)} ms`);
