import { type Agreement, type Metric, type Weighting, measures, score } from './measures.js';
import type { RowSet } from './rowSet.js';
import type { Period } from './selection.js';
import { type VoteBits, table, votesOf } from './voteBits.js';

/** Agreement of two entities in one period: the `straddle agreement` contract. */
export interface PairAgreement extends Agreement {
  period: string;
  a: string;
  b: string;
}

/**
 * Agreement of entity columns `a` and `b` in each period.
 *
 * @example pairAgreement(bits, usa, pak, periods(m, rows, 'year'))[0].coincidence
 */
export function pairAgreement(
  vb: VoteBits,
  a: number,
  b: number,
  list: Period[],
  weighting: Weighting = 'linear',
): PairAgreement[] {
  const t = new Uint32Array(16);
  return list.map((p) => ({
    period: p.period,
    a: vb.matrix.codes[a] as string,
    b: vb.matrix.codes[b] as string,
    ...measures(table(vb, a, b, p.rows, t), weighting),
  }));
}

/** One entity's agreement with each anchor. */
export interface AlignRow {
  code: string;
  /** Resolutions on which the entity was a member (voting or not). */
  n: number;
  /** The metric with each anchor; null where its base is empty. */
  scores: Record<string, number | null>;
  /** The base (n) of each score. */
  ns: Record<string, number>;
}

/**
 * Every member's agreement with each anchor over a set of rows. The anchor
 * is the first state of the pair, as in the State Department's tables
 * (its absences are left out; the member's count as half agreement).
 */
export function align(
  vb: VoteBits,
  anchors: number[],
  rows: RowSet,
  metric: Metric,
  weighting: Weighting = 'linear',
): AlignRow[] {
  const out: AlignRow[] = [];
  const t = new Uint32Array(16);
  const codes = vb.matrix.codes;
  for (let c = 0; c < codes.length; c++) {
    const v = votesOf(vb, c, rows);
    const n = v[0] + v[1] + v[2] + v[3];
    if (n === 0) continue;
    const scores: Record<string, number | null> = {};
    const ns: Record<string, number> = {};
    for (const a of anchors) {
      const s = score(measures(table(vb, a, c, rows, t), weighting), metric);
      scores[codes[a] as string] = s.value;
      ns[codes[a] as string] = s.n;
    }
    out.push({ code: codes[c] as string, n, scores, ns });
  }
  return out;
}
