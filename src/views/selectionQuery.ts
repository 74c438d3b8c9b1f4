import type { Selection } from '../analysis/selection.js';
import type { Workspace } from '../analysis/workspace.js';
import { UsageError } from '../errors.js';
import { parseDate } from '../sources/fields.js';
import { findResolution } from '../store/lookup.js';
import type { Session } from './session.js';

/**
 * Which resolutions a question is about, as a user states it: resolutions by
 * any spelling of their symbols, a thread by one of its resolutions. The CLI
 * reads it from its flags, the library takes it as options.
 */
export interface SelectionQuery {
  /** One calendar year: `from` and `to` at once (give one or the other). */
  year?: number;
  from?: number;
  to?: number;
  /** GA session: `77`, `ES-11`, `S-28` (any case). */
  session?: string;
  /** Words that must all appear in the title, subjects or agenda. */
  topic?: string;
  /** A resolution whose thread (its recurring series) is meant, e.g. `A/RES/77/247`. */
  thread?: string;
  /** Dates as YYYY-MM-DD, inclusive. */
  dateFrom?: string;
  dateTo?: string;
  /** Resolutions by symbol, any spelling (`ES-11/6`, `A/RES/ES-11/6`). */
  symbols?: string[];
}

function dateOf(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const d = parseDate(value);
  if (d === undefined) throw new UsageError(`${name}: expected a date as YYYY-MM-DD, found "${value}"`);
  return d;
}

/**
 * The selection a query means, with its symbols found in the store.
 * `names` says how to name a parameter in errors (`--date-from` in the CLI).
 *
 * @example selectionFor(session, ws, { year: 2023, topic: 'Ukraine' }) // → { from: 2023, to: 2023, topic: 'Ukraine' }
 */
export function selectionFor(
  session: Pick<Session, 'db'>,
  ws: Workspace,
  q: SelectionQuery,
  names: (param: keyof SelectionQuery) => string = (p) => p,
): Selection {
  if (q.year !== undefined && (q.from !== undefined || q.to !== undefined)) {
    throw new UsageError(`give ${names('year')}, or ${names('from')} and ${names('to')}, not both`);
  }
  const sel: Selection = {};
  const from = q.year ?? q.from;
  const to = q.year ?? q.to;
  if (from !== undefined) sel.from = from;
  if (to !== undefined) sel.to = to;
  if (q.session !== undefined) sel.session = q.session.toUpperCase();
  if (q.topic !== undefined) sel.topic = q.topic;
  const dateFrom = dateOf(q.dateFrom, names('dateFrom'));
  const dateTo = dateOf(q.dateTo, names('dateTo'));
  if (dateFrom !== undefined) sel.dateFrom = dateFrom;
  if (dateTo !== undefined) sel.dateTo = dateTo;
  if (q.symbols !== undefined) sel.symbols = q.symbols.map((x) => findResolution(session.db(), x, ws.matrix.body).symbol);
  if (q.thread !== undefined) {
    const row = findResolution(session.db(), q.thread, ws.matrix.body);
    const r = ws.matrix.resolutions.findIndex((x) => x.id === row.id);
    sel.thread = ws.threads().threadOf[r] as number;
  }
  return sel;
}
