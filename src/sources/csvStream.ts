import Papa from 'papaparse';
import { DataError } from '../errors.js';
import { RowCursor, type RowHandler } from './rowCursor.js';
import { openText } from './textSource.js';

export type { RowHandler } from './rowCursor.js';

/** What a full pass over a file saw, besides its rows. */
export interface CsvPass {
  sha256: string;
  bytes: number;
  gzip: boolean;
  /** Data rows handed to `onRow` (blank lines excluded). */
  rows: number;
  blankLines: number;
}

/** PapaParse's settings for the UN files: RFC 4180, comma, double quotes. */
export const PAPA_CONFIG = { delimiter: ',', quoteChar: '"', header: false, skipEmptyLines: false } as const;

/**
 * Streams a CSV file, plain or gzip, through PapaParse, on this thread.
 *
 * PapaParse was chosen over csv-parse by measurement: on the 944,204-row
 * assembled GA file it parses in about 1.3 s against 9.7 s.
 *
 * @example
 *   await streamCsv('votes.csv.gz', 'votes.csv.gz', (fields, line) => { ... });
 */
export async function streamCsv(path: string, label: string, onRow: RowHandler): Promise<CsvPass> {
  const source = await openText(path, label);
  const cursor = new RowCursor(1, true);
  let failure: unknown;
  await new Promise<void>((resolve) => {
    const fail = (e: unknown) => {
      failure ??= e;
      source.destroy();
      resolve();
    };
    source.onError(fail);
    Papa.parse<string[]>(source.text as unknown as File, {
      ...PAPA_CONFIG,
      chunk(results, parser) {
        if (failure) return;
        const err = results.errors[0];
        if (err) {
          fail(new DataError(`${label}: malformed CSV near line ${cursor.line}: ${err.message}`));
          parser.abort();
          return;
        }
        try {
          cursor.feed(results.data, onRow);
        } catch (e) {
          fail(e);
          parser.abort();
        }
      },
      complete: () => resolve(),
      error: (e: Error) => fail(new DataError(`${label}: ${e.message}`)),
    });
  });
  if (failure) throw failure;
  return { ...source.digest(), gzip: source.gzip, rows: cursor.rows, blankLines: cursor.blankLines };
}
