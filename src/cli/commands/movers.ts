import { UsageError } from '../../errors.js';
import { moversView } from '../../views/alignment.js';
import type { Context } from '../context.js';
import { countriesOf, metricOf, positiveInt, yearOf } from '../flags.js';
import { type FormatFlags, formatOf, pct, writeCsv, writeJson, writeTable } from '../output.js';

export interface MoversFlags extends FormatFlags {
  year?: string;
  with?: string;
  metric?: string;
  limit?: string;
}

/** `straddle movers --year YYYY [--with USA]`: the biggest changes in agreement against the year before. */
export async function moversCommand(ctx: Context, flags: MoversFlags): Promise<void> {
  const format = formatOf(flags, true);
  const year = yearOf(flags.year, 'year');
  if (year === undefined) throw new UsageError('--year is required');
  const [anchor] = countriesOf(ctx, flags.with ?? 'USA');
  const list = moversView(ctx.workspace('ga'), ctx.registry(), anchor as string, year, metricOf(flags.metric)).slice(
    0,
    positiveInt(flags.limit, 'limit', 20),
  );
  if (format === 'json') return writeJson(ctx.io, list);
  const head = ['code', 'name', String(year - 1), String(year), 'change', 'n'];
  const rows = list.map((m) => [m.code, m.name, m.previous, m.value, m.change, m.n]);
  if (format === 'csv') return writeCsv(ctx.io, head, rows);
  writeTable(ctx.io, head, list.map((m) => [m.code, m.name, pct(m.previous), pct(m.value), `${m.change > 0 ? '+' : ''}${(100 * m.change).toFixed(1)}`, m.n]));
}
