import { basename } from 'node:path';
import { voetenFileKind } from '../../sources/voeten.js';
import { importFile } from '../../store/importFile.js';
import { type VoetenImport, importVoeten } from '../../store/importVoeten.js';
import type { ImportSummary } from '../../store/importSummary.js';
import type { Body } from '../../vote.js';
import type { Context } from '../context.js';
import { cleanlyCreating } from '../freshStore.js';
import { type FormatFlags, formatOf, n, writeJson } from '../output.js';

export interface ImportFlags extends FormatFlags {
  body?: Body;
}

/** `straddle import FILE...`: each file all or nothing, in the order given. */
export async function importCommand(ctx: Context, files: string[], flags: ImportFlags): Promise<void> {
  await cleanlyCreating(ctx, () => importAll(ctx, files, flags));
}

async function importAll(ctx: Context, files: string[], flags: ImportFlags): Promise<void> {
  const format = formatOf(flags, false);
  const summaries: (ImportSummary | VoetenImport)[] = [];
  for (const file of files) {
    ctx.io.err(`importing ${file}…\n`);
    const started = performance.now();
    if (await voetenFileKind(file, basename(file))) {
      const v = await importVoeten(ctx.db('write'), file);
      summaries.push(v);
      if (format === 'human') ctx.io.out(describeVoeten(v));
      continue;
    }
    const s = await importFile(ctx.db('write'), ctx.registry(), file, flags.body ? { body: flags.body } : {});
    summaries.push(s);
    if (format === 'human') ctx.io.out(describeImport(s, performance.now() - started));
  }
  if (format === 'json') writeJson(ctx.io, summaries.length === 1 ? summaries[0] : summaries);
}

/** An import summary in words, anomalies included. */
export function describeImport(s: ImportSummary, ms?: number): string {
  const body = s.body.toUpperCase();
  if (s.unchanged) {
    return `${body}: ${s.file} is already the current dataset (same SHA-256 ${s.sha256.slice(0, 12)}…); nothing changed\n`;
  }
  const lines = [
    `${body}: imported ${s.file} (version ${s.version}, sha256 ${s.sha256.slice(0, 12)}…)` +
      (ms === undefined ? '' : ` in ${(ms / 1000).toFixed(1)} s`),
    `  ${n(s.resolutions)} resolutions, ${n(s.votes)} votes from ${n(s.rows)} rows, ${s.firstDate} to ${s.lastDate}`,
  ];
  if (s.replaced) lines.push(`  replaced ${s.replaced.file} (version ${s.replaced.version})`);
  lines.push(
    `  checks: ${s.mismatches.length} totals mismatches, ${s.unknownCodes.length} unknown codes, ` +
      `${s.duplicateRows} duplicate rows, ${s.inconsistentRecords.length} inconsistent records, ${s.suspectRecords?.length ?? 0} suspect records`,
  );
  for (const r of (s.suspectRecords ?? []).slice(0, 10)) lines.push(`  ! ${r.symbol} (${r.date}): ${r.detail}`);
  if ((s.suspectRecords?.length ?? 0) > 10) lines.push(`  … and ${s.suspectRecords!.length - 10} more suspect records (see --json, or straddle info)`);
  for (const m of s.mismatches.slice(0, 20)) {
    const c = m.counted;
    const st = m.stated;
    lines.push(
      `  ! ${m.symbol} (${m.date}): counted ${c.yes}-${c.no}-${c.abstain} (${c.nonVoting} non-voting, ${c.members} members), ` +
        `stated ${st.yes}-${st.no}-${st.abstain} (${st.nonVoting}, ${st.members})`,
    );
  }
  if (s.mismatches.length > 20) lines.push(`  … and ${s.mismatches.length - 20} more (see --json)`);
  for (const u of s.unknownCodes) {
    lines.push(`  ! unknown code ${u.code} (${u.names.join(', ')}): ${n(u.rows)} votes kept under that code`);
  }
  for (const r of s.inconsistentRecords.slice(0, 20)) {
    lines.push(`  ! record ${r.undlId} (${r.symbol}): rows disagree on ${r.field} (line ${r.line}); first row's value kept`);
  }
  return `${lines.join('\n')}\n`;
}

/** A Voeten import in words, with what did not join the UN's record. */
function describeVoeten(v: VoetenImport): string {
  if (v.kind === 'issues') return `Voeten issue codes: imported ${v.file} (sha256 ${v.sha256.slice(0, 12)}…), ${n(v.rows)} codes\n`;
  return (
    `Voeten roll calls: imported ${v.file} (sha256 ${v.sha256.slice(0, 12)}…), ${n(v.rows)} roll calls\n` +
    `  ${n(v.matched ?? 0)} on whole resolutions joined to GA resolutions of the store by symbol; ${n(v.unmatched ?? 0)} not joined ` +
    `(early sessions number them otherwise, or the store lacks them); ${n(v.parts ?? 0)} amendment and paragraph votes\n`
  );
}
