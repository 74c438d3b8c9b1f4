/**
 * npm run bench:check — the article check of ../shared/articles/discord-leaks-2023-05-01.txt:
 * warm (in process, structures built) and cold (a new `straddle check` process), each beside a baseline.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspace } from '../src/analysis/workspace.js';
import { checkText } from '../src/claims/check.js';
import { CONTINUES } from '../src/countries/history.js';
import { createRegistry } from '../src/countries/registry.js';
import { loadMatrix } from '../src/matrix/loadMatrix.js';
import { seatsMatrix } from '../src/matrix/seats.js';
import { openStore } from '../src/store/store.js';
import { ASSEMBLED_GA, SHARED, tempDir } from '../test/helpers/fixtures.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const main = join(import.meta.dirname, '..', 'dist', 'cli', 'main.js');
const article = join(SHARED, '..', 'articles', 'discord-leaks-2023-05-01.txt');
const db = join(tempDir(), 'bench.db');
execFileSync(process.execPath, [main, '--db', db, 'import', ASSEMBLED_GA], { stdio: 'ignore' });

const text = readFileSync(article, 'utf8');
const registry = createRegistry();
const ga = workspace(seatsMatrix(loadMatrix(openStore(db), 'ga'), CONTINUES));
checkText(text, { ga, registry });
const warm = Array.from({ length: RUNS * 4 }, () => {
  const t = performance.now();
  checkText(text, { ga, registry });
  return performance.now() - t;
});
const wall = (args: string[]) => {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return performance.now() - t;
};
const cold = Array.from({ length: RUNS }, () => wall([main, '--db', db, 'check', article, '--json']));
const bare = Array.from({ length: RUNS }, () => wall([main, '--db', db, 'info', '--json']));
console.log('Article check of discord-leaks-2023-05-01.txt (10 claims), medians');
console.log(`  warm, in process               ${median(warm).toFixed(1).padStart(7)} ms   (target at most 200)`);
console.log(`  cold, new straddle check       ${median(cold).toFixed(0).padStart(7)} ms   (target at most 1000)`);
console.log(`  baseline: new straddle info    ${median(bare).toFixed(0).padStart(7)} ms`);
