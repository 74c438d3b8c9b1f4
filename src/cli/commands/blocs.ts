import { UsageError } from '../../errors.js';
import { blocsView } from '../../views/alignment.js';
import type { Context } from '../context.js';
import { workspaceOf } from '../drafts.js';
import { type SelectionFlags, bodyOf, positiveInt, selectionOf } from '../flags.js';
import { type FormatFlags, formatOf, writeCsv, writeJson } from '../output.js';

export interface BlocsFlags extends FormatFlags, SelectionFlags {
  k?: string;
}

/** `straddle blocs --year YYYY`: clusters of states by agreement, with a 2-D layout. */
export async function blocsCommand(ctx: Context, flags: BlocsFlags): Promise<void> {
  const format = formatOf(flags, true);
  if (flags.year === undefined && flags.from === undefined) throw new UsageError('--year (or --from and --to) is required');
  const ws = workspaceOf(ctx, flags);
  const b = blocsView(ws, selectionOf(ctx, ws, flags), positiveInt(flags.k, 'k', 5));
  if (format === 'json') return writeJson(ctx.io, b);
  if (format === 'csv') {
    return writeCsv(ctx.io, ['code', 'bloc', 'bloc_name', 'x', 'y'], b.layout.map((p) => [p.code, p.bloc, b.blocs[p.bloc]?.name ?? '', p.x, p.y]));
  }
  const lines = b.blocs.map((x) => `${x.id + 1}. ${x.name} (${x.members.length}): ${x.members.join(' ')}`);
  ctx.io.out(`${lines.join('\n')}\n\nMethod: ${b.method}\n`);
}
