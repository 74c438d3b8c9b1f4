import { align } from './agreement.js';
import type { Metric } from './measures.js';
import type { RowSet } from './rowSet.js';
import type { VoteBits } from './voteBits.js';

/** An entity whose agreement with an anchor changed from one period to the next. */
export interface Mover {
  code: string;
  value: number;
  previous: number;
  change: number;
  n: number;
  nPrevious: number;
}

/**
 * The entities whose agreement with `anchor` changed most between two
 * periods, largest change first; both scores must rest on at least `minN` votes.
 */
export function movers(
  vb: VoteBits,
  anchor: number,
  rows: RowSet,
  previousRows: RowSet,
  metric: Metric,
  minN = 10,
): Mover[] {
  const code = vb.matrix.codes[anchor] as string;
  const before = new Map(align(vb, [anchor], previousRows, metric).map((r) => [r.code, r]));
  const out: Mover[] = [];
  for (const now of align(vb, [anchor], rows, metric)) {
    const then = before.get(now.code);
    const v = now.scores[code];
    const p = then?.scores[code];
    if (now.code === code || v == null || p == null) continue;
    if ((now.ns[code] as number) < minN || (then?.ns[code] as number) < minN) continue;
    out.push({ code: now.code, value: v, previous: p, change: v - p, n: now.ns[code] as number, nPrevious: then?.ns[code] as number });
  }
  return out.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.code.localeCompare(b.code));
}
