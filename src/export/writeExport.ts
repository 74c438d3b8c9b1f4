import { closeSync, openSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { csvRows } from '../csvText.js';
import { UsageError } from '../errors.js';
import { writeParquet } from './parquet.js';
import { type ExportMeta, type Grid, type Table, gridRows } from './table.js';

export const FORMATS = ['parquet', 'csv', 'jsonl'] as const;
export type ExportFormat = (typeof FORMATS)[number];

const ROWS_PER_WRITE = 20_000;

/** The output rows of a table or a grid, in order. */
function* rowsOf(t: Table | Grid): Generator<unknown[]> {
  if ('parts' in t) yield* gridRows(t);
  else for (let r = 0; r < t.rows; r++) yield t.columns.map((c) => c.values[r]);
}

function writeText(t: Table | Grid, path: string, format: 'csv' | 'jsonl'): void {
  const fd = openSync(path, 'w');
  try {
    const names = t.columns.map((c) => c.name);
    if (format === 'csv') writeSync(fd, csvRows([names]));
    let batch: unknown[][] = [];
    const flush = () => {
      if (batch.length === 0) return;
      const text =
        format === 'csv'
          ? csvRows(batch)
          : `${batch.map((row) => JSON.stringify(Object.fromEntries(names.map((n, i) => [n, row[i]])))).join('\n')}\n`;
      writeSync(fd, text);
      batch = [];
    };
    for (const row of rowsOf(t)) {
      batch.push(row);
      if (batch.length === ROWS_PER_WRITE) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a table to `path` in a format, and its provenance, citation and
 * data dictionary beside it as `path.meta.json` (Parquet also carries them
 * inside). All or nothing: both are written under temporary names and
 * renamed into place only once complete, so a failed export leaves an
 * earlier file as it was.
 *
 * @example await writeExport(table, meta, 'votes.parquet', 'parquet') // → ['votes.parquet', 'votes.parquet.meta.json']
 */
export async function writeExport(t: Table | Grid, meta: ExportMeta, path: string, format: ExportFormat): Promise<string[]> {
  const dir = dirname(path);
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`OUT ${path}: the folder ${dir} does not exist`);
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`OUT ${path}: is a folder; give a file name such as ${join(path, `${meta.table}.${format}`)}`);
  const temp = join(dir, `.${basename(path)}.${process.pid}.partial`);
  const sidecar = `${path}.meta.json`;
  const tempSidecar = `${temp}.meta.json`;
  try {
    if (format === 'parquet') await writeParquet(t, meta, temp);
    else writeText(t, temp, format);
    writeFileSync(tempSidecar, `${JSON.stringify(meta, null, 2)}\n`);
    renameSync(temp, path);
    renameSync(tempSidecar, sidecar);
  } catch (e) {
    rmSync(temp, { force: true });
    rmSync(tempSidecar, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EROFS' || code === 'ENOSPC') throw new UsageError(`OUT ${path}: cannot write it (${code})`);
    throw e;
  }
  return [path, sidecar];
}
