// English only: the package's root loads every locale (160 ms of a cold start, docs/BENCHMARKS.md).
import * as chrono from 'chrono-node/en';
import type { DateWindow } from './match.js';

/**
 * The end of a mandate a vote extends ("extends the mandate of UNMISS until March 15, 2020") is not the
 * day of the vote (match.ts leaves it out), but it bounds it: Council mandates run a year, most of
 * them, so the vote fell five to thirteen months before. A hint to try first, not a bound: a two-year
 * renewal falls outside it, and the caller then reads the passage without it.
 */
const EXTENDS = /\b(?:extend\w*|renew\w*|prolong\w*|mandate)\b/i;
const UNTIL = /\b(?:until|till|through|to)\s+(?:the\s+end\s+of\s+)?((?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\.?(?:\s+\d{1,2},?)?\s+(?:19|20)\d\d)\b/i;
const DAY = 86_400_000;

/**
 * The months a renewal was voted in: from thirteen to five months before the end of the mandate the passage
 * says a vote extends, or null.
 *
 * @example mandateWindow('The resolution extends the mandate of UNMISS until March 15, 2020') // → { from: '2019-02-09', to: '2019-10-17' }
 */
export function mandateWindow(text: string): DateWindow | null {
  if (!EXTENDS.test(text)) return null;
  const m = UNTIL.exec(text);
  if (!m) return null;
  const end = chrono.parseDate(m[1]!, new Date('2000-01-01T12:00:00Z'));
  if (!end) return null;
  const to = Date.UTC(end.getFullYear(), end.getMonth(), end.getDate());
  // ... and at least five months before it: a renewal for six months or a year is voted so; a vote days before
  // the end is the next renewal (UNAMA's S/RES/2678 of 16 March 2023 extended it past "March 17, 2023").
  return { from: new Date(to - 400 * DAY).toISOString().slice(0, 10), to: new Date(to - 150 * DAY).toISOString().slice(0, 10) };
}
