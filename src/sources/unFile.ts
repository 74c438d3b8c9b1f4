import { basename } from 'node:path';
import { DataError } from '../errors.js';
import type { Body } from '../vote.js';
import { streamCsv } from './csvStream.js';
import { type Layout, matchLayout } from './layouts.js';
import type { NameSpan, ParsedFile, ReadAnomalies, VotingRecord } from './record.js';
import { RecordBuilder, recordApart } from './recordBuilder.js';

export interface ReadOptions {
  /** The body the caller expects; detected from the header when absent. */
  body?: Body;
  /** How to name the file in messages (default: its base name). */
  label?: string;
}

/** What a pass over a UN bulk file saw, besides its records. */
export interface FilePass {
  body: Body;
  file: string;
  sha256: string;
  bytes: number;
  rows: number;
  names: NameSpan[];
  anomalies: ReadAnomalies;
}

export interface StreamOptions extends ReadOptions {
  /** Called once the header has told the body, before the first record. */
  onStart?: (body: Body) => void;
  /** Each record, once its rows end: the file is never held whole. */
  onRecord: (record: VotingRecord) => void;
}

/**
 * Reads a UN Digital Library bulk voting file (GA record 4060887 or SC
 * record 4055387), `.csv` or `.csv.gz`, record by record. Every row is
 * kept: no row is dropped for an empty field (the `draft` column, for one,
 * is empty in about half of the GA file). A row that cannot be read stops
 * the read with a {@link DataError} naming the file, line and column.
 *
 * @example
 *   await streamUnFile('2026_02_06_ga_voting.csv', { onRecord: (r) => console.log(r.symbol) });
 */
export async function streamUnFile(path: string, options: StreamOptions): Promise<FilePass> {
  const label = options.label ?? basename(path);
  let builder: RecordBuilder | undefined;
  let layout: Layout | undefined;
  let records = 0;
  const pass = await streamCsv(path, label, (row) => {
    if (!builder) {
      const header = Array.from({ length: row.length }, (_, i) => row.text(i));
      const m = matchLayout(header, label, options.body);
      layout = m.layout;
      options.onStart?.(m.layout.body);
      builder = new RecordBuilder(m.layout, m.columns, label, ({ raw: _raw, id: _id, lines: _lines, ...record }) => {
        records++;
        options.onRecord(record);
      });
      return;
    }
    builder.row(row);
  });
  if (!builder || !layout) throw new DataError(`${label}: the file is empty (expected a header line and votes)`);
  const built = builder.end();
  if (records === 0) throw new DataError(`${label}: the file has a header but no votes`);
  built.anomalies.blankLines = pass.blankLines;
  return { body: layout.body, file: label, sha256: pass.sha256, bytes: pass.bytes, rows: pass.rows, names: built.names, anomalies: built.anomalies };
}

/**
 * Reads a UN bulk file into memory whole ({@link streamUnFile}, collected).
 *
 * @example
 *   const parsed = await readUnFile('2026_02_06_ga_voting.csv');
 *   parsed.records.length // → 5,7xx
 */
export async function readUnFile(path: string, options: ReadOptions = {}): Promise<ParsedFile> {
  const label = options.label ?? basename(path);
  const records: VotingRecord[] = [];
  const ids = new Set<string>();
  const pass = await streamUnFile(path, {
    ...options,
    label,
    onRecord(record) {
      if (ids.has(record.undlId)) throw recordApart(label, record, record.line);
      ids.add(record.undlId);
      records.push(record);
    },
  });
  return { ...pass, records };
}
