import type { Workspace } from '../analysis/workspace.js';
import { voteAt } from '../matrix/voteMatrix.js';
import type { ClaimedTally } from './figures.js';
import type { ClaimedVote, FoundClaim } from './read.js';
import { distinctVotes } from './namedVotes.js';
import { topScore } from './subject.js';

/**
 * Which vote an article reports, told by everything it says of it at once:
 * of the votes on its subject, the one that the most of its figures and of
 * the states' votes it gives fit. A fact-checker reads "13-0, Cuba and Yemen
 * abstained" as the vote where Cuba and Yemen sat on the Council and
 * abstained (S/RES/661 of 1990), not the latest vote with 13-0-2; and
 * "78 states supported ... 79 abstentions ... Serbia, the only European
 * state that voted against" as A/RES/78/221 on Crimea, though the article
 * quotes the 141 of ES-11/6 too.
 */

/** What an article says of the vote it reports: its figures and the states' votes it gives. */
export interface ArticleEvidence {
  tallies: readonly ClaimedTally[];
  votes: readonly ClaimedVote[];
}

export interface Fit {
  row: number;
  /** Figures and states' votes the record has as the article says. */
  fits: number;
  /** Figures and states' votes the article gives, in all. */
  of: number;
}

const CATEGORIES = ['yes', 'no', 'abstain', 'nonVoting'] as const;

/**
 * How many of the article's figures and states' votes this row has as the article says.
 *
 * @example fitOf(ga, rowOfES11_1, { tallies: [{ yes: 141 }], votes: [{ code: 'BLR', vote: 'N', negated: false }] }) // → { fits: 2, of: 2, ... }
 */
export function fitOf(ws: Workspace, row: number, ev: ArticleEvidence): Fit {
  return fitter(ws, ev)(row);
}

/** The evidence read once (each figure once, each state's vote once, its column found), to fit many rows. */
function fitter(ws: Workspace, ev: ArticleEvidence): (row: number) => Fit {
  // A figure printed twice ("141 in favour ... the 141 states") counts once.
  const figures = new Map<string, [(typeof CATEGORIES)[number], number]>();
  for (const t of ev.tallies) for (const k of CATEGORIES) if (t[k] !== undefined) figures.set(`${k}:${t[k]}`, [k, t[k]!]);
  const votes = distinctVotes(ev.votes).map((v) => ({ ...v, column: ws.matrix.codes.indexOf(v.code) }));
  const of = figures.size + votes.length;
  return (row) => {
    const r = ws.matrix.resolutions[row]!;
    let fits = 0;
    for (const [k, v] of figures.values()) if (r.totals[k] === v) fits++;
    for (const v of votes) {
      const actual = v.column === -1 ? null : voteAt(ws.matrix, row, v.column);
      if (actual !== null && (v.negated ? actual !== v.vote : actual === v.vote)) fits++;
    }
    return { row, fits, of };
  };
}

/**
 * Of the candidate votes, the one the article's evidence fits best, if no other
 * fits it as well and it fits by at least `margin` more than the current
 * choice (or, with none, at least three figures and states' votes, three in
 * five of those given; `loose`, two or more and all of those given); null to
 * keep the current one: the evidence does not tell the votes apart.
 *
 * @example bestFitting(ga, cubaEmbargoRows, evidence, rowOf2014, 2)?.row // → the row of 2013
 */
export function bestFitting(ws: Workspace, candidates: readonly number[], ev: ArticleEvidence, current: number | null, margin: number, extra: (row: number) => number = () => 0, loose = false): Fit | null {
  const base = fitter(ws, ev);
  const fit = (row: number) => {
    const f = base(row);
    return { ...f, fits: f.fits + extra(row) };
  };
  const now = current === null ? null : fit(current);
  let best: Fit | null = null;
  let second = -1;
  for (const row of candidates) {
    if (row === current) continue;
    const f = fit(row);
    if (!best || f.fits > best.fits) {
      second = best ? best.fits : -1;
      best = f;
    } else if (f.fits > second) second = f.fits;
  }
  if (!best || best.fits === second) return null;
  if (now) return best.fits >= now.fits + margin ? best : null;
  if (loose) return best.fits >= 2 && best.fits === best.of ? best : null;
  return best.fits >= 3 && best.fits >= 0.6 * best.of ? best : null;
}

/**
 * The article's vote on a body, chosen again by the evidence of all its claims: among the votes on the
 * article's subject (a tenth of the closest's score or more: the evidence, not the words, decides) within the dates it allows, the one
 * {@link bestFitting} picks over the current choice, with why in words; null to keep it.
 *
 * @example refit(ga, topic, evidence, current, '2024-01-01')?.why // → 'of the votes on the subject, 6 of the article's 7 figures and states' votes fit this one; 2 the one its …'
 */
export function refit(ws: Workspace, topic: ReadonlyMap<number, number>, ev: ArticleEvidence, current: number | null, date: string | null, ordinal?: number | null): { row: number; why: string } | null {
  // A dated article: the votes of the two years before it (and three days after, for a page's date).
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const dates = date ? { from: day(Date.parse(date) - 2 * 365 * 86_400_000), to: day(Date.parse(date) + 3 * 86_400_000) } : null;
  const top = topScore(topic);
  if (top === 0) return null;
  const rows = ws.matrix.resolutions;
  const candidates = [...topic]
    .filter(([row, v]) => v >= 0.1 * top && (!dates || (rows[row]!.date >= dates.from && rows[row]!.date <= dates.to)))
    .sort((a, b) => b[1] - a[1])
    .map(([row]) => row);
  // "for the 22nd time": the vote of the 22nd year of its series counts as two things more that fit (it names
  // the year). Counted in years from the series' first vote, not in votes: the record lacks some years' votes
  // (the embargo text of 2004), and the news counts the years.
  const threads = ordinal ? ws.threads() : null;
  const placed = (row: number) => (threads && rows[threads.rows[threads.threadOf[row]!]![0]!]!.year + ordinal! - 1 === rows[row]!.year ? 2 : 0);
  // With nothing chosen yet, two states' votes that only one of the votes closest to the subject has are enough
  // ("Israel abstains ... in conjunction with the United States, which also abstained": A/RES/71/5 of 2016 on the embargo).
  const close = () => candidates.filter((row) => topic.get(row)! >= 0.5 * top);
  const best = bestFitting(ws, candidates, ev, current, current === null ? 0 : 2, placed) ?? (current === null ? bestFitting(ws, close(), ev, null, 0, undefined, true) : null);
  if (!best) return null;
  const told = (row: number) => fitOf(ws, row, ev).fits;
  const was = current === null ? '' : `; ${told(current)} the one its figures or subject first pointed to (${rows[current]!.symbol})`;
  const nth = placed(best.row) ? `, and it falls in year ${ordinal} of its series, as the article says` : '';
  return { row: best.row, why: `of the votes on the subject, ${told(best.row)} of the article's ${best.of} figures and states' votes fit this one${was}${nth}` };
}

const ONLY = /\b(?:only|sole|lone|just)\b/i;
const CATEGORY = { Y: 'yes', N: 'no', A: 'abstain', X: 'nonVoting' } as const;

/**
 * The count a list of states implies where the article says they were the only ones: "only the United States
 * and Israel opposed it" is two votes against (A/RES/78/7 of 2023, not the 187-3-2 of 2019, when Brazil
 * joined them). Evidence for the choice of vote, not a claim of its own.
 *
 * @example impliedCount('only the United States and Israel opposed it', votes) // → { no: 2 }
 */
export function impliedCount(clauseBefore: string, votes: readonly ClaimedVote[]): ClaimedTally | null {
  if (!ONLY.test(clauseBefore) || votes.length === 0 || votes.some((v) => v.negated || v.vote !== votes[0]!.vote)) return null;
  return { [CATEGORY[votes[0]!.vote]]: votes.length };
}

/**
 * What an article's claims on one vote say of it, as evidence: their figures, the states' votes, and
 * the counts "only ..." implies.
 *
 * @example articleEvidence(claims, text) // → { tallies: [{ yes: 188 }, { no: 2 }], votes: [...] }
 */
export function articleEvidence(claims: readonly FoundClaim[], text: string): ArticleEvidence {
  const implied = claims.flatMap((f) => (f.votes && !f.tally ? [impliedCount(text.slice(f.clause.start, f.span.end), distinctVotes(f.votes))] : [])).filter((t): t is ClaimedTally => t !== null);
  return { tallies: [...claims.flatMap((f) => (f.tally ? [f.tally] : [])), ...implied], votes: claims.flatMap((f) => f.votes ?? []) };
}
