/**
 * npm run bench:export — issue 12's targets, each beside a baseline measured in the same run:
 * - all GA votes to Parquet (target ≤ 3 s, ≤ 15 MB): Straddle's writer (DuckDB joining the vote
 *   grid), beside hyparquet-writer (the pure-JS Parquet writer, on the same rows expanded) and
 *   DuckDB appending the expanded rows one by one (the first design); then `straddle export` end
 *   to end as a new process;
 * - the library's `profile` warm (target ≤ 5 ms): every member once (never-repeating), beside a
 *   new `straddle profile --json` process (what a script calling the CLI pays).
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parquetWriteFile } from 'hyparquet-writer';
import { createRegistry } from '../src/countries/registry.js';
import { writeParquet } from '../src/export/parquet.js';
import { type ExportMeta, expandGrid } from '../src/export/table.js';
import { votesGrid } from '../src/export/tables.js';
import { openStraddle } from '../src/index.js';
import { loadMatrix } from '../src/matrix/loadMatrix.js';
import { openStore } from '../src/store/store.js';
import { ASSEMBLED_GA, tempDir } from '../test/helpers/fixtures.js';

const main = join(import.meta.dirname, '..', 'dist', 'cli', 'main.js');
const dir = tempDir();
const db = join(dir, 'bench.db');
execFileSync(process.execPath, [main, '--db', db, 'import', ASSEMBLED_GA], { stdio: 'ignore' });
const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;
const mb = (path: string) => `${(statSync(path).size / 1e6).toFixed(2)} MB`;
const meta: ExportMeta = { table: 'votes', body: 'ga', rows: 0, datasets: [], citation: [], terms: '', generator: 'bench', columns: [] };

// The library first, so the export's garbage (a million expanded rows) does not land in its timings.
let t = performance.now();
const un = openStraddle(db);
t = performance.now();
un.profile('PAK');
console.log(`library profile: first call (matrix, bits, threads built) ${ms(t)}`);
const codes = un.countries().filter((c) => c.ga !== null).map((c) => c.code);
const times: number[] = [];
for (const code of codes) {
  const s = performance.now();
  un.profile(code);
  times.push(performance.now() - s);
}
times.sort((a, b) => a - b);
const q = (p: number) => (times[Math.min(times.length - 1, Math.floor(p * times.length))] as number).toFixed(2);
console.log(`  warm, each of ${codes.length} members once: p50 ${q(0.5)} ms, p99 ${q(0.99)} ms, max ${q(1)} ms (target ≤ 5 ms)`);
const cli: number[] = [];
for (let i = 0; i < 5; i++) {
  const s = performance.now();
  execFileSync(process.execPath, [main, '--db', db, 'profile', codes[i * 7] as string, '--json'], { stdio: 'ignore' });
  cli.push(performance.now() - s);
}
cli.sort((a, b) => a - b);
console.log(`  baseline: a new \`straddle profile --json\` process, median of 5: ${(cli[2] as number).toFixed(0)} ms`);
un.close();

const store = openStore(db);
const registry = createRegistry();
t = performance.now();
const grid = votesGrid([loadMatrix(store, 'ga')], registry);
const buildMs = ms(t);
console.log(`\nGA votes: ${grid.rows.toLocaleString('en-US')} rows; matrix and grid built in ${buildMs}`);

t = performance.now();
await writeParquet(grid, meta, join(dir, 'straddle.parquet'));
console.log(`  straddle (DuckDB joins the grid)   ${ms(t)}  ${mb(join(dir, 'straddle.parquet'))}`);

t = performance.now();
const table = expandGrid(grid);
const expandMs = ms(t);
t = performance.now();
await writeParquet(table, meta, join(dir, 'rows.parquet'));
console.log(`  DuckDB appending rows              ${ms(t)}  ${mb(join(dir, 'rows.parquet'))}  (+ ${expandMs} to expand the grid)`);

t = performance.now();
const days = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / 86_400_000;
parquetWriteFile({
  filename: join(dir, 'hyparquet.parquet'),
  columnData: table.columns.map((c) =>
    c.type === 'date'
      ? { name: c.name, data: Int32Array.from(c.values as string[], days), type: 'INT32' as const }
      : { name: c.name, data: c.values as (string | number | null)[], type: c.type === 'int' ? ('INT32' as const) : ('STRING' as const) },
  ),
  rowGroupSize: 250_000,
});
console.log(`  hyparquet-writer (snappy)          ${ms(t)}  ${mb(join(dir, 'hyparquet.parquet'))}  (+ ${expandMs} to expand the grid)`);

t = performance.now();
execFileSync(process.execPath, [main, '--db', db, 'export', '--body', 'ga', join(dir, 'cli.parquet')], { stdio: 'ignore' });
console.log(`  straddle export, a new process     ${ms(t)}  ${mb(join(dir, 'cli.parquet'))}  (target ≤ 3 s, ≤ 15 MB)`);

