import { type Workspace, workspace } from '../analysis/workspace.js';
import { type Registry, createRegistry } from '../countries/registry.js';
import { CONTINUES } from '../countries/history.js';
import { loadMatrix } from '../matrix/loadMatrix.js';
import { seatsMatrix } from '../matrix/seats.js';
import { resolveDbPath } from '../store/paths.js';
import { type Db, openStore } from '../store/store.js';
import type { Body } from '../vote.js';
import type { Io } from './io.js';

/** What every command gets: the store (opened on first use), the registry, the IO. */
export interface Context {
  io: Io;
  storePath: string;
  db(): Db;
  registry(): Registry;
  /**
   * A body's votes in memory, with what analysis builds on them. Seats are
   * followed across continuity (Russia carries the USSR's votes).
   */
  workspace(body: Body): Workspace;
  close(): void;
}

export function createContext(io: Io, dbFlag: string | undefined): Context {
  const storePath = resolveDbPath(dbFlag, io.env);
  let db: Db | undefined;
  let registry: Registry | undefined;
  const workspaces = new Map<Body, Workspace>();
  const getDb = () => (db ??= openStore(storePath));
  return {
    io,
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
