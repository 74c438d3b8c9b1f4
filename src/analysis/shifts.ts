import type { VoteMatrix } from '../matrix/voteMatrix.js';
import { NOT_MEMBER, voteAt } from '../matrix/voteMatrix.js';
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
}

export interface ShiftOptions {
  /** Only votes in or after this year. */
  since?: number;
  /** Also list votes that did not change. */
  all?: boolean;
  /** At most this many, the newest (a profile's list); objects are made for these only. */
  limit?: number;
}

/**
 * Where entity column `c` changed its vote against the previous resolution
 * of the same thread, and, in emergency special sessions, against the
 * previous resolution of that session; newest first.
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
  for (let i = 0; i < m.resolutions.length; i++) {
    if (m.cells[i * width + c] === NOT_MEMBER) continue;
    const t = threads.threadOf[i] as number;
    const prevThread = lastInThread[t] as number;
    if (prevThread >= 0) keep(i, prevThread, 'thread');
    const session = m.resolutions[i]!.session;
    if (session?.startsWith('ES-')) {
      const prevSession = lastInSession.get(session);
      if (prevSession !== undefined && prevSession !== prevThread) keep(i, prevSession, 'session');
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
    out.push({ symbol: r.symbol, date: r.date, vote, previous: { symbol: p.symbol, date: p.date, vote: before }, basis, changed: vote !== before });
  }
  return out;
}
