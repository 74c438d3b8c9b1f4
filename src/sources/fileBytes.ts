import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { DataError, UsageError } from '../errors.js';

/** A file's content (inflated if gzip) as a stream of buffers, with its bytes hashed on the way. */
export interface FileBytes {
  stream: Readable;
  gzip: boolean;
  /** SHA-256 of the file's bytes and their count; complete once `stream` has ended. */
  digest(): { sha256: string; bytes: number };
  /** Calls `fail` once with a {@link DataError} if reading or inflating fails. */
  onError(fail: (e: DataError) => void): void;
  destroy(): void;
}

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * How far a .gz may inflate: the UN's files inflate 25x (GA) and 31x (SC);
 * past 100x its size, and past 64 MB, a file is refused before it can fill
 * the disk or the time (a gzip bomb: 2 GB of zeros is a 2 MB file).
 */
export const MAX_INFLATE_RATIO = 100;
const INFLATE_FLOOR = 64 * 1024 * 1024;

async function sniff(path: string, label: string): Promise<{ gzip: boolean; empty: boolean; size: number }> {
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
    const { size } = await handle.stat();
    return { gzip: bytesRead === 2 && buf[0] === GZIP_MAGIC[0] && buf[1] === GZIP_MAGIC[1], empty: bytesRead === 0, size };
  } finally {
    await handle.close();
  }
}

/**
 * Opens a file, plain or gzip (told by its magic bytes, not its name), as a
 * stream of bytes. The file is never held in memory whole.
 */
export async function openBytes(path: string, label: string): Promise<FileBytes> {
  const { gzip, empty, size } = await sniff(path, label);
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
  const content = gzip ? raw.pipe(createGunzip({ chunkSize: 256 * 1024 })) : raw;
  let refused: DataError | undefined;
  if (gzip) {
    const limit = Math.max(INFLATE_FLOOR, MAX_INFLATE_RATIO * size);
    let inflated = 0;
    content.on('data', (chunk: Buffer) => {
      inflated += chunk.length;
      if (inflated > limit && !refused) {
        refused = new DataError(
          `${label}: inflates to more than ${MAX_INFLATE_RATIO} times its ${(size / 1024 / 1024).toFixed(1)} MB (the UN's files inflate about 30 times); not read further, nothing was imported`,
        );
        content.destroy(refused);
      }
    });
  }
  // Not decoded here: the tokenizer works on bytes and decodes only the
  // fields that are used, each of which is whole in its buffer.
  return {
    stream: content,
    gzip,
    digest: () => ({ sha256: hash.digest('hex'), bytes }),
    onError(fail) {
      raw.on('error', (e) => fail(new DataError(`${label}: read failed: ${e.message}`)));
      if (gzip) {
        content.on('error', (e: Error) =>
          fail(e === refused ? refused : new DataError(`${label}: the gzip data is damaged or truncated (${e.message}); nothing was imported`)),
        );
      }
    },
    destroy: () => {
      raw.destroy();
      if (content !== raw) content.destroy();
    },
  };
}
