/**
 * npm run bench:check — the article check, each figure beside a baseline measured in the same run:
 * - warm (in process, structures built): the seed article, a 2,000-word article made of the
 *   real-news corpus's development excerpts, and 256 KB of them, beside wink-nlp reading the same
 *   text alone (the language layer's share) and compromise reading it (the library not chosen);
 * - cold: a new `straddle check` process, beside a new `straddle info`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { workspace } from '../src/analysis/workspace.js';
import { checkText } from '../src/claims/check.js';
import { sentences } from '../src/claims/document.js';
import { CONTINUES } from '../src/countries/history.js';
import { createRegistry } from '../src/countries/registry.js';
import { loadMatrix } from '../src/matrix/loadMatrix.js';
import { seatsMatrix } from '../src/matrix/seats.js';
import { openStore } from '../src/store/store.js';
import { draftsRecord } from '../src/views/drafts.js';
import { readNews } from '../eval/news/corpus.js';
import { ASSEMBLED_GA, ASSEMBLED_SC, SHARED, tempDir } from '../test/helpers/fixtures.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const time = (f: () => unknown, n: number) =>
  median(Array.from({ length: n }, () => {
    const t = performance.now();
    f();
    return performance.now() - t;
  }));
const main = join(import.meta.dirname, '..', 'dist', 'cli', 'main.js');
const seed = join(SHARED, '..', 'articles', 'discord-leaks-2023-05-01.txt');
const dir = tempDir();
const db = join(dir, 'bench.db');
execFileSync(process.execPath, [main, '--db', db, 'import', ASSEMBLED_GA, ASSEMBLED_SC], { stdio: 'ignore' });

const registry = createRegistry();
const store = openStore(db);
const ga = workspace(seatsMatrix(loadMatrix(store, 'ga'), CONTINUES));
const sc = workspace(seatsMatrix(loadMatrix(store, 'sc'), CONTINUES));
const deps = { ga, sc: () => sc, registry, drafts: draftsRecord().drafts };
const dev = readNews().filter((r) => r.split === 'dev').map((r) => r.text).join('\n\n');
const words = dev.split(/(?<=\s)/);
const article2000 = words.slice(0, 2000).join('');
let big = '';
while (big.length < 256 * 1024) big += `${dev}\n\n`;
big = big.slice(0, 256 * 1024);
const seedText = readFileSync(seed, 'utf8');
checkText(article2000, deps);

console.log('Article check, medians (this machine, this run)');
const row = (label: string, ms: number, note = '') => console.log(`  ${label.padEnd(52)} ${ms.toFixed(ms < 100 ? 1 : 0).padStart(8)} ms   ${note}`);
row('seed article (discord-leaks), warm', time(() => checkText(seedText, deps), RUNS * 4));
row('2,000-word article, warm', time(() => checkText(article2000, deps), RUNS * 4), '(target at most 50)');
row('  baseline: wink-nlp sentences and tokens alone', time(() => sentences(article2000), RUNS * 4));
row('  baseline: compromise sentences alone', time(() => nlp(article2000).sentences().out('array'), RUNS * 4));
row(`256 KB of text (${checkText(big, deps).claims.length} claims), warm`, time(() => checkText(big, deps), 3), '(target at most 2000)');
// Hostile input: 256 KB of figures with no full stop (one "sentence"), and of names separated by commas.
const noStop = `The UN vote was ${'141-5-35 '.repeat(30000)}`.slice(0, 256 * 1024);
const names = `The UN vote. 35 countries, ${'France Spain Italy Germany, '.repeat(10000)}abstained.`.slice(0, 256 * 1024);
row('256 KB of figures with no full stop, warm', time(() => checkText(noStop, deps), 3), '(target at most 2000)');
row('256 KB of names between commas, warm', time(() => checkText(names, deps), 3), '(target at most 2000)');
row('  baseline: wink-nlp sentences and tokens alone', time(() => sentences(big), 3));

const file = join(dir, 'a2000.txt');
writeFileSync(file, article2000);
const wall = (args: string[]) => {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return performance.now() - t;
};
row('cold: new `straddle check` of the 2,000-word article', median(Array.from({ length: RUNS }, () => wall([main, '--db', db, 'check', file, '--json']))), '(target at most 1000)');
row('  baseline: new `straddle info`', median(Array.from({ length: RUNS }, () => wall([main, '--db', db, 'info', '--json']))));
