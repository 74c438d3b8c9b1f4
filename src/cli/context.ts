import { resolveDbPath } from '../store/paths.js';
import { type Session, openSession } from '../views/session.js';
import type { Io } from './io.js';

/** What every command gets: the session over the store (opened on first use) and the IO. */
export interface Context extends Session {
  io: Io;
}

export function createContext(io: Io, dbFlag: string | undefined): Context {
  return { ...openSession(resolveDbPath(dbFlag, io.env)), io };
}
