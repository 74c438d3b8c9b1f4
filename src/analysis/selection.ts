import { UsageError } from '../errors.js';
import type { VoteMatrix } from '../matrix/voteMatrix.js';
import { symbolKey } from '../sources/symbols.js';
import { type RowSet, rowIndices, rowsWhere } from './rowSet.js';
import type { Threads } from './threads.js';

/** Which resolutions a question is about. Every given filter applies. */
export interface Selection {
  /** Calendar years, inclusive. */
  from?: number;
  to?: number;
  /** Dates (YYYY-MM-DD), inclusive. */
  dateFrom?: string;
  dateTo?: string;
  /** GA session: `77`, `ES-11`, `S-28`. */
  session?: string;
  /** Words that must all appear in the title or subjects (case-insensitive). */
  topic?: string;
  /** Thread index (see {@link Threads}). */
  thread?: number;
  /** Resolution symbols, as typed by users. */
  symbols?: string[];
}

/**
 * The rows of a matrix that a selection keeps.
 *
 * @example select(m, { from: 2022, to: 2023, topic: 'Ukraine' })
 */
export function select(m: VoteMatrix, sel: Selection, threads?: Threads): RowSet {
  if (sel.from !== undefined && sel.to !== undefined && sel.from > sel.to) {
    throw new UsageError(`the period starts (${sel.from}) after it ends (${sel.to})`);
  }
  const words = sel.topic?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
  const keys = sel.symbols ? new Set(sel.symbols.map(symbolKey)) : undefined;
  if (sel.thread !== undefined && !threads) throw new Error('select: a thread needs the threads of the matrix');
  return rowsWhere(m, (r, i) => {
    if (sel.from !== undefined && r.year < sel.from) return false;
    if (sel.to !== undefined && r.year > sel.to) return false;
    if (sel.dateFrom !== undefined && r.date < sel.dateFrom) return false;
    if (sel.dateTo !== undefined && r.date > sel.dateTo) return false;
    if (sel.session !== undefined && r.session !== sel.session) return false;
    if (sel.thread !== undefined && threads?.threadOf[i] !== sel.thread) return false;
    if (keys && !keys.has(symbolKey(r.symbol))) return false;
    if (words.length > 0) {
      const text = `${r.title} ${r.subjects} ${r.agenda}`.toLowerCase();
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}

export type PeriodKind = 'year' | 'session' | 'all';

/** A labelled part of a selection. */
export interface Period {
  period: string;
  rows: RowSet;
}

/**
 * Splits selected rows into periods: calendar years, sessions (in the order
 * they first occur), or one period for all.
 */
export function periods(m: VoteMatrix, rows: RowSet, by: PeriodKind): Period[] {
  if (by === 'all') {
    const idx = rowIndices(rows);
    if (idx.length === 0) return [];
    const first = m.resolutions[idx[0] as number]!.year;
    const last = m.resolutions[idx[idx.length - 1] as number]!.year;
    return [{ period: first === last ? String(first) : `${first}-${last}`, rows }];
  }
  const label = (i: number) => {
    const r = m.resolutions[i]!;
    return by === 'year' ? String(r.year) : (r.session ?? String(r.year));
  };
  const order: string[] = [];
  const groups = new Map<string, Set<number>>();
  for (const i of rowIndices(rows)) {
    const k = label(i);
    if (!groups.has(k)) {
      groups.set(k, new Set());
      order.push(k);
    }
    groups.get(k)?.add(i);
  }
  return order.map((k) => {
    const set = groups.get(k) as Set<number>;
    return { period: k, rows: rowsWhere(m, (_, i) => set.has(i)) };
  });
}

/** One row set per calendar year, oldest first. */
export function yearRows(m: VoteMatrix): Map<number, RowSet> {
  const years = [...new Set(m.resolutions.map((r) => r.year))];
  return new Map(years.map((y) => [y, rowsWhere(m, (r) => r.year === y)]));
}
