/**
 * The lone figures of an undated article, each matched alone, may land on
 * votes years apart; but an article reports votes of one day more often
 * than not ("the Jerusalem decision was passed by 129 votes and the
 * resolution on Syria's Golan was passed by 94 votes": A/RES/76/12 and
 * A/RES/76/11, both of 1 December 2021, not a 129 of 1976).
 */

const DAY = 86_400_000;
const shift = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY).toISOString().slice(0, 10);

/**
 * The day on which most of `claims` have a vote with their figures (two at least, and more than share
 * any one day now), and each claim's vote of that day where it is elsewhere now; empty when no day does
 * better. `onDay` finds a claim's vote within three days of a date, or null.
 *
 * @example sameDay([jerusalem129, golan94], dateOf, onDay) // → Map { jerusalem129 → A/RES/76/12 }
 */
export function sameDay<C, R>(claims: readonly C[], dateOf: (c: C) => string, onDay: (c: C, window: { from: string; to: string }) => R | null): Map<C, R> {
  if (claims.length < 2) return new Map();
  const days = [...new Set(claims.map(dateOf))];
  const now = Math.max(...days.map((d) => claims.filter((c) => dateOf(c) === d).length));
  let best: { day: string; moves: Map<C, R>; count: number } | null = null;
  for (const day of days) {
    const moves = new Map<C, R>();
    let count = 0;
    for (const c of claims) {
      if (dateOf(c) === day) {
        count++;
        continue;
      }
      const r = onDay(c, { from: shift(day, -3), to: shift(day, 3) });
      if (r === null) continue;
      moves.set(c, r);
      count++;
    }
    if (count >= 2 && count > now && (!best || count > best.count)) best = { day, moves, count };
  }
  return best?.moves ?? new Map();
}
