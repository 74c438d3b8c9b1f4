/**
 * npm run bench:ideal — a full fit of the dynamic ordinal ideal points on
 * every GA vote of the assembled file, timed on this machine, with the
 * iteration count and the change in log-likelihood per iteration.
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fitIdealPoints } from '../src/analysis/idealPoints.js';
import { buildThreads } from '../src/analysis/threads.js';
import { CONTINUES } from '../src/countries/history.js';
import { loadMatrix } from '../src/matrix/loadMatrix.js';
import { seatsMatrix } from '../src/matrix/seats.js';
import { openStore } from '../src/store/store.js';
import { ASSEMBLED_GA, tempDir } from '../test/helpers/fixtures.js';

const db = join(tempDir(), 'bench.db');
execFileSync(process.execPath, [join(import.meta.dirname, '..', 'dist', 'cli', 'main.js'), '--db', db, 'import', ASSEMBLED_GA], { stdio: 'ignore' });
const m = seatsMatrix(loadMatrix(openStore(db), 'ga'), CONTINUES);
const started = performance.now();
const fit = fitIdealPoints(m, buildThreads(m));
const ms = performance.now() - started;

console.log(`machine: ${cpus()[0]?.model} x${cpus().length} (the fit runs on one core), node ${process.version}`);
console.log(`data: ${fit.observations.toLocaleString('en-US')} votes, ${fit.items} items, ${fit.points.length.toLocaleString('en-US')} state-years, ${m.resolutions[0]?.year}-${m.resolutions.at(-1)?.year}`);
console.log(`full fit: ${(ms / 1000).toFixed(2)} s, ${fit.iterations} iterations (${(ms / fit.iterations).toFixed(0)} ms each), converged ${fit.converged}   (target at most 15 s, goal 5 s)`);
console.log('\niteration  log-likelihood  change');
fit.logLik.forEach((ll, i) => {
  const d = i === 0 ? '' : (ll - (fit.logLik[i - 1] as number)).toFixed(1);
  if (i < 10 || i % 10 === 0 || i === fit.logLik.length - 1) console.log(`${String(i + 1).padStart(9)}  ${ll.toFixed(1).padStart(14)}  ${d.padStart(8)}`);
});
