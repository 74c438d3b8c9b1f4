import { extname, resolve } from 'node:path';
import { TABLES, type TableName } from '../../export/tables.js';
import { type ExportFormat, FORMATS, writeExport } from '../../export/writeExport.js';
import { UsageError } from '../../errors.js';
import { exportData } from '../../views/export.js';
import type { Context } from '../context.js';
import { bodyOf } from '../flags.js';
import { n } from '../output.js';

export interface ExportFlags {
  body?: string;
  format?: string;
  table?: string;
  json?: boolean;
}

function oneOf<T extends string>(value: string | undefined, list: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if ((list as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag}: expected one of ${list.join(', ')}, found "${value}"`);
}

/** The format a file name asks for (`votes.parquet`), where --format is not given. */
function formatOfName(out: string): ExportFormat {
  const ext = extname(out).slice(1).toLowerCase();
  return (FORMATS as readonly string[]).includes(ext) ? (ext as ExportFormat) : 'parquet';
}

/**
 * `straddle export [--body ga|sc] [--format parquet|csv|jsonl] [--table votes|...] OUT`:
 * a tidy table of the store for R, pandas and DuckDB, with its provenance and
 * citation inside (Parquet) and beside it (OUT.meta.json).
 */
export async function exportCommand(ctx: Context, out: string, flags: ExportFlags, version: string): Promise<void> {
  const table = oneOf<TableName>(flags.table, TABLES, '--table', 'votes');
  const format = oneOf<ExportFormat>(flags.format, FORMATS, '--format', formatOfName(out));
  const started = performance.now();
  const { table: t, meta } = exportData(ctx, table, bodyOf(flags.body), `straddle ${version}`);
  const path = resolve(out);
  const files = await writeExport(t, meta, path, format);
  const seconds = (performance.now() - started) / 1000;
  if (flags.json) {
    ctx.io.out(`${JSON.stringify({ table, format, rows: t.rows, files, seconds: Math.round(seconds * 100) / 100, datasets: meta.datasets }, null, 2)}\n`);
    return;
  }
  ctx.io.out(
    `${files[0]}: ${n(t.rows)} rows of ${table} as ${format} in ${seconds.toFixed(1)} s ` +
      `(datasets ${meta.datasets.map((d) => `${d.body}:${d.version}`).join(', ') || 'none'}; citation and columns in ${files[1]})\n`,
  );
}
