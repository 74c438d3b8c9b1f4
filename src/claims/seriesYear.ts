import type { Workspace } from '../analysis/workspace.js';
import type { DateWindow } from './match.js';
import type { Resolved } from './resolve.js';

/**
 * The vote of another year in the series of the article's vote (a recurring text, threads.ts): "In
 * 2024, the U.S. and Israel had been the only two ... to vote against" in a report of the 2025 embargo
 * vote is A/RES/79/7, not the vote of 2024 whose title shares most words with the sentence. Null
 * unless the series has one and only one vote in the window.
 *
 * @example seriesVoteIn(ga, { row: rowOf('A/RES/80/4'), why: '', firm: true }, { from: '2024-01-01', to: '2024-12-31' })?.row // → the row of A/RES/79/7
 */
export function seriesVoteIn(ws: Workspace, main: Resolved, window: DateWindow): Resolved | null {
  const threads = ws.threads();
  const rows = ws.matrix.resolutions;
  const inWindow = threads.rows[threads.threadOf[main.row]!]!.filter((x) => x !== main.row && rows[x]!.date >= window.from && rows[x]!.date <= window.to);
  if (inWindow.length !== 1) return null;
  const r = rows[inWindow[0]!]!;
  return { row: inWindow[0]!, why: `the vote of ${r.date.slice(0, 4)} in the series of the article's vote (${rows[main.row]!.symbol})`, firm: false };
}
