import { findResolution } from '../../store/lookup.js';
import type { Body, Vote } from '../../vote.js';
import { type DraftView, draftView, draftsRecord, findDraft } from '../../views/drafts.js';
import { resolutionView } from '../../views/resolution.js';
import type { Context } from '../context.js';
import { bodyOf } from '../flags.js';
import { type FormatFlags, formatOf, writeCsv, writeJson } from '../output.js';

export interface BodyFlag {
  body?: string;
}

const HEADINGS: Record<Vote, string> = { Y: 'In favour', N: 'Against', A: 'Abstained', X: 'Non-voting' };
const BODY_NAMES: Record<Body, string> = { ga: 'General Assembly', sc: 'Security Council' };

/** `straddle resolution SYMBOL`: one resolution and every member's vote. */
export async function resolutionCommand(ctx: Context, symbol: string, flags: FormatFlags & BodyFlag): Promise<void> {
  const format = formatOf(flags, true);
  const body = bodyOf(flags.body);
  // A Council draft that was not adopted is not in the UN's files; the veto list has it.
  const draft = body !== 'ga' ? findDraft(draftsRecord(), symbol) : undefined;
  if (draft) return draftCommand(ctx, draftView(draftsRecord(), ctx.registry(), draft), format);
  const row = findResolution(ctx.db(), symbol, body);
  const v = resolutionView(ctx.db(), ctx.registry(), row);
  if (format === 'json') return writeJson(ctx.io, v);
  if (format === 'csv') return writeCsv(ctx.io, ['code', 'name', 'vote'], v.votes.map((x) => [x.code, x.name, x.vote]));
  const t = v.totals;
  const lines = [
    `${v.symbol} · ${BODY_NAMES[v.body]} · ${v.date}${v.session ? ` · session ${v.session}` : ''}`,
    v.title,
    `${t.yes} in favour, ${t.no} against, ${t.abstain} ${t.abstain === 1 ? 'abstention' : 'abstentions'}, ` +
      `${t.nonVoting} non-voting (${v.totalMembers} members)`,
  ];
  const c = v.counted;
  if (c.yes !== t.yes || c.no !== t.no || c.abstain !== t.abstain || c.nonVoting !== t.nonVoting) {
    lines.push(`! the record's votes count ${c.yes}-${c.no}-${c.abstain} (${c.nonVoting} non-voting), not the stated totals`);
  }
  for (const w of v.warnings) lines.push(`! ${w}`);
  lines.push(`UN record: ${v.link}`);
  for (const vote of ['Y', 'N', 'A', 'X'] as Vote[]) {
    const who = v.votes.filter((x) => x.vote === vote);
    if (who.length === 0) continue;
    // People read short names ("Pakistan"); the UN's form at the time is in --json and --csv.
    const names = who.map((x) => ctx.registry().get(x.code)?.shortName ?? x.name).sort((a, b) => a.localeCompare(b));
    lines.push('', `${HEADINGS[vote]} (${who.length}): ${names.join(', ')}`);
  }
  const notes = v.votes.filter((x) => x.note);
  if (notes.length > 0) lines.push('', ...notes.map((x) => `Note on ${x.code}: ${x.note}`));
  lines.push('', `Dataset ${v.dataset.version} (${v.dataset.file}, sha256 ${v.dataset.sha256.slice(0, 12)}…)`);
  ctx.io.out(`${lines.join('\n')}\n`);
}

function draftCommand(ctx: Context, d: DraftView, format: ReturnType<typeof formatOf>): void {
  if (format === 'json') return writeJson(ctx.io, d);
  if (format === 'csv') return writeCsv(ctx.io, ['code', 'name', 'vote'], d.votes.map((x) => [x.code, x.name, x.vote]));
  const c = d.counts;
  const known = (n: number | null) => (n === null ? '?' : String(n));
  const lines = [
    `${d.symbol ?? d.key} · Security Council draft · ${d.date}${d.meeting ? ` · meeting ${d.meeting}` : ''}`,
    `${d.subject}${d.agenda ? ` (agenda: ${d.agenda})` : ''}`,
    d.status,
  ];
  if (c.yes !== null || c.no !== null || c.abstain !== null) {
    lines.push(`${known(c.yes)} in favour, ${known(c.no)} against, ${known(c.abstain)} ${c.abstain === 1 ? 'abstention' : 'abstentions'}`);
  } else lines.push('The sources give no vote counts for this draft.');
  for (const vote of ['Y', 'N', 'A', 'X'] as Vote[]) {
    const who = d.votes.filter((x) => x.vote === vote);
    if (who.length > 0) lines.push('', `${HEADINGS[vote]} (${who.length}): ${who.map((x) => x.name).join(', ')}`);
  }
  if (d.votes.length === 0) lines.push('', 'Member votes: not named in the sources.');
  if (d.notes) lines.push('', `Notes: ${d.notes}`);
  lines.push('', `Source: ${d.source}${d.secondSource ? `\nChecked against: ${d.secondSource}` : ''}`, `Dataset ${d.dataset.version} (sha256 ${d.dataset.sha256.slice(0, 12)}…)`);
  ctx.io.out(`${lines.join('\n')}\n`);
}
