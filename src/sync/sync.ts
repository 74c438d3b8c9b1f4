import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Registry } from '../countries/registry.js';
import { RemoteError } from '../errors.js';
import { importFile } from '../store/importFile.js';
import type { ImportSummary } from '../store/importSummary.js';
import type { Db } from '../store/store.js';
import { currentDataset, unchangedSummary } from '../store/datasets.js';
import type { Body } from '../vote.js';
import { type Progress, download } from './download.js';
import { listFiles, pickNewest } from './undlFiles.js';

export interface SyncOptions {
  base: string;
  /** Where the store lives; the download lands beside it, then is removed. */
  storePath: string;
  /** Download even when the newest file's name is the current dataset's. */
  force?: boolean;
  onProgress?: (file: string) => Progress;
  onStatus?: (message: string) => void;
}

/**
 * Brings a body up to date: finds the newest bulk file of its UN Digital
 * Library record, downloads it beside the store, imports it (all or
 * nothing) and removes the download, whatever happens.
 */
export async function syncBody(db: Db, registry: Registry, body: Body, options: SyncOptions): Promise<ImportSummary> {
  const files = await listFiles(options.base, body);
  const newest = pickNewest(files, body);
  if (!newest) {
    throw new RemoteError(
      `no *_${body}_voting CSV in the file list of the ${body.toUpperCase()} record (${files.length} files listed)`,
    );
  }
  const current = currentDataset(db, body);
  if (current && current.file === newest.name && !options.force) {
    options.onStatus?.(`${body.toUpperCase()}: ${newest.name} is already the current dataset`);
    const summary = unchangedSummary(db, { body });
    if (summary) return summary;
  }
  const part = join(dirname(options.storePath), `.straddle-${body}-${randomBytes(4).toString('hex')}.part`);
  try {
    options.onStatus?.(`${body.toUpperCase()}: downloading ${newest.name}`);
    await download(newest.url, part, { onProgress: options.onProgress?.(newest.name) });
    return await importFile(db, registry, part, { body, fileName: newest.name });
  } finally {
    await rm(part, { force: true });
  }
}
