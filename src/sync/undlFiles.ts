import { UNDL_RECORD } from '../citation.js';
import { RemoteError } from '../errors.js';
import type { Body } from '../vote.js';

/** A file attached to a UN Digital Library record, as its file API lists it. */
export interface RemoteFile {
  name: string;
  url: string;
  format?: string;
}

export const DEFAULT_UNDL_BASE = 'https://digitallibrary.un.org';

/** The file-API URL of a body's record: `GET {base}/api/v1/file?recid=4060887`. */
export function listingUrl(base: string, body: Body): string {
  return `${base.replace(/\/+$/, '')}/api/v1/file?recid=${UNDL_RECORD[body]}`;
}

const DATED = /(\d{4})_(\d{2})_(\d{2})_(ga|sc)_voting/i;

/**
 * The newest voting CSV of a body in a record's file list, by the date in
 * its name (`2026_02_06_ga_voting.csv`); `undefined` when none fits.
 *
 * @example
 *   pickNewest([{ name: '2025_09_01_ga_voting.csv', url }, { name: '2026_02_06_ga_voting.csv', url }], 'ga')
 *   // → the 2026 file
 */
export function pickNewest(files: readonly RemoteFile[], body: Body): RemoteFile | undefined {
  let best: { file: RemoteFile; date: string } | undefined;
  for (const f of files) {
    const m = DATED.exec(f.name);
    if (!m || (m[4] as string).toLowerCase() !== body) continue;
    const isCsv = /\.csv(\.gz)?$/i.test(f.name) || /csv/i.test(f.format ?? '');
    if (!isCsv) continue;
    const date = `${m[1]}-${m[2]}-${m[3]}`;
    if (!best || date > best.date) best = { file: f, date };
  }
  return best?.file;
}

/** Reads a record's file list from the UN Digital Library file API. */
export async function listFiles(base: string, body: Body, timeoutMs = 30_000): Promise<RemoteFile[]> {
  const url = listingUrl(base, body);
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
  } catch (e) {
    throw new RemoteError(`cannot reach ${url}: ${(e as Error).message}`);
  }
  if (!res.ok) throw new RemoteError(`${url} answered ${res.status} ${res.statusText}`);
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new RemoteError(`${url} did not answer JSON`);
  }
  const list = Array.isArray(json) ? json : (json as { files?: unknown })?.files;
  if (!Array.isArray(list)) throw new RemoteError(`${url}: expected a JSON list of {name, url, format}`);
  return list
    .filter((f): f is RemoteFile => typeof f?.name === 'string' && typeof f?.url === 'string')
    .map((f) => ({ ...f, url: new URL(f.url, base).toString() }));
}
