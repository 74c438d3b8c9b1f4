import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import Papa from 'papaparse';
import { DataError, UsageError } from '../errors.js';

/** What a full pass over a file saw, besides its rows. */
export interface CsvPass {
  sha256: string;
  bytes: number;
  gzip: boolean;
  /** Data rows handed to `onRow` (blank lines excluded). */
  rows: number;
  blankLines: number;
}

/**
 * Called for the header (line 1) and then every data row, with the line on
 * which the row starts (quoted fields may span lines). Throw to stop the
 * pass: the error is passed through. For the header it may return the
 * columns whose text can hold line breaks; only those are scanned to keep
 * line numbers true (by default, all columns).
 */
export type RowHandler = (fields: string[], line: number) => number[] | void;

const GZIP_MAGIC = [0x1f, 0x8b];

async function sniff(path: string, label: string): Promise<{ gzip: boolean; empty: boolean }> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`${label}: cannot open (${code === 'ENOENT' ? 'no such file' : code})`);
  }
  try {
    const buf = Buffer.alloc(2);
    const { bytesRead } = await handle.read(buf, 0, 2, 0);
    return { gzip: bytesRead === 2 && buf[0] === GZIP_MAGIC[0] && buf[1] === GZIP_MAGIC[1], empty: bytesRead === 0 };
  } finally {
    await handle.close();
  }
}

function newlines(fields: string[], columns: number[] | undefined): number {
  let n = 0;
  const count = columns ? columns.length : fields.length;
  for (let k = 0; k < count; k++) {
    const f = fields[columns ? (columns[k] as number) : k] as string;
    let i = f.indexOf('\n');
    while (i !== -1) {
      n++;
      i = f.indexOf('\n', i + 1);
    }
  }
  return n;
}

/**
 * Streams a CSV file, plain or gzip (detected by its magic bytes, not its
 * name), through PapaParse, and hashes the file's bytes on the way. The file
 * is never held in memory whole.
 *
 * PapaParse was chosen over csv-parse by measurement: on the 944,204-row
 * assembled GA file it parses in about 1.3 s against 9.7 s (bench/ingest).
 *
 * @example
 *   await streamCsv('votes.csv.gz', 'votes.csv.gz', (fields, line) => { ... });
 */
export async function streamCsv(path: string, label: string, onRow: RowHandler): Promise<CsvPass> {
  const { gzip, empty } = await sniff(path, label);
  if (empty) throw new DataError(`${label}: the file is empty (expected a header line and votes)`);

  const hash = createHash('sha256');
  let bytes = 0;
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  raw.on('data', (chunk) => {
    hash.update(chunk as Buffer);
    bytes += chunk.length;
  });
  // A large output chunk matters: with zlib's 16 KB default the same parse
  // takes about 60% longer.
  const text = gzip ? raw.pipe(createGunzip({ chunkSize: 256 * 1024 })) : raw;
  // Decode in the stream, so a multi-byte character split between two chunks
  // is joined before PapaParse sees it.
  text.setEncoding('utf8');

  let line = 1;
  let rows = -1; // the header is not a data row
  let blankLines = 0;
  let textColumns: number[] | undefined;
  let failure: unknown;

  await new Promise<void>((resolve) => {
    const fail = (e: unknown) => {
      failure ??= e;
      raw.destroy();
      resolve();
    };
    raw.on('error', (e) => fail(new DataError(`${label}: read failed: ${e.message}`)));
    if (gzip) {
      text.on('error', (e: Error) =>
        fail(new DataError(`${label}: the gzip data is damaged or truncated (${e.message}); nothing was imported`)),
      );
    }
    Papa.parse<string[]>(text as unknown as File, {
      delimiter: ',',
      quoteChar: '"',
      header: false,
      skipEmptyLines: false,
      chunk(results, parser) {
        if (failure) return;
        const err = results.errors[0];
        if (err) {
          const at = err.row === undefined ? '' : ` near data row ${rows + err.row + 1}`;
          fail(new DataError(`${label}: malformed CSV${at} (line about ${line}): ${err.message}`));
          parser.abort();
          return;
        }
        try {
          for (const fields of results.data) {
            if (fields.length === 1 && fields[0] === '') {
              blankLines++;
              line++;
              continue;
            }
            const multiline = onRow(fields, line);
            if (rows === -1 && multiline) textColumns = multiline;
            rows++;
            line += 1 + newlines(fields, textColumns);
          }
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
  return { sha256: hash.digest('hex'), bytes, gzip, rows: Math.max(rows, 0), blankLines };
}
