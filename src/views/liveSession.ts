import { LRUCache } from 'lru-cache';
import { type Db, openStore } from '../store/store.js';
import { type Session, openSession } from './session.js';

/**
 * One state of the store, pinned: its own read-only connection holds a read
 * transaction open, so every query, matrix and cache made from it sees the
 * same datasets, whatever an import commits meanwhile (SQLite's WAL
 * snapshot isolation: https://sqlite.org/wal.html#concurrency).
 */
export interface Snapshot extends Session {
  /** The datasets it reads, as "ga=VERSION; sc=VERSION" (the x-straddle-dataset header). */
  readonly version: string;
  /**
   * A value computed once per snapshot (a profile, a table), so a new import
   * never sees an old one; the {@link MEMO_ENTRIES} most recently used are kept.
   */
  memo<T extends object>(key: string, make: () => T): T;
}

/** A session that follows the store: a new snapshot for each import, swapped in whole. */
export interface LiveSession {
  readonly storePath: string;
  /** The snapshot a request should read from from start to end; pair with {@link release}. */
  acquire(): Snapshot;
  release(s: Snapshot): void;
  /** Looks for a new import now (also done every `pollMs`); resolves to whether it swapped. */
  refresh(): Promise<boolean>;
  /** Called with each new snapshot, once it is in use. */
  onSwap(fn: (s: Snapshot) => void): void;
  close(): void;
}

export interface LiveOptions {
  /** How often to look for a new import, in ms (default 250); 0 to look only on {@link LiveSession.refresh}. */
  pollMs?: number;
  /** What to build before a new snapshot is swapped in (default: both bodies' matrices and indexes). */
  warm?: (s: Snapshot) => void | Promise<void>;
  /** How long a replaced snapshot may stay open for requests still reading it (default 60 s). */
  retireMs?: number;
}

/** Values a snapshot keeps (profiles and the like): a bound, so never-repeating requests cannot grow it. */
export const MEMO_ENTRIES = 4096;

// The current datasets and the newest ideal-point fit: what every answer depends on.
const STATE = `SELECT (SELECT group_concat(d, '; ') FROM (SELECT body || '=' || version AS d FROM datasets
  WHERE current = 1 ORDER BY body)) AS version, (SELECT group_concat(sha256) FROM datasets WHERE current = 1) AS sha,
  (SELECT max(id) FROM ideal_fits) AS fit`;

function stateOf(db: Db): { version: string; key: string } {
  const r = db.prepare(STATE).get() as { version: string | null; sha: string | null; fit: number | null };
  return { version: r.version ?? '', key: `${r.sha ?? ''}#${r.fit ?? 0}` };
}

/** Builds what most requests read, so the first requests after a swap are not the slow ones. */
export function warmWorkspaces(s: Snapshot): void {
  for (const body of ['ga', 'sc'] as const) {
    let ws;
    try {
      ws = s.workspace(body);
    } catch {
      continue; // a store without this body's dataset answers 404 for it, as before
    }
    ws.bits();
    ws.years();
    ws.threads();
    ws.text();
  }
}

/**
 * Keeps each statement a connection prepares, by its SQL: a snapshot answers
 * thousands of requests with the same dozen statements, and preparing them
 * per request was 7% of the server's time under load. The modes a caller may
 * set (pluck, raw, expand) are reset on each reuse.
 */
function keepStatements(db: Db): void {
  const kept = new Map<string, ReturnType<Db['prepare']>>();
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    let st = kept.get(sql);
    if (!st) kept.set(sql, (st = prepare(sql)));
    else if (st.reader) st.pluck(false).raw(false).expand(false);
    return st;
  }) as Db['prepare'];
}

function openSnapshot(path: string): Snapshot & { key: string; refs: number } {
  const session = openSession(path, { readonly: true });
  const db = session.db();
  keepStatements(db);
  db.exec('BEGIN'); // deferred: the read below takes the snapshot, which is kept until close
  const { version, key } = stateOf(db);
  const memos = new LRUCache<string, object>({ max: MEMO_ENTRIES });
  return {
    ...session,
    version,
    key,
    refs: 0,
    memo<T extends object>(k: string, make: () => T): T {
      let v = memos.get(k) as T | undefined;
      if (v === undefined) memos.set(k, (v = make()));
      return v;
    },
    close() {
      if (db.open && db.inTransaction) db.exec('COMMIT');
      session.close();
    },
  };
}

/**
 * Opens a store for a long-running reader (the server, a check worker). A new
 * import is noticed within `pollMs` by SQLite's `data_version`, which changes
 * when another connection commits; the new snapshot is warmed, then swapped in
 * at once. Requests already running finish on the snapshot they began with.
 *
 * @example
 *   const live = openLiveSession('straddle.db');
 *   const s = live.acquire(); try { s.workspace('ga') } finally { live.release(s) }
 */
export function openLiveSession(storePath: string, options: LiveOptions = {}): LiveSession {
  const watch = openStore(storePath, { readonly: true });
  const dataVersion = () => watch.pragma('data_version', { simple: true }) as number;
  const warm = options.warm ?? warmWorkspaces;
  const retireMs = options.retireMs ?? 60_000;
  let seen = dataVersion();
  let current = openSnapshot(storePath);
  const listeners: ((s: Snapshot) => void)[] = [];
  const retiring = new Set<typeof current>();

  const retire = (old: typeof current) => {
    retiring.add(old);
    const done = () => {
      if (!retiring.delete(old)) return;
      old.close();
    };
    if (old.refs === 0) done();
    else setTimeout(done, retireMs).unref();
  };

  let pending: Promise<boolean> | undefined;
  const swap = async (): Promise<boolean> => {
    const v = dataVersion();
    if (v === seen) return false;
    if (stateOf(watch).key === current.key) {
      seen = v;
      return false;
    }
    const next = openSnapshot(storePath);
    try {
      await warm(next);
    } catch (e) {
      next.close(); // and `seen` stays, so the next look tries again
      throw e;
    }
    seen = v;
    const old = current;
    current = next;
    for (const fn of listeners) fn(next);
    retire(old);
    return true;
  };
  // One look at a time: a poll that comes while a snapshot warms waits for it.
  const refresh = (): Promise<boolean> => (pending ??= swap().finally(() => (pending = undefined)));

  const pollMs = options.pollMs ?? 250;
  const timer = pollMs > 0 ? setInterval(() => {
    // A store caught mid-upgrade or unreadable for a moment: keep serving the last good snapshot, look again next time.
    refresh().catch(() => undefined);
  }, pollMs) : undefined;
  timer?.unref();

  return {
    storePath,
    acquire() {
      current.refs++;
      return current;
    },
    release(s) {
      const snap = s as typeof current;
      snap.refs--;
      if (snap.refs === 0 && retiring.has(snap)) {
        retiring.delete(snap);
        snap.close();
      }
    },
    refresh,
    onSwap: (fn) => void listeners.push(fn),
    close() {
      if (timer) clearInterval(timer);
      for (const s of retiring) s.close();
      retiring.clear();
      current.close();
      watch.close();
    },
  };
}
