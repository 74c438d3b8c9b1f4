import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { CheckReport } from '../claims/check.js';
import { BusyError, errorFromCode } from '../errors.js';
import type { CheckOutcome, CheckTask } from './checkWorker.js';

export interface CheckPoolOptions {
  /** Worker threads (default: the machine's cores less one, at least 1). */
  threads?: number;
  /** Longest a check may take from arrival, queue included, in ms (default 20 s). */
  budgetMs?: number;
  /** Checks that may wait for a worker (default 16); more are refused as busy. */
  maxQueue?: number;
}

export interface CheckPool {
  check(task: CheckTask): Promise<{ report: CheckReport; version: string }>;
  close(): Promise<void>;
}

// Under vitest the server runs from its TypeScript source; the worker then
// loads through tsx, as the tests' own code does.
function workerFile(): { filename: string; execArgv: string[] } {
  const ts = import.meta.url.endsWith('.ts');
  return { filename: new URL(`./checkWorker.${ts ? 'ts' : 'js'}`, import.meta.url).href, execArgv: ts ? ['--import', 'tsx'] : [] };
}

/**
 * The article check off the server's event loop: a pool of worker threads,
 * each with its own read-only connection and matrices, and a time budget per
 * check. A check over its budget is stopped (its worker is ended and
 * replaced) and answered with a {@link BusyError}, so one long text can
 * neither freeze the API nor hold a worker forever.
 *
 * @example
 *   const pool = createCheckPool('straddle.db'); const { report } = await pool.check({ bytes });
 */
export function createCheckPool(storePath: string, options: CheckPoolOptions = {}): CheckPool {
  const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
  const budgetMs = options.budgetMs ?? 20_000;
  const maxQueue = options.maxQueue ?? 16;
  const pool = new Piscina({
    ...workerFile(),
    workerData: { storePath },
    minThreads: 1,
    maxThreads: threads,
    maxQueue,
    // A worker holds both bodies' matrices: keep it rather than reload them for the next check.
    idleTimeout: 10 * 60_000,
  });
  return {
    async check(task) {
      if (pool.queueSize >= maxQueue) {
        throw new BusyError(`every check worker is busy and ${maxQueue} checks are waiting; try again in a moment`);
      }
      const signal = AbortSignal.timeout(budgetMs);
      let out: CheckOutcome;
      try {
        out = (await pool.run(task, { signal })) as CheckOutcome;
      } catch (e) {
        if (signal.aborted) {
          throw new BusyError(`the check took longer than ${budgetMs / 1000} s and was stopped; send the article's text alone, not a whole page or several articles`);
        }
        throw e;
      }
      if ('error' in out) throw errorFromCode(out.error.code, out.error.message);
      return out;
    },
    close: () => pool.destroy(),
  };
}
