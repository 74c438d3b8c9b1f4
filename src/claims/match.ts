import * as chrono from 'chrono-node';
import { textScores } from '../analysis/similar.js';
import type { Workspace } from '../analysis/workspace.js';
import { shortKey } from '../sources/symbols.js';

/** A resolution a claim may be about, with why. */
export interface Candidate {
  row: number;
  /** Cosine similarity of title and subjects with the claim's sentence and context. */
  topic: number;
  /** Days before the article (or the date the sentence names). */
  days: number;
  /** Above 1 for the votes in question, most recent highest; below 1 for the rest. */
  score: number;
}

const DAY = 86_400_000;
const days = (a: string, b: string) => Math.round((Date.parse(a) - Date.parse(b)) / DAY);

/** A span of dates (YYYY-MM-DD, inclusive). */
export interface DateWindow {
  from: string;
  to: string;
}

const CALENDAR =
  /\b(?:1[89]|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?=\s|,|$)|\b(?:last|this|previous) (?:year|month)\b|\d{4}-\d{2}-\d{2}/i;
const ymd = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);

/**
 * The dates a sentence names for the vote, resolved against the article's
 * date (chrono-node): a day ("on 23 February 2023", "on February 23") gives
 * three days either side; a month ("in February", "last October", "in April
 * last year") that month; a year ("last year", "in 2022") that year. A month
 * or day without a year is the latest one not after the article. Null when
 * the sentence names no date.
 */
export function sentenceWindow(sentence: string, articleDate: string): DateWindow | null {
  const ref = new Date(`${articleDate}T12:00:00Z`);
  // Only calendar words: "a year after the invasion" is not a date of the vote.
  const results = chrono
    .parse(sentence, ref, { forwardDate: false })
    .filter((r) => CALENDAR.test(r.text));
  const yearOnly = results.find((r) => r.start.isCertain('year') && !r.start.isCertain('month'));
  for (const r of results) {
    if (!r.start.isCertain('month')) continue;
    const d = r.start.date();
    const m = d.getMonth();
    const day = r.start.isCertain('day') ? d.getDate() : 1;
    let y = r.start.isCertain('year') ? d.getFullYear() : (yearOnly?.start.date().getFullYear() ?? ref.getUTCFullYear());
    if (!r.start.isCertain('year') && !yearOnly && Date.UTC(y, m, day) > ref.getTime()) y--;
    if (r.start.isCertain('day')) return { from: ymd(y, m, day - 3), to: ymd(y, m, day + 3) };
    return { from: ymd(y, m, 1), to: ymd(y, m + 1, 0) };
  }
  if (yearOnly) {
    const y = yearOnly.start.date().getFullYear();
    return { from: ymd(y, 0, 1), to: ymd(y, 11, 31) };
  }
  return null;
}

/**
 * Ranks the resolutions a vote claim may describe: the subject (words of the
 * sentence and its context against titles and subjects) picks the votes in
 * question, and among those the most recent comes first. Dates the sentence
 * names narrow the search to them (see {@link sentenceWindow}).
 */
export function candidates(ws: Workspace, context: string, articleDate: string, window: DateWindow | null): Candidate[] {
  const topic = textScores(ws.text(), context);
  const out: Candidate[] = [];
  const anchor = window?.to ?? articleDate;
  ws.matrix.resolutions.forEach((r, i) => {
    const d = days(anchor, r.date);
    if (window ? r.date < window.from || r.date > window.to : d < -1 || d > 3 * 365) return;
    out.push({ row: i, topic: topic.get(i) ?? 0, days: d, score: 0 });
  });
  // The subject decides which votes are in question: those at least 0.3 times
  // as close in words as the closest (titles of one series differ a lot:
  // "Aggression against Ukraine", "Principles of the Charter ... lasting peace
  // in Ukraine"). Among them news reports the latest, so the most recent
  // comes first; the rest follow by closeness in words.
  const top = Math.max(0, ...out.map((c) => c.topic));
  for (const c of out) c.score = top > 0 && c.topic >= 0.3 * top ? 1 + 1 / (1 + Math.max(c.days, 0)) : c.topic / (top || 1);
  return out.sort((a, b) => b.score - a.score || b.topic - a.topic || a.days - b.days);
}

/**
 * The resolution a sentence names by its symbol ("A/RES/ES-11/6", "ES-11/6",
 * "resolution 2334" for the Council), if the record has it: that settles
 * which vote is meant.
 */
export function namedResolution(ws: Workspace, sentence: string): Candidate | undefined {
  const keys: string[] = [];
  for (const m of sentence.matchAll(/\b(?:A\/RES\/)?((?:ES|S)-\d+\/\d+|\d{2}\/\d{1,3})\b/gi)) keys.push(shortKey(m[1] as string));
  if (ws.matrix.body === 'sc') {
    for (const m of sentence.matchAll(/\b(?:S\/RES\/|resolution )(\d{1,4})\b/gi)) keys.push(m[1] as string);
  }
  if (keys.length === 0) return undefined;
  const row = ws.matrix.resolutions.findIndex((r) => keys.includes(shortKey(r.symbol)));
  return row === -1 ? undefined : { row, topic: 1, days: 0, score: 2 };
}
