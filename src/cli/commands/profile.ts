import { UsageError } from '../../errors.js';
import { profileView } from '../../views/alignment.js';
import { findCountry } from '../../store/lookup.js';
import type { Context } from '../context.js';
import { countriesOf, metricOf, yearOf } from '../flags.js';
import { type FormatFlags, formatOf, pct, writeJson, writeTable } from '../output.js';
import { describeShift } from './shifts.js';

export interface ProfileFlags extends FormatFlags {
  with?: string;
  metric?: string;
  from?: string;
  to?: string;
}

/** `straddle profile COUNTRY`: alignment with the great powers by year, side-taking, shifts, allies. */
export async function profileCommand(ctx: Context, country: string, flags: ProfileFlags): Promise<void> {
  const format = formatOf(flags, false);
  const code = findCountry(ctx.db(), ctx.registry(), country).code;
  const anchors = countriesOf(ctx, flags.with ?? 'USA,CHN,RUS');
  const from = yearOf(flags.from, 'from');
  const to = yearOf(flags.to, 'to');
  if (from !== undefined && to !== undefined && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const p = profileView(ctx.workspace('ga'), ctx.registry(), code, anchors, metricOf(flags.metric), { ...(from !== undefined && { from }), ...(to !== undefined && { to }) });
  if (format === 'json') return writeJson(ctx.io, p);
  const io = ctx.io;
  io.out(`${p.name} (${p.code}) in the General Assembly: ${p.metric} with ${anchors.join(', ')}, by year\n\n`);
  const pairs = Object.keys(p.years[0]?.sides ?? {});
  writeTable(
    io,
    ['year', 'n', 'abst%', ...anchors, ...pairs.map((k) => `${k} split: ${k.split('|')[0]}/${k.split('|')[1]}/abst/absent/other`)],
    p.years.map((y) => [
      y.year, y.n, pct(y.abstainRate), ...anchors.map((a) => pct(y.scores[a] ?? null)),
      ...pairs.map((k) => {
        const s = y.sides[k]!;
        return `${s.n}: ${s.withFirst}/${s.withSecond}/${s.abstain}/${s.absent}/${s.other}`;
      }),
    ]),
  );
  const near = (list: typeof p.allies) => list.map((x) => `${x.code} ${(100 * x.agree).toFixed(0)}`).join(', ');
  io.out(`\nClosest ${p.window.from}-${p.window.to} (Voeten agreement %): ${near(p.allies)}\n`);
  io.out(`Most distant: ${near(p.opponents)}\n`);
  if (p.shifts.length > 0) io.out(`\nLatest shifts:\n${p.shifts.map((s) => `  ${describeShift(s)}`).join('\n')}\n`);
  if (p.failedDrafts.length > 0) {
    io.out('\nOn Council drafts a permanent member vetoed (where the sources name its vote):\n');
    for (const d of p.failedDrafts) {
      io.out(`  vetoed by ${d.seat}: ${d.n} ${d.n === 1 ? 'draft' : 'drafts'}, with the veto ${d.withVeto}, with the majority ${d.withMajority}, abstained ${d.abstained}` +
        `${d.notVoting ? `, did not vote ${d.notVoting}` : ''} (latest ${d.drafts[d.drafts.length - 1]!.date})\n`);
    }
  }
}
