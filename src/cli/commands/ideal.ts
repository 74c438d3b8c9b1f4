import { readIdealPoints } from '../../store/idealStore.js';
import { fitAndStoreIdeal, storedIdealFit } from '../../views/ideal.js';
import type { Context } from '../context.js';
import { countriesOf, yearOf } from '../flags.js';
import { type FormatFlags, formatOf, writeCsv, writeJson, writeTable } from '../output.js';

export interface IdealFlags extends FormatFlags {
  from?: string;
  to?: string;
  countries?: string;
  fit?: boolean;
}

/**
 * `straddle ideal`: dynamic ideal points by state and year. The estimates are
 * stored with the dataset they came from; they are fitted on first use and
 * again only when the GA data changes, or on `--fit`.
 */
export async function idealCommand(ctx: Context, flags: IdealFlags): Promise<void> {
  const format = formatOf(flags, true);
  const from = yearOf(flags.from, 'from');
  const to = yearOf(flags.to, 'to');
  const codes = flags.countries ? countriesOf(ctx, flags.countries) : undefined;
  const ws = ctx.workspace('ga');
  const db = ctx.db();
  const dataset = ws.matrix.dataset;
  let stored = flags.fit ? undefined : storedIdealFit(db, ws);
  if (!stored) {
    ctx.io.err(`fitting ideal points on the GA votes of dataset ${dataset.version} (a few seconds)…\n`);
    const made = fitAndStoreIdeal(db, ws, new Date());
    stored = made.stored;
    const { fit, seconds } = made;
    if (flags.fit) {
      const summary = {
        seconds: Math.round(seconds * 100) / 100,
        iterations: fit.iterations,
        converged: fit.converged,
        stateYears: fit.points.length,
        votes: fit.observations,
        dataset: { version: dataset.version, sha256: dataset.sha256 },
      };
      if (format === 'json') return writeJson(ctx.io, summary);
      ctx.io.out(
        `fitted ${summary.stateYears.toLocaleString('en-US')} state-years from ${summary.votes.toLocaleString('en-US')} votes ` +
          `in ${seconds.toFixed(1)} s (${fit.iterations} EM steps, ${fit.converged ? 'converged' : 'not converged'})\n`,
      );
      return;
    }
  }
  const points = readIdealPoints(db, stored.id, {
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
    ...(codes && { codes }),
  });
  if (format === 'json') return writeJson(ctx.io, points);
  const head = ['code', 'year', 'idealPoint', 'lower', 'upper', 'n'];
  const rows = points.map((p) => [p.code, p.year, p.idealPoint, p.lower, p.upper, p.n]);
  if (format === 'csv') return writeCsv(ctx.io, head, rows);
  writeTable(ctx.io, head, points.map((p) => [p.code, p.year, p.idealPoint.toFixed(2), p.lower?.toFixed(2) ?? '—', p.upper?.toFixed(2) ?? '—', p.n]));
  ctx.io.err(`dataset ${stored.datasetVersion}, fitted ${stored.fittedAt}; method: docs/METHODS.md\n`);
}
