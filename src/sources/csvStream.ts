import { type CsvRow, CsvTokenizer } from './csvTokenizer.js';
import { openBytes } from './fileBytes.js';

/** What a full pass over a file saw, besides its rows. */
export interface CsvPass {
  sha256: string;
  bytes: number;
  gzip: boolean;
  /** Data rows handed to `onRow` (the header and blank lines excluded). */
  rows: number;
  blankLines: number;
}

/**
 * Streams a CSV file, plain or gzip, row by row: the header first (line 1),
 * then every data row. Throw from `onRow` to stop the pass.
 *
 * @example
 *   await streamCsv('votes.csv.gz', 'votes.csv.gz', (row) => console.log(row.line, row.text(0)));
 */
export async function streamCsv(path: string, label: string, onRow: (row: CsvRow) => void): Promise<CsvPass> {
  const source = await openBytes(path, label);
  let sourceError: Error | undefined;
  source.onError((e) => (sourceError ??= e));
  const tokenizer = new CsvTokenizer(label, onRow);
  try {
    for await (const chunk of source.stream) tokenizer.push(chunk as Buffer);
    tokenizer.end();
  } catch (e) {
    throw sourceError ?? e;
  } finally {
    source.destroy();
  }
  if (sourceError) throw sourceError;
  return { ...source.digest(), gzip: source.gzip, rows: Math.max(tokenizer.rows - 1, 0), blankLines: tokenizer.blankLines };
}
