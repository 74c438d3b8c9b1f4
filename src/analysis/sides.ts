import { type RowSet, popcount } from './rowSet.js';
import type { VoteBits } from './voteBits.js';

/**
 * How an entity voted on the resolutions where two anchors voted differently
 * (both cast a vote, and not the same one).
 */
export interface Sides {
  /** Split votes on which the entity was a member. */
  n: number;
  /** Voted as the first anchor did (an abstention too, if the first abstained). */
  withFirst: number;
  withSecond: number;
  /** Abstained where neither anchor did. */
  abstain: number;
  /** Did not vote. */
  absent: number;
  /** Voted yes or no where one anchor abstained and the other voted the opposite way. */
  other: number;
}

/**
 * Side-taking of entity `c` between anchors `first` and `second` over rows.
 *
 * @example sides(bits, usa, chn, pak, rows2023) // → { n: 30, withFirst: 4, withSecond: 22, ... }
 */
export function sides(vb: VoteBits, first: number, second: number, c: number, rows: RowSet): Sides {
  const W = vb.words;
  const b = vb.bits;
  const row = (e: number, v: number) => (e * 4 + v) * W;
  const [fY, fA, fN] = [row(first, 0), row(first, 1), row(first, 2)];
  const [sY, sA, sN] = [row(second, 0), row(second, 1), row(second, 2)];
  const [cY, cA, cN, cX] = [row(c, 0), row(c, 1), row(c, 2), row(c, 3)];
  const out: Sides = { n: 0, withFirst: 0, withSecond: 0, abstain: 0, absent: 0, other: 0 };
  for (let w = rows.lo; w < rows.hi; w++) {
    const fy = b[fY + w] as number;
    const fa = b[fA + w] as number;
    const fn = b[fN + w] as number;
    const sy = b[sY + w] as number;
    const sa = b[sA + w] as number;
    const sn = b[sN + w] as number;
    const split = ((fy & (sa | sn)) | (fa & (sy | sn)) | (fn & (sy | sa))) & (rows.words[w] as number);
    if (split === 0) continue;
    const y = b[cY + w] as number;
    const a = b[cA + w] as number;
    const no = b[cN + w] as number;
    const x = b[cX + w] as number;
    const member = split & (y | a | no | x);
    out.n += popcount(member);
    out.withFirst += popcount(split & ((y & fy) | (a & fa) | (no & fn)));
    out.withSecond += popcount(split & ((y & sy) | (a & sa) | (no & sn)));
    out.abstain += popcount(split & a & ~fa & ~sa);
    out.absent += popcount(split & x);
  }
  out.other = out.n - out.withFirst - out.withSecond - out.abstain - out.absent;
  return out;
}
