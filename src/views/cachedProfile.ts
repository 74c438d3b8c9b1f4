import type { Metric } from '../analysis/measures.js';
import { profileView } from './alignment.js';
import type { Snapshot } from './liveSession.js';

/** The anchors a profile compares with unless asked otherwise: the three great powers. */
export const DEFAULT_ANCHORS = ['USA', 'CHN', 'RUS'] as const;

interface ProfileJson {
  /** `{"code":…,"anchors":[…]` up to the years, without a closing brace. */
  head: string;
  years: number[];
  /** Each year's JSON, as `years` orders them. */
  yearJson: string[];
  /** `,"shifts":…}`: what follows the years. */
  tail: string;
}

/**
 * A GA profile's JSON for a window of years, computed and serialised once per
 * snapshot, in parts (the years one by one), so an answer for any window is
 * a slice and a join. A profile takes about 3 ms to compute (two thirds of it
 * the shifts) and serialising its 37 KB was the next cost; a new import brings
 * a new snapshot, so a kept one is never stale.
 *
 * @example JSON.parse(profileJson(snapshot, 'PAK', ['USA'], 'coincidence', 2020, 2025)).years.length // → 6
 */
export function profileJson(s: Snapshot, code: string, anchors: readonly string[], metric: Metric, from?: number, to?: number): string {
  // A span asked for shapes every part (allies, shifts): made and kept per span.
  if (from !== undefined || to !== undefined) {
    return s.memo(`profileSpan|${code}|${anchors.join(',')}|${metric}|${from}|${to}`, () => ({
      json: JSON.stringify(profileView(s.workspace('ga'), s.registry(), code, [...anchors], metric, { ...(from !== undefined && { from }), ...(to !== undefined && { to }) })),
    })).json;
  }
  const parts = s.memo(`profileJson|${code}|${anchors.join(',')}|${metric}`, (): ProfileJson => {
    const { years, code: c, metric: m, anchors: a, ...after } = profileView(s.workspace('ga'), s.registry(), code, [...anchors], metric);
    return {
      head: JSON.stringify({ code: c, metric: m, anchors: a }).slice(0, -1),
      years: years.map((y) => y.year),
      yearJson: years.map((y) => JSON.stringify(y)),
      tail: `,${JSON.stringify(after).slice(1)}`,
    };
  });
  const picked: string[] = [];
  parts.years.forEach((y, i) => {
    if ((from === undefined || y >= from) && (to === undefined || y <= to)) picked.push(parts.yearJson[i] as string);
  });
  return `${parts.head},"years":[${picked.join(',')}]${parts.tail}`;
}

/**
 * Makes every member's default profile ahead of the first request, a few at
 * a time between turns of the event loop, so the server keeps answering from
 * the snapshot it has while it warms the next one.
 */
export async function warmProfiles(s: Snapshot): Promise<void> {
  let codes: string[];
  try {
    codes = s.workspace('ga').matrix.codes;
  } catch {
    return; // no GA dataset: nothing to warm
  }
  for (let i = 0; i < codes.length; i++) {
    profileJson(s, codes[i] as string, DEFAULT_ANCHORS, 'coincidence');
    if (i % 8 === 7) await new Promise((r) => setImmediate(r));
  }
}
