import { infoView } from '../../views/info.js';
import type { Context } from '../context.js';
import { type FormatFlags, formatOf, n, writeJson } from '../output.js';

/** `straddle info`: what the store holds, its provenance, and the UN citation. */
export async function infoCommand(ctx: Context, flags: FormatFlags): Promise<void> {
  const view = infoView(ctx.db(), ctx.storePath);
  if (formatOf(flags, false) === 'json') return writeJson(ctx.io, view);
  const lines = [`Store: ${view.store}`];
  if (view.datasets.length === 0) lines.push('No votes yet: run "straddle sync", or "straddle import FILE" offline.');
  for (const d of view.datasets) {
    const a = d.anomalies;
    lines.push(
      '',
      `${d.body.toUpperCase()}  ${d.file} (version ${d.version})`,
      `    sha256 ${d.sha256}`,
      `    imported ${d.importedAt}`,
      `    ${n(d.resolutions)} resolutions, ${n(d.votes)} votes, ${d.firstDate} to ${d.lastDate}`,
      `    checks: ${a.mismatches.length} totals mismatches, ${a.unknownCodes.length} unknown codes, ` +
        `${a.duplicateRows} duplicate rows, ${a.inconsistentRecords.length} inconsistent records, ` +
        `${a.suspectRecords === undefined ? 'suspect records not checked (imported before the check; import again)' : `${a.suspectRecords.length} suspect records`}`,
    );
    for (const m of a.mismatches.slice(0, 10)) lines.push(`    ! totals differ from counted votes: ${m.symbol} (${m.date})`);
    for (const u of a.unknownCodes) lines.push(`    ! unknown code ${u.code}: ${n(u.rows)} votes`);
    const suspects = a.suspectRecords ?? [];
    for (const r of suspects.slice(0, 10)) lines.push(`    ! ${r.symbol} (${r.date}): ${r.detail}`);
    if (suspects.length > 10) lines.push(`    … and ${suspects.length - 10} more suspect records (straddle info --json)`);
  }
  if (view.history.length > 0) {
    lines.push('', 'Earlier imports:');
    for (const h of view.history) lines.push(`    ${h.body.toUpperCase()}  ${h.file} (version ${h.version}), imported ${h.importedAt}`);
  }
  lines.push('', 'Cite the data as:', `  ${view.citation.ga}`, `  ${view.citation.sc}`, `Terms: ${view.citation.terms}`);
  ctx.io.out(`${lines.join('\n')}\n`);
}
