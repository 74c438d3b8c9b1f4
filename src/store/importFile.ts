import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { Registry } from '../countries/registry.js';
import { DataError, UsageError } from '../errors.js';
import { streamUnFile } from '../sources/unFile.js';
import type { Body } from '../vote.js';
import { unchangedSummary } from './datasets.js';
import type { ImportSummary } from './importSummary.js';
import type { Db } from './store.js';
import { DatasetWriter } from './writeDataset.js';
import { asStoreError } from './writeErrors.js';

export interface ImportOptions {
  body?: Body;
  /** The name to record as the source file (default: the path's base name). */
  fileName?: string;
  now?: Date;
}

async function sha256File(path: string, label: string): Promise<string> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`${label}: cannot read (${code === 'ENOENT' ? 'no such file' : (e as Error).message})`);
  }
  return hash.digest('hex');
}

/**
 * Imports one UN bulk file into the store, all or nothing, streaming its
 * records into one transaction (memory does not grow with the file). A file whose
 * SHA-256 is already the body's current dataset is recognised first, by a
 * cheap hash, and left alone (`unchanged: true`).
 *
 * @example
 *   const s = await importFile(db, registry, '2026_02_06_ga_voting.csv');
 *   s.resolutions // → 5,7xx
 */
export async function importFile(
  db: Db,
  registry: Registry,
  path: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const label = options.fileName ?? basename(path);
  const sha256 = await sha256File(path, label);
  const same = unchangedSummary(db, { sha256 });
  if (same && (!options.body || options.body === same.body)) return same;
  const writer = new DatasetWriter(db, registry, label, options.now ?? new Date());
  try {
    const pass = await streamUnFile(path, {
      ...(options.body ? { body: options.body } : {}),
      label,
      onStart: (body) => writer.begin(body),
      onRecord: (record) => writer.add(record),
    });
    if (pass.sha256 !== sha256) {
      throw new DataError(`${label}: the file changed while it was being read; nothing was imported`);
    }
    return writer.finish(pass);
  } catch (e) {
    writer.abort();
    throw asStoreError(e, `importing ${label}`);
  }
}
