import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { DataError } from '../errors.js';
import { MIGRATIONS, SCHEMA, SCHEMA_VERSION } from './schema.js';

export type Db = Database.Database;

/** How long a write waits for another import's lock before it gives up (SQLite's busy timeout). */
export const BUSY_WAIT_MS = 10_000;

export interface OpenOptions {
  /** Open without writing (the API server); the store must exist. */
  readonly?: boolean;
  /** Create the store (and its folder) when it does not exist: only commands that import do. */
  create?: boolean;
  /** How long a write waits for another writer's lock, in ms (default {@link BUSY_WAIT_MS}). */
  busyMs?: number;
}

function notAStore(path: string, why: string): DataError {
  return new DataError(`${path}: ${why} (check --db or $STRADDLE_DB)`);
}

/**
 * Opens (or creates) the SQLite store at `path`, in WAL mode so readers keep
 * reading while an import runs and never see a half-import. A file that is
 * not a Straddle store is refused untouched.
 *
 * @example
 *   const db = openStore('/tmp/straddle.db');
 */
export function openStore(path: string, options: OpenOptions = {}): Db {
  const create = options.create === true && !options.readonly;
  if (!create && !existsSync(path)) {
    throw notAStore(path, 'there is no store here yet: "straddle sync" downloads the UN files, "straddle import FILE" reads one');
  }
  if (create) mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: !create, timeout: options.busyMs ?? BUSY_WAIT_MS });
  } catch (e) {
    throw notAStore(path, `cannot open the store: ${(e as Error).message}`);
  }
  try {
    // The first read of the header tells a non-SQLite file, before anything is written.
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version === 0) {
      const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
      if (tables.n > 0) throw notAStore(path, 'this SQLite database is not a Straddle store');
      if (options.readonly) throw notAStore(path, 'the store is empty');
      if (!create) throw notAStore(path, 'the store is empty: "straddle sync" downloads the UN files, "straddle import FILE" reads one');
      db.pragma('journal_mode = WAL');
      db.transaction(() => {
        db.exec(SCHEMA);
        for (const step of MIGRATIONS) db.exec(step);
        db.pragma(`user_version = ${SCHEMA_VERSION}`);
      }).immediate();
    } else if (version > SCHEMA_VERSION) {
      throw notAStore(path, `store schema version ${version} is newer than this Straddle (${SCHEMA_VERSION}); update Straddle`);
    } else if (version < SCHEMA_VERSION) {
      if (options.readonly) throw notAStore(path, `store schema version ${version} needs an upgrade: run "straddle info" once`);
      db.pragma('journal_mode = WAL');
      db.transaction(() => {
        for (const step of MIGRATIONS.slice(version - 1)) db.exec(step);
        db.pragma(`user_version = ${SCHEMA_VERSION}`);
      }).immediate();
    } else if (!options.readonly) {
      db.pragma('journal_mode = WAL');
    }
    db.pragma('foreign_keys = ON');
    return db;
  } catch (e) {
    db.close();
    if (e instanceof DataError) throw e;
    const code = (e as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw notAStore(path, 'not a SQLite database');
    throw notAStore(path, (e as Error).message);
  }
}
