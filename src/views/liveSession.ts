import { type Session, openSession } from './session.js';
import { type Db, openStore } from '../store/store.js';

/**
 * One state of the store, pinned: its own read-only connection holds a read
 * transaction open, so every query, matrix and cache made from it sees the
 * same datasets, whatever an import commits meanwhile (SQLite's WAL
 * snapshot isolation: https://sqlite.org/wal.html#concurrency).
 */
export interface Snapshot extends Session {
  /** The datasets it reads, as "ga=VERSION; sc=VERSION" (the x-straddle-dataset header). */
  readonly version: string;
  /** A value computed once per snapshot (a profile, a table), so a new import never sees an old one. */
  memo<T>(key: string, make: () => T): T;
}

/** A session that follows the store: a new snapshot for each import, swapped in whole. */
export interface LiveSession {
  readonly storePath: string;
  /** The snapshot a request should read from from start to end; pair with {@link release}. */
  acquire(): Snapshot;
  release(s: Snapshot): void;
  /** Looks for a new import now (also done every `pollMs`); returns whether it swapped. */
  refresh(): boolean;
  /** Called with each new snapshot, once it is in use. */
  onSwap(fn: (s: Snapshot) => void): void;
  close(): void;
}

export interface LiveOptions {
  /** How often to look for a new import, in ms (default 250); 0 to look only on {@link LiveSession.refresh}. */
  pollMs?: number;
  /** What to build before a new snapshot is swapped in (default: both bodies' matrices and indexes). */
  warm?: (s: Snapshot) => void;
  /** How long a replaced snapshot may stay open for requests still reading it (default 60 s). */
  retireMs?: number;
}

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

function openSnapshot(path: string): Snapshot & { key: string; refs: number } {
  const session = openSession(path, { readonly: true });
  const db = session.db();
  db.exec('BEGIN'); // deferred: the read below takes the snapshot, which is kept until close
  const { version, key } = stateOf(db);
  const memos = new Map<string, unknown>();
  return {
    ...session,
    version,
    key,
    refs: 0,
    memo<T>(k: string, make: () => T): T {
      if (!memos.has(k)) memos.set(k, make());
      return memos.get(k) as T;
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

  const refresh = (): boolean => {
    const v = dataVersion();
    if (v === seen) return false;
    seen = v;
    if (stateOf(watch).key === current.key) return false;
    const next = openSnapshot(storePath);
    try {
      warm(next);
    } catch (e) {
      next.close();
      throw e;
    }
    const old = current;
    current = next;
    for (const fn of listeners) fn(next);
    retire(old);
    return true;
  };

  const pollMs = options.pollMs ?? 250;
  const timer = pollMs > 0 ? setInterval(() => {
    try {
      refresh();
    } catch {
      // A store caught mid-upgrade or unreadable for a moment: keep serving the last good snapshot, look again next time.
    }
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
