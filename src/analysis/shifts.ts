import type { VoteMatrix } from '../matrix/voteMatrix.js';
import { CELL, NOT_MEMBER, voteAt } from '../matrix/voteMatrix.js';
import type { Vote } from '../vote.js';
import type { Threads } from './threads.js';

/** A vote compared with the entity's vote on an earlier resolution of the same kind. */
export interface Shift {
  symbol: string;
  date: string;
  vote: Vote;
  previous: { symbol: string; date: string; vote: Vote };
  /** `thread`: the previous resolution of the same recurring text; `session`: of the same emergency special session. */
  basis: 'thread' | 'session';
  changed: boolean;
  /** Years between the two votes (one decimal): an old "previous" vote says less. */
  yearsApart: number;
}

export interface ShiftOptions {
  /** Only votes in or after this year. */
  since?: number;
  /** Also list votes that did not change. */
  all?: boolean;
  /** At most this many, the newest (a profile's list); objects are made for these only. */
  limit?: number;
  /** How far back a previous vote may be, in years (default 10): past that, a thread starts again. */
  maxYears?: number;
}

/** The default reach of `maxYears`: a decade, two and a half terms of most governments. */
export const SHIFT_MAX_YEARS = 10;
const YEAR_MS = 365.25 * 86_400_000;

/**
 * Where entity column `c` changed its vote against the previous resolution
 * of the same thread, and, in emergency special sessions, against the
 * previous resolution of that session; newest first. Only recorded votes
 * count (yes, no, abstain): not voting (X) is no position, so it is neither
 * a shift nor the vote a later one is compared with; and a previous vote
 * more than `maxYears` before is too old to compare with.
 *
 * @example shifts(m, threads, pak)[0] // → { symbol: 'A/RES/ES-11/6', vote: 'A', previous: { symbol: 'A/RES/ES-11/5', ... } }
 */
export function shifts(m: VoteMatrix, threads: Threads, c: number, options: ShiftOptions = {}): Shift[] {
  // Found as row pairs first, oldest first; objects are made for the ones returned only.
  const found: [row: number, prev: number, basis: Shift['basis']][] = [];
  const lastInSession = new Map<string, number>();
  const lastInThread = new Int32Array(threads.threadOf.length).fill(-1);
  const width = m.codes.length;
  const keep = (i: number, prev: number, basis: Shift['basis']) => {
    const changed = m.cells[prev * width + c] !== m.cells[i * width + c];
    if ((changed || options.all) && (options.since === undefined || m.resolutions[i]!.year >= options.since)) found.push([i, prev, basis]);
  };
  const reach = (options.maxYears ?? SHIFT_MAX_YEARS) * YEAR_MS;
  const time = (i: number) => Date.parse(m.resolutions[i]!.date);
  const recent = (i: number, prev: number) => prev >= 0 && time(i) - time(prev) <= reach;
  for (let i = 0; i < m.resolutions.length; i++) {
    const cell = m.cells[i * width + c];
    if (cell === NOT_MEMBER || cell === CELL.X) continue;
    const t = threads.threadOf[i] as number;
    const prevThread = lastInThread[t] as number;
    if (recent(i, prevThread)) keep(i, prevThread, 'thread');
    const session = m.resolutions[i]!.session;
    if (session?.startsWith('ES-')) {
      const prevSession = lastInSession.get(session);
      if (prevSession !== undefined && prevSession !== prevThread && recent(i, prevSession)) keep(i, prevSession, 'session');
      lastInSession.set(session, i);
    }
    lastInThread[t] = i;
  }
  const out: Shift[] = [];
  for (let k = found.length - 1; k >= 0 && out.length < (options.limit ?? Infinity); k--) {
    const [i, prev, basis] = found[k]!;
    const r = m.resolutions[i]!;
    const p = m.resolutions[prev]!;
    const vote = voteAt(m, i, c) as Vote;
    const before = voteAt(m, prev, c) as Vote;
    const yearsApart = Math.round((Date.parse(r.date) - Date.parse(p.date)) / YEAR_MS * 10) / 10;
    out.push({ symbol: r.symbol, date: r.date, vote, previous: { symbol: p.symbol, date: p.date, vote: before }, basis, changed: vote !== before, yearsApart });
  }
  return out;
}
