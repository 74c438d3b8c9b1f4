import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the store lives: `--db PATH`, else `$STRADDLE_DB`, else
 * `$XDG_DATA_HOME/straddle/straddle.db` (XDG Base Directory spec; default
 * `~/.local/share/straddle/straddle.db`).
 *
 * @example resolveDbPath(undefined, { STRADDLE_DB: '/tmp/s.db' }) // → '/tmp/s.db'
 */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return flag;
  if (env.STRADDLE_DB) return env.STRADDLE_DB;
  const dataHome = env.XDG_DATA_HOME || join(env.HOME || homedir(), '.local', 'share');
  return join(dataHome, 'straddle', 'straddle.db');
}
