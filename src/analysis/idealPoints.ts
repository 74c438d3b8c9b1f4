import type { VoteMatrix } from '../matrix/voteMatrix.js';
import { classicalMds } from './blocs.js';
import { type IdealData, idealData } from './ideal/data.js';
import { type FitResult, fitDynamicOrdinal } from './ideal/fit.js';
import { measures } from './measures.js';
import { rowsWhere } from './rowSet.js';
import type { Threads } from './threads.js';
import { table, voteBits } from './voteBits.js';

/** One state's position in one year. */
export interface IdealPoint {
  code: string;
  year: number;
  idealPoint: number;
  /** 95% interval from the posterior variance of the position (see docs/METHODS.md for caveats). */
  lower: number | null;
  upper: number | null;
  /** Votes cast that year (yes, no or abstain). */
  n: number;
}

export interface IdealOptions {
  /** Share item parameters across the resolutions of one thread (default true). */
  bridge?: boolean;
  /** Yearly step standard deviation ω on the standardised scale (default 0.2). */
  evolutionSd?: number;
  maxIterations?: number;
  /** Stop when a SQUAREM cycle raises the log-likelihood by less than this share of it (default 1e-5). */
  tolerance?: number;
  /** The state whose positions are positive on average (default USA). */
  polarity?: string;
  /** Prior sd of item intercepts and slopes (default 1). */
  itemPriorSd?: number;
}

export interface IdealFit {
  points: IdealPoint[];
  iterations: number;
  converged: boolean;
  logLik: number[];
  observations: number;
  items: number;
  droppedItems: number;
  options: Required<IdealOptions>;
}

export const IDEAL_DEFAULTS: Required<IdealOptions> = {
  bridge: true,
  evolutionSd: 0.2,
  maxIterations: 500,
  tolerance: 1e-5,
  polarity: 'USA',
  itemPriorSd: 1,
};

/**
 * Starting positions: the first axis of a classical MDS of 1 − Voeten
 * agreement over the whole period (the first principal component of the
 * double-centred distances), one value per state for all its years.
 */
function startingPositions(m: VoteMatrix, d: IdealData): Float64Array {
  const bits = voteBits(m);
  const all = rowsWhere(m, () => true);
  const C = m.codes.length;
  const t = new Uint32Array(16);
  const dist = Array.from({ length: C }, () => new Array<number>(C).fill(0));
  const known: number[] = [];
  for (let i = 0; i < C; i++) {
    for (let j = i + 1; j < C; j++) {
      const agree = measures(table(bits, i, j, all, t)).agree;
      if (agree !== null) known.push(1 - agree);
      dist[i]![j] = dist[j]![i] = agree === null ? Number.NaN : 1 - agree;
    }
  }
  // States that never sat together (the GDR and South Sudan) get the mean distance.
  const mean = known.reduce((a, b) => a + b, 0) / Math.max(known.length, 1);
  for (const row of dist) for (let j = 0; j < row.length; j++) if (Number.isNaN(row[j])) row[j] = mean;
  const axis = classicalMds(dist).map((p) => p[0]);
  const x = new Float64Array(d.unitState.length);
  for (let u = 0; u < x.length; u++) x[u] = axis[d.unitState[u] as number] as number;
  return x;
}

/**
 * Dynamic ordinal ideal points for every state and year (yes < abstain < no;
 * absences and non-members missing; a random walk from year to year;
 * recurring resolutions of one thread sharing item parameters), in the
 * spirit of Bailey, Strezhnev and Voeten (2017), fitted by variational EM.
 *
 * @example fitIdealPoints(m, threads).points.find((p) => p.code === 'PAK' && p.year === 2023)
 */
export function fitIdealPoints(m: VoteMatrix, threads: Threads | null, options: IdealOptions = {}): IdealFit {
  const o = { ...IDEAL_DEFAULTS, ...options };
  const itemOf = o.bridge && threads ? threads.threadOf : Int32Array.from(m.resolutions, (_, i) => i);
  const d = idealData(m, itemOf);
  const polarity = Math.max(0, m.codes.indexOf(o.polarity));
  const fit: FitResult = fitDynamicOrdinal(d, {
    evolutionSd: o.evolutionSd,
    initialSd: 1,
    maxIterations: o.maxIterations,
    tolerance: o.tolerance,
    start: startingPositions(m, d),
    polarity,
    itemPriorSd: o.itemPriorSd,
  });
  const points: IdealPoint[] = [];
  for (let u = 0; u < d.unitState.length; u++) {
    const n = d.unitVotes[u] as number;
    if (n === 0) continue;
    const x = fit.x[u] as number;
    const sd = Math.sqrt(fit.v[u] as number);
    points.push({
      code: m.codes[d.unitState[u] as number] as string,
      year: d.unitYear[u] as number,
      idealPoint: round(x),
      lower: round(x - 1.96 * sd),
      upper: round(x + 1.96 * sd),
      n,
    });
  }
  return {
    points,
    iterations: fit.iterations,
    converged: fit.converged,
    logLik: fit.logLik,
    observations: d.obsUnit.length,
    items: d.items,
    droppedItems: d.droppedItems,
    options: o,
  };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
