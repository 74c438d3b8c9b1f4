import type { VoteMatrix } from '../matrix/voteMatrix.js';
import { voteAt } from '../matrix/voteMatrix.js';
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
}

/**
 * Where entity column `c` changed its vote against the previous resolution
 * of the same thread, and, in emergency special sessions, against the
 * previous resolution of that session; newest first.
 *
 * @example shifts(m, threads, pak)[0] // → { symbol: 'A/RES/ES-11/6', vote: 'A', previous: { symbol: 'A/RES/ES-11/5', ... } }
 */
export function shifts(m: VoteMatrix, threads: Threads, c: number, options: ShiftOptions = {}): Shift[] {
  const out: Shift[] = [];
  const lastInSession = new Map<string, number>();
  const lastInThread = new Map<number, number>();
  m.resolutions.forEach((r, i) => {
    const vote = voteAt(m, i, c);
    if (vote === null) return;
    const compare = (prev: number | undefined, basis: Shift['basis']) => {
      if (prev === undefined) return;
      const p = m.resolutions[prev]!;
      const before = voteAt(m, prev, c) as Vote;
      const changed = before !== vote;
      if ((changed || options.all) && (options.since === undefined || r.year >= options.since)) {
        out.push({ symbol: r.symbol, date: r.date, vote, previous: { symbol: p.symbol, date: p.date, vote: before }, basis, changed });
      }
    };
    const t = threads.threadOf[i] as number;
    const prevThread = lastInThread.get(t);
    compare(prevThread, 'thread');
    if (r.session?.startsWith('ES-')) {
      const prevSession = lastInSession.get(r.session);
      if (prevSession !== prevThread) compare(prevSession, 'session');
      lastInSession.set(r.session, i);
    }
    lastInThread.set(t, i);
  });
  return out.reverse();
}
