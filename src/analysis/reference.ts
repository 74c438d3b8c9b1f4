import { type VoteMatrix, voteAt } from '../matrix/voteMatrix.js';

const INDEX = { Y: 0, A: 1, N: 2, X: 3 } as const;

/**
 * The contingency table by plain loops over rows, as peers compute it: the
 * reference that tests check the bitset version against, and the baseline
 * of `npm run bench:analysis`.
 */
export function naiveTable(m: VoteMatrix, a: number, b: number, rows: number[]): Uint32Array {
  const t = new Uint32Array(16);
  for (const r of rows) {
    const va = voteAt(m, r, a);
    const vb = voteAt(m, r, b);
    if (va === null || vb === null) continue;
    const i = INDEX[va] * 4 + INDEX[vb];
    t[i] = (t[i] as number) + 1;
  }
  return t;
}
