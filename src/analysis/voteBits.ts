import { CELL, type VoteMatrix } from '../matrix/voteMatrix.js';
import { type RowSet, popcount, wordsFor } from './rowSet.js';

// Vote categories, in ordinal order (yes < abstain < no), then non-voting: Y 0, A 1, N 2, X 3.
const CODE_TO_CATEGORY = new Map<number, number>([
  [CELL.Y, 0],
  [CELL.A, 1],
  [CELL.N, 2],
  [CELL.X, 3],
]);

/**
 * The matrix as bitsets: for each entity and vote category, one bit per
 * resolution. Pair counts over any set of rows are then a few AND and
 * popcount operations per 32 resolutions (docs/BENCHMARKS.md).
 */
export interface VoteBits {
  matrix: VoteMatrix;
  words: number;
  /** `bits[((c * 4) + v) * words + w]`. */
  bits: Uint32Array;
}

/** Builds the bitsets of a matrix (once per matrix). */
export function voteBits(m: VoteMatrix): VoteBits {
  const R = m.resolutions.length;
  const C = m.codes.length;
  const W = wordsFor(R);
  const bits = new Uint32Array(C * 4 * W);
  for (let r = 0; r < R; r++) {
    const base = r * C;
    const w = r >>> 5;
    const bit = 1 << (r & 31);
    for (let c = 0; c < C; c++) {
      const v = CODE_TO_CATEGORY.get(m.cells[base + c] as number);
      if (v === undefined) continue;
      const i = (c * 4 + v) * W + w;
      bits[i] = (bits[i] as number) | bit;
    }
  }
  return { matrix: m, words: W, bits };
}

/**
 * The 4 x 4 contingency table of two entities' votes over a set of rows:
 * cell `4 * va + vb` counts rows where `a` voted `va` and `b` voted `vb`
 * (categories Y, A, N, X). Rows where either was not a member are not in it,
 * nor are rows where `a` did not vote (row X stays 0: no measure uses it).
 *
 * @example table(b, colUSA, colPAK, rowsOf2023)[0 * 4 + 1] // US yes, Pakistan abstained
 */
export function table(vb: VoteBits, a: number, b: number, rows: RowSet, out = new Uint32Array(16)): Uint32Array {
  const W = vb.words;
  const bits = vb.bits;
  const mask = rows.words;
  const aY = a * 4 * W;
  const aA = aY + W;
  const aN = aA + W;
  const bY = b * 4 * W;
  const bA = bY + W;
  const bN = bA + W;
  const bX = bN + W;
  let yy = 0, ya = 0, yn = 0, yx = 0, ay = 0, aa = 0, an = 0, ax = 0, ny = 0, na = 0, nn = 0, nx = 0;
  // One pass over the words, each loaded once: twelve popcounts per 32 rows.
  for (let w = rows.lo; w < rows.hi; w++) {
    const m = mask[w] as number;
    if (m === 0) continue;
    const y1 = (bits[aY + w] as number) & m;
    const a1 = (bits[aA + w] as number) & m;
    const n1 = (bits[aN + w] as number) & m;
    const y2 = bits[bY + w] as number;
    const a2 = bits[bA + w] as number;
    const n2 = bits[bN + w] as number;
    const x2 = bits[bX + w] as number;
    if (y1 !== 0) {
      yy += popcount(y1 & y2);
      ya += popcount(y1 & a2);
      yn += popcount(y1 & n2);
      yx += popcount(y1 & x2);
    }
    if (a1 !== 0) {
      ay += popcount(a1 & y2);
      aa += popcount(a1 & a2);
      an += popcount(a1 & n2);
      ax += popcount(a1 & x2);
    }
    if (n1 !== 0) {
      ny += popcount(n1 & y2);
      na += popcount(n1 & a2);
      nn += popcount(n1 & n2);
      nx += popcount(n1 & x2);
    }
  }
  out.fill(0);
  out[0] = yy;
  out[1] = ya;
  out[2] = yn;
  out[3] = yx;
  out[4] = ay;
  out[5] = aa;
  out[6] = an;
  out[7] = ax;
  out[8] = ny;
  out[9] = na;
  out[10] = nn;
  out[11] = nx;
  return out;
}

/** Counts of one entity's votes by category over a set of rows. */
export function votesOf(vb: VoteBits, c: number, rows: RowSet): [number, number, number, number] {
  const W = vb.words;
  const out: [number, number, number, number] = [0, 0, 0, 0];
  for (let v = 0; v < 4; v++) {
    const o = (c * 4 + v) * W;
    let n = 0;
    for (let w = rows.lo; w < rows.hi; w++) n += popcount((vb.bits[o + w] as number) & (rows.words[w] as number));
    out[v] = n;
  }
  return out;
}

/** Whether an entity was a member on any of the rows (voting or not). */
export function present(vb: VoteBits, c: number, rows: RowSet): boolean {
  const W = vb.words;
  const o = c * 4 * W;
  for (let w = rows.lo; w < rows.hi; w++) {
    const any = (vb.bits[o + w] as number) | (vb.bits[o + W + w] as number) | (vb.bits[o + 2 * W + w] as number) | (vb.bits[o + 3 * W + w] as number);
    if ((any & (rows.words[w] as number)) !== 0) return true;
  }
  return false;
}
