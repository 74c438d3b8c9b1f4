import type { Workspace } from '../analysis/workspace.js';
import { UsageError } from '../errors.js';
import { councilWithDrafts } from '../views/drafts.js';
import type { Context } from './context.js';
import { type SelectionFlags, bodyOf } from './flags.js';

/** The workspace an analysis command reads: its body's, with the Council's failed drafts on `--with-drafts`. */
export function workspaceOf(ctx: Context, flags: SelectionFlags): Workspace {
  const body = bodyOf(flags.body) ?? 'ga';
  if (!flags.withDrafts) return ctx.workspace(body);
  if (body !== 'sc') throw new UsageError('--with-drafts: the drafts not adopted are the Security Council\'s; add --body sc');
  return councilWithDrafts(ctx);
}
