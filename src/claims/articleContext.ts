import type { Workspace } from '../analysis/workspace.js';
import type { Registry } from '../countries/registry.js';
import type { Draft } from '../sources/drafts.js';
import type { Body } from '../vote.js';
import type { Article } from './article.js';
import { namedOnce } from './anchors.js';
import { findClaims } from './findClaims.js';
import { type DateWindow, windowOf } from './match.js';
import { bodyMention } from './mentions.js';
import { passageTopics } from './passages.js';
import type { ClaimedVote, FoundClaim } from './read.js';
import type { ClaimedTally, Resolved, Scope } from './resolve.js';
import { type SubjectMemo } from './subject.js';
import { resolveSymbol } from './symbolNamed.js';
import { widenTopics } from './topics.js';
import { undatedHints } from './undated.js';
import { deltaLastYear, withoutComparisons } from './yearBefore.js';

export interface CheckDeps {
  ga: Workspace;
  /** The Security Council's votes, loaded only if a claim speaks of the Council. */
  sc?: () => Workspace;
  registry: Registry;
  /** Council drafts not adopted (data/sc_drafts.csv): claims about vetoes and failed drafts are judged on them. */
  drafts?: readonly Draft[];
}

const UN_WORDS = /\b(?:UN|U\.N\.|United Nations|General Assembly|Security Council|resolution|vote[ds]?|voting|abstain\w*|veto\w*)\b/i;
// "Back then, 59 states supported it": the date of the sentence before.
const THEN = /\b(?:back then|at the time|that year|in that year|then,)\b/i;
// "Resolution 1005 (ES-II) was passed by a vote of 48 to 11": an adopted text, whatever else the article reports.
// ... or intransitive: "The US text then passed by 10 votes".
const PASSED = /\b(?:was|were|been|is) (?:\w+ )?(?:adopted|passed|approved|carried)\b|\bwon approval\b|\b(?:resolution|text|measure|motion|it) (?:then |later |eventually |finally |subsequently )?passed\b/i;
/** A date that opens a sentence, set off by a comma: "Last year, ...", "In 2012, ...", "In March, ...", "Last time, in 2018, ...". */
export const LEAD_DATE = /^\W*(?:(?:the )?last time|previously|back then|before that|earlier),?\s+(in (?:19|20)\d\d),|^\W*((?:last year|a year (?:ago|earlier)|the previous year|the year before|in (?:19|20)\d\d|in (?:January|February|March|April|May|June|July|August|September|October|November|December)(?: (?:19|20)\d\d)?)),|^\W*when\b[^;.]{0,100}?\b(in (?:19|20)\d\d),/i;
// Words that compare with a vote before the one the article reports.
const EARLIER = /\b(?:increase|decrease|rise|fall|drop|up|down|change) from\b|\bcompared (?:with|to)\b|\b(?:earlier|previous(?:ly)?|prior|last|ago|before)\b|\bhad (?:\w+ )?(?:voted|abstained|backed|supported|opposed)\b/i;
/** "the earlier resolution", "a similar text": a vote before the one the article reports. */
export const BACK_REFERENCE = /\b(?:earlier|previous|prior|similar|last year's|original)\s+(?:\w+\s+)?(?:resolution|vote|text|measure)\b/i;
// "up from 185 last year": figures of the same text a year before, in the claim's sentence or the next.
const YEAR_BEFORE = /\b(?:last year|a year (?:ago|earlier)|the previous year|the year before)\b/i;

/**
 * What the whole article tells about each claim before any vote is chosen: its body, its subject, its
 * own dates, the states and figures beside it, the resolutions the article names. Read once per
 * article; `checkArticle` and the choice of votes (dating.ts, mainVote.ts) ask it per claim.
 *
 * @example articleContext(readArticle(text), deps).bodyOf(found[0]) // → 'ga'
 */
export function articleContext(article: Article, deps: CheckDeps) {
  const { ga, registry } = deps;
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
  // ... and where no claim names one, the body its first sentence about one names ("The U.N. Security Council has
  // approved a resolution extending the mandate ... Russia and China abstained from voting.").
  const firstNamed = explicit.length === 0 ? sentences.map((s) => bodyMention(s.text)).find((b) => b) : undefined;
  // ... else, where a claim is of a veto and none gives figures of a recorded vote, the Council ("The UAE on Friday
  // abstained from voting on a United Nations draft resolution ... Russia vetoed the draft").
  const vetoed = explicit.length === 0 && found.some((f) => f.gap === 'veto') && !found.some((f) => f.kind === 'tally' && !f.gap) ? ('sc' as const) : undefined;
  const articleBody: Body = found.find((f) => f.kind === 'tally' && f.body && !f.gap)?.body ?? titleBody ?? firstNamed ?? vetoed ?? (explicit.filter((b) => b === 'sc').length > explicit.length / 2 ? 'sc' : 'ga');
  // Only the Council vetoes: a claim about a veto is the Council's, whatever else the sentence names.
  const bodyOf = (f: FoundClaim): Body => (f.gap === 'veto' ? 'sc' : (f.body ?? articleBody));
  const unContext = [article.title ?? '', ...sentences.filter((s) => UN_WORDS.test(s.text)).map((s) => s.text)].join(' ');
  const topicOf = passageTopics(registry, article, found, unContext, bodyOf);

  // What dates an undated article besides its figures' votes (undated.ts): hints, not bounds.
  const hints = undatedHints(article, Number((ga.matrix.resolutions.at(-1)?.date ?? '2100').slice(0, 4)));
  const { after, era } = hints;

  // A date inferred from the first vote an article reports is not the article's: it may go on to
  // later votes ("AUG. 6: ...", "SEPT. 13: ..."), read forward from it, within a year.
  const inferred = (date: string | null) => date !== null && date !== article.date;
  const refFor = (date: string | null) => (date && inferred(date) ? new Date(Date.parse(date) + 364 * 86_400_000).toISOString().slice(0, 10) : date);
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
      (lead ? windowOf((lead[1] ?? lead[2] ?? lead[3])!, date, forward) : null) ??
      (THEN.test(f.clause.text) && f.sentence.index > 0 ? windowOf(sentences[f.sentence.index - 1]!.text, date, inferred(date)) : null);
    windows.set(key, w);
    return w;
  };
  const backReference = (f: FoundClaim) => BACK_REFERENCE.test(f.clause.text);

  // The states a sentence says voted, beside its figures: they tell apart votes of the same figures.
  const votesBySentence = new Map<number, ClaimedVote[]>();
  for (const a of found) if (a.votes && !a.gap) votesBySentence.set(a.sentence.index, [...(votesBySentence.get(a.sentence.index) ?? []), ...a.votes]);
  const sentenceVotes = (f: FoundClaim) => votesBySentence.get(f.sentence.index) ?? [];
  // ... and those the whole article gives for a body's vote, where no date or back-reference of their own points elsewhere.
  const byBody = new Map<string, ClaimedVote[]>();
  const articleVotes = (body: Body, date: string | null): ClaimedVote[] => {
    const key = `${body}\u0000${date}`;
    let v = byBody.get(key);
    if (!v) byBody.set(key, (v = found.filter((a) => a.kind === 'countryVote' && a.votes && !a.gap && bodyOf(a) === body && !ownWindow(a, date) && !backReference(a)).flatMap((a) => a.votes!)));
    return v;
  };
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
  // In an article about a veto, Council figures that match an adopted resolution on another subject are the draft's.
  // (The Council's figures only: an Assembly tally of three figures seldom meets another vote's by chance.)
  const aboutVeto = new Set(found.filter((f) => (f.gap === 'veto' || f.gap === 'failedDraft') && bodyOf(f) === 'sc').map((f) => bodyOf(f)));
  const scopeOf = (f: FoundClaim, date: string | null): Scope => ({
    window: ownWindow(f, date), date: refFor(date), topic: topicOf(f), ...(!date && after && { after }), ...(!date && era && { era }), ...(!date && { days: hints.daysOf(f.sentence.index) }), votes: sentenceVotes(f), articleVotes: articleVotes(bodyOf(f), date), ...(!date && { lastYear: lastYearOf(f) }), ...(headline.has(bodyOf(f)) && { named: headline.get(bodyOf(f))!.row }), ...(mentioned.has(bodyOf(f)) && { mentioned: mentioned.get(bodyOf(f))! }), ...(aboutVeto.has(bodyOf(f)) && !PASSED.test(f.sentence.text) && { strict: true }),
  });

  // Symbols named, read once per sentence and body (sentences are at most 4,000 characters: document.ts).
  const symbols = new Map<string, Resolved | null>();
  const symbolIn = (body: Body, index: number) => {
    const key = `${body}:${index}`;
    if (!symbols.has(key)) symbols.set(key, resolveSymbol(wsFor(body), sentences[index]!.text));
    return symbols.get(key) ?? null;
  };
  const symbolOf = (f: FoundClaim) => symbolIn(bodyOf(f), f.sentence.index);

  // The headline's and the article's words on UN votes, scored once per body (a memo per record: its keys leave the record out).
  const headlineWords = { local: widenTopics(article.title ?? ''), context: widenTopics(unContext) };
  const memos = new Map<Body, SubjectMemo>();
  const headlineTopic = (body: Body) => ({ ...headlineWords, memo: memos.get(body) ?? memos.set(body, new Map()).get(body)! });

  return { article, deps, sentences, found, wsFor, articleBody, bodyOf, unContext, topicOf, hints, inferred, ownWindow, backReference, scopeOf, mentioned, symbolIn, symbolOf, headlineTopic };
}

export type ArticleContext = ReturnType<typeof articleContext>;
