import { METRICS, type Metric, type Weighting } from '../analysis/measures.js';
import type { PeriodKind, Selection } from '../analysis/selection.js';
import type { Workspace } from '../analysis/workspace.js';
import { UsageError } from '../errors.js';
import { findCountries } from '../store/lookup.js';
import { BODIES, type Body } from '../vote.js';
import { type SelectionQuery, selectionFor } from '../views/selectionQuery.js';
import type { Session } from '../views/session.js';

/** Reads `--body ga|sc`. */
export function bodyOf(flag: string | undefined): Body | undefined {
  if (flag === undefined) return undefined;
  if ((BODIES as readonly string[]).includes(flag)) return flag as Body;
  throw new UsageError(`--body: expected ga or sc, found "${flag}"`);
}

/** Reads a year flag such as `--from 2019`. */
export function yearOf(flag: string | undefined, name: string): number | undefined {
  if (flag === undefined) return undefined;
  if (!/^\d{4}$/.test(flag)) throw new UsageError(`--${name}: expected a year such as 2023, found "${flag}"`);
  return Number(flag);
}

export function metricOf(flag: string | undefined, fallback: Metric = 'coincidence'): Metric {
  if (flag === undefined) return fallback;
  if ((METRICS as readonly string[]).includes(flag)) return flag as Metric;
  throw new UsageError(`--metric: expected one of ${METRICS.join(', ')}, found "${flag}"`);
}

export function weightingOf(flag: string | undefined): Weighting {
  if (flag === undefined || flag === 'linear' || flag === 'quadratic') return (flag ?? 'linear') as Weighting;
  throw new UsageError(`--weights: expected linear or quadratic, found "${flag}"`);
}

export function periodOf(flag: string | undefined): PeriodKind {
  if (flag === undefined || flag === 'year' || flag === 'session' || flag === 'all') return (flag ?? 'year') as PeriodKind;
  throw new UsageError(`--by: expected year, session or all, found "${flag}"`);
}

export function positiveInt(flag: string | undefined, name: string, fallback: number): number {
  if (flag === undefined) return fallback;
  if (!/^[1-9]\d*$/.test(flag)) throw new UsageError(`--${name}: expected a positive whole number, found "${flag}"`);
  return Number(flag);
}

/** Country codes from a comma-separated list of codes or names (`USA,China,RUS`). */
export function countriesOf(ctx: Session, list: string): string[] {
  return findCountries(ctx.db(), ctx.registry(), list);
}

/** The flags every analysis command shares for choosing resolutions. */
export interface SelectionFlags {
  body?: string;
  year?: string;
  from?: string;
  to?: string;
  session?: string;
  topic?: string;
  thread?: string;
  dateFrom?: string;
  dateTo?: string;
  symbols?: string;
  /** Add the Council's drafts not adopted (with --body sc). */
  withDrafts?: boolean;
}

const FLAG_NAMES: Record<keyof SelectionQuery, string> = {
  year: '--year', from: '--from', to: '--to', session: '--session', topic: '--topic', thread: '--thread',
  dateFrom: '--date-from', dateTo: '--date-to', symbols: '--symbols',
};

/** A selection from the flags; `--year` stands for `--from Y --to Y`. */
export function selectionOf(ctx: Session, ws: Workspace, f: SelectionFlags): Selection {
  const q: SelectionQuery = {};
  const year = yearOf(f.year, 'year');
  const from = yearOf(f.from, 'from');
  const to = yearOf(f.to, 'to');
  if (year !== undefined) q.year = year;
  if (from !== undefined) q.from = from;
  if (to !== undefined) q.to = to;
  if (f.session !== undefined) q.session = f.session;
  if (f.topic !== undefined) q.topic = f.topic;
  if (f.thread !== undefined) q.thread = f.thread;
  if (f.dateFrom !== undefined) q.dateFrom = f.dateFrom;
  if (f.dateTo !== undefined) q.dateTo = f.dateTo;
  if (f.symbols !== undefined) q.symbols = f.symbols.split(',');
  return selectionFor(ctx, ws, q, (p) => FLAG_NAMES[p]);
}
