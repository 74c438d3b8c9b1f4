import { fileURLToPath } from 'node:url';
import { UsageError } from '../../errors.js';
import { buildApp } from '../../server/app.js';
import { createCheckPool } from '../../server/checkPool.js';
import { warmProfiles } from '../../views/cachedProfile.js';
import { type Snapshot, openLiveSession, warmWorkspaces } from '../../views/liveSession.js';
import type { Context } from '../context.js';

export interface ServeFlags {
  port?: string;
  host?: string;
}

/**
 * `straddle serve`: the HTTP API over the store, read-only. Prints the URL
 * once it listens; stops cleanly on SIGTERM or SIGINT.
 */
export async function serveCommand(ctx: Context, flags: ServeFlags): Promise<void> {
  const port = Number(flags.port ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: expected 0 to 65535, found "${flags.port}"`);
  // Fails now, with a clear message, if the store is missing or not a store.
  // Each snapshot is warmed before it serves: matrices, indexes, and every member's default profile.
  const warm = async (s: Snapshot) => {
    warmWorkspaces(s);
    await warmProfiles(s);
  };
  const live = openLiveSession(ctx.storePath, { warm });
  const first = live.acquire();
  await warm(first);
  live.release(first);
  const checks = createCheckPool(ctx.storePath);
  // The built dashboard sits beside the built CLI: dist/web.
  const webRoot = fileURLToPath(new URL('../../web', import.meta.url));
  const app = await buildApp(live, { webRoot, checks });
  const address = await app.listen({ port, host: flags.host ?? '127.0.0.1' });
  ctx.io.out(`${address}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      void app.close().then(async () => {
        await checks.close();
        live.close();
        resolve();
      });
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
}
