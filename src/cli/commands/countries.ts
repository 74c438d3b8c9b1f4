import { countriesView } from '../../views/countries.js';
import type { Context } from '../context.js';
import { type FormatFlags, formatOf, writeCsv, writeJson, writeTable } from '../output.js';

/** `straddle countries`: every state in the record, with codes and recorded spans. */
export async function countriesCommand(ctx: Context, flags: FormatFlags): Promise<void> {
  const format = formatOf(flags, true);
  const list = countriesView(ctx.db(), ctx.registry());
  if (format === 'json') return writeJson(ctx.io, list);
  const head = ['code', 'name', 'iso2', 'numeric', 'cow', 'ga_first', 'ga_last', 'sc_first', 'sc_last'];
  const rows = list.map((c) => [
    c.code, c.shortName, c.iso2, c.isoNumeric, c.cow, c.ga?.first ?? null, c.ga?.last ?? null, c.sc?.first ?? null, c.sc?.last ?? null,
  ]);
  if (format === 'csv') return writeCsv(ctx.io, head, rows);
  writeTable(ctx.io, head, rows);
}
