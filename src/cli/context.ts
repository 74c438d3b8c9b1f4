import { type Registry, createRegistry } from '../countries/registry.js';
import { resolveDbPath } from '../store/paths.js';
import { type Db, openStore } from '../store/store.js';
import type { Io } from './io.js';

/** What every command gets: the store (opened on first use), the registry, the IO. */
export interface Context {
  io: Io;
  storePath: string;
  db(): Db;
  registry(): Registry;
  close(): void;
}

export function createContext(io: Io, dbFlag: string | undefined): Context {
  const storePath = resolveDbPath(dbFlag, io.env);
  let db: Db | undefined;
  let registry: Registry | undefined;
  return {
    io,
    storePath,
    db: () => (db ??= openStore(storePath)),
    registry: () => (registry ??= createRegistry()),
    close: () => db?.close(),
  };
}
