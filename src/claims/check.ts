import type { Workspace } from '../analysis/workspace.js';
import type { Registry } from '../countries/registry.js';
import type { Draft } from '../sources/drafts.js';
import type { Body } from '../vote.js';
import { type Article, readArticle } from './article.js';
import { withoutComparisons, deltaLastYear } from './yearBefore.js';
import { alignmentClaim } from './alignmentClaim.js';
import { firstReportedWindow, namedOnce } from './anchors.js';
import { countryContext, describeContext } from './context.js';
import { type DateWindow, windowOf } from './match.js';
import { bodyMention } from './mentions.js';
import { findClaims } from './findClaims.js';
import type { ClaimedVote, FoundClaim } from './read.js';
import { sameDay } from './sameDay.js';
import { undatedHints } from './undated.js';
import { type DraftMatch, draftFits, draftForClaims, draftsForGaps, judgeOnDraft, otherDraftOfDay } from './drafts.js';
import { gapsOfClaims } from './gapGroups.js';
import { articleEvidence, refit } from './bestFit.js';
import { councilSeats } from './councilSeats.js';
import { seriesOrdinal } from './ordinal.js';
import { seriesVoteIn } from './seriesYear.js';
import { GAP_REASONS, type Gap, committeeAhead, recordGap } from './recordGaps.js';
import type { CheckReport, CheckedClaim, CheckedEvent } from './report.js';
import { type ClaimedTally, type Resolved, type Scope, resolveSubject, resolveTally, tallyFits, tallyText } from './resolve.js';
import { resolveSymbol } from './symbolNamed.js';
import { passageTopics } from './passages.js';
import { type SubjectMemo, subjectScores } from './subject.js';
import { widenTopics } from './topics.js';
import { judgeShift, judgeTally, judgeVotes, quoteOf, unverifiable } from './verdicts.js';

export type { CheckReport, CheckedClaim, CheckedEvent, ResolutionRef, Verdict } from './report.js';

const UN_WORDS = /\b(?:UN|U\.N\.|United Nations|General Assembly|Security Council|resolution|vote[ds]?|voting|abstain\w*|veto\w*)\b/i;
// "Back then, 59 states supported it": the date of the sentence before.
const THEN = /\b(?:back then|at the time|that year|in that year|then,)\b/i;
// "voted against that resolution": the vote the sentence before reached by its own words.
const THAT = /\b(?:that|the same|this) (?:resolution|vote|text|measure)\b|\b(?:opposing|backing|supporting|against) it\b/i;
// "Resolution 1005 (ES-II) was passed by a vote of 48 to 11": an adopted text, whatever else the article reports.
// ... or intransitive: "The US text then passed by 10 votes".
const PASSED = /\b(?:was|were|been|is) (?:\w+ )?(?:adopted|passed|approved|carried)\b|\bwon approval\b|\b(?:resolution|text|measure|motion|it) (?:then |later |eventually |finally |subsequently )?passed\b/i;
// A date that opens a sentence, set off by a comma: "Last year, ...", "In 2012, ...", "In March, ...".
// "Last year, ... voted against": in an undated article, another vote than the one its claims together identify.
const RELATIVE_YEAR = /\b(?:last year|a year (?:ago|earlier|before)|the (?:previous|prior) year|the year before)\b/i;
const LEAD_DATE = /^\W*((?:last year|a year (?:ago|earlier)|the previous year|the year before|in (?:19|20)\d\d|in (?:January|February|March|April|May|June|July|August|September|October|November|December)(?: (?:19|20)\d\d)?)),|^\W*when\b[^;.]{0,100}?\b(in (?:19|20)\d\d),/i;
// Words that compare with a vote before the one the article reports.
const EARLIER = /\b(?:increase|decrease|rise|fall|drop|up|down|change) from\b|\bcompared (?:with|to)\b|\b(?:earlier|previous(?:ly)?|prior|last|ago|before)\b|\bhad (?:\w+ )?(?:voted|abstained|backed|supported|opposed)\b/i;
// "the earlier resolution", "a similar text": a vote before the one the article reports.
// "up from 185 last year and 184 in 2021": figures of other years' votes, even where the article's date is unknown.
const OTHER_YEARS_FIGURE = /\b\d{1,3}\s+(?:(?:votes?|countries|nations|states)\s+)?(?:last year|the (?:previous|prior) year|the year before|a year (?:ago|earlier|before)|in (?:19|20)\d\d)\b/i;
const BACK_REFERENCE = /\b(?:earlier|previous|prior|similar|last year's|original)\s+(?:\w+\s+)?(?:resolution|vote|text|measure)\b/i;

export interface CheckDeps {
  ga: Workspace;
  /** The Security Council's votes, loaded only if a claim speaks of the Council. */
  sc?: () => Workspace;
  registry: Registry;
  /** Council drafts not adopted (data/sc_drafts.csv): claims about vetoes and failed drafts are judged on them. */
  drafts?: readonly Draft[];
}

/**
 * Checks an article's claims about UN votes against the record. It reads
 * the article once (sentences, clauses, the states named, the figures
 * printed), finds the votes it reports and resolves each against the record
 * once: a tally's figures searched across the whole record, a symbol named,
 * else the latest vote on the subject before the article's date. Every claim
 * is attached to its vote unless its own words (a date, "the earlier
 * resolution") point to another; claims about votes the record lacks
 * (vetoes, amendments, committee votes, elections) are unverifiable, with
 * the reason. An undated article is dated by the vote its figures identify.
 *
 * @example checkText(text, { ga, registry }).claims[0].verdict // → 'supported'
 */
export function checkArticle(article: Article, deps: CheckDeps): CheckReport {
  const { ga, registry } = deps;
  const name = (code: string) => registry.get(code)?.shortName ?? code;
  const wsFor = (body: Body) => (body === 'sc' && deps.sc ? deps.sc() : ga);
  const sentences = article.sentences;

  const found = findClaims(registry, article);
  // Bodies named by claims of recorded votes: a veto names the Council, not the vote the article reports.
  // ... and where no claim of a recorded vote names one, and the article's first claim is of a vote outside it,
  // those of the votes outside it (a veto is the Council's: "Russia vetoed the draft ... Russia voted against
  // it. China abstained.").
  const recordedBodies = found.filter((f) => !f.gap).map((f) => f.body).filter((b): b is Body => b !== null);
  const gapFirst = !!found.find((f) => f.kind !== 'alignment')?.gap;
  const explicit = recordedBodies.length > 0 || !gapFirst ? recordedBodies : found.map((f) => (f.gap === 'veto' ? 'sc' : f.body)).filter((b): b is Body => b !== null);
  const titleBody = bodyMention(article.title ?? '');
  // The body of the article's first figures of a recorded vote (more than 15 votes is the Assembly), else its headline's, else the one most named.
  const articleBody: Body = found.find((f) => f.kind === 'tally' && f.body && !f.gap)?.body ?? titleBody ?? (explicit.filter((b) => b === 'sc').length > explicit.length / 2 ? 'sc' : 'ga');
  // Only the Council vetoes: a claim about a veto is the Council's, whatever else the sentence names.
  const bodyOf = (f: FoundClaim): Body => (f.gap === 'veto' ? 'sc' : (f.body ?? articleBody));
  const unContext = [article.title ?? '', ...sentences.filter((s) => UN_WORDS.test(s.text)).map((s) => s.text)].join(' ');
  const topicOf = passageTopics(registry, article, found, unContext, bodyOf);

  // Votes, resolved once each.
  const events: CheckedEvent[] = [];
  const eventIndex = new Map<string, number>();
  const eventOf = (body: Body, resolved: Resolved | null, why: string, key?: string): number => {
    const ws = wsFor(body);
    const r = resolved ? ws.matrix.resolutions[resolved.row]! : null;
    const k = r ? `${body}:${resolved!.row}` : (key ?? `${body}:${why}`);
    const known = eventIndex.get(k);
    if (known !== undefined) {
      // Figures or a symbol say more for the choice than the subject alone.
      if (resolved && /^the latest vote on the subject/.test(events[known]!.why) && !/^the latest vote on the subject/.test(why)) events[known]!.why = why;
      return known;
    }
    events.push({ symbol: r?.symbol ?? null, date: r?.date ?? null, body, why, link: r?.link ?? null, title: r ? r.title.replace(/\s*:\s*resolution\s*\/.*$/i, '') : null });
    eventIndex.set(k, events.length - 1);
    return events.length - 1;
  };

  // What dates an undated article besides its figures' votes (undated.ts): hints, not bounds.
  const hints = undatedHints(article, Number((ga.matrix.resolutions.at(-1)?.date ?? '2100').slice(0, 4)));
  const { after, era } = hints;
  // In an article about a veto, Council figures that match an adopted resolution on another subject are the draft's.
  // (The Council's figures only: an Assembly tally of three figures seldom meets another vote's by chance.)
  const aboutVeto = new Set(found.filter((f) => (f.gap === 'veto' || f.gap === 'failedDraft') && bodyOf(f) === 'sc').map((f) => bodyOf(f)));
  const scopeOf = (f: FoundClaim, date: string | null): Scope => ({
    window: ownWindow(f, date), date: refFor(date), topic: topicOf(f), ...(!date && after && { after }), ...(!date && era && { era }), ...(!date && { days: hints.daysOf(f.sentence.index) }), votes: sentenceVotes(f), articleVotes: articleVotes(bodyOf(f), date), ...(!date && { lastYear: lastYearOf(f) }), ...(headline.has(bodyOf(f)) && { named: headline.get(bodyOf(f))!.row }), ...(mentioned.has(bodyOf(f)) && { mentioned: mentioned.get(bodyOf(f))! }), ...(aboutVeto.has(bodyOf(f)) && !PASSED.test(f.sentence.text) && { strict: true }),
  });
  // The states a sentence says voted, beside its figures: they tell apart votes of the same figures.
  const votesBySentence = new Map<number, ClaimedVote[]>();
  for (const a of found) if (a.votes && !a.gap) votesBySentence.set(a.sentence.index, [...(votesBySentence.get(a.sentence.index) ?? []), ...a.votes]);
  const sentenceVotes = (f: FoundClaim) => votesBySentence.get(f.sentence.index) ?? [];
  // ... and those the whole article gives for a body's vote, where no date or back-reference of their own points elsewhere.
  const byBody = new Map<string, ClaimedVote[]>();
  const articleVotes = (body: Body, date: string | null): ClaimedVote[] => {
    const key = `${body}\u0000${date}`;
    let v = byBody.get(key);
    if (!v) byBody.set(key, (v = found.filter((a) => a.kind === 'countryVote' && a.votes && !a.gap && bodyOf(a) === body && !ownWindow(a, date) && !BACK_REFERENCE.test(a.clause.text)).flatMap((a) => a.votes!)));
    return v;
  };
  // Dates are read (chrono-node) once per passage and date: a claim's window is asked for often.
  const windows = new Map<string, DateWindow | null>();
  const ownWindow = (f: FoundClaim, date: string | null): DateWindow | null => {
    const key = `${f.sentence.index}\u0000${f.clause.text}\u0000${date}`;
    if (windows.has(key)) return windows.get(key)!;
    // ... unless the sentence compares with an earlier vote ("an increase from the four that voted against an October resolution").
    const forward = inferred(date) && !EARLIER.test(f.sentence.text);
    // "supported by 156 nations, down 11 from last year": the year of the comparison, not of this vote.
    const own = withoutComparisons(f.clause.text);
    // "Last year, there were the same number of votes, though Palau voted with Israel ... against": a date
    // that opens the sentence is every clause's.
    const lead = f.clause.start > f.sentence.start ? LEAD_DATE.exec(f.sentence.text) : null;
    // A tally's own date words come first: the clause may name the years of several figures.
    const w =
      (f.dateText ? windowOf(f.dateText, date, forward) : null) ??
      windowOf(own, date, forward) ??
      (lead ? windowOf((lead[1] ?? lead[2])!, date, forward) : null) ??
      (THEN.test(f.clause.text) && f.sentence.index > 0 ? windowOf(sentences[f.sentence.index - 1]!.text, date, inferred(date)) : null);
    windows.set(key, w);
    return w;
  };
  // A date inferred from the first vote an article reports is not the article's: it may go on to
  // later votes ("AUG. 6: ...", "SEPT. 13: ..."), read forward from it, within a year.
  const inferred = (date: string | null) => date !== null && date !== article.date;
  const refFor = (date: string | null) => (date && inferred(date) ? new Date(Date.parse(date) + 364 * 86_400_000).toISOString().slice(0, 10) : date);

  // "up from 185 last year": figures of the same text a year before, in the claim's sentence or the next.
  const YEAR_BEFORE = /\b(?:last year|a year (?:ago|earlier)|the previous year|the year before)\b/i;
  const yearBefore = new Map<number, FoundClaim[]>();
  for (const g of found) if (g.tally && YEAR_BEFORE.test(g.clause.text)) yearBefore.set(g.sentence.index, [...(yearBefore.get(g.sentence.index) ?? []), g]);
  const lastYearOf = (f: FoundClaim): ClaimedTally[] => {
    const delta = f.tally ? deltaLastYear(f.tally, `${f.clause.text} ${f.sentence.text.slice(f.span.end - f.sentence.start, f.span.end - f.sentence.start + 60)}`) : null;
    if (delta) return [delta];
    return YEAR_BEFORE.test(f.clause.text) ? [] : [...yearBefore.values()].flat().filter((g) => g !== f && g.body === f.body).map((g) => g.tally!);
  };

  // A resolution the headline names by symbol ("Security Council Resolution 1973").
  const headline = new Map<Body, Resolved>();
  for (const body of ['ga', 'sc'] as Body[]) {
    const r = article.title ? resolveSymbol(wsFor(body), article.title) : null;
    if (r && (body === 'sc' ? /Security Council|\bS\/RES\//i.test(article.title!) : !/Security Council/i.test(article.title!))) headline.set(body, r);
  }
  // The one resolution the article names by symbol anywhere: among votes of the same figures, that one.
  const mentioned = new Map<Body, number>();
  for (const body of ['ga', 'sc'] as Body[]) {
    const row = namedOnce(sentences, () => wsFor(body), body);
    if (row !== undefined) mentioned.set(body, row);
  }

  // Figures and symbols first: they identify votes, and date an undated article. A symbol named,
  // or two figures or more (not all zero: "unanimously" names no vote), are strong; a lone figure ("35 abstained") is weak, and is read
  // against the vote the article reports unless its words point elsewhere.
  // Once per sentence and body (sentences are at most 4,000 characters: document.ts).
  const symbols = new Map<string, Resolved | null>();
  const symbolIn = (body: Body, index: number) => {
    const key = `${body}:${index}`;
    if (!symbols.has(key)) symbols.set(key, resolveSymbol(wsFor(body), sentences[index]!.text));
    return symbols.get(key) ?? null;
  };
  const symbolOf = (f: FoundClaim) => symbolIn(bodyOf(f), f.sentence.index);
  // A unanimous Council vote ("15-0") is most of the Council's votes: its figures name none.
  // "14-0" is not unanimous: a member did not vote (S/RES/660, Yemen), which tells the vote apart.
  const unanimous = (f: FoundClaim) => bodyOf(f) === 'sc' && (f.tally!.no ?? 0) === 0 && (f.tally!.abstain ?? 0) === 0 && (f.tally!.yes === 15 || f.tally!.yes === 11);
  const strong = found.filter((f) => f.gap === null && f.kind !== 'alignment' && (symbolOf(f) || (f.tally && Object.keys(f.tally).length >= 2 && Object.values(f.tally).some((v) => v > 0) && !unanimous(f))));
  // Figures of a mandate's renewal are sought first in the year before the mandate's new end.
  const strongTally = (f: FoundClaim, date: string | null) => {
    const scope = scopeOf(f, date);
    const ws = wsFor(bodyOf(f));
    const mandate = !scope.window && !date ? hints.mandateOf(f.sentence.index) : null;
    const r = mandate ? resolveTally(ws, f.tally!, { ...scope, window: mandate }) : null;
    return r && tallyFits(f.tally!, ws.matrix.resolutions[r.row]!) ? { ...r, why: `${r.why}, in the year before the end of the mandate it extends` } : resolveTally(ws, f.tally!, scope);
  };
  // A tally on a line of its own after a line that names one resolution ("August 6 Resolution 661: Imposed
  // a trade and financial embargo ... (Adopted 13-0; Cuba and Yemen abstained)"): that one, where it fits.
  // ... or a few sentences up, with no other figures between ("September 13 Resolution 666: Reaffirmed ...
  // Specified guidelines ... (Adopted 13-2; Cuba and Yemen against)").
  const tallySentences = new Set(found.filter((f) => f.tally).map((f) => f.sentence.index));
  const namedBefore = (f: FoundClaim): Resolved | null => {
    if (!f.tally) return null;
    const ws = wsFor(bodyOf(f));
    for (let i = f.sentence.index - 1; i >= Math.max(0, f.sentence.index - 3) && !tallySentences.has(i); i--) {
      const r = symbolIn(bodyOf(f), i);
      if (r) return tallyFits(f.tally, ws.matrix.resolutions[r.row]!) ? { ...r, why: `${r.why}, named just before its figures, which fit it` } : null;
    }
    return null;
  };
  const resolveStrong = (date: string | null) =>
    new Map(strong.map((f) => [f, symbolOf(f) ?? namedBefore(f) ?? (f.tally ? strongTally(f, date) : null)]));
  let resolved = resolveStrong(article.date);
  // Without strong figures, the lone figures of a body's sentences together ("143 countries backed ...";
  // "Another 35 countries abstained") may identify the vote the article reports.
  const pooled = new Map<Body, Resolved>();
  for (const body of ['ga', 'sc'] as Body[]) {
    if (strong.some((f) => bodyOf(f) === body && resolved.get(f)?.firm)) continue;
    const lone = found.filter((f) => f.tally && !f.gap && !strong.includes(f) && bodyOf(f) === body && !windowOf(f.clause.text, null) && !BACK_REFERENCE.test(f.clause.text));
    const figures: ClaimedTally = {};
    for (const f of lone) for (const [k, v] of Object.entries(f.tally!) as [keyof ClaimedTally, number][]) figures[k] ??= v;
    if (Object.keys(figures).length < 2) continue;
    const r = resolveTally(wsFor(body), figures, { ...scopeOf(lone[0]!, article.date), window: null });
    if (r?.firm) pooled.set(body, { ...r, why: `the article's figures together (${tallyText(figures)}) match this vote` });
  }
  let dateUsed = article.date;
  let datedBy: { date: string; symbol: string; body: Body } | null = null;
  let dateWhy = article.date ? 'the article’s own date' : 'nothing in the article dates it';
  if (!article.date) {
    const first = strong.find((f) => resolved.get(f)?.firm);
    const firm = first ? { body: bodyOf(first), r: resolved.get(first)! } : pooled.has(articleBody) ? { body: articleBody, r: pooled.get(articleBody)! } : null;
    if (firm) {
      const r = wsFor(firm.body).matrix.resolutions[firm.r.row]!;
      dateUsed = r.date;
      datedBy = { date: r.date, symbol: r.symbol, body: firm.body };
      dateWhy = `the article has no date; it is dated by the vote its figures identify (${r.symbol}, ${r.date})`;
      // Read again against that date; a claim whose figures settled its vote undated keeps it (its own
      // words may date another event: "confirmed an earlier vote by its Third Committee in November").
      const undated = resolved;
      resolved = resolveStrong(dateUsed);
      for (const [f, r] of undated) if (r?.firm && !resolved.get(f)?.firm) resolved.set(f, r);
    }
  }

  // The vote each body's claims are about unless their words say otherwise: the first one identified.
  const main = new Map<Body, Resolved | null>();
  // The headline's and the article's words on UN votes, scored once per body (a memo per record: its keys leave the record out).
  const headlineWords = { local: widenTopics(article.title ?? ''), context: widenTopics(unContext) };
  const memos = new Map<Body, SubjectMemo>();
  const headlineTopic = (body: Body) => ({ ...headlineWords, memo: memos.get(body) ?? memos.set(body, new Map()).get(body)! });
  // Each sentence's dates read once for both bodies: chrono-node is the dear part.
  const sentenceDates = new Map<number, DateWindow | null>();
  const reportedWindow = (body: Body) => firstReportedWindow(sentences, body, dateUsed, sentenceDates);
  for (const body of ['ga', 'sc'] as Body[]) {
    // ... else the first vote strong figures reached (a misprinted tally still names the vote it misprints).
    const first = strong.find((f) => bodyOf(f) === body && resolved.get(f)?.firm) ?? strong.find((f) => bodyOf(f) === body && resolved.get(f));
    const topic = headlineTopic(body);
    // ... else the one resolution it names by symbol, else the vote of the day or month the article's first dated report of a vote names ("The Assembly
    // adopted the resolution on 2 March 2022"), else the latest on its subject.
    const reported = reportedWindow(body);
    const byName: Resolved | null = mentioned.has(body) ? { row: mentioned.get(body)!, why: `the article names ${wsFor(body).matrix.resolutions[mentioned.get(body)!]!.symbol}`, firm: false } : null;
    // The resolution the article names beats figures pooled from its sentences, where its figures fit (all
    // but "unanimously", which may be another vote of the article's: S/RES/2713 and 2714 of 1 December 2023).
    const namedFits = byName && found.every((f) => !f.tally || f.gap || bodyOf(f) !== body || !Object.values(f.tally).some((v) => v > 0) || tallyFits(f.tally, wsFor(body).matrix.resolutions[byName.row]!));
    // Undated, the first report of a renewal names the mandate's new end ("extends the mission ... until March 17,
    // 2023"): the vote of the year before it, before a resolution the article names that its figures do not fit
    // (UNAMA's S/RES/2626 of 2022, not the S/RES/2596 "adopted on September 17" that it names).
    const firstVote = article.date ? undefined : found.find((f) => bodyOf(f) === body && !f.gap && (f.tally || f.votes));
    const mandate = firstVote ? hints.mandateOf(firstVote.sentence.index) : null;
    const renewal = mandate ? resolveSubject(wsFor(body), { window: mandate, date: null, topic }) : null;
    // ... and before figures or a symbol only a later sentence gives, of a vote outside that year ("On September 17,
    // the Security Council unanimously adopted Resolution 2596").
    const firstRow = first ? wsFor(body).matrix.resolutions[resolved.get(first)!.row]! : null;
    const laterOther = first && renewal && firstVote && firstVote.sentence.index < first.sentence.index && mandate && (firstRow!.date < mandate.from || firstRow!.date > mandate.to);
    // (Past its first term, `byName` is one the figures do not fit: the renewal comes before it.)
    const known = first && !laterOther ? resolved.get(first)! : laterOther ? renewal : ((namedFits ? byName : null) ?? pooled.get(body) ?? renewal ?? byName ?? (reported && resolveSubject(wsFor(body), { window: reported, date: dateUsed, topic })));
    let latest = known ? null : resolveSubject(wsFor(body), { window: null, date: dateUsed, topic, ...(!dateUsed && after && { after }), ...(!dateUsed && era && { era }) });
    // An article dated only by the other body's vote ("128 to nine" in the Assembly; "Ukraine supported the same
    // resolution in the Security Council"): its claims on this body are of those weeks, not of the subject's
    // last vote a year before (there, a vetoed draft, which the record lacks).
    if (latest && datedBy && datedBy.body !== body && Date.parse(wsFor(body).matrix.resolutions[latest.row]!.date) < Date.parse(datedBy.date) - 60 * 86_400_000) latest = null;
    main.set(body, known ?? latest);
  }

  // Figures no vote has, in an article whose vote is known and fits all but one of them ("141 out of 193 ...
  // voted for the resolution. India, ... and 29 others abstained" beside "141 in favour, 5 against, 35
  // abstentions"): that vote's, to be judged against it, not the latest on the subject. Asked again once
  // the article's claims together have chosen its vote (116-20-52 in a report of A/RES/69/188's 116-20-53).
  const nearlyMain = () => {
    for (const f of strong) {
      const r = resolved.get(f);
      const m = main.get(bodyOf(f));
      if (!f.tally || !m || (r && (r.firm || r.row === m.row)) || ownWindow(f, dateUsed) || BACK_REFERENCE.test(f.clause.text)) continue;
      const rows = wsFor(bodyOf(f)).matrix.resolutions;
      const keys = Object.keys(f.tally) as (keyof ClaimedTally)[];
      const hits = keys.filter((k) => f.tally![k] === rows[m.row]!.totals[k]).length;
      if ((!r || !tallyFits(f.tally, rows[r.row]!)) && hits >= 1 && hits >= keys.length - 1) resolved.set(f, { ...m, why: `${m.why}; no vote has all of these figures (${tallyText(f.tally)}), and all but one fit it` });
    }
  };
  nearlyMain();

  // An article whose first word on a body's votes is a veto ("Russia vetoed a draft ...") reports that
  // vote: the body's claims without figures, dates or symbols of their own are about it.
  // The kinds of vote outside the record that the article reports, per body.
  const articleGaps = new Map<Body, Gap>();
  for (const f of found) if (f.gap && !articleGaps.has(bodyOf(f))) articleGaps.set(bodyOf(f), f.gap);
  for (const s of sentences) {
    const g = recordGap(s.text);
    const b = g === 'veto' ? 'sc' : bodyMention(s.text);
    if (g && b && !articleGaps.has(b)) articleGaps.set(b, g);
  }
  const mainGap = new Map<Body, FoundClaim>();
  for (const body of ['ga', 'sc'] as Body[]) {
    const first = found.find((f) => f.kind !== 'alignment' && bodyOf(f) === body && (f.gap || resolved.get(f)?.firm));
    if (first?.gap) mainGap.set(body, first);
  }
  // "The resolution will now go to a full General Assembly vote in December": the vote the article reports
  // was a Main Committee's, whose figures and states' votes the record lacks; its first claim on the
  // Assembly with nothing that settles a recorded vote heads them.
  if (!mainGap.has('ga') && !found.some((f) => bodyOf(f) === 'ga' && f.tally && resolved.get(f) && tallyFits(f.tally, ga.matrix.resolutions[resolved.get(f)!.row]!)) && sentences.some((s) => committeeAhead(s.text))) {
    const head = found.find((f) => f.kind !== 'alignment' && bodyOf(f) === 'ga' && !ownWindow(f, dateUsed));
    if (head) {
      head.gap = 'committee';
      mainGap.set('ga', head);
      articleGaps.set('ga', 'committee');
    }
  }
  // "for the 22nd time": the place in its series of the vote the article reports.
  const ordinal = seriesOrdinal(unContext);
  // The vote each body's claims are about, chosen again by what all the article's claims on it say: the vote on the subject most of its figures
  // and states' votes fit (bestFit.ts). Claims with dates or back-references of their own, and figures that
  // settled another vote, are of other votes.
  for (const body of ['ga', 'sc'] as Body[]) {
    const m = main.get(body) ?? null;
    // (An article about a vote on part of a text or an amendment reports the whole text's vote too.)
    const partial = mainGap.get(body)?.gap === 'paragraph' || mainGap.get(body)?.gap === 'amendment';
    if (mainGap.has(body) && !partial) continue;
    const mine = found.filter((f) => bodyOf(f) === body && !f.gap && (f.kind === 'tally' || f.kind === 'countryVote') && !ownWindow(f, dateUsed) && !BACK_REFERENCE.test(f.clause.text) && !(f.tally && OTHER_YEARS_FIGURE.test(article.text.slice(f.span.start, f.clause.end))) && !(dateUsed === null && LEAD_DATE.test(f.sentence.text) && RELATIVE_YEAR.test(f.sentence.text.slice(0, 40))) && !(resolved.get(f)?.firm && resolved.get(f)!.row !== m?.row));
    const evidence = articleEvidence(mine, article.text);
    if (evidence.tallies.length + evidence.votes.length < 2) continue;
    // (The Council's record is loaded only for an article with claims on it.)
    const ws = wsFor(body);
    const better = refit(ws, subjectScores(ws.text(), headlineTopic(body)), evidence, m?.row ?? null, article.date, ordinal);
    if (better) {
      main.set(body, { row: better.row, why: better.why, firm: false });
      // An article nothing else dated is dated by the vote all its claims identify: "last year" is the year before it.
      if (!dateUsed && body === articleBody) {
        const r = ws.matrix.resolutions[better.row]!;
        dateUsed = r.date;
        dateWhy = `the article has no date; it is dated by the vote its claims together identify (${r.symbol}, ${r.date})`;
      }
    }
  }
  nearlyMain();
  const gapEvent = (f: FoundClaim, g: FoundClaim) => eventOf(bodyOf(f), null, GAP_REASONS[g.gap!], `gap:${g.sentence.index}:${g.gap}`);

  // Lone figures: the article's vote, unless their own date or words point to another, or another
  // vote of the article's dates has that figure and is closer to the sentence's own words.
  for (const f of found) {
    if (!f.tally || f.gap || resolved.has(f)) continue;
    const ws = wsFor(bodyOf(f));
    const scope = scopeOf(f, dateUsed);
    if (mainGap.has(bodyOf(f)) && !scope.window && !BACK_REFERENCE.test(f.clause.text)) continue;
    const m = main.get(bodyOf(f)) ?? null;
    if (scope.window || BACK_REFERENCE.test(f.clause.text) || !m || tallyFits(f.tally, ws.matrix.resolutions[m.row]!)) {
      // Figures of another year of the article's series that the series' vote of that year has: that vote.
      const series = scope.window && m ? seriesVoteIn(ws, m, scope.window) : null;
      if (series && tallyFits(f.tally, ws.matrix.resolutions[series.row]!)) {
        resolved.set(f, { ...series, why: `${series.why}, which the figures (${tallyText(f.tally)}) fit` });
        continue;
      }
      let r = scope.window || BACK_REFERENCE.test(f.clause.text) || !m ? resolveTally(ws, f.tally, scope) : { ...m, why: `${m.why}, which the article's figures (${tallyText(f.tally)}) fit` };
      // A month read forward from a date inferred from the article's vote ("In March, shortly after the war
      // began, 141 countries condemned the invasion", in a report of 23 February): the March before, where
      // that one has the figure and the March after has none.
      if (scope.window && inferred(dateUsed) && !(r && tallyFits(f.tally, ws.matrix.resolutions[r.row]!))) {
        const back = windowOf(withoutComparisons(f.clause.text), dateUsed, false);
        const alt = back ? resolveTally(ws, f.tally, { ...scope, window: back }) : null;
        if (alt && tallyFits(f.tally, ws.matrix.resolutions[alt.row]!)) r = alt;
      }
      resolved.set(f, r);
      continue;
    }
    const local = subjectScores(ws.text(), { local: widenTopics(f.clause.text), context: '' });
    // Without a word of subject of its own, the figure has nothing to point elsewhere with.
    if (local.size === 0) {
      resolved.set(f, m);
      continue;
    }
    const alt = resolveTally(ws, f.tally, scope);
    const better = alt && tallyFits(f.tally, ws.matrix.resolutions[alt.row]!) && (local.get(alt.row) ?? 0) > (local.get(m.row) ?? 0);
    // The same vote, found by its figures' search: it knows which vote of the series has the figures.
    resolved.set(f, better || alt?.row === m.row ? alt! : m);
  }
  // Undated, with nothing firm: lone figures that fit votes of one day are of that day.
  if (!dateUsed) {
    for (const body of ['ga', 'sc'] as Body[]) {
      const ws = wsFor(body);
      const lone = found.filter((f) => f.tally && !f.gap && bodyOf(f) === body && resolved.get(f) && !resolved.get(f)!.firm && !ownWindow(f, null) && !BACK_REFERENCE.test(f.clause.text));
      const moves = sameDay(lone, (f) => ws.matrix.resolutions[resolved.get(f)!.row]!.date, (f, window) => {
        const r = resolveTally(ws, f.tally!, { ...scopeOf(f, null), window });
        return r && tallyFits(f.tally!, ws.matrix.resolutions[r.row]!) ? { ...r, why: `${r.why}, the day of the article's other votes` } : null;
      });
      for (const [f, r] of moves) resolved.set(f, r);
    }
  }
  // An undated article with no stronger anchor: its first lone figure of no date of its own names its vote.
  for (const body of ['ga', 'sc'] as Body[]) {
    if (main.get(body) || mainGap.has(body)) continue;
    const first = found.find((f) => f.tally && !f.gap && bodyOf(f) === body && resolved.get(f) && !ownWindow(f, dateUsed) && !BACK_REFERENCE.test(f.clause.text));
    if (first) main.set(body, resolved.get(first)!);
  }

  // The vote outside the record each claim is about (see gapsOfClaims), and the draft it matches.
  const gapOfClaim = gapsOfClaims(found, {
    bodyOf,
    ownWindow: (f) => ownWindow(f, dateUsed),
    resolved: (f) => resolved.get(f) ?? null,
    mainGap,
    backReference: (f) => BACK_REFERENCE.test(f.clause.text),
  });
  // Drafts are dated by the article's own date; a date inferred from an adopted vote's figures (which may be
  // another year's) is only tried first, as the weeks before that vote (`near`, drafts.ts).
  // Who sat on the Council, read from its record only when a draft is matched (the Council's votes load lazily).
  const sc = deps.sc;
  let seats: ReturnType<typeof councilSeats> | undefined;
  const draftCtx = { ownWindow: (f: FoundClaim) => ownWindow(f, article.date), date: article.date, near: datedBy, bodyOf, title: article.title ?? '', sentence: (i: number) => sentences[i]?.text ?? '', ...(sc && { seated: (code: string, date: string) => (seats ??= councilSeats(sc()))(code, date) }) };
  const draftMatches = draftsForGaps(deps.drafts ?? [], gapOfClaim, draftCtx);
  const draftEvent = (m: DraftMatch): number => {
    const k = `draft:${m.draft.key}`;
    const known = eventIndex.get(k);
    if (known !== undefined) return known;
    events.push({ symbol: m.draft.symbol ?? m.draft.key, date: m.draft.date, body: 'sc', why: m.why, link: m.draft.source, title: m.draft.subject, notAdopted: { outcome: m.draft.outcome, vetoedBy: m.draft.vetoedBy } });
    eventIndex.set(k, events.length - 1);
    return events.length - 1;
  };
  const councilDraft = [...draftMatches.values()].find((m): m is DraftMatch => m !== null);
  // Figures no vote in the record has, in an article that reports a vote the record lacks (a vetoed or failed
  // Council draft, a committee vote): that vote's figures, not a false tally of this one. The sentence's own
  // draft, else the article's if the figures do not contradict it; null when no draft fits; undefined when
  // the figures are a recorded vote's. Read once per tally: the claims of its sentence go with it.
  const figureDrafts = new Map<FoundClaim, { gap: Gap; draft: DraftMatch | null } | undefined>();
  const draftOfFigures = (f: FoundClaim, r: Resolved, body: Body) => {
    if (figureDrafts.has(f)) return figureDrafts.get(f);
    const ws = wsFor(body);
    const lacking = f.tally && !tallyFits(f.tally, ws.matrix.resolutions[r.row]!) ? articleGaps.get(body) : undefined;
    let out: { gap: Gap; draft: DraftMatch | null } | undefined;
    if (lacking && !ws.matrix.resolutions.some((x) => tallyFits(f.tally!, x) && Math.abs(Date.parse(x.date) - Date.parse(ws.matrix.resolutions[r.row]!.date)) < 2 * 365 * 86_400_000)) {
      const article = councilDraft && draftFits(councilDraft.draft, f.tally!) ? councilDraft : null;
      out = { gap: lacking, draft: body === 'sc' ? (draftForClaims(deps.drafts ?? [], found.filter((a) => a.sentence === f.sentence), draftCtx, lacking) ?? article) : null };
    }
    figureDrafts.set(f, out);
    return out;
  };
  const nearFigures = (f: FoundClaim, body: Body): DraftMatch | null => {
    if (body !== 'sc') return null;
    for (const t of found) {
      const r = t.tally && !gapOfClaim.has(t) && Math.abs(t.sentence.index - f.sentence.index) <= 2 && bodyOf(t) === body ? resolved.get(t) : undefined;
      const d = r ? draftOfFigures(t, r, body)?.draft : undefined;
      if (d) return d;
    }
    return null;
  };

  const checked: CheckedClaim[] = [];
  const named = new Set<string>();
  let aside: { r: Resolved; sentence: number; body: Body } | undefined;
  for (const f of found) {
    const body = bodyOf(f);
    const ws = wsFor(body);
    if (f.kind === 'alignment') {
      checked.push(alignmentClaim(f, deps, dateUsed, name));
      f.alignment!.codes.forEach((c) => named.add(c));
      continue;
    }
    f.votes?.forEach((v) => named.add(v.code));
    if (f.shift) named.add(f.shift.code);
    const own = ownWindow(f, dateUsed);
    const gapFor = gapOfClaim.get(f);
    if (gapFor) {
      // No draft from the passage's own words: the draft the figures a sentence or two away name, if any.
      const group = draftMatches.get(gapFor) ?? nearFigures(f, body);
      // ... and figures of its sentence that the other draft of that day has, not this one ("Japan voted no,
      // and 13 other members abstained": Russia's own Mali draft of 30 August 2023, not the vetoed one).
      const figures = f.tally ?? found.find((a) => a.tally && a.sentence === f.sentence && gapOfClaim.get(a) === gapFor)?.tally;
      const m = group && figures ? (otherDraftOfDay(deps.drafts ?? [], group, figures) ?? group) : group;
      if (m) checked.push(judgeOnDraft(f, m.draft, draftEvent(m), name));
      else checked.push(unverifiable(f, gapEvent(f, gapFor), `Not in the record: ${GAP_REASONS[gapFor.gap!]}${bodyOf(gapFor) === 'sc' && deps.drafts && gapFor.gap !== 'election' ? ', and no draft of the UN veto list fits the passage' : ''}.`, name));
      continue;
    }
    let r: Resolved | null | undefined = resolved.get(f);
    const sameSentenceTally = found.find((a) => a.kind === 'tally' && a !== f && a.sentence === f.sentence && bodyOf(a) === body && resolved.get(a));
    const m0 = main.get(body) ?? null;
    if (r === undefined) {
      // A shift's dates are its earlier vote's ("had also voted against it last year").
      const window = f.kind === 'shift' ? null : own;
      const m = main.get(body) ?? null;
      // "voted against that resolution", and the sentence right after one about another vote: that vote.
      // ... and the sentence right after figures that named another vote ("(Resolution 1007 (ES-II)) by a vote
      // of 67 to 0, with 8 abstentions. Poland and Hungary voted in favor").
      const follows = aside && aside.body === body && (THAT.test(f.clause.text) || f.sentence.index === aside.sentence || (aside.r.firm && f.sentence.index === aside.sentence + 1));
      // The sentence's own figures first: they name its vote more surely than its words do.
      if (sameSentenceTally && f.kind !== 'shift') r = resolved.get(sameSentenceTally)!;
      else if (window) r = (m && f.kind !== 'tally' ? seriesVoteIn(ws, m, window) : null) ?? resolveSubject(ws, { window, date: dateUsed, topic: topicOf(f) });
      else if (BACK_REFERENCE.test(f.clause.text) && m && f.kind !== 'shift') {
        r = resolveSubject(ws, { window: null, date: dateUsed, topic: topicOf(f) }, ws.matrix.resolutions[m.row]!.date);
      } else r = sameSentenceTally ? resolved.get(sameSentenceTally)! : follows ? aside!.r : m;
    }
    // A vote other than the article's, reached by the passage's own words: later sentences may go on about it.
    if (r && m0 && r.row !== m0.row && f.kind !== 'shift') aside = { r, sentence: f.sentence.index, body };
    else if (r && m0 && r.row === m0.row && f.sentence.index !== aside?.sentence) aside = undefined;
    if (!r) {
      const why = !dateUsed
        ? 'The article gives no date, and no figures or symbol to tell which vote it means.'
        : f.tally
          ? `No ${body === 'sc' ? 'Security Council' : 'GA'} vote in the record has these figures, and the passage does not say enough about its subject to tell which vote it means.`
          : 'The passage does not say enough about the subject to tell which recorded vote it means.';
      checked.push(unverifiable(f, null, why, name));
      continue;
    }
    const lacking = f.tally ? draftOfFigures(f, r, body) : sameSentenceTally && f.kind !== 'shift' && resolved.get(sameSentenceTally) === r ? draftOfFigures(sameSentenceTally, r, body) : undefined;
    if (lacking?.draft) {
      checked.push(judgeOnDraft(f, lacking.draft.draft, draftEvent(lacking.draft), name));
      continue;
    }
    if (lacking && f.tally) {
      checked.push(unverifiable(f, eventOf(body, null, GAP_REASONS[lacking.gap], `gap:article:${lacking.gap}`), `No ${body === 'sc' ? 'adopted Council resolution' : 'recorded vote'} has these figures, and the article reports ${GAP_REASONS[lacking.gap].split(':')[0]}: they are most likely that vote's.`, name));
      continue;
    }
    const evidence = { ws, resolved: r, event: eventOf(body, r, r.why), name, window: f.kind === 'shift' ? own : null };
    checked.push(f.kind === 'tally' ? judgeTally(f, evidence) : f.kind === 'shift' ? judgeShift(f, evidence) : judgeVotes(f, evidence));
  }
  // A tally printed over two sentences ("supported by 107 countries. Forty-nine states ... abstained"): found by its
  // figures together, told as each sentence's claim, each judged against the vote they found.
  const merged = new Map(found.filter((f) => f.parts).map((f) => [`${f.span.start}:${f.span.end}`, f]));
  for (let i = checked.length - 1; i >= 0 && merged.size > 0; i--) {
    const c = checked[i]!;
    const f = c.kind === 'tally' ? merged.get(`${c.span.start}:${c.span.end}`) : undefined;
    if (!f) continue;
    checked.splice(i, 1, ...f.parts!.map((p) => tallyPart(c, p)));
  }
  for (const c of checked) c.quote = article.text.slice(c.span.start, c.span.end);

  const year = Number((dateUsed ?? ga.matrix.resolutions.at(-1)?.date ?? '2025').slice(0, 4));
  const context = [...named]
    .filter((c) => !['USA', 'CHN', 'RUS'].includes(c) && ga.matrix.codes.includes(c))
    .flatMap((c) => {
      const x = countryContext(ga, c, name(c), year);
      return x ? [{ ...x, summary: describeContext(x) }] : [];
    });
  return {
    article: { date: article.date, title: article.title, dateUsed, dateWhy },
    events,
    claims: checked,
    context,
    dataset: { version: ga.matrix.dataset.version, sha256: ga.matrix.dataset.sha256 },
  };
}

/** One sentence's figures of a tally read over two: the same vote, its own verdict where the record tells it. */
function tallyPart(c: CheckedClaim, p: { span: { start: number; end: number }; tally: ClaimedTally }): CheckedClaim {
  const r = c.resolutions[0];
  const out = { ...c, span: p.span, says: tallyText(p.tally) };
  if (!r || c.draft || (c.verdict !== 'supported' && c.verdict !== 'contradicted')) return out;
  const fits = tallyFits(p.tally, r);
  return {
    ...out,
    verdict: fits ? 'supported' : 'contradicted',
    explanation: `${r.symbol} (${r.date}) was adopted with ${tallyText(r.totals)}${fits ? `; the article's ${tallyText(p.tally)} matches.` : `, not ${tallyText(p.tally)}.`}`,
  };
}

/** Reads plain text and checks it. */
export function checkText(text: string, deps: CheckDeps, date?: string): CheckReport {
  return checkArticle(readArticle(text, date), deps);
}
