import type { ClaimedTally } from './figures.js';
import { COUNT, countValue } from './numbers.js';

/**
 * What a passage says of the year before ("down 11 from last year", "four more
 * than last year", "the same four nations as last year"): the year of a
 * comparison, not of the vote it reports.
 */
const COMPARED = /\b(?:up|down|rose|fell|increased|decreased|more|fewer|less|same(?: \w+){0,3}|compared)\b[^.;]{0,30}?\b(?:from|than|as|with|to)\s+(?:last year|the previous year|a year (?:ago|earlier|before))\b|\b(?:tied|tying|matched|matching|equall?ed|equall?ing|surpassed|exceeded|beat|than|compared (?:to|with))\s+(?:the\s+)?(?:record\s+)?(?:(?:19|20)\d\d|last year['’]s)\s+(?:vote|record|tally|result)\b/gi;

/**
 * The passage without its comparisons with the year before, for reading the dates of its own vote.
 *
 * @example withoutComparisons('supported by 156 nations, down 11 from last year') // → 'supported by 156 nations,  '
 */
export function withoutComparisons(text: string): string {
  return text.replace(COMPARED, ' ');
}

/**
 * The figure a year before that a change states ("supported by 107 countries—four more than last year": 103;
 * "156 nations, down 11 from last year": 167), for a tally of one figure; null when the passage gives none.
 *
 * @example deltaLastYear({ yes: 107 }, '107 countries—four more than last year') // → { yes: 103 }
 */
export function deltaLastYear(tally: ClaimedTally, text: string): ClaimedTally | null {
  const keys = Object.keys(tally) as (keyof ClaimedTally)[];
  if (keys.length !== 1) return null;
  const m = DELTA.exec(text);
  if (!m) return null;
  const n = countValue((m[2] ?? m[3])!);
  if (n === undefined) return null;
  const up = m[1] ? /^up|^rose|^increase/i.test(m[1]) : /more/i.test(m[4]!);
  const before = tally[keys[0]!]! + (up ? -n : n);
  return before >= 0 ? { [keys[0]!]: before } : null;
}

const DELTA = new RegExp(`\\b(?:(up|down|rose|fell|increased|decreased)\\s+(?:by\\s+)?(${COUNT})\\s+(?:from|on|compared (?:with|to))\\s+|(${COUNT})\\s+(more|fewer|less)\\s+than\\s+)(?:last year|the previous year|a year (?:ago|earlier|before))\\b`, 'i');

/**
 * The change from the year before told right after a tally's one figure ("156 nations, down 11 from last year"):
 * that year's figure and where the words of the change sit in `text`; null when none follows.
 *
 * @example deltaAfter({ yes: 156 }, ', down 11 from last year.') // → { tally: { yes: 167 }, start: 2, end: 24 }
 */
export function deltaAfter(tally: ClaimedTally, text: string): { tally: ClaimedTally; start: number; end: number } | null {
  const m = DELTA.exec(text);
  if (!m || !/^\W{0,3}\s*$/.test(text.slice(0, m.index))) return null;
  const before = deltaLastYear(tally, m[0]);
  return before ? { tally: before, start: m.index, end: m.index + m[0].length } : null;
}
