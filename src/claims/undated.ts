import type { Article } from './article.js';
import { eraOf } from './era.js';
import { mandateWindow } from './mandateEnd.js';
import { type DateWindow, monthDays } from './match.js';
import { bodyMention } from './mentions.js';

/**
 * What dates an article that prints no date of its own, beside the votes its
 * figures identify: hints to try first, never bounds (METHODS §3.5). Read
 * once per article; the per-sentence ones once per sentence.
 */
export interface UndatedHints {
  /** Written after the latest year it names ("184 in 2021"): that year's first day. */
  after?: string;
  /** The terms of the officeholders it names ("the Biden administration"; era.ts). */
  era?: DateWindow;
  /** The days of the year a sentence names without a year ("on Thursday, March 2"), else those of the article's first report of a vote. */
  daysOf: (sentence: number) => string[];
  /** From thirteen to five months before the end of the mandate a sentence's renewal extends (mandateEnd.ts). */
  mandateOf: (sentence: number) => DateWindow | null;
}

const REPORTS = /\b(?:voted|adopted|passed|approved|vetoed|abstained|demanded|condemned|called)\b/i;

/**
 * The hints of an article, `lastYear` being the record's last year (a later year is another event's).
 *
 * @example undatedHints(readArticle('The Biden administration voted against it in 2021.'), 2025).era // → { from: '2021-01-20', to: '2025-02-20' }
 */
export function undatedHints(article: Article, lastYear: number): UndatedHints {
  const sentences = article.sentences;
  const years = [...article.text.matchAll(/\b(19[4-9]\d|20\d\d)\b/g)].map((m) => Number(m[1])).filter((y) => y <= lastYear);
  const era = eraOf(article.text);
  const firstDays = sentences.map((s) => (REPORTS.test(s.text) || bodyMention(s.text) ? monthDays(s.text) : [])).find((d) => d.length > 0) ?? [];
  const days = new Map<number, string[]>();
  const mandates = new Map<number, DateWindow | null>();
  return {
    ...(years.length > 0 && { after: `${Math.max(...years)}-01-01` }),
    ...(era && { era }),
    daysOf: (i) => {
      let d = days.get(i);
      if (!d) {
        const own = monthDays(sentences[i]!.text);
        days.set(i, (d = own.length > 0 ? own : firstDays));
      }
      return d;
    },
    mandateOf: (i) => (mandates.has(i) ? mandates.get(i)! : mandates.set(i, mandateWindow(sentences[i]!.text)).get(i)!),
  };
}
