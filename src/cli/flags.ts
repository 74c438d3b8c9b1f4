import { METRICS, type Metric, type Weighting } from '../analysis/measures.js';
import type { PeriodKind, Selection } from '../analysis/selection.js';
import type { Workspace } from '../analysis/workspace.js';
import { UsageError } from '../errors.js';
import { parseDate } from '../sources/fields.js';
import { findCountries, findResolution } from '../store/lookup.js';
import { BODIES, type Body } from '../vote.js';
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
}

function dateOf(flag: string | undefined, name: string): string | undefined {
  if (flag === undefined) return undefined;
  const d = parseDate(flag);
  if (d === undefined) throw new UsageError(`--${name}: expected a date as YYYY-MM-DD, found "${flag}"`);
  return d;
}

/** A selection from the flags; `--year` stands for `--from Y --to Y`. */
export function selectionOf(ctx: Session, ws: Workspace, f: SelectionFlags): Selection {
  const year = yearOf(f.year, 'year');
  if (year !== undefined && (f.from !== undefined || f.to !== undefined)) {
    throw new UsageError('give --year, or --from and --to, not both');
  }
  const sel: Selection = {};
  const from = year ?? yearOf(f.from, 'from');
  const to = year ?? yearOf(f.to, 'to');
  if (from !== undefined) sel.from = from;
  if (to !== undefined) sel.to = to;
  if (f.session !== undefined) sel.session = f.session.toUpperCase();
  if (f.topic !== undefined) sel.topic = f.topic;
  const dateFrom = dateOf(f.dateFrom, 'date-from');
  const dateTo = dateOf(f.dateTo, 'date-to');
  if (dateFrom !== undefined) sel.dateFrom = dateFrom;
  if (dateTo !== undefined) sel.dateTo = dateTo;
  if (f.symbols !== undefined) sel.symbols = f.symbols.split(',').map((x) => findResolution(ctx.db(), x, ws.matrix.body).symbol);
  if (f.thread !== undefined) {
    const row = findResolution(ctx.db(), f.thread, ws.matrix.body);
    const r = ws.matrix.resolutions.findIndex((x) => x.id === row.id);
    sel.thread = ws.threads().threadOf[r] as number;
  }
  return sel;
}
