import type { Shift } from '../../analysis/shifts.js';
import { findCountry } from '../../store/lookup.js';
import { shiftsView } from '../../views/alignment.js';
import type { Context } from '../context.js';
import { yearOf } from '../flags.js';
import { type FormatFlags, formatOf, writeCsv, writeJson } from '../output.js';

export interface ShiftsFlags extends FormatFlags {
  since?: string;
  all?: boolean;
}

/** "A/RES/ES-11/6 (2023-02-23): A, was N on A/RES/ES-11/4 (2022-10-12, 0.4 years before)" */
export function describeShift(s: Shift): string {
  const how = s.changed ? `was ${s.previous.vote}` : 'as';
  const on = s.basis === 'session' ? 'the previous vote of the session,' : '';
  return `${s.symbol} (${s.date}): ${s.vote}, ${how} on ${on ? `${on} ` : ''}${s.previous.symbol} (${s.previous.date}, ${s.yearsApart} ${s.yearsApart === 1 ? 'year' : 'years'} before)`;
}

/** `straddle shifts COUNTRY`: votes that changed against the previous of their kind, newest first. */
export async function shiftsCommand(ctx: Context, country: string, flags: ShiftsFlags): Promise<void> {
  const format = formatOf(flags, true);
  const code = findCountry(ctx.db(), ctx.registry(), country).code;
  const list = shiftsView(ctx.workspace('ga'), code, yearOf(flags.since, 'since'), flags.all ?? false);
  if (format === 'json') return writeJson(ctx.io, list);
  if (format === 'csv') {
    return writeCsv(
      ctx.io,
      ['symbol', 'date', 'vote', 'previous_symbol', 'previous_date', 'previous_vote', 'basis', 'changed', 'years_apart'],
      list.map((s) => [s.symbol, s.date, s.vote, s.previous.symbol, s.previous.date, s.previous.vote, s.basis, String(s.changed), s.yearsApart]),
    );
  }
  ctx.io.out(list.length === 0 ? 'No shifts.\n' : `${list.map(describeShift).join('\n')}\n`);
}
