// English only: the package's root loads every locale (160 ms of a cold start, docs/BENCHMARKS.md).
import * as chrono from 'chrono-node/en';
import { type Sentence, sentences } from './document.js';
import { NOT_THE_VOTE } from './match.js';

export type { Sentence } from './document.js';

/** An article reduced to what the check reads. */
export interface Article {
  title: string | null;
  /** The article's own date (YYYY-MM-DD), found in its text or given. */
  date: string | null;
  /** The text checked: claims' spans are offsets into it. */
  text: string;
  sentences: Sentence[];
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

// A date that belongs to something else than the article: "the Line of June 4, 1967", "from 1 January 2024".
const OF_ANOTHER_DAY = /\b(?:of|from|since|until|till|after|before|between|line|lines|borders?)\s+(?:\S+\s+){0,2}$/i;

const CHRONOLOGY = /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? \d{1,2}\b(?!,? \d{4})/gm;

/**
 * The article's date: "Published May 1, 2023", a dateline, or a "date
 * YYYY-MM-DD" field near the top; null when the top has no date.
 */
export function findDate(text: string): string | null {
  const top = text.slice(0, 600);
  const published = /(?:published|updated|posted)[:\s]+([A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}|\d{4}-\d{2}-\d{2})/i.exec(top);
  const candidate = published?.[1] ?? /\b(\d{4}-\d{2}-\d{2})\b/.exec(top)?.[1];
  if (candidate) {
    // "Posted December. 20, 2014": a stray full stop after a month written out throws chrono-node.
    const d = chrono.parseDate(candidate.replace(/^([A-Z][a-z]{3,})\./, '$1'), new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
    // ... and a reading whose year is not the one printed is a misreading.
    if (d && candidate.includes(String(d.getFullYear()))) return iso(new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())));
  }
  // A chronology ("August 6 Resolution 661: ... September 13 Resolution 666: ...", lines that begin with
  // a day) is not dated by its first entry's day.
  if ((text.match(CHRONOLOGY) ?? []).length >= 2) return null;
  // Only a date written out with its year: "Today's News" is not a date, and the check must not
  // depend on the day it runs (chrono reads "today" against the clock; the reference here is fixed).
  // A mandate's end ("until April 30, 2025") is not the article's day.
  const any = chrono
    .parse(top, new Date(Date.UTC(2000, 0, 1)))
    .find((r) => /\b(?:19|20)\d\d\b/.test(r.text) && !NOT_THE_VOTE.test(top.slice(Math.max(0, r.index - 24), r.index)) && !OF_ANOTHER_DAY.test(top.slice(Math.max(0, r.index - 30), r.index)) && r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day'));
  if (any) {
    const d = any.start.date();
    return iso(new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())));
  }
  return null;
}

/** The headline: the first line near the top that reads like one. */
export function findTitle(text: string): string | null {
  for (const raw of text.split('\n').slice(0, 8)) {
    const line = raw.trim();
    const words = line.split(/\s+/).length;
    if (words < 4 || words > 25) continue;
    if (/^(published|updated|date|by)\b/i.test(line) || /[▲▼%]/.test(line)) continue;
    if (/[.!?]$/.test(line) && words > 15) continue;
    return line;
  }
  return null;
}

/**
 * Reads plain text into an article: title, date (the given one wins) and
 * sentences with their tokens and offsets.
 *
 * @example readArticle('UN vote\n\nPakistan abstained.').sentences.length // → 2
 */
export function readArticle(text: string, date?: string): Article {
  return { title: findTitle(text), date: date ?? findDate(text), text, sentences: sentences(text) };
}
