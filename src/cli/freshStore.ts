import { existsSync, rmSync } from 'node:fs';
import type { Context } from './context.js';

/**
 * Runs a writing command; if it fails on a store it created and nothing was
 * imported, the new empty store is removed, so no later command mistakes it
 * for a record with no votes.
 */
export async function cleanlyCreating(ctx: Context, run: () => Promise<void>): Promise<void> {
  const fresh = !existsSync(ctx.storePath);
  try {
    await run();
  } catch (e) {
    if (fresh && isEmpty(ctx)) {
      ctx.close();
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${ctx.storePath}${suffix}`, { force: true });
    }
    throw e;
  }
}

function isEmpty(ctx: Context): boolean {
  try {
    return (ctx.db().prepare('SELECT count(*) FROM datasets').pluck().get() as number) === 0;
  } catch {
    return false;
  }
}
