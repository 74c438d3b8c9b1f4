import { CELL, type VoteMatrix } from '../matrix/voteMatrix.js';
import { type RowSet, popcount, wordsFor } from './rowSet.js';

/** Vote categories in ordinal order (yes < abstain < no), then non-voting. */
export const CATEGORIES = ['Y', 'A', 'N', 'X'] as const;
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
 * (categories Y, A, N, X). Rows where either was not a member are not in it.
 *
 * @example table(b, colUSA, colPAK, rowsOf2023)[0 * 4 + 1] // US yes, Pakistan abstained
 */
export function table(vb: VoteBits, a: number, b: number, rows: RowSet, out = new Uint32Array(16)): Uint32Array {
  const W = vb.words;
  const bits = vb.bits;
  const mask = rows.words;
  out.fill(0);
  for (let va = 0; va < 4; va++) {
    const ao = (a * 4 + va) * W;
    for (let vbi = 0; vbi < 4; vbi++) {
      const bo = (b * 4 + vbi) * W;
      let n = 0;
      for (let w = rows.lo; w < rows.hi; w++) {
        const x = (bits[ao + w] as number) & (bits[bo + w] as number) & (mask[w] as number);
        if (x !== 0) n += popcount(x);
      }
      out[va * 4 + vbi] = n;
    }
  }
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
