import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { RemoteError } from '../errors.js';

export type Progress = (received: number, total: number | null) => void;

export interface DownloadOptions {
  onProgress?: Progress;
  /** Give up when no byte arrives for this long. */
  idleTimeoutMs?: number;
}

/**
 * Downloads `url` to `dest`. On any failure (network, HTTP status, a body
 * shorter than its Content-Length, a stall) the partial file is removed and
 * a {@link RemoteError} thrown.
 *
 * @example await download('https://…/2026_02_06_ga_voting.csv', '/tmp/x.part')
 */
export async function download(url: string, dest: string, options: DownloadOptions = {}): Promise<number> {
  const idle = options.idleTimeoutMs ?? 60_000;
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(), idle);
  const touch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), idle);
  };
  let received = 0;
  try {
    const res = await fetch(url, { signal: controller.signal });
    if (!res.ok || !res.body) throw new RemoteError(`${url} answered ${res.status} ${res.statusText}`);
    const length = res.headers.get('content-length');
    const total = length ? Number(length) : null;
    const body = Readable.fromWeb(res.body as import('node:stream/web').ReadableStream<Uint8Array>);
    body.on('data', (chunk: Buffer) => {
      received += chunk.length;
      touch();
      options.onProgress?.(received, total);
    });
    await pipeline(body, createWriteStream(dest));
    if (total !== null && received !== total) {
      throw new RemoteError(`${url}: received ${received} of ${total} bytes`);
    }
    return received;
  } catch (e) {
    await rm(dest, { force: true });
    if (e instanceof RemoteError) throw e;
    const why = controller.signal.aborted ? `no data for ${idle / 1000} s` : (e as Error).message;
    throw new RemoteError(`download of ${url} failed after ${received} bytes: ${why}; nothing was imported`);
  } finally {
    clearTimeout(timer);
  }
}
