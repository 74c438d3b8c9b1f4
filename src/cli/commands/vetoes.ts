import { SEATS, type Seat } from '../../analysis/vetoes.js';
import { UsageError } from '../../errors.js';
import { draftsRecord, vetoesView } from '../../views/drafts.js';
import type { Context } from '../context.js';
import { yearOf } from '../flags.js';
import { type FormatFlags, formatOf, truncate, writeCsv, writeJson, writeTable } from '../output.js';

export interface VetoesFlags extends FormatFlags {
  by?: string;
  from?: string;
  to?: string;
  topic?: string;
}

/** Reads `--by USA|RUS|CHN|FRA|GBR` (SUN and USSR mean Russia's seat). */
export function seatFlag(flag: string | undefined): Seat | undefined {
  if (flag === undefined) return undefined;
  const f = flag.toUpperCase();
  if (f === 'SUN' || f === 'USSR') return 'RUS';
  if ((SEATS as readonly string[]).includes(f)) return f as Seat;
  throw new UsageError(`--by: expected one of ${SEATS.join(', ')}, found "${flag}"`);
}

/** `straddle vetoes`: Council drafts not adopted, vetoes per permanent member, joint vetoes. */
export async function vetoesCommand(ctx: Context, flags: VetoesFlags): Promise<void> {
  const format = formatOf(flags, true);
  const by = seatFlag(flags.by);
  const from = yearOf(flags.from, 'from');
  const to = yearOf(flags.to, 'to');
  if (from !== undefined && to !== undefined && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const v = vetoesView(draftsRecord(), { ...(by && { by }), ...(from !== undefined && { from }), ...(to !== undefined && { to }), ...(flags.topic && { topic: flags.topic }) });
  if (format === 'json') return writeJson(ctx.io, v);
  const head = ['date', 'draft', 'outcome', 'vetoed_by', 'yes', 'no', 'abstain', 'subject'];
  const rows = v.drafts.map((d) => [d.date, d.symbol ?? (d.amendment ? '(amendment)' : '(no symbol)'), d.outcome, d.vetoedBy.join(' '), d.counts.yes, d.counts.no, d.counts.abstain, d.subject]);
  if (format === 'csv') return writeCsv(ctx.io, [...head, 'meeting', 'agenda'], v.drafts.map((d, i) => [...rows[i]!, d.meeting, d.agenda]));
  const io = ctx.io;
  if (v.drafts.length === 0) {
    io.out(`No Council draft in the veto list matches (the list runs 1946-02-16 to ${v.dataset.version.replace('sc_drafts to ', '')}).\n`);
    return;
  }
  writeTable(io, head, rows.map((r) => [...r.slice(0, 7), truncate(String(r[7]), 60)] as (string | number | null)[]));
  const s = v.summary;
  io.out(`\n${s.vetoedDrafts} vetoed drafts${s.failedDrafts ? `, ${s.failedDrafts} that failed without a veto` : ''}. Vetoes cast:\n`);
  for (const seat of s.bySeat.filter((x) => x.vetoes > 0)) {
    io.out(`  ${seat.seat}  ${seat.vetoes}${seat.ussr ? ` (${seat.ussr} by the USSR)` : ''}, ${seat.first} to ${seat.last}\n`);
  }
  for (const j of s.joint) io.out(`  together ${j.seats.join('+')}: ${j.drafts} drafts, the last ${j.last}\n`);
  io.err(`Source: ${v.dataset.version} (sha256 ${v.dataset.sha256.slice(0, 12)}…); ${v.citation}\n`);
}
