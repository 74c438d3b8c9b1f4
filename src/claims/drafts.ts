import { seatOf } from '../analysis/vetoes.js';
import type { Draft } from '../sources/drafts.js';
import { monthDays } from './match.js';
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
  /** An undated article's date as the vote its figures identify gives it (A/RES/38/7 for a report on Grenada's 1983 veto): tried first, then the clues alone. */
  near?: { date: string; symbol: string } | null;
  /** Permanent members said to have vetoed ("Russia and China vetoed"). */
  vetoers: string[];
  tally: ClaimedTally | null;
  votes: ClaimedVote[];
  /** The passages' words, for the subject. */
  words: string;
  /** 'veto' when the passage speaks of a veto, else a draft that failed (either kind then). */
  kind: 'veto' | 'failedDraft' | 'amendment';
  /** The claims' own sentences speak of amendments ("Russia vetoed two EU amendments"): amendments only. */
  amendment?: boolean;
  /** Did the state sit on the Council at that date (councilSeats.ts); null when the record does not say. */
  seated?: (code: string, date: string) => boolean | null;
}

export interface DraftMatch {
  draft: Draft;
  why: string;
  /** Matched without a vetoing member, figures, a symbol or a day: by the states' votes and the subject only. */
  votesOnly?: boolean;
}

const DAY = 86_400_000;
// Reports of a veto come out the day of the vote or within weeks of it.
const BEFORE_DAYS = 45;
const STOP = new Set(['draft', 'resolution', 'council', 'security', 'united', 'nations', 'would', 'have', 'that', 'with', 'from', 'this', 'which', 'their', 'against', 'favour', 'favor', 'votes', 'voted', 'vetoed', 'members', 'member', 'text', 'states', 'abstained', 'calling', 'called']);
const wordsOf = (s: string) => new Set((s.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w)).map((w) => w.replace(/(?:ies|es|s)$/, '')));
const COUNTS = ['yes', 'no', 'abstain', 'nonVoting'] as const;
// A draft's subject words, made once per draft: every passage about a veto is scored against all of them.
const wordsByDraft = new WeakMap<Draft, Set<string>>();
// The subject's capitalised words, the drafters in parentheses left out ("(US, Japan draft)").
const namesByDraft = new WeakMap<Draft, Set<string>>();
const draftNames = (d: Draft) => {
  let w = namesByDraft.get(d);
  if (!w) {
    const bare = d.subject.replace(/\([^)]*\bdraft\)/gi, ' ');
    namesByDraft.set(d, (w = new Set((bare.match(/\b[A-Z][A-Za-z]{3,}/g) ?? []).map((x) => x.toLowerCase().replace(/(?:ies|es|s)$/, '')))));
  }
  return w;
};
const draftWords = (d: Draft) => {
  let w = wordsByDraft.get(d);
  if (!w) wordsByDraft.set(d, (w = wordsOf(`${d.subject} ${d.agenda}`)));
  return w;
};

/**
 * The draft not adopted that the clues point to: within the passage's own
 * dates, or the weeks before the article's date (never the newest draft by
 * default), scored by the vetoing members, the figures, the states' votes and
 * the subject's words. An undated passage needs a firm clue (the symbol, the
 * figures or two states' votes). Null when nothing fits well enough to say,
 * or when two drafts fit equally.
 *
 * @example matchDraft(drafts, { date: '2022-09-30', vetoers: ['RUS'], tally: { yes: 10 }, votes: [], words: 'referendums', window: null, kind: 'veto' })?.draft.symbol // → 'S/2022/720'
 */
export function matchDraft(drafts: readonly Draft[], c: DraftClues): DraftMatch | null {
  // An undated article is about the weeks of the adopted vote it reports, if a draft of those weeks fits.
  const near = !c.date && !c.window && c.near ? bestDraft(drafts, { ...c, date: c.near.date }, c.near.symbol) : null;
  if (near) return near;
  const dated = bestDraft(drafts, c);
  // A date read from the text may be another event's ("until 10 July 2021"): with no draft near it,
  // the clues alone, at the undated bar.
  return dated ?? (c.date && !c.window ? bestDraft(drafts, { ...c, date: null }) : null);
}

function bestDraft(drafts: readonly Draft[], c: DraftClues, nearVote?: string): DraftMatch | null {
  const ref = c.date ? Date.parse(c.date) : null;
  const inDates = (d: Draft) => {
    if (c.window) return d.date >= c.window.from && d.date <= c.window.to;
    if (ref === null) return true;
    const t = Date.parse(d.date);
    return t <= ref + DAY && t >= ref - BEFORE_DAYS * DAY;
  };
  const claimedSeats = [...new Set(c.vetoers.map(seatOf))];
  // Draft symbols the passage names (S/2020/654, S/2014/189), read once.
  const symbolsNamed = new Set(c.words.match(/\bS\/(?:\d{4}\/\d+|\d+(?:\/Rev\.\d+)?)(?![\d/])/g) ?? []);
  // The veto list's subjects say "DPRK" where news says "North Korea".
  const passage = wordsOf(c.words.replace(/\bNorth Korea(?:n)?\b|\bPyongyang\b/gi, 'DPRK'));
  // "on Wednesday, August 30" with no year: the day of the year the draft was voted on.
  const days = ref === null && !c.window ? monthDays(c.words) : [];
  let best: { d: Draft; score: number; reasons: string[]; distance: number; firm: boolean } | null = null;
  let tied: Draft[] = [];
  for (const d of drafts) {
    if (!inDates(d)) continue;
    if ((c.kind === 'amendment' || c.amendment) && !d.amendment) continue;
    // "Veto" is used loosely of drafts that failed for want of votes: allowed, at a cost.
    let score = c.kind === 'veto' && d.outcome !== 'vetoed' ? -2 : 0;
    const reasons: string[] = [c.window ? `dated ${d.date}, within the passage's dates` : nearVote ? `dated ${d.date}, in the weeks before ${nearVote}, the vote the article's figures identify` : ref !== null ? `dated ${d.date}, in the weeks before the article` : `dated ${d.date}`];
    // Firm: the draft's symbol, or its figures, or two states' votes; the rest only narrows.
    let firm = false;
    if (d.symbol && symbolsNamed.has(d.symbol)) {
      score += 10;
      firm = true;
      reasons.push(`its symbol named`);
    }
    if (days.includes(d.date.slice(5))) {
      score += 3;
      firm = true;
      reasons.push(`the day the passage names`);
    }
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
      if (hits.length > misses.length) firm = true;
      if (hits.length > 0) reasons.push(`figures ${hits.map((k) => `${c.tally![k]} ${k}`).join(', ')}`);
    }
    let named = 0;
    // Elected members said to have voted who sat on the Council then, where the sources list no votes: the
    // Council of those years (two or more of them name a two-year span).
    const sat = new Set<string>();
    for (const v of c.votes) {
      const actual = d.votes.find((x) => x.code === v.code)?.vote;
      const seated = actual === undefined ? c.seated?.(v.code, d.date) : undefined;
      // A state said to have voted that did not sit on the Council then: another draft's vote (a non-member cannot
      // have voted; a member's vote misreported can be).
      if (seated === false) score -= 3;
      if (seated && d.votes.length === 0 && !PERMANENT.includes(v.code)) sat.add(v.code);
      if (actual === undefined) continue;
      const ok = v.negated ? actual !== v.vote : actual === v.vote;
      score += ok ? 1 : -1;
      if (ok) named++;
    }
    if (named > 0) reasons.push(`${named} state${named === 1 ? '' : 's'}' votes`);
    if (named >= 2) firm = true;
    if (sat.size > 0) {
      score += Math.min(sat.size, 3);
      reasons.push(`${sat.size} elected member${sat.size === 1 ? '' : 's'} named who sat on the Council then`);
      if (sat.size >= 2) firm = true;
    }
    const shared = [...draftWords(d)].filter((w) => passage.has(w));
    // Names count more than common words: "DPRK ... Panel of Experts" tells the drafts of a spring apart, where
    // "nuclear weapons" is in many ("no nuclear weapons ... in outer space", the same 13-1-1 a month later).
    const names = draftNames(d);
    score += Math.min(shared.length + shared.filter((w) => names.has(w)).length, 3);
    if (shared.length > 0) reasons.push(`subject (${shared.slice(0, 3).join(', ')})`);
    const distance = ref === null ? 0 : Math.abs(Date.parse(d.date) - ref);
    // Equal fits: news reports the latest (as for adopted resolutions); the others are named.
    if (!best || score > best.score || (score === best.score && (distance < best.distance || (distance === best.distance && d.date > best.d.date)))) {
      tied = best !== null && score === best.score && distance === best.distance ? [...tied, best.d] : [];
      best = { d, score, reasons, distance, firm };
    } else if (score === best.score && distance === best.distance) tied.push(d);
  }
  // Two drafts of one day that fit equally (the two EU amendments Russia vetoed on 24 February 2025): the passage does not say which.
  if (best && tied.some((d) => d.date === best!.d.date)) return null;
  // ... and drafts apart that fit only by who vetoed and who abstained ("Russia vetoed a Council draft; China
  // abstained" fits a score of them): the latest is taken only where the figures fit too.
  if (best && tied.length > 0 && !best.reasons.some((r) => r.startsWith('figures '))) return null;
  // Dated: the date and one clue more. Undated: a firm clue (symbol, figures, states' votes) and more.
  if (!best || best.score < (ref === null && !c.window ? 5 : 2) || (ref === null && !c.window && !best.firm)) return null;
  const label = best.d.symbol ?? best.d.key;
  const also = tied.length > 0 ? `; as well as it fit ${tied.map((d) => `${d.symbol ?? d.key} (${d.date})`).join(', ')}, the latest taken` : '';
  const votesOnly = !best.reasons.slice(1).some((r) => /^(?:vetoed by|figures |its symbol|the day)/.test(r));
  return { draft: best.d, why: `a Council draft not adopted (the UN veto list): ${label}, ${best.reasons.join('; ')}${also}`, ...(votesOnly && { votesOnly }) };
}

/**
 * The other draft voted the same day whose counts the figures fit, where they contradict the one matched
 * (two drafts on Mali on 30 August 2023: 13-1-1 vetoed, and Russia's own 1-1-13); null otherwise.
 *
 * @example otherDraftOfDay(drafts, vetoedMaliMatch, { abstain: 13 })?.draft.outcome // → 'failed'
 */
export function otherDraftOfDay(drafts: readonly Draft[], m: DraftMatch, tally: ClaimedTally): DraftMatch | null {
  if (draftFits(m.draft, tally)) return null;
  const given = COUNTS.filter((k) => tally[k] !== undefined);
  const others = drafts.filter((d) => d !== m.draft && d.date === m.draft.date && draftFits(d, tally) && given.some((k) => d.counts[k] !== null));
  if (others.length !== 1) return null;
  const d = others[0]!;
  return { draft: d, why: `a Council draft not adopted (the UN veto list): ${d.symbol ?? d.key}, voted the same day as ${m.draft.symbol ?? m.draft.key}, whose counts the figures (${tallyText(tally)}) fit` };
}

/** No count the sources give for the draft contradicts the figures (unknown counts do not). */
export function draftFits(d: Draft, tally: ClaimedTally): boolean {
  return COUNTS.every((k) => tally[k] === undefined || d.counts[k] === null || d.counts[k] === tally[k]);
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

/** What matching a passage to a draft reads besides the claims: their dates, the article's date, body and headline. */
export interface DraftContext {
  ownWindow: (f: FoundClaim) => DateWindow | null;
  /** The article's own date (not one inferred from a vote's figures). */
  date: string | null;
  /** An undated article's vote its figures identify, and that vote's date. */
  near?: { date: string; symbol: string } | null;
  bodyOf: (f: FoundClaim) => 'ga' | 'sc';
  title: string;
  /** The text of the article's sentence `i` ('' past either end). */
  sentence: (i: number) => string;
  seated?: DraftClues['seated'];
}

const PERMANENT = ['CHN', 'FRA', 'GBR', 'RUS', 'SUN', 'USA'];
// Several vetoes at once ("the Russian and Chinese vetoes torpedoed previous efforts", "exercised their
// vetoes twice"): no one draft; "Russia vetoes UN resolution" is the verb.
const SEVERAL = /\b(?:the|their|its|two|three|four|five|several|multiple|repeated|\d+)\s+(?:[\w-]+\s+){0,3}vetoes\b|\bvetoes\s+(?:on|of|by|in|against|over|have|had|were|are)\b|\btwice\b|\bvetoed\s+(?:two|three|four|five|six|several|multiple|\d+)\s+(?:[\w-]+\s+){0,4}(?:resolutions|drafts|texts|proposals)\b/i;
const VETO_WORDS = /\bveto|\bblock/i;

/** The draft a set of claims about one vote speaks of, from what they say together. */
export function draftForClaims(drafts: readonly Draft[], claims: readonly FoundClaim[], c: DraftContext, kind: string): DraftMatch | null {
  if (drafts.length === 0 || (kind !== 'veto' && kind !== 'failedDraft' && kind !== 'amendment')) return null;
  if (claims.every((f) => SEVERAL.test(f.clause.text))) return null;
  const votes = claims.flatMap((f) => f.votes ?? []);
  const tally: ClaimedTally = {};
  for (const f of claims) for (const [k, v] of Object.entries(f.tally ?? {}) as [keyof ClaimedTally, number][]) tally[k] ??= v;
  // A permanent member's no, in words of a veto ("Russia vetoed", "blocked by"), is the veto; in "four against (France, ...)" it is a vote.
  const vetoers = claims.filter((f) => VETO_WORDS.test(f.clause.text)).flatMap((f) => f.votes ?? [])
    .filter((v) => v.vote === 'N' && !v.negated && PERMANENT.includes(v.code)).map((v) => v.code);
  // The sentence before too: "a draft (document S/2020/654) ... was not adopted. The result was 13 votes in favour".
  const sentences = [...new Set(claims.flatMap((f) => [c.sentence(f.sentence.index - 1), f.sentence.text]))];
  return matchDraft(drafts, {
    window: claims.map((f) => c.ownWindow(f)).find((w) => w !== null) ?? null,
    date: c.date, near: c.near ?? null, vetoers, tally: Object.keys(tally).length > 0 ? tally : null, votes,
    words: `${c.title} ${sentences.join(' ')}`, kind: kind as DraftClues['kind'],
    amendment: claims.some((f) => /\bamendments?\b/i.test(f.sentence.text)),
    ...(c.seated && { seated: c.seated }),
  });
}

/**
 * The failed Council draft each veto, failed draft or amendment the article
 * reports is about. A passage too short to tell (\u201cGhana abstained\u201d) is about
 * the draft of the nearest passage that names one, within two sentences,
 * else the article's first, unless it gives dates of its own.
 */
export function draftsForGaps(drafts: readonly Draft[], gapOfClaim: Map<FoundClaim, FoundClaim>, c: DraftContext): Map<FoundClaim, DraftMatch | null> {
  const groups = new Map<FoundClaim, FoundClaim[]>();
  for (const [f, g] of gapOfClaim) groups.set(g, [...(groups.get(g) ?? []), f]);
  const out = new Map<FoundClaim, DraftMatch | null>();
  for (const [g, claims] of groups) {
    if (c.bodyOf(g) !== 'sc' || !g.gap) continue;
    out.set(g, draftForClaims(drafts, claims, c, g.gap));
  }
  // No passage alone names its draft (each too short): the article's passages on the Council's drafts
  // together, as one vote, where they are all of one kind (a report of one veto, told sentence by sentence).
  const council = [...out.keys()];
  if (council.length > 1 && [...out.values()].every((m) => m === null) && council.every((g) => g.gap === council[0]!.gap)) {
    const together = draftForClaims(drafts, council.flatMap((g) => groups.get(g)!), c, council[0]!.gap!);
    if (together) for (const g of council) out.set(g, { draft: together.draft, why: `${together.why}; read from the article's passages on it together` });
  }
  // A passage matched by its states' votes and words alone ("The resolution was supported by Britain, France and the
  // United States, which accuse pro-Russian separatist rebels") is about the draft the article's other passages name
  // on firmer clues (who vetoed, figures, symbol, day), where its votes do not contradict it.
  const firmer = [...out].filter((e): e is [FoundClaim, DraftMatch] => e[1] !== null && !e[1].votesOnly);
  for (const [g, m] of out) {
    if (!m?.votesOnly || firmer.length === 0) continue;
    const votes = groups.get(g)!.flatMap((f) => f.votes ?? []);
    const other = firmer.find(([, d]) => votes.every((v) => { const a = d.draft.votes.find((x) => x.code === v.code)?.vote; return a === undefined || (v.negated ? a !== v.vote : a === v.vote); }));
    if (other && other[1].draft !== m.draft) out.set(g, { draft: other[1].draft, why: `${other[1].why}; the passage goes on about it` });
  }
  const matched = [...out].filter((e): e is [FoundClaim, DraftMatch] => e[1] !== null).sort((a, b) => a[0].sentence.index - b[0].sentence.index);
  for (const [g, m] of out) {
    if (m !== null || matched.length === 0 || (g.gap !== 'veto' && g.gap !== 'failedDraft') || SEVERAL.test(g.clause.text)) continue;
    const own = c.ownWindow(g);
    const near = matched
      .filter(([h, d]) => Math.abs(h.sentence.index - g.sentence.index) <= 2 && (!own || (d.draft.date >= own.from && d.draft.date <= own.to)))
      .sort((a, b) => Math.abs(a[0].sentence.index - g.sentence.index) - Math.abs(b[0].sentence.index - g.sentence.index) || a[0].sentence.index - b[0].sentence.index)[0];
    const fallback = near ?? (own === null ? matched[0] : undefined);
    if (fallback) out.set(g, { draft: fallback[1].draft, why: `${fallback[1].why}; the passage goes on about it` });
  }
  return out;
}
