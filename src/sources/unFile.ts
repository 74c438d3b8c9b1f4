import { basename } from 'node:path';
import { DataError } from '../errors.js';
import type { Body } from '../vote.js';
import { streamCsv } from './csvStream.js';
import { type Layout, matchLayout } from './layouts.js';
import type { ParsedFile } from './record.js';
import { type Built, RecordBuilder } from './recordBuilder.js';

export interface ReadOptions {
  /** The body the caller expects; detected from the header when absent. */
  body?: Body;
  /** How to name the file in messages (default: its base name). */
  label?: string;
}

/**
 * Reads a UN Digital Library bulk voting file (GA record 4060887 or SC
 * record 4055387), `.csv` or `.csv.gz`, into voting records. Every row is
 * kept: no row is dropped for an empty field (the `draft` column, for one,
 * is empty in about half of the GA file). A row that cannot be read stops
 * the read with a {@link DataError} naming the file, line and column.
 *
 * @example
 *   const parsed = await readUnFile('2026_02_06_ga_voting.csv');
 *   parsed.records.length // → 5,7xx
 */
export async function readUnFile(path: string, options: ReadOptions = {}): Promise<ParsedFile> {
  const label = options.label ?? basename(path);
  const { built, layout, sha256, bytes, rows } = await readRecords(path, label, options.body);
  if (built.records.length === 0) throw new DataError(`${label}: the file has a header but no votes`);
  return {
    body: layout.body,
    file: label,
    sha256,
    bytes,
    rows,
    records: built.records.map(({ raw: _raw, id: _id, lines: _lines, ...record }) => record),
    names: built.names,
    anomalies: built.anomalies,
  };
}

interface ReadResult {
  built: Built;
  layout: Layout;
  sha256: string;
  bytes: number;
  rows: number;
}

async function readRecords(path: string, label: string, body: Body | undefined): Promise<ReadResult> {
  let builder: RecordBuilder | undefined;
  let layout: Layout | undefined;
  const pass = await streamCsv(path, label, (row) => {
    if (!builder) {
      const header = Array.from({ length: row.length }, (_, i) => row.text(i));
      const m = matchLayout(header, label, body);
      layout = m.layout;
      builder = new RecordBuilder(m.layout, m.columns, label);
      return;
    }
    builder.row(row);
  });
  if (!builder || !layout) throw new DataError(`${label}: the file is empty (expected a header line and votes)`);
  const built = builder.built();
  built.anomalies.blankLines = pass.blankLines;
  return { built, layout, sha256: pass.sha256, bytes: pass.bytes, rows: pass.rows };
}
