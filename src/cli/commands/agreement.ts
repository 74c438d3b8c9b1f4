import { agreementView } from '../../views/alignment.js';
import type { Context } from '../context.js';
import { workspaceOf } from '../drafts.js';
import { type SelectionFlags, bodyOf, countriesOf, periodOf, selectionOf, weightingOf } from '../flags.js';
import { type FormatFlags, formatOf, pct, writeCsv, writeJson, writeTable } from '../output.js';

export interface AgreementFlags extends FormatFlags, SelectionFlags {
  by?: string;
  weights?: string;
}

const COLUMNS = ['period', 'a', 'b', 'n', 'same', 'opposite', 'partial', 'absent', 'coincidence', 'votesOnly', 'agree', 's', 'kappa', 'pi'] as const;

/** `straddle agreement A B`: every measure, by year, session or for the whole period. */
export async function agreementCommand(ctx: Context, a: string, b: string, flags: AgreementFlags): Promise<void> {
  const format = formatOf(flags, true);
  const [ca, cb] = countriesOf(ctx, `${a},${b}`) as [string, string];
  const ws = workspaceOf(ctx, flags);
  const rows = agreementView(ws, ca, cb, selectionOf(ctx, ws, flags), periodOf(flags.by), weightingOf(flags.weights));
  if (format === 'json') return writeJson(ctx.io, rows);
  if (format === 'csv') return writeCsv(ctx.io, [...COLUMNS], rows.map((r) => COLUMNS.map((k) => r[k])));
  writeTable(
    ctx.io,
    ['period', 'n', 'same', 'opp', 'partial', 'absent', 'coinc%', 'votes%', 'agree', 'S', 'kappa', 'pi'],
    rows.map((r) => [
      r.period, r.n, r.same, r.opposite, r.partial, r.absent, pct(r.coincidence), pct(r.votesOnly),
      fixed(r.agree), fixed(r.s), fixed(r.kappa), fixed(r.pi),
    ]),
  );
  ctx.io.err(
    `${ca} with ${cb}: coincidence and votes% are the State Department's; coincidence reads ${ca}'s votes ` +
      `(its n and absent change with the order: "agreement ${cb} ${ca}" reads ${cb}'s); the other measures are symmetric. See docs/METHODS.md\n`,
  );
}

export const fixed = (x: number | null) => (x === null ? '—' : x.toFixed(3));
