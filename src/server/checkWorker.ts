import { workerData } from 'node:worker_threads';
import type { CheckReport } from '../claims/check.js';
import { StraddleError } from '../errors.js';
import { checkView } from '../views/check.js';
import { openLiveSession, warmWorkspaces } from '../views/liveSession.js';

/** One article check, as the server hands it to a worker thread. */
export interface CheckTask {
  bytes: Uint8Array;
  date?: string;
}

/** A check's answer, or a typed error by code (error classes do not cross threads). */
export type CheckOutcome = { report: CheckReport; version: string } | { error: { code: string; message: string } };

// Each worker reads the store through its own connection and follows imports
// itself: before each task it looks for a new one, so a check never reads an
// older record than the request that sent it.
const live = openLiveSession((workerData as { storePath: string }).storePath, { pollMs: 0 });
const first = live.acquire();
warmWorkspaces(first);
live.release(first);

/** The worker's task: the same steps as `straddle check`, on a text or HTML body. */
export default async function check(task: CheckTask): Promise<CheckOutcome> {
  await live.refresh();
  const s = live.acquire();
  try {
    return { report: await checkView(s, Buffer.from(task.bytes), 'body', task.date), version: s.version };
  } catch (e) {
    if (e instanceof StraddleError) return { error: { code: e.code, message: e.message } };
    throw e;
  } finally {
    live.release(s);
  }
}
