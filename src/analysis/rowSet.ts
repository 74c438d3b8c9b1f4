import type { ResolutionMeta, VoteMatrix } from '../matrix/voteMatrix.js';

/**
 * A set of matrix rows (resolutions) as a bitset, with the range of words
 * that hold any bit, so that work over one year touches only that year.
 */
export interface RowSet {
  words: Uint32Array;
  /** First word with a bit set, and one past the last. */
  lo: number;
  hi: number;
  /** Number of rows in the set. */
  size: number;
}

export function wordsFor(rows: number): number {
  return (rows + 31) >>> 5;
}

/**
 * The rows of `m` for which `keep` is true.
 *
 * @example rowsWhere(m, (r) => r.year === 2023)
 */
export function rowsWhere(m: VoteMatrix, keep: (r: ResolutionMeta, index: number) => boolean): RowSet {
  const words = new Uint32Array(wordsFor(m.resolutions.length));
  let lo = words.length;
  let hi = 0;
  let size = 0;
  m.resolutions.forEach((r, i) => {
    if (!keep(r, i)) return;
    const w = i >>> 5;
    words[w] = (words[w] as number) | (1 << (i & 31));
    if (w < lo) lo = w;
    if (w + 1 > hi) hi = w + 1;
    size++;
  });
  return { words, lo: size === 0 ? 0 : lo, hi, size };
}

/** Row indices in the set, ascending. */
export function rowIndices(s: RowSet): number[] {
  const out: number[] = [];
  for (let w = s.lo; w < s.hi; w++) {
    let v = s.words[w] as number;
    while (v !== 0) {
      const bit = v & -v;
      out.push((w << 5) + (31 - Math.clz32(bit)));
      v ^= bit;
    }
  }
  return out;
}

/** Number of set bits in a 32-bit word (Hacker's Delight, fig. 5-2). */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
