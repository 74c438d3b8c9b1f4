/**
 * npm run eval:ideal — fits Straddle's ideal points on the assembled GA file
 * and compares them with the published Bailey–Strezhnev–Voeten estimates:
 * pooled Pearson r over all state-years, r within each year 1991–2023, and
 * the largest disagreements.
 */
import { join } from 'node:path';
import { type IdealOptions, fitIdealPoints } from '../src/analysis/idealPoints.js';
import { buildThreads } from '../src/analysis/threads.js';
import { CONTINUES } from '../src/countries/history.js';
import { loadMatrix } from '../src/matrix/loadMatrix.js';
import { seatsMatrix } from '../src/matrix/seats.js';
import { importFile } from '../src/store/importFile.js';
import { createRegistry } from '../src/countries/registry.js';
import { openStore } from '../src/store/store.js';
import { ASSEMBLED_GA, tempDir } from '../test/helpers/fixtures.js';
import { type Reference, june2024, july2025, pearson } from './idealReference.js';

const db = openStore(join(tempDir(), 'eval.db'), { create: true });
await importFile(db, createRegistry(), ASSEMBLED_GA);
const m = seatsMatrix(loadMatrix(db, 'ga'), CONTINUES);
const options: IdealOptions = JSON.parse(process.env.IDEAL_OPTIONS ?? '{}');
const started = performance.now();
const fit = fitIdealPoints(m, buildThreads(m), options);
const seconds = (performance.now() - started) / 1000;
console.log(`fit: ${seconds.toFixed(1)} s, ${fit.iterations} iterations, converged ${fit.converged}, ${fit.observations.toLocaleString('en-US')} votes, ${fit.items} items (${fit.droppedItems} unanimous left out); options ${JSON.stringify(fit.options)}\n`);

function compare(ref: Reference): boolean {
  const ours = new Map(fit.points.map((p) => [`${p.code} ${p.year}`, p]));
  const pairs = [...ref.values].flatMap(([k, v]) => (ours.has(k) ? [[ours.get(k)!.idealPoint, v, k] as const] : []));
  const pooled = pearson(pairs.map((p) => p[0]), pairs.map((p) => p[1]));
  const years: { year: number; r: number; n: number }[] = [];
  for (let y = 1991; y <= 2023; y++) {
    const ys = pairs.filter((p) => p[2].endsWith(` ${y}`));
    if (ys.length > 2) years.push({ year: y, r: pearson(ys.map((p) => p[0]), ys.map((p) => p[1])), n: ys.length });
  }
  const worst = [...years].sort((a, b) => a.r - b.r);
  console.log(`${ref.name}: ${pairs.length.toLocaleString('en-US')} state-years in common`);
  console.log(`  pooled r = ${pooled.toFixed(4)}   (target at least 0.95)`);
  console.log(`  r within each year 1991-2023: lowest ${worst[0]?.r.toFixed(4)} (${worst[0]?.year}), median ${worst[Math.floor(worst.length / 2)]?.r.toFixed(4)}   (target at least 0.93 in every year)`);
  console.log(`  years below 0.93: ${worst.filter((w) => w.r < 0.93).map((w) => `${w.year} (${w.r.toFixed(3)})`).join(', ') || 'none'}`);
  // Largest disagreements after putting ours on their scale (least squares).
  const xs = pairs.map((p) => p[0]);
  const ys = pairs.map((p) => p[1]);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const slope = xs.reduce((s, x, i) => s + (x - mx) * ((ys[i] as number) - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  const diffs = pairs.map(([x, y, k]) => ({ k, ours: my + slope * (x - mx), theirs: y, d: my + slope * (x - mx) - y }));
  diffs.sort((a, b) => Math.abs(b.d) - Math.abs(a.d));
  console.log('  largest disagreements (ours rescaled to theirs):');
  for (const d of diffs.slice(0, 5)) console.log(`    ${d.k}: ours ${d.ours.toFixed(2)}, theirs ${d.theirs.toFixed(2)}`);
  console.log('');
  return pooled >= 0.95 && worst.every((w) => w.r >= 0.93);
}

const okJuly = compare(july2025());
const okJune = compare(june2024());
console.log(`Why the largest disagreements arise (see docs/METHODS.md, "How this differs from BSV"):
  - The United States since 2017 and the Soviet bloc in the 1960s sit further out on our scale. They cast
    many lone or near-lone votes; our estimates are posterior modes from EM on final-passage votes, while
    BSV report MCMC posterior medians, which pull such extreme, well-separated states in, and the
    June 2024 file also uses amendment and paragraph votes, on which these blocs split more often.
  - MNG and MCO in 1993 (June 2024 file): session 48 gives Mongolia +2.05 and Monaco -0.27, the reverse of
    the sessions around it and of the July 2025 file (MNG -0.38, MCO +2.20 in 1993): the two rows look swapped.
  - Single early state-years (ISR 1956, ALB 1969) rest on few votes; Albania's break with Moscow in the
    1960s does not fit one dimension well.
`);
console.log(okJuly && okJune ? 'targets met' : 'targets NOT met');
