import type { Workspace } from '../analysis/workspace.js';
import { voteAt } from '../matrix/voteMatrix.js';
import type { ClaimedVote } from './read.js';
import type { Scope } from './resolve.js';

/**
 * The states a passage or an article says voted, as evidence for which vote
 * it reports: a figure several votes share is told apart by how the named
 * states voted on each (185 in favour with Brazil and Ukraine abstaining is
 * A/RES/77/7 of 2022, not the 185 of 2008).
 */

/** Does the record have every named state voting as the passage says on this row? */
export function votesFit(ws: Workspace, row: number, votes: readonly ClaimedVote[]): boolean {
  return votes.every((v) => {
    const c = ws.matrix.codes.indexOf(v.code);
    const actual = c === -1 ? null : voteAt(ws.matrix, row, c);
    return actual !== null && (v.negated ? actual !== v.vote : actual === v.vote);
  });
}

/**
 * Of the votes with a passage's one figure that are on its subject, the only one where every state the
 * passage names voted as it says; else the one most of the states the article names fit (four in five),
 * if one stands out. Firm when three states or more agree on it, enough to date an undated article.
 *
 * @example loneFigureByVotes(ga, rowsWith185, topic, scope)?.row // → the row of A/RES/77/7
 */
export function loneFigureByVotes(ws: Workspace, exact: readonly number[], topic: ReadonlyMap<number, number>, s: Scope): { row: number; states: string; firm: boolean } | null {
  const named = distinctVotes(s.votes ?? []);
  if (named.length >= 2) {
    const fit = exact.filter((r) => topic.has(r)).filter((r) => votesFit(ws, r, named));
    if (fit.length === 1) return { row: fit[0]!, states: `${named.length} named states`, firm: named.length >= 3 };
  }
  // The article's states, of all its sentences: one misread ("Bangladesh voted for only one of the four
  // resolutions") must not hide the vote the other twelve fit, so the vote most of them fit, if one stands out.
  const all = distinctVotes(s.articleVotes ?? []);
  if (all.length < 2) return null;
  const fits = exact.filter((r) => topic.has(r)).map((r) => ({ r, n: votesFitting(ws, r, all) }));
  fits.sort((a, b) => b.n - a.n);
  const [best, next] = fits;
  if (!best || best.n < Math.max(2, Math.ceil(0.8 * all.length)) || (next && next.n === best.n)) return null;
  return { row: best.r, states: `${best.n} of the ${all.length} states the article names`, firm: best.n >= 3 };
}

/** How many of the named states voted on this row as the passage says. */
function votesFitting(ws: Workspace, row: number, votes: readonly ClaimedVote[]): number {
  return votes.filter((v) => votesFit(ws, row, [v])).length;
}

// One vote per state: "did not vote for" and "abstained" agree (the abstention kept); "abstained" and "did
// not vote" meet in "did not vote for"; a state named with two votes that cannot both hold (a shift) is left out.
export function distinctVotes(votes: readonly ClaimedVote[]): ClaimedVote[] {
  const by = new Map<string, ClaimedVote | null>();
  const agree = (a: ClaimedVote, b: ClaimedVote) => (a.negated ? !b.negated && b.vote !== a.vote : b.negated ? a.vote !== b.vote : a.vote === b.vote);
  for (const v of votes) {
    const known = by.get(v.code);
    if (known === undefined) by.set(v.code, v);
    else if (known && !(known.vote === v.vote && known.negated === v.negated)) {
      // "Algeria abstained" and "Algeria opted not to vote": either way, it did not vote in favour.
      const notYes = !known.negated && !v.negated && /[AX]/.test(known.vote) && /[AX]/.test(v.vote);
      by.set(v.code, agree(known, v) ? (known.negated ? v : known) : notYes ? { code: v.code, vote: 'Y', negated: true } : null);
    }
  }
  return [...by.values()].filter((v): v is ClaimedVote => v !== null);
}
