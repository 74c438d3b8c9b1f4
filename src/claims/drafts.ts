import { seatOf } from '../analysis/vetoes.js';
import type { Draft } from '../sources/drafts.js';
import type { Vote } from '../vote.js';
import type { ClaimedTally } from './figures.js';
import type { DateWindow } from './match.js';
import type { ClaimedVote, FoundClaim } from './read.js';
import type { CheckedClaim, Verdict } from './report.js';
import { tallyText } from './resolve.js';
import { quoteOf } from './verdicts.js';

/**
 * Claims about Council drafts that were not adopted (vetoed, or short of
 * votes), matched to the drafts of the UN's veto list and the meetings
 * coverage that data/sc_drafts.csv holds, and judged like any vote. The UN's
 * voting files have adopted resolutions only, so without this such claims
 * could only be unverifiable.
 */

/** What the passages about one vote not adopted say of it. */
export interface DraftClues {
  /** The dates the passage gives ("on Friday", "in March 2024"), if any. */
  window: DateWindow | null;
  /** The article's date (or the date it was read against). */
  date: string | null;
  /** Permanent members said to have vetoed ("Russia and China vetoed"). */
  vetoers: string[];
  tally: ClaimedTally | null;
  votes: ClaimedVote[];
  /** The passages' words, for the subject. */
  words: string;
  /** 'veto' when the passage speaks of a veto, else a draft that failed (either kind then). */
  kind: 'veto' | 'failedDraft' | 'amendment';
}

export interface DraftMatch {
  draft: Draft;
  why: string;
}

const DAY = 86_400_000;
// Reports of a veto come out the day of the vote or within weeks of it.
const BEFORE_DAYS = 45;
const STOP = new Set(['draft', 'resolution', 'council', 'security', 'united', 'nations', 'would', 'have', 'that', 'with', 'from', 'this', 'which', 'their', 'against', 'favour', 'favor', 'votes', 'voted', 'vetoed', 'members', 'member', 'text', 'states', 'abstained', 'calling', 'called']);
const wordsOf = (s: string) => new Set((s.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w)).map((w) => w.replace(/(?:ies|es|s)$/, '')));
const COUNTS = ['yes', 'no', 'abstain', 'nonVoting'] as const;

/**
 * The draft not adopted that the clues point to: within the passage's own
 * dates, or the weeks before the article's date (never the newest draft by
 * default), scored by the vetoing members, the figures, the states' votes and
 * the subject's words. An undated passage needs figures or vetoers and
 * subject together. Null when nothing fits well enough to say.
 *
 * @example matchDraft(drafts, { date: '2022-09-30', vetoers: ['RUS'], tally: { yes: 10 }, votes: [], words: 'referendums', window: null, kind: 'veto' })?.draft.symbol // → 'S/2022/720'
 */
export function matchDraft(drafts: readonly Draft[], c: DraftClues): DraftMatch | null {
  const ref = c.date ? Date.parse(c.date) : null;
  const inDates = (d: Draft) => {
    if (c.window) return d.date >= c.window.from && d.date <= c.window.to;
    if (ref === null) return true;
    const t = Date.parse(d.date);
    return t <= ref + DAY && t >= ref - BEFORE_DAYS * DAY;
  };
  const claimedSeats = [...new Set(c.vetoers.map(seatOf))];
  const passage = wordsOf(c.words);
  let best: { d: Draft; score: number; reasons: string[]; distance: number } | null = null;
  for (const d of drafts) {
    if (!inDates(d)) continue;
    if (c.kind === 'veto' && d.outcome !== 'vetoed') continue;
    if (c.kind === 'amendment' && !d.amendment) continue;
    let score = 0;
    const reasons: string[] = [c.window ? `dated ${d.date}, within the passage's dates` : ref !== null ? `dated ${d.date}, in the weeks before the article` : `dated ${d.date}`];
    const seats = new Set(d.vetoedBy.map(seatOf));
    if (claimedSeats.length > 0) {
      if (claimedSeats.every((s) => seats.has(s))) {
        score += claimedSeats.length === seats.size ? 4 : 3;
        reasons.push(`vetoed by ${d.vetoedBy.join(' and ')}`);
      } else score -= 5;
    }
    if (c.tally) {
      const hits = COUNTS.filter((k) => c.tally![k] !== undefined && d.counts[k] !== null && d.counts[k] === c.tally![k]);
      const misses = COUNTS.filter((k) => c.tally![k] !== undefined && d.counts[k] !== null && d.counts[k] !== c.tally![k]);
      score += 2 * hits.length - 2 * misses.length;
      if (hits.length > 0) reasons.push(`figures ${hits.map((k) => `${c.tally![k]} ${k}`).join(', ')}`);
    }
    let named = 0;
    for (const v of c.votes) {
      const actual = d.votes.find((x) => x.code === v.code)?.vote;
      if (actual === undefined) continue;
      const ok = v.negated ? actual !== v.vote : actual === v.vote;
      score += ok ? 1 : -1;
      if (ok) named++;
    }
    if (named > 0) reasons.push(`${named} state${named === 1 ? '' : 's'}' votes`);
    const shared = [...wordsOf(`${d.subject} ${d.agenda}`)].filter((w) => passage.has(w));
    score += Math.min(shared.length, 3);
    if (shared.length > 0) reasons.push(`subject (${shared.slice(0, 3).join(', ')})`);
    const distance = ref === null ? 0 : Math.abs(Date.parse(d.date) - ref);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { d, score, reasons, distance };
  }
  // Dated: the date and one clue more. Undated: the figures or the vetoers, and the subject.
  if (!best || best.score < (ref === null && !c.window ? 5 : 2)) return null;
  const label = best.d.symbol ?? best.d.key;
  return { draft: best.d, why: `a Council draft not adopted (the UN veto list): ${label}, ${best.reasons.join('; ')}` };
}

const VOTE_WORDS: Record<Vote, string> = { Y: 'voted yes', N: 'voted no', A: 'abstained', X: 'did not vote' };
const P5 = new Set(['CHN', 'FRA', 'GBR', 'RUS', 'SUN', 'USA']);

/** A member's vote on a draft: listed, else known from the veto (a vetoing member voted no; a permanent member that did not veto did not vote no). */
function voteOn(d: Draft, code: string): { vote: Vote | null; notNo: boolean } {
  const listed = d.votes.find((v) => v.code === code || (code === 'RUS' && v.code === 'SUN'))?.vote;
  if (listed) return { vote: listed, notNo: false };
  if (d.vetoedBy.some((c) => seatOf(c) === seatOf(code))) return { vote: 'N', notNo: false };
  return { vote: null, notNo: P5.has(code) && d.outcome === 'vetoed' && !d.amendment };
}

/**
 * A claim judged against the draft it is about: figures against the counts
 * the sources give, states' votes against the member votes (a veto is a no).
 * What the sources leave out stays unverifiable.
 */
export function judgeOnDraft(f: FoundClaim, d: Draft, event: number, name: (code: string) => string): CheckedClaim {
  const label = d.symbol ?? d.key;
  const status = d.outcome === 'vetoed' ? `vetoed by ${d.vetoedBy.map(name).join(' and ')}` : 'not adopted (too few votes in favour)';
  const counts = COUNTS.filter((k) => d.counts[k] !== null && !(k === 'nonVoting' && d.counts[k] === 0)).map((k) => `${d.counts[k]} ${k === 'nonVoting' ? 'not voting' : k === 'yes' ? 'in favour' : k === 'no' ? 'against' : 'abstaining'}`).join(', ');
  const recordSays = `${label} (${d.date}), ${status}${counts ? `: ${counts}` : ''}`;
  const base = {
    sentence: f.sentence.text, kind: f.kind, span: f.span, quote: quoteOf(f), event, resolutions: [],
    draft: { symbol: label, date: d.date, outcome: d.outcome, vetoedBy: d.vetoedBy },
  };
  if (f.tally) {
    const claimed = f.tally;
    const keys = COUNTS.filter((k) => claimed[k] !== undefined);
    const unknown = keys.filter((k) => d.counts[k] === null);
    const wrong = keys.filter((k) => d.counts[k] !== null && d.counts[k] !== claimed[k]);
    const verdict: Verdict = wrong.length > 0 ? 'contradicted' : unknown.length > 0 ? 'unverifiable' : 'supported';
    const explanation = verdict === 'supported'
      ? `${recordSays}; the article's ${tallyText(claimed)} matches.`
      : verdict === 'contradicted'
        ? `${recordSays}, not ${tallyText(claimed)}.`
        : `${recordSays}; the sources of the veto list do not give the ${unknown.join(' and ')} count.`;
    return { ...base, verdict, countries: [], explanation, says: tallyText(claimed), record: counts || null };
  }
  if (f.votes && f.votes.length > 0) {
    const results = f.votes.map((v) => {
      const { vote, notNo } = voteOn(d, v.code);
      const ok = vote !== null ? (v.negated ? vote !== v.vote : vote === v.vote) : notNo && v.vote === 'N' && !v.negated ? false : null;
      return { v, vote, ok };
    });
    const verdict: Verdict = results.some((x) => x.ok === null)
      ? results.every((x) => x.ok === null) ? 'unverifiable' : 'partly'
      : results.every((x) => x.ok) ? 'supported' : results.every((x) => !x.ok) ? 'contradicted' : 'partly';
    const said = results.map(({ v, vote, ok }) => `${name(v.code)} ${vote ? VOTE_WORDS[vote] : ok === false ? 'did not veto' : 'is not named in the sources'}`).join('; ');
    return {
      ...base, verdict,
      countries: results.map(({ v, vote }) => ({ code: v.code, name: name(v.code), vote, claimed: `${v.negated ? 'not ' : ''}${v.vote}` })),
      explanation: `On ${recordSays}: ${said}.`,
      says: f.votes.map((v) => `${name(v.code)} ${VOTE_WORDS[v.vote]}`).join('; '),
      record: said,
    };
  }
  return {
    ...base, verdict: 'unverifiable', countries: [],
    explanation: `About ${recordSays}; the claim is not one the draft's votes can settle.`, says: quoteOf(f), record: recordSays,
  };
}
