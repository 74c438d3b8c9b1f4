import { align } from './agreement.js';
import { type Metric, measures, score } from './measures.js';
import { type RowSet, rowsWhere } from './rowSet.js';
import { type Shift, shifts } from './shifts.js';
import { type Sides, sides } from './sides.js';
import type { Threads } from './threads.js';
import { type VoteBits, table, votesOf } from './voteBits.js';

export interface ProfileYear {
  year: number;
  /** Resolutions on which the entity was a member. */
  n: number;
  /** Abstentions among the votes it cast (yes, no, abstain); null if it cast none. */
  abstainRate: number | null;
  /** The metric with each anchor, and the n of each. */
  scores: Record<string, number | null>;
  ns: Record<string, number>;
  /** Side-taking on the votes where two anchors split, keyed "FIRST|SECOND". */
  sides: Record<string, Sides>;
}

export interface Neighbour {
  code: string;
  /** Voeten agreement over the window; symmetric, so "closest" reads both ways. */
  agree: number;
  n: number;
}

export interface Profile {
  code: string;
  metric: Metric;
  anchors: string[];
  years: ProfileYear[];
  shifts: Shift[];
  /** The window (calendar years) of allies and opponents. */
  window: { from: number; to: number };
  allies: Neighbour[];
  opponents: Neighbour[];
}

export interface ProfileOptions {
  anchors: number[];
  metric: Metric;
  years: Map<number, RowSet>;
  threads: Threads;
  /** Years back from the entity's last vote for allies and opponents (default 5). */
  window?: number;
  /** How many allies and opponents (default 10). */
  neighbours?: number;
  /** Shifts listed (newest first; default 20). */
  shiftLimit?: number;
  /** Years asked for (`profile --from --to`): every part keeps to them, allies and shifts too. */
  span?: { from?: number; to?: number };
}

/**
 * A state's alignment over time: agreement with each anchor by year, how it
 * sided when the anchors split, its shifts, and its closest and most
 * distant states over the last years.
 *
 * @example profile(bits, pak, { anchors: [usa, chn, rus], metric: 'coincidence', years, threads })
 */
export function profile(vb: VoteBits, c: number, o: ProfileOptions): Profile {
  const codes = vb.matrix.codes;
  const t = new Uint32Array(16);
  const years: ProfileYear[] = [];
  const inSpan = (year: number) => (o.span?.from === undefined || year >= o.span.from) && (o.span?.to === undefined || year <= o.span.to);
  for (const [year, rows] of o.years) {
    if (!inSpan(year)) continue;
    const [y, a, no, x] = votesOf(vb, c, rows);
    const n = y + a + no + x;
    if (n === 0) continue;
    const scores: Record<string, number | null> = {};
    const ns: Record<string, number> = {};
    for (const anchor of o.anchors) {
      const s = score(measures(table(vb, anchor, c, rows, t)), o.metric);
      scores[codes[anchor] as string] = s.value;
      ns[codes[anchor] as string] = s.n;
    }
    const sideTaking: Record<string, Sides> = {};
    o.anchors.forEach((first, i) => {
      for (const second of o.anchors.slice(i + 1)) {
        sideTaking[`${codes[first]}|${codes[second]}`] = sides(vb, first, second, c, rows);
      }
    });
    const cast = y + a + no;
    years.push({ year, n, abstainRate: cast === 0 ? null : a / cast, scores, ns, sides: sideTaking });
  }
  const last = years.length > 0 ? (years[years.length - 1] as ProfileYear).year : 0;
  // Allies over the span asked for, else over the last years the state voted.
  const window = o.span?.from !== undefined ? { from: Math.max(o.span.from, years[0]?.year ?? o.span.from), to: last } : { from: last - (o.window ?? 5) + 1, to: last };
  const windowRows = rowsWhere(vb.matrix, (r) => r.year >= window.from && r.year <= window.to);
  const k = o.neighbours ?? 10;
  const others = align(vb, [c], windowRows, 'agree')
    .filter((r) => r.code !== codes[c] && r.scores[codes[c] as string] != null && (r.ns[codes[c] as string] as number) >= 10)
    .map((r) => ({ code: r.code, agree: r.scores[codes[c] as string] as number, n: r.ns[codes[c] as string] as number }))
    .sort((p, q) => q.agree - p.agree || p.code.localeCompare(q.code));
  return {
    code: codes[c] as string,
    metric: o.metric,
    anchors: o.anchors.map((a) => codes[a] as string),
    years,
    shifts: o.span
      ? shifts(vb.matrix, o.threads, c).filter((x) => inSpan(Number(x.date.slice(0, 4)))).slice(0, o.shiftLimit ?? 20)
      : shifts(vb.matrix, o.threads, c, { limit: o.shiftLimit ?? 20 }),
    window,
    allies: others.slice(0, k),
    opponents: others.slice(-k).reverse(),
  };
}
