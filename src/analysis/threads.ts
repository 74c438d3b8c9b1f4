import type { VoteMatrix } from '../matrix/voteMatrix.js';

/**
 * Recurring resolutions grouped into threads: the same text coming back
 * session after session under the same title (e.g. "Situation of human
 * rights in the temporarily occupied Autonomous Republic of Crimea and the
 * city of Sevastopol, Ukraine"). Emergency special session resolutions also
 * form a thread per session, for shifts within a session.
 */
export interface Threads {
  /** Thread index of each row. */
  threadOf: Int32Array;
  /** Rows of each thread, oldest first. */
  rows: number[][];
  /** The normalised title each thread is keyed by. */
  keys: string[];
}

/**
 * The title a thread is known by: the UN Digital Library's suffix
 * (" : resolution / adopted by the General Assembly"), a scrape's "[...]"
 * truncation mark, punctuation and case removed.
 *
 * @example threadKey('Promotion of peace : resolution / adopted by the General Assembly') // → 'promotion of peace'
 */
export function threadKey(title: string): string {
  const bare = title.replace(/\s*:\s*(draft )?resolution\s*\/.*$/i, '').replace(/\[\.\.\.\]\s*$/, '');
  // Accents go ("Côte" → "cote"); most titles are plain ASCII and skip the Unicode pass (a third of the text index's build).
  return (/[^\x00-\x7f]/.test(bare) ? bare.normalize('NFKD').replace(/\p{M}/gu, '') : bare)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Groups a matrix's rows into threads by their title key. */
export function buildThreads(m: VoteMatrix): Threads {
  const index = new Map<string, number>();
  const rows: number[][] = [];
  const keys: string[] = [];
  const threadOf = new Int32Array(m.resolutions.length);
  m.resolutions.forEach((r, i) => {
    const key = threadKey(r.title);
    let t = index.get(key);
    if (t === undefined) {
      t = rows.length;
      index.set(key, t);
      rows.push([]);
      keys.push(key);
    }
    rows[t]!.push(i);
    threadOf[i] = t;
  });
  return { threadOf, rows, keys };
}
