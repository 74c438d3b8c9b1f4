import { alignView } from '../../views/alignment.js';
import type { Context } from '../context.js';
import { workspaceOf } from '../drafts.js';
import { type SelectionFlags, bodyOf, countriesOf, metricOf, selectionOf } from '../flags.js';
import { type FormatFlags, formatOf, pct, writeCsv, writeJson, writeTable } from '../output.js';

export interface AlignFlags extends FormatFlags, SelectionFlags {
  with?: string;
  metric?: string;
}

/** `straddle align`: every member's agreement with the anchors (default USA, CHN, RUS). */
export async function alignCommand(ctx: Context, flags: AlignFlags): Promise<void> {
  const format = formatOf(flags, true);
  const anchors = countriesOf(ctx, flags.with ?? 'USA,CHN,RUS');
  const metric = metricOf(flags.metric);
  const ws = workspaceOf(ctx, flags);
  const rows = alignView(ws, ctx.registry(), anchors, selectionOf(ctx, ws, flags), metric);
  const first = anchors[0] as string;
  rows.sort((p, q) => (q.scores[first] ?? -2) - (p.scores[first] ?? -2) || p.code.localeCompare(q.code));
  // An empty span says why: the record's dates ("--year 2030" is past its end).
  if (rows.length === 0) {
    const r = ws.matrix.resolutions;
    ctx.io.err(`No recorded ${ws.matrix.body === 'sc' ? 'Council' : 'Assembly'} votes in that span: the record runs ${r[0]?.date ?? '—'} to ${r.at(-1)?.date ?? '—'}.\n`);
  }
  if (format === 'json') return writeJson(ctx.io, rows);
  const head = ['code', 'name', 'n', ...anchors];
  const values = (r: (typeof rows)[number]) => anchors.map((a) => r.scores[a] ?? null);
  if (format === 'csv') return writeCsv(ctx.io, [...head, ...anchors.map((a) => `n_${a}`)], rows.map((r) => [r.code, r.name, r.n, ...values(r), ...anchors.map((a) => r.ns[a] ?? 0)]));
  writeTable(ctx.io, head, rows.map((r) => [r.code, r.name, r.n, ...values(r).map(metric === 'coincidence' || metric === 'votesOnly' ? pct : (x) => (x === null ? '—' : x.toFixed(3)))]));
}
