import type { FastifyRequest } from 'fastify';
import type { Snapshot } from '../views/liveSession.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The snapshot of the store the request reads from, taken when it arrived (null once answered). */
    snapshot: Snapshot | null;
  }
}

/** The snapshot a request reads from, taken when it arrived. */
export const snapshotOf = (req: FastifyRequest): Snapshot => req.snapshot as Snapshot;
