import { type Workspace, workspace } from '../analysis/workspace.js';
import { CONTINUES } from '../countries/history.js';
import { type Registry, createRegistry } from '../countries/registry.js';
import { loadMatrix } from '../matrix/loadMatrix.js';
import { seatsMatrix } from '../matrix/seats.js';
import { type Db, type OpenOptions, openStore } from '../store/store.js';
import type { Body } from '../vote.js';

/** What the CLI and the server share: the store and what is built from it, each made on first use. */
export interface Session {
  storePath: string;
  /**
   * The store. Reading commands never create one (a mistyped path is an
   * error, not a new empty store); `'write'` (import, sync, fits) creates it.
   */
  db(mode?: 'read' | 'write'): Db;
  registry(): Registry;
  /**
   * A body's votes in memory, with what analysis builds on them. Seats are
   * followed across continuity (Russia carries the USSR's votes).
   */
  workspace(body: Body): Workspace;
  close(): void;
}

export function openSession(storePath: string, options: OpenOptions = {}): Session {
  let db: Db | undefined;
  let registry: Registry | undefined;
  const workspaces = new Map<Body, Workspace>();
  const getDb = (mode: 'read' | 'write' = 'read') => (db ??= openStore(storePath, { ...options, create: mode === 'write' }));
  return {
    storePath,
    db: getDb,
    registry: () => (registry ??= createRegistry()),
    workspace(body) {
      let ws = workspaces.get(body);
      if (!ws) workspaces.set(body, (ws = workspace(seatsMatrix(loadMatrix(getDb(), body), CONTINUES))));
      return ws;
    },
    close: () => db?.close(),
  };
}
