import { BusyError, DataError } from '../errors.js';

/**
 * Runs a write to the store and turns SQLite's failures that a user can act
 * on into typed errors. The write is one transaction, so on any of them
 * nothing was written. Codes: https://sqlite.org/rescode.html
 *
 * @example
 *   storeWrite('the import', () => db.transaction(write).immediate());
 */
export function storeWrite<T>(what: string, write: () => T): T {
  try {
    return write();
  } catch (e) {
    throw asStoreError(e, what);
  }
}

/** SQLite's failure as a typed error when a user can act on it, else the error as it was. */
export function asStoreError(e: unknown, what: string): unknown {
  const code = String((e as { code?: string }).code ?? '');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new BusyError(`the store is busy: another import is running; ${what} waited and gave up, nothing was written (try again when it ends)`);
  }
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || (e as NodeJS.ErrnoException).code === 'ENOSPC') {
    return new DataError(`no space left on the store's disk; ${what} wrote nothing, the store is as it was`);
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new DataError(`the store cannot be written (read-only file or folder); ${what} wrote nothing`);
  }
  return e;
}
