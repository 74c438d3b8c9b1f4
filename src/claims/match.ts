// English only: the package's root loads every locale (160 ms of a cold start, docs/BENCHMARKS.md).
import * as chrono from 'chrono-node/en';


/** A span of dates (YYYY-MM-DD, inclusive). */
export interface DateWindow {
  from: string;
  to: string;
}

const CALENDAR =
  /\b(?:1[89]|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?=\s|,|$)|\b(?:last|this|previous) (?:year|month)\b|\d{4}-\d{2}-\d{2}/i;
// Words before a date that make it something other than the day of the vote.
const BARE_YEAR = /^\W*(?:in|during|throughout)\s+(19[4-9]\d|20\d\d)\b(?![-–\/]\d)/i;
const VOTE_YEAR = /\b(?:the|its|their|that)\s+(19[4-9]\d|20\d\d)\s+(?:resolution|vote|text|ballot)s?\b|\b(19[4-9]\d|20\d\d)['’]s\s+(?:resolution|vote|text)\b|\b(?:vote|voted|abstained|opposed|supported|backed)\b[^.;,()]{0,60}?\bin\s+(19[4-9]\d|20\d\d)\b(?![-–\/]\d)/i;
// "September's peace agreement": a month that names another event (not "last month's vote"); so does a
// day before another event's noun ("rescind its December 6 declaration", "the October 7 attack").
const OF_AN_EVENT = /^['’]s\s+(?!(?:\w+\s+)?(?:vote|votes|voting|resolution|resolutions|ballot|session|meeting|decision|text)\b)|^,?\s+(?:declaration|announcement|attacks?|invasion|speech|statement|summit|elections?|agreement|accords?|deal|coup|massacre|referendums?|proclamation|recognition|offensive|ceasefire|truce|raid|strikes?|bombings?|earthquake|letter)\b/i;
export const NOT_THE_VOTE = /\b(?:until|till|through|thru|by|before|since|expir\w*|ending|starting|beginning|effective|as of|deadline of|extend\w* (?:it |its mandate )?to)\s+(?:the end of\s+|end-|the\s+)?$/i;
const ymd = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);

/**
 * The dates a sentence names for the vote, resolved against the article's
 * date (chrono-node): a day ("on 23 February 2023", "on February 23") gives
 * three days either side; a month ("in February", "last October", "in April
 * last year") that month; a year ("last year", "in 2022") that year. A month
 * or day without a year is the latest one not after the article. Null when
 * the sentence names no date. `forward`: the date is the first vote the
 * article reports, not the article's, and days after it are later votes.
 */
export function sentenceWindow(sentence: string, articleDate: string, forward = false): DateWindow | null {
  // Most passages name no date: chrono-node is asked only when a calendar word is there.
  if (!CALENDAR.test(sentence)) return null;
  const ref = new Date(`${articleDate}T12:00:00Z`);
  // Only calendar words: "a year after the invasion" is not a date of the vote.
  // Nor the end of a mandate or a deadline ("extend the mission until April 30, 2025", "by 2030"), nor
  // the start of a period ("since 2019"), nor a date after the article's: none is the day of a vote.
  const results = chrono
    .parse(sentence, ref, { forwardDate: false })
    .filter((r) => CALENDAR.test(r.text) && !NOT_THE_VOTE.test(sentence.slice(Math.max(0, r.index - 24), r.index)) && !OF_AN_EVENT.test(sentence.slice(r.index + r.text.length, r.index + r.text.length + 30)))
    .filter((r) => !r.start.isCertain('year') || r.start.date().getTime() <= ref.getTime() + 3 * 86_400_000 || r.start.date().getUTCFullYear() <= ref.getUTCFullYear() && !r.start.isCertain('month'));
  const yearOnly = results.find((r) => r.start.isCertain('year') && !r.start.isCertain('month'));
  for (const r of results) {
    if (!r.start.isCertain('month')) continue;
    const d = r.start.date();
    const m = d.getMonth();
    const day = r.start.isCertain('day') ? d.getDate() : 1;
    let y = r.start.isCertain('year') ? d.getFullYear() : (yearOnly?.start.date().getFullYear() ?? ref.getUTCFullYear());
    // A dateline a day or two after the vote ("Dec. 22" for a vote of the 21st) is still this year's.
    if (!r.start.isCertain('year') && !yearOnly && !forward && Date.UTC(y, m, day) > ref.getTime() + 3 * 86_400_000) y--;
    // From the first vote an article reports (its inferred date), later days are the same year or the next.
    if (!r.start.isCertain('year') && !yearOnly && forward && Date.UTC(y, m, day) < ref.getTime() - 3 * 86_400_000) y++;
    if (r.start.isCertain('day')) return { from: ymd(y, m, day - 3), to: ymd(y, m, day + 3) };
    return { from: ymd(y, m, 1), to: ymd(y, m + 1, 0) };
  }
  if (yearOnly) {
    const y = yearOnly.start.date().getFullYear();
    return { from: ymd(y, 0, 1), to: ymd(y, 11, 31) };
  }
  // chrono reads no bare year: one that opens the sentence ("In 2018, 121 member states approved it") is the
  // vote's year; elsewhere ("membership in 1949", "(121 in 2018)") it is often another event's.
  // ... and one that names the vote ("the 2018 resolution", "voted against it in 2018").
  const bare = BARE_YEAR.exec(sentence) ?? VOTE_YEAR.exec(sentence);
  const year = Number(bare?.slice(1).find((g) => g !== undefined));
  if (bare && !NOT_THE_VOTE.test(sentence.slice(Math.max(0, bare.index - 24), bare.index)) && year <= ref.getUTCFullYear()) {
    const y = year;
    return { from: ymd(y, 0, 1), to: ymd(y, 11, 31) };
  }
  return null;
}

/** The dates a passage names for its vote; without the article's date, only those with a year. */
export function windowOf(text: string, date: string | null, forward = false): DateWindow | null {
  if (date) return sentenceWindow(text, date, forward);
  const year = /\b(?:19[4-9]\d|20\d\d)\b/.exec(text);
  return year ? sentenceWindow(text, `${year[0]}-12-31`) : null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_DAY = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s+\d{4})|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?!,?\s+\d{4})/gi;

const EVENT_AFTER = /^,?\s+(?:(?:nuclear|missile|terrorist|Hamas|military|surprise|deadly)\s+)?(?:tests?|attacks?|invasion|coup|elections?|launch(?:es)?|strikes?|bombings?|massacre|shootings?|explosions?|deadline|ceasefire|truce|agreement|accord|deal|summit|referendum|incursion|offensive|raid)\b/i;

/**
 * The days of the year ("08-30") a passage names without a year ("on Wednesday, August 30"): in an
 * undated article, the day its vote fell on, in some year.
 *
 * @example monthDays('Russia on Wednesday, August 30, vetoed the proposal') // → ['08-30']
 */
export function monthDays(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(MONTH_DAY)) {
    // Not a mandate's end or a deadline ("until January 10").
    if (NOT_THE_VOTE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    // ... nor another event's day ("over its May 25 nuclear test", "the October 7 attacks").
    if (EVENT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    const month = MONTHS.indexOf((m[1] ?? m[4])!.toLowerCase()) + 1;
    const day = Number(m[2] ?? m[3]);
    if (day >= 1 && day <= 31) out.push(`${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  }
  return out;
}

/**
 * The vote's day of the year is one of `days` ("03-02"), or a day either side (time zones, a late count).
 *
 * @example onDayOfYear('2022-03-02', ['03-01']) // → true
 */
export function onDayOfYear(date: string, days: readonly string[]): boolean {
  let near = nearDays.get(days);
  if (!near) {
    near = new Set(days.flatMap((d) => [-1, 0, 1].map((k) => new Date(Date.UTC(2000, Number(d.slice(0, 2)) - 1, Number(d.slice(3)) + k)).toISOString().slice(5, 10))));
    nearDays.set(days, near);
  }
  return near.has(date.slice(5, 10));
}
// Each list of days with the days either side, made once per list (a scope's list is asked for every row).
const nearDays = new WeakMap<readonly string[], Set<string>>();
