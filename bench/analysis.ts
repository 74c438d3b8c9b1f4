/**
 * npm run bench:analysis — all-pairs agreement over every year, and one
 * state's full profile, each beside a straightforward reference (plain loops
 * over rows, as peers compute them) in the same run, on the assembled GA file.
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { measures } from '../src/analysis/measures.js';
import { profile } from '../src/analysis/profile.js';
import { naiveTable } from '../src/analysis/reference.js';
import { rowIndices } from '../src/analysis/rowSet.js';
import { present, table } from '../src/analysis/voteBits.js';
import { workspace } from '../src/analysis/workspace.js';
import { CONTINUES } from '../src/countries/history.js';
import { loadMatrix } from '../src/matrix/loadMatrix.js';
import { seatsMatrix } from '../src/matrix/seats.js';
import { type VoteMatrix, voteAt } from '../src/matrix/voteMatrix.js';
import { openStore } from '../src/store/store.js';
import { ASSEMBLED_GA, tempDir } from '../test/helpers/fixtures.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const time = (fn: () => unknown) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

const db = join(tempDir(), 'bench.db');
execFileSync(process.execPath, [join(import.meta.dirname, '..', 'dist', 'cli', 'main.js'), '--db', db, 'import', ASSEMBLED_GA], {
  stdio: 'ignore',
});
const m = seatsMatrix(loadMatrix(openStore(db), 'ga'), CONTINUES);
const ws = workspace(m);
const buildMs = time(() => {
  ws.bits();
  ws.threads();
  ws.years();
});
const bits = ws.bits();
const years = ws.years();

/** All pairs of members, every year, every measure: the bitset way. */
function allPairs(): number {
  const t = new Uint32Array(16);
  let pairs = 0;
  let sink = 0;
  for (const rows of years.values()) {
    const members: number[] = [];
    for (let c = 0; c < m.codes.length; c++) if (present(bits, c, rows)) members.push(c);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        sink += measures(table(bits, members[i] as number, members[j] as number, rows, t)).n;
        pairs++;
      }
    }
  }
  return pairs + sink * 0;
}

/** The same with plain loops over rows. */
function allPairsReference(mm: VoteMatrix): number {
  let pairs = 0;
  const byYear = new Map<number, number[]>();
  mm.resolutions.forEach((r, i) => byYear.set(r.year, [...(byYear.get(r.year) ?? []), i]));
  for (const rows of byYear.values()) {
    const members = mm.codes.map((_, c) => c).filter((c) => rows.some((r) => voteAt(mm, r, c) !== null));
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        measures(naiveTable(mm, members[i] as number, members[j] as number, rows));
        pairs++;
      }
    }
  }
  return pairs;
}

const pak = ws.column('PAK');
const anchors = ['USA', 'CHN', 'RUS'].map((c) => ws.column(c));
const profileOnce = () => profile(bits, pak, { anchors, metric: 'coincidence', years, threads: ws.threads() });

/** The same profile by plain loops over rows: scores, side-taking, shifts, allies. */
function profileReference(): number {
  let sink = 0;
  const byYear = new Map<number, number[]>();
  m.resolutions.forEach((r, i) => byYear.set(r.year, [...(byYear.get(r.year) ?? []), i]));
  for (const idx of byYear.values()) {
    if (!idx.some((r) => voteAt(m, r, pak) !== null)) continue;
    for (const a of anchors) sink += measures(naiveTable(m, a, pak, idx)).n;
    for (let i = 0; i < anchors.length; i++) {
      for (let j = i + 1; j < anchors.length; j++) {
        for (const r of idx) {
          const f = voteAt(m, r, anchors[i] as number);
          const s = voteAt(m, r, anchors[j] as number);
          const c = voteAt(m, r, pak);
          if (!f || !s || f === 'X' || s === 'X' || f === s || c === null) continue;
          sink += c === f ? 1 : c === s ? 2 : c === 'A' ? 3 : c === 'X' ? 4 : 5;
        }
      }
    }
  }
  const threads = ws.threads();
  const last = new Map<number, number>();
  m.resolutions.forEach((_, r) => {
    const v = voteAt(m, r, pak);
    if (v === null) return;
    const t = threads.threadOf[r] as number;
    const p = last.get(t);
    if (p !== undefined && voteAt(m, p, pak) !== v) sink++;
    last.set(t, r);
  });
  const lastYear = Math.max(...m.resolutions.map((r) => r.year));
  const window = m.resolutions.flatMap((r, i) => (r.year > lastYear - 5 ? [i] : []));
  for (let c = 0; c < m.codes.length; c++) sink += measures(naiveTable(m, pak, c, window)).nVoted;
  return sink;
}

console.log(`machine: ${cpus()[0]?.model} x${cpus().length}, node ${process.version}`);
console.log(`matrix: ${m.resolutions.length} resolutions x ${m.codes.length} entities, ${years.size} years; bitsets, threads and years built in ${buildMs.toFixed(0)} ms`);
console.log(`runs: ${RUNS}; medians\n`);

let pairs = 0;
const fast = Array.from({ length: RUNS }, () => time(() => (pairs = allPairs())));
const slow = Array.from({ length: Math.min(RUNS, 2) }, () => time(() => allPairsReference(m)));
console.log(`All-pairs agreement, every year (${pairs.toLocaleString('en-US')} pair-years, all six measures)`);
console.log(`  straddle (bitsets)     ${median(fast).toFixed(0).padStart(7)} ms   (target at most 200)`);
console.log(`  reference (row loops)  ${median(slow).toFixed(0).padStart(7)} ms`);

profileOnce();
const prof = Array.from({ length: RUNS * 4 }, () => time(profileOnce));
const profRef = Array.from({ length: RUNS }, () => time(profileReference));
console.log('\nOne full profile (PAK; USA, CHN, RUS; every year; sides, shifts, allies), warm');
console.log(`  straddle               ${median(prof).toFixed(2).padStart(7)} ms   (target at most 10)`);
console.log(`  reference (row loops)  ${median(profRef).toFixed(2).padStart(7)} ms`);
