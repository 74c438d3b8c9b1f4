/**
 * "voted overwhelmingly for the 22nd time to condemn the U.S. economic embargo against Cuba", "for the
 * 30th consecutive year": a recurring text's place in its series names its year (the embargo text
 * was first put to the vote in 1992: the 22nd is A/RES/68/8 of 2013). A hint for an undated article,
 * read against the series of each candidate vote (threads.ts).
 */

const WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40 };
const ORDINAL = /\bfor (?:the|a) (\d{1,2})(?:st|nd|rd|th)|\bfor (?:the|a) ((?:twenty|thirty|forty)[- ])?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b/gi;
const OF_SERIES = /^\s+(?:consecutive |straight |successive |running )?(?:time|year)\b(?!\s+(?:this|in (?:a|the|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:week|month|day|year)s?|since)\b)/i;

/**
 * The place in its series a passage gives the vote it reports, or null.
 *
 * @example seriesOrdinal('The Assembly voted for the 22nd time to condemn the embargo.') // → 22
 */
export function seriesOrdinal(text: string): number | null {
  for (const m of text.matchAll(ORDINAL)) {
    if (!OF_SERIES.test(text.slice(m.index + m[0].length))) continue;
    const n = m[1] ? Number(m[1]) : (m[2] ? TENS[m[2].slice(0, -1).toLowerCase()]! : 0) + WORDS[m[3]!.toLowerCase()]!;
    // "for the first time" is a shift (voteCues.ts), not a place in a series.
    if (n >= 2) return n;
  }
  return null;
}
