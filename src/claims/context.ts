import { measures } from '../analysis/measures.js';
import { type Sides, sides } from '../analysis/sides.js';
import { table, votesOf } from '../analysis/voteBits.js';
import type { Workspace } from '../analysis/workspace.js';

export const ANCHORS = ['USA', 'CHN', 'RUS'] as const;

export type Scores = Record<(typeof ANCHORS)[number], number | null>;

/** What a reader needs to weigh claims about a state's alignment. */
export interface CountryContext {
  code: string;
  name: string;
  year: number;
  /** Votes the state was a member for that year. */
  n: number;
  /** State Department coincidence with each anchor that year. */
  scores: Scores;
  /** The same for the five years before, oldest first, and the change in that span. */
  trend: { years: { year: number; scores: Scores }[]; change: Scores };
  /** Side-taking that year when the US and China, and the US and Russia, split. */
  sides: { 'USA|CHN': Sides; 'USA|RUS': Sides };
}

function scoresIn(ws: Workspace, c: number, year: number): { scores: Scores; n: number } | null {
  const rows = ws.years().get(year);
  if (!rows) return null;
  const v = votesOf(ws.bits(), c, rows);
  const n = v[0] + v[1] + v[2] + v[3];
  if (n === 0) return null;
  const t = new Uint32Array(16);
  const scores = {} as Scores;
  for (const a of ANCHORS) scores[a] = measures(table(ws.bits(), ws.column(a), c, rows, t)).coincidence;
  return { scores, n };
}

/** The alignment context of state `code` in `year` (or the latest year before with votes). */
export function countryContext(ws: Workspace, code: string, name: string, year: number): CountryContext | null {
  const c = ws.column(code);
  let y = year;
  let now = scoresIn(ws, c, y);
  while (!now && y > year - 5) now = scoresIn(ws, c, --y);
  if (!now) return null;
  const years: { year: number; scores: Scores }[] = [];
  for (let k = y - 5; k <= y; k++) {
    const s = scoresIn(ws, c, k);
    if (s) years.push({ year: k, scores: s.scores });
  }
  const first = years[0]?.scores;
  const change = {} as Scores;
  for (const a of ANCHORS) {
    const from = first?.[a];
    const to = now.scores[a];
    change[a] = from == null || to == null ? null : to - from;
  }
  const rows = ws.years().get(y)!;
  const bits = ws.bits();
  return {
    code,
    name,
    year: y,
    n: now.n,
    scores: now.scores,
    trend: { years, change },
    sides: {
      'USA|CHN': sides(bits, ws.column('USA'), ws.column('CHN'), c, rows),
      'USA|RUS': sides(bits, ws.column('USA'), ws.column('RUS'), c, rows),
    },
  };
}

const pct = (x: number | null) => (x === null ? 'n/a' : `${(100 * x).toFixed(1)}%`);

/** The context in two plain sentences. */
export function describeContext(x: CountryContext): string {
  const first = x.trend.years[0];
  const trend =
    first && first.year < x.year
      ? ` In ${first.year} its coincidence with the US was ${pct(first.scores.USA)}, with China ${pct(first.scores.CHN)} and with Russia ${pct(first.scores.RUS)}.`
      : '';
  const s = x.sides['USA|CHN'];
  const split =
    s.n > 0
      ? ` On the ${s.n} votes of ${x.year} where the US and China split, it sided with China ${s.withSecond} times, with the US ${s.withFirst} times, and abstained ${s.abstain} times.`
      : '';
  return `${x.name} in ${x.year} (${x.n} GA votes): coincidence with the US ${pct(x.scores.USA)}, China ${pct(x.scores.CHN)}, Russia ${pct(x.scores.RUS)} (State Department method).${trend}${split}`;
}
