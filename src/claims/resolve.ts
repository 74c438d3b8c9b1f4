import type { Workspace } from '../analysis/workspace.js';
import type { ResolutionMeta } from '../matrix/voteMatrix.js';
import type { ClaimedTally } from './figures.js';
import type { ClaimedVote } from './read.js';

export type { ClaimedTally } from './figures.js';
import { type DateWindow, onDayOfYear } from './match.js';
import { distinctVotes, loneFigureByVotes, votesFit } from './namedVotes.js';
import { type Subject, subjectScores, topScore } from './subject.js';

/** A resolution a passage was matched to, how well, and why, in words. */
export interface Resolved {
  row: number;
  /** Another vote that fits as well (two votes of one day on one subject). */
  close?: number;
  why: string;
  /** Resolved by its figures or its symbol: strong enough to date an undated article. */
  firm: boolean;
  /** Another vote on the subject whose figures are the ones claimed ("35 abstained" of an earlier vote). */
  other?: number;
}

const DAY = 86_400_000;
const daysBetween = (a: string, b: string) => Math.round((Date.parse(a) - Date.parse(b)) / DAY);
const CATEGORIES = ['yes', 'no', 'abstain', 'nonVoting'] as const;

export const tallyText = (t: ClaimedTally) =>
  [t.yes !== undefined && `${t.yes} in favour`, t.no !== undefined && `${t.no} against`, t.abstain !== undefined && `${t.abstain} abstention${t.abstain === 1 ? '' : 's'}`, t.nonVoting !== undefined && `${t.nonVoting} not voting`]
    .filter(Boolean)
    .join(', ');

/** Does the record's tally carry every figure claimed? */
export function tallyFits(claimed: ClaimedTally, r: Pick<ResolutionMeta, 'totals'>): boolean {
  return CATEGORIES.every((k) => claimed[k] === undefined || claimed[k] === r.totals[k]);
}

/** Where a passage may look: the dates it names, else what the article's date allows. */
export interface Scope {
  window: DateWindow | null;
  /** The article's date, given or inferred; null when nothing dates it. */
  date: string | null;
  /** The passage's words and the article's: the subject. */
  topic: Subject;
  /** An undated article names years up to this one: votes from it on are likelier (YYYY-MM-DD). */
  after?: string;
  /** An undated article's span from the officeholders it names (era.ts): a hint, not a bound. */
  era?: DateWindow;
  /** Days of the year an undated passage names ("on Thursday, March 2": '03-02'), to tell votes of a series apart. */
  days?: string[];
  /** Exact figures count only on a subject close to the passage's (an article about a veto). */
  strict?: boolean;
  /** The row the article's headline names by symbol ("Security Council Resolution 1973"). */
  named?: number;
  /** The one row the article names by symbol anywhere: it tells apart votes of the same figures. */
  mentioned?: number;
  /** Figures the article gives for the same text a year before ("up from 185 last year"). */
  lastYear?: ClaimedTally[];
  /** States' votes the passage gives with its figures ("13 in favour, while China and Russia abstained"). */
  votes?: ClaimedVote[];
  /** States' votes the article's other passages on this body give (no dates or back-references of their own). */
  articleVotes?: ClaimedVote[];
}


// Rows by each count, built once per record: a tally's figures are looked up, not scanned for.
const figureIndex = new WeakMap<Workspace, Record<(typeof CATEGORIES)[number], Map<number, number[]>>>();
/** The rows, in order, whose count of the figure with the fewest such rows is within three of it. */
function nearFigure(ws: Workspace, tally: ClaimedTally): number[] {
  const index = figuresOf(ws);
  let best: number[] | undefined;
  for (const k of CATEGORIES) {
    if (tally[k] === undefined) continue;
    const rows: number[] = [];
    for (let d = -3; d <= 3; d++) rows.push(...(index[k].get(tally[k]! + d) ?? []));
    if (!best || rows.length < best.length) best = rows;
  }
  return (best ?? []).sort((a, b) => a - b);
}

function figuresOf(ws: Workspace): Record<keyof ClaimedTally, Map<number, number[]>> {
  let index = figureIndex.get(ws);
  if (!index) {
    index = { yes: new Map(), no: new Map(), abstain: new Map(), nonVoting: new Map() };
    ws.matrix.resolutions.forEach((r, i) => {
      for (const k of CATEGORIES) {
        const list = index![k].get(r.totals[k]);
        if (list) list.push(i);
        else index![k].set(r.totals[k], [i]);
      }
    });
    figureIndex.set(ws, index);
  }
  return index;
}

function byFigure(ws: Workspace, tally: ClaimedTally): readonly number[] {
  const index = figuresOf(ws);
  let best: readonly number[] | undefined;
  for (const k of CATEGORIES) {
    if (tally[k] === undefined) continue;
    const rows = index[k].get(tally[k]!) ?? [];
    if (!best || rows.length < best.length) best = rows;
  }
  return best ?? [];
}

const maxOf = topScore;

const bounds = new WeakMap<Scope, Map<number, [string, string]>>();
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function inScope(r: ResolutionMeta, s: Scope, years: number): boolean {
  const b = scopeBounds(s, years);
  return !b || (r.date >= b[0] && r.date <= b[1]);
}

/** The first and last day a scope allows, as ISO strings; null for all of the record. */
function scopeBounds(s: Scope, years: number): readonly [string, string] | null {
  if (s.window) return [s.window.from, s.window.to];
  if (!s.date) return null;
  // An article reports votes of its day or before; three days allow for time zones and for a date
  // read from the page (a photo caption two days before the vote). Bounds as ISO strings, computed
  // once per scope: this runs for every row of the record.
  let byYears = bounds.get(s);
  if (!byYears) bounds.set(s, (byYears = new Map()));
  let b = byYears.get(years);
  if (!b) {
    const t = Date.parse(s.date);
    byYears.set(years, (b = [isoDay(t - years * 365 * DAY), isoDay(t + 3 * DAY)]));
  }
  return b;
}

const dayBefore = (day: string) => isoDay(Date.parse(day) - DAY);

/** The index after the last row dated on or before `day` (the rows are in date order: loadMatrix.ts). */
function endOfDay(rows: readonly ResolutionMeta[], day: string): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rows[mid]!.date <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The vote in scope most on the passage's subject whose figures are all within three of the printed
 * ones, and its subject score: [-1, 0] when there is none.
 *
 * @example nearestOnSubject(ws, { yes: 121, no: 14, abstain: 44 }, scores, scope, 3) // → [row of 120-14-45, 0.9]
 */
function nearestOnSubject(ws: Workspace, tally: ClaimedTally, scores: ReadonlyMap<number, number>, s: Scope, years: number): [number, number] {
  const rows = ws.matrix.resolutions;
  let near = -1;
  let nearTopic = 0;
  let nearOff = Infinity;
  // The rows within three of one printed figure, from the figure index: not every row on the subject.
  for (const row of nearFigure(ws, tally)) {
    const v = scores.get(row);
    if (v === undefined || v <= 0 || v < nearTopic || !CATEGORIES.every((k) => tally[k] === undefined || Math.abs(tally[k]! - rows[row]!.totals[k]) <= 3)) continue;
    // Of votes equal in subject (a series: every "The Syrian Golan"), the one closest in figures (92-8-65 is 92-9-65, not 90-5-54).
    const off = CATEGORIES.reduce((a, k) => a + (tally[k] === undefined ? 0 : Math.abs(tally[k]! - rows[row]!.totals[k])), 0);
    if (v === nearTopic && off >= nearOff) continue;
    if (inScope(rows[row]!, s, years)) [near, nearTopic, nearOff] = [row, v, off];
  }
  return [near, nearTopic];
}

// Each resolution's date in days, parsed once per record.
const dayNumbers = new WeakMap<Workspace, Float64Array>();
function daysOf(ws: Workspace): Float64Array {
  let d = dayNumbers.get(ws);
  if (!d) dayNumbers.set(ws, (d = Float64Array.from(ws.matrix.resolutions, (r) => Date.parse(r.date) / DAY)));
  return d;
}

type Ranked = { row: number; score: number; topic: number };
// Undated and equal otherwise: news reports the latest.
const byRank = (a: Ranked, b: Ranked) => b.score - a.score || b.row - a.row;

function rank(ws: Workspace, all: number[], s: Scope, scores?: ReadonlyMap<number, number>): Ranked[] {
  return scoreRows(ws, all, s, scores).sort(byRank);
}

/**
 * The rows in scope (three years) that {@link scoreRows} would keep of all of them: those on the subject,
 * and the latest three in scope that share no word with the passage (before the anchor where there are
 * such). Found from the scope's days (binary search on the rows' date order) or the subject's rows,
 * whichever are fewer, not a scan of the record: every lone figure asks.
 */
function inScopeRows(ws: Workspace, s: Scope, topic: ReadonlyMap<number, number>): number[] {
  const rows = ws.matrix.resolutions;
  const out: number[] = [];
  const b = scopeBounds(s, 3);
  // The rows of the scope's days, or the subject's rows in scope, whichever are fewer.
  const end = b ? endOfDay(rows, b[1]) : rows.length;
  const start = b ? endOfDay(rows, dayBefore(b[0])) : 0;
  if (end - start < topic.size) {
    for (let r = start; r < end; r++) if (topic.has(r)) out.push(r);
  } else {
    topic.forEach((_, r) => {
      if (inScope(rows[r]!, s, 3)) out.push(r);
    });
  }
  const anchor = s.window?.to ?? s.date;
  const before: number[] = [];
  const any: number[] = [];
  // From the scope's last day back to its first, not from the end of the record (an article of 1992 would walk 30 years).
  for (let r = end - 1; r >= 0 && before.length < 3 && (anchor || any.length < 3) && (!b || rows[r]!.date >= b[0]); r--) {
    if (topic.has(r)) continue;
    if (any.length < 3) any.push(r);
    if (anchor && rows[r]!.date <= anchor) before.push(r);
  }
  out.push(...(before.length > 0 || !anchor ? (anchor ? before : any) : any));
  return out.sort((a, b) => a - b);
}

/** The rows' scores by subject and date, unsorted: a lone figure's search needs only the best and those with the figure. */
function scoreRows(ws: Workspace, all: number[], s: Scope, scores?: ReadonlyMap<number, number>): Ranked[] {
  const topic = scores ?? subjectScores(ws.text(), s.topic);
  const anchor = s.window?.to ?? s.date;
  const anchorDay = anchor ? Date.parse(anchor) / DAY : 0;
  const days = daysOf(ws);
  // Rows that share no word with the passage can only win on their date: the latest three are
  // enough (rows are in date order), which keeps a check linear in the article's length.
  const rows: number[] = [];
  const silent: number[] = [];
  for (const r of all) (topic.has(r) ? rows : silent).push(r);
  const before = anchor ? silent.filter((r) => ws.matrix.resolutions[r]!.date <= anchor) : silent;
  rows.push(...(before.length > 0 ? before : silent).slice(-3));
  let top = 0;
  for (const r of rows) top = Math.max(top, topic.get(r) ?? 0);
  const out: Ranked[] = [];
  for (const row of rows) {
    const v = topic.get(row) ?? 0;
    const t = top > 0 ? v / top : 0;
    const recency = anchor ? 1 / (1 + Math.max(0, Math.round(anchorDay - days[row]!)) / 30) : 0;
    // Among votes on the subject (at least 0.3 of the closest in words), news reports the latest.
    const date = ws.matrix.resolutions[row]!.date;
    const hint = anchor ? 0 : (s.after && date >= s.after ? 0.5 : 0) + (s.era && date >= s.era.from && date <= s.era.to ? 0.6 : 0);
    out.push({ row, topic: v, score: (t >= 0.3 ? 1 + t : t) + recency + hint });
  }
  return out;
}

/**
 * The vote a tally describes. Its figures are searched across the whole
 * record (within the dates the passage allows): one exact match settles it;
 * several are told apart by subject and date. Figures that match no vote
 * leave the vote on the subject the passage speaks of, which then
 * contradicts them; null when nothing fits.
 *
 * @example resolveTally(ga, { yes: 141, no: 7, abstain: 32 }, scope) // → { row: <A/RES/ES-11/6>, firm: true, ... }
 */
export function resolveTally(ws: Workspace, tally: ClaimedTally, s: Scope): Resolved | null {
  const rows = ws.matrix.resolutions;
  const given = CATEGORIES.filter((k) => tally[k] !== undefined).length;
  const exact: number[] = [];
  for (const i of byFigure(ws, tally)) {
    const r = rows[i]!;
    if (tallyFits(tally, r) && inScope(r, s, given >= 2 ? 80 : 3)) exact.push(i);
  }
  const figures = tallyText(tally);
  // Figures of a vote on another subject are a coincidence (12-1-2 was S/RES/687 (1991) and the
  // vetoed Palestine draft of 2024): exact figures count only on the subject the passage speaks of.
  const all = subjectScores(ws.text(), s.topic);
  const topTopic = maxOf(all);
  // In an article about a veto the test is stricter, on the article's subject as a whole.
  const whole = s.strict ? subjectScores(ws.text(), { local: '', context: '', article: s.topic.article ?? s.topic.context, ...(s.topic.article !== undefined && s.topic.memo && { memo: s.topic.memo }) }) : all;
  const topWhole = maxOf(whole);
  // Without a word of subject in common with any of them (a bare "141 votes to 7"), figures alone decide.
  const onSubject = exact.some((r) => (all.get(r) ?? 0) > 0);
  // ... or where the states the passage names voted as it says: a title may share no word with the news
  // ("Admission of new Members" for "full membership of Palestine", A/RES/ES-10/23).
  const named = distinctVotes(s.votes ?? []);
  const votedSo = (r: number) => given >= 2 && named.length >= 2 && votesFit(ws, r, named);
  if (topTopic > 0) exact.splice(0, exact.length, ...exact.filter((r) => (!onSubject || (all.get(r) ?? 0) > 0 || votedSo(r)) && (!s.strict || (whole.get(r) ?? 0) >= 0.5 * topWhole)));
  // The resolution the headline names by symbol ("UN Security Council Resolution 660"), when no vote of
  // its day has the figures: the vote meant, printed wrong (14-0-1 "with one abstention (Yemen)" for 660,
  // where Yemen did not vote), not another year's vote that happens to have them.
  if (given >= 2 && s.named !== undefined && !exact.includes(s.named) && !exact.some((r) => rows[r]!.date === rows[s.named!]!.date)) {
    return { row: s.named, why: `the headline names ${rows[s.named]!.symbol}; its figures are not these (${figures})`, firm: true };
  }
  // Two figures or more that no vote has: the vote on the subject whose figures are within three of
  // them ("121 in favour, 14 against, 44 abstentions" for 120-14-45), to be judged against it.
  if (given >= 2 && exact.length === 0 && topTopic > 0) {
    const [near, nearTopic] = nearestOnSubject(ws, tally, all, s, s.date || s.window ? 3 : 80);
    if (near !== -1 && nearTopic >= 0.5 * topTopic) return { row: near, why: `no vote has these figures (${figures}); this one, on the subject, is closest to them`, firm: false };
  }
  // Three figures or more that no vote has, all but one of which name one vote ("103 in favor to 9 against
  // ... among the 53 countries that did not participate": A/RES/78/283, where 53 abstained): that vote,
  // against which the odd figure is wrong.
  if (given >= 3 && exact.length === 0) {
    const fits = new Set<number>();
    for (const k of CATEGORIES) {
      if (tally[k] === undefined) continue;
      const { [k]: _, ...rest } = tally;
      // Read in full only where some vote has the other figures (a cheap look first: this runs for every misprint).
      if (!byFigure(ws, rest).some((i) => tallyFits(rest, rows[i]!) && inScope(rows[i]!, s, 80))) continue;
      const r = resolveTally(ws, rest, s);
      // On the passage's subject, where it has one: 103 in favour with 52 not voting is another vote's.
      if (r?.firm && (topTopic === 0 || (all.get(r.row) ?? 0) > 0)) fits.add(r.row);
    }
    if (fits.size === 1) return { row: [...fits][0]!, why: `no vote has all these figures (${figures}); all but one of them match this vote only`, firm: true };
  }
  // A vote on the subject with figures within three of each printed one, far closer in subject than the
  // one vote whose figures are exact (ten times its share of the subject, or the exact one barely on
  // it), is the vote meant, printed wrong ("13 to 2" for 12-2-1 on Iran in 2010, where 13-2 was
  // S/RES/666 of 1990 on Iraq). Not when the states the passage names voted so on the exact one.
  // Only for figures of the Council's size: two Assembly figures (120 in favour, 14 against) seldom meet by chance.
  const councilSized = CATEGORIES.every((k) => (tally[k] ?? 0) <= 15);
  if (given >= 2 && exact.length === 1 && councilSized && !votedSo(exact[0]!)) {
    const t = all.get(exact[0]!) ?? 0;
    const [near, nearTopic] = nearestOnSubject(ws, tally, all, s, 80);
    if (near !== -1 && near !== exact[0] && (nearTopic >= 10 * t || (t < 0.3 * topTopic && nearTopic >= 0.8 * topTopic))) {
      return { row: near, why: `no vote on the subject has these figures (${figures}); this one, on the subject, is closest to them`, firm: false };
    }
  }
  if (given >= 2 && exact.length === 1) {
    return { row: exact[0]!, why: `its figures (${figures}) match this vote only${s.window ? ` between ${s.window.from} and ${s.window.to}` : ''}`, firm: true };
  }
  // Undated, "on March 2": of the votes with these figures, the one of that day of the year (a day either side).
  if (exact.length > 1 && s.days && s.days.length > 0) {
    const onDay = exact.filter((r) => onDayOfYear(rows[r]!.date, s.days!));
    if (onDay.length === 1) return { row: onDay[0]!, why: `its figures (${figures}) match ${exact.length} votes; this one is of the day of the year the passage names`, firm: given >= 2 };
    if (onDay.length > 1) exact.splice(0, exact.length, ...onDay);
  }
  // An annual text: "187 in favour, up from 185 last year" is the year whose text of the year before had 185.
  if (exact.length > 1 && s.lastYear && s.lastYear.length > 0) {
    const threads = ws.threads();
    const fitsYearBefore = (r: number) =>
      s.lastYear!.every((t) => threads.rows[threads.threadOf[r]!]!.some((x) => rows[x]!.year === rows[r]!.year - 1 && tallyFits(t, rows[x]!)));
    const kept = exact.filter(fitsYearBefore);
    if (kept.length > 0) exact.splice(0, exact.length, ...kept);
    if (kept.length === 1) return { row: kept[0]!, why: `its figures (${figures}) and those it gives for the year before match this vote of the series only`, firm: given >= 2 };
  }
  // Several votes with these figures: the states the passage names with them tell them apart
  // (13-0-2 with the US and Russia abstaining was S/RES/2720 of 2023; with China and Russia, 2803 of 2025).
  if (exact.length > 1 && s.votes && s.votes.length > 0) {
    const fit = exact.filter((r) => votesFit(ws, r, s.votes!));
    if (fit.length > 0 && fit.length < exact.length) exact.splice(0, exact.length, ...fit);
    if (given >= 2 && fit.length === 1) return { row: fit[0]!, why: `its figures (${figures}) and the states the passage names with them match this vote only`, firm: true };
  }
  // ... else those the article names elsewhere ("187-2 with one abstention. ... while Ukraine abstained":
  // A/RES/78/7 of 2023, where 2024's same figures had Moldova abstaining).
  if (given >= 2 && exact.length > 1) {
    const named = distinctVotes(s.articleVotes ?? []);
    // Two states or more: one alone ("Malaysia supports") may be of another vote the article mentions.
    const fit = named.length >= 2 ? exact.filter((r) => votesFit(ws, r, named)) : [];
    if (fit.length === 1) return { row: fit[0]!, why: `its figures (${figures}) and the votes the article gives of ${named.length} states match this vote only`, firm: true };
  }
  if (given >= 2 && exact.length > 1 && s.named !== undefined && exact.includes(s.named)) {
    return { row: s.named, why: `its figures (${figures}) are those of the resolution the headline names`, firm: true };
  }
  if (exact.length > 1 && s.mentioned !== undefined && exact.includes(s.mentioned)) {
    return { row: s.mentioned, why: `its figures (${figures}) are those of ${rows[s.mentioned]!.symbol}, which the article names`, firm: given >= 2 };
  }
  if (given >= 2 && exact.length > 1) {
    const [best, second] = rank(ws, exact, s, all);
    const tie = second && second.score === best!.score ? second.row : undefined;
    const sameDay = second && rows[second.row]!.date === rows[best!.row]!.date && second.topic > 0 && second.topic >= 0.8 * best!.topic ? second.row : undefined;
    return {
      row: best!.row,
      ...((tie ?? sameDay) !== undefined && { close: (tie ?? sameDay)! }),
      why: `its figures (${figures}) match ${exact.length} votes; this one is closest in subject${s.date || s.window ? ' and date' : ''}`,
      // "Unanimously" (no figure but zeros) fits most of the Council's votes: it names none; nor does "15-0".
      firm: CATEGORIES.some((k) => (tally[k] ?? 0) > 0) && !(ws.matrix.body === 'sc' && (tally.yes === 15 || tally.yes === undefined) && !tally.no && !tally.abstain),
    };
  }
  // One figure and the states the passage says voted with it ("185 countries supporting the condemnation,
  // the United States and Israel opposing it, and Brazil and Ukraine abstaining"): of the votes on the
  // subject with that figure, the one where every named state voted so (A/RES/77/7 of 2022, not the
  // 185 of 2008) is the vote. Two states or more: one figure alone recurs across the years.
  if (given === 1 && exact.length > 0) {
    const lone = loneFigureByVotes(ws, exact, all, s);
    if (lone) return { row: lone.row, why: `its figure (${figures}) and the votes of ${lone.states} match this vote on the subject only`, firm: lone.firm };
  }
  // Within a month the passage names, the one vote with the figure is the one, whatever its words
  // ("34 other countries that abstained on the resolution of 2 March 2022").
  if (s.window && daysBetween(s.window.to, s.window.from) <= 31 && exact.length === 1) {
    return { row: exact[0]!, why: `its figure (${figures}) fits the one vote with it between ${s.window.from} and ${s.window.to}`, firm: false };
  }
  // One figure ("35 abstained") or figures no vote has: the vote on the subject within the dates,
  // unless one that fits is as close in subject.
  const scored = scoreRows(ws, inScopeRows(ws, s, all), s, all);
  let best: Ranked | undefined;
  for (const c of scored) if (!best || byRank(c, best) < 0) best = c;
  const withFigure = new Set(exact);
  const fitting = scored.filter((c) => withFigure.has(c.row)).sort(byRank);
  const fit = fitting[0];
  // Undated, a vote with the figure that is on the subject at all (0.3 of the closest) is the one: the
  // passage's own words ("the condemnation") may meet other titles better than the article's subject.
  // ... or far more on it than any other vote with the figure (three times the next), if on it at all.
  const clearly = fit && best && fit.topic >= 0.15 * best.topic && (!fitting[1] || fit.topic >= 3 * fitting[1].topic);
  const closeEnough = s.date || s.window ? fit && best && fit.topic >= best.topic : fit && best && (fit.topic >= 0.3 * best.topic || clearly);
  if (fit && best && (fit.row === best.row || closeEnough) && fit.topic > 0) {
    const sameDay = fitting[1] && rows[fitting[1].row]!.date === rows[fit.row]!.date && fitting[1].topic >= 0.8 * fit.topic ? fitting[1].row : undefined;
    return { row: fit.row, ...(sameDay !== undefined && { close: sameDay }), why: `its figure (${figures}) fits this vote on the subject${s.window ? ` between ${s.window.from} and ${s.window.to}` : s.date ? ` before ${s.date}` : ''}`, firm: false };
  }
  if (!best || best.topic === 0 || !(s.date || s.window)) return null;
  // "Partly" only for a vote of the same series: the same emergency session or the same recurring title.
  const series = (a: number, b: number) =>
    (rows[a]!.session?.startsWith('ES-') && rows[a]!.session === rows[b]!.session) || ws.threads().threadOf[a] === ws.threads().threadOf[b];
  const other = fit && fit.topic >= 0.3 * best.topic && series(fit.row, best.row) ? fit.row : undefined;
  return {
    row: best.row,
    ...(other !== undefined && { other }),
    why: `no vote on the subject${s.window ? ` between ${s.window.from} and ${s.window.to}` : ` nearest before ${s.date}`} has these figures (${figures}); this is the latest vote on it`,
    firm: false,
  };
}



/**
 * The vote a passage without figures describes: the latest on its subject
 * within the dates it allows. Null when the subject meets no title or
 * nothing dates the passage.
 */
export function resolveSubject(ws: Workspace, s: Scope, before?: string): Resolved | null {
  if (!s.date && !s.window) return resolveBySubjectAlone(ws, s);
  const scoped: number[] = [];
  ws.matrix.resolutions.forEach((r, i) => {
    if (inScope(r, s, 3) && (!before || r.date < before)) scoped.push(i);
  });
  const [best, second] = rank(ws, scoped, s);
  // Within a month, the passage's words may not meet the title ("the Ukraine-related vote" of April
  // 2022 was on Russia's seat in the Human Rights Council): a lone vote of that month is the one.
  const narrow = s.window && daysBetween(s.window.to, s.window.from) <= 31 && scoped.length === 1;
  if (!best || (best.topic === 0 && !narrow)) return null;
  const r = ws.matrix.resolutions[best.row]!;
  const sameDay = second && ws.matrix.resolutions[second.row]!.date === r.date && second.topic >= 0.3 * best.topic && second.topic > 0 ? second.row : undefined;
  return {
    row: best.row,
    ...(sameDay !== undefined && { close: sameDay }),
    why: `the latest vote on the subject${s.window ? ` between ${s.window.from} and ${s.window.to}` : ` before ${before ?? s.date}`}`,
    firm: false,
  };
}

/**
 * An undated passage whose subject only one vote's title carries (the
 * Srebrenica genocide resolution, the 1947 partition of Palestine): that
 * vote. A recurring title (one each year) names no single vote: null.
 */
function resolveBySubjectAlone(ws: Workspace, s: Scope): Resolved | null {
  const scores = subjectScores(ws.text(), s.topic);
  let best = -1;
  let top = 0;
  let second = 0;
  for (const [row, v] of scores) {
    if (v > top) [second, top, best] = [top, v, row];
    else if (v > second) second = v;
  }
  // Of the votes on the subject, the one of the day of the year the passage names ("on Thursday, March 2").
  if (best !== -1 && s.days && s.days.length > 0) {
    const onDay = [...scores].filter(([row, v]) => v >= 0.5 * top && onDayOfYear(ws.matrix.resolutions[row]!.date, s.days!));
    if (onDay.length === 1) return { row: onDay[0]![0], why: `the article gives no year; this is the vote on its subject of the day it names`, firm: false };
  }
  // Of the votes on the subject, the one in the terms of the officeholders the article names ("Ambassador
  // Nikki Haley" and the Jerusalem vote: A/RES/ES-10/19 of 2017, not a later year's).
  if (best !== -1 && s.era) {
    const inEra = [...scores].filter(([row, v]) => v >= 0.5 * top && ws.matrix.resolutions[row]!.date >= s.era!.from && ws.matrix.resolutions[row]!.date <= s.era!.to).sort((a, b) => b[1] - a[1]);
    if (inEra.length === 1 || (inEra.length > 1 && inEra[1]![1] < 0.6 * inEra[0]![1])) {
      return { row: inEra[0]![0], why: `the article gives no date; this is the vote on its subject in the terms of the officeholders it names (${s.era.from} to ${s.era.to})`, firm: false };
    }
  }
  if (best === -1 || top < 0.5 || second >= 0.6 * top) return null;
  return { row: best, why: 'the article gives no date, and this is the one vote whose title carries its subject', firm: false };
}
