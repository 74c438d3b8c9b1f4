import { SingleBar } from 'cli-progress';
import { RemoteError, UsageError } from '../../errors.js';
import type { ImportSummary } from '../../store/importSummary.js';
import { DEFAULT_UNDL_BASE } from '../../sync/undlFiles.js';
import { syncBody } from '../../sync/sync.js';
import { BODIES, type Body } from '../../vote.js';
import type { Context } from '../context.js';
import { cleanlyCreating } from '../freshStore.js';
import { type FormatFlags, formatOf, writeJson } from '../output.js';
import { describeImport } from './import.js';

export interface SyncFlags extends FormatFlags {
  body?: string;
  force?: boolean;
}

function bodiesOf(flag: string | undefined): Body[] {
  if (flag === undefined || flag === 'all') return [...BODIES];
  if ((BODIES as readonly string[]).includes(flag)) return [flag as Body];
  throw new UsageError(`--body: expected ga, sc or all, found "${flag}"`);
}

/** `straddle sync`: the newest official files, downloaded and imported. */
export async function syncCommand(ctx: Context, flags: SyncFlags): Promise<void> {
  const format = formatOf(flags, false);
  try {
    await cleanlyCreating(ctx, () => syncAll(ctx, flags, format));
  } catch (e) {
    if (e instanceof RemoteError) {
      throw new RemoteError(`${e.message}. Offline? Import the UN files you have instead: straddle import FILE (the README's "Offline" section)`);
    }
    throw e;
  }
}

async function syncAll(ctx: Context, flags: SyncFlags, format: ReturnType<typeof formatOf>): Promise<void> {
  const base = ctx.io.env.STRADDLE_UNDL_BASE || DEFAULT_UNDL_BASE;
  const summaries: ImportSummary[] = [];
  for (const body of bodiesOf(flags.body)) {
    let bar: SingleBar | undefined;
    try {
      const summary = await syncBody(ctx.db('write'), ctx.registry(), body, {
        base,
        storePath: ctx.storePath,
        force: flags.force ?? false,
        onStatus: (m) => ctx.io.err(`${m}\n`),
        onProgress: (file) => (received, total) => {
          if (!ctx.io.errIsTTY) return;
          if (!bar) {
            bar = new SingleBar({ format: `${file} [{bar}] {percentage}% {value}/{total} MB`, stream: process.stderr });
            bar.start(Math.ceil((total ?? received) / 1e6), 0);
          }
          if (total === null) bar.setTotal(Math.ceil(received / 1e6));
          bar.update(Math.floor(received / 1e6));
        },
      });
      summaries.push(summary);
      if (format === 'human') ctx.io.out(describeImport(summary));
    } finally {
      bar?.stop();
    }
  }
  if (format === 'json') writeJson(ctx.io, summaries);
}
