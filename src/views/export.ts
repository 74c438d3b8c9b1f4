import { CITATION, TERMS, VOETEN_CITATION } from '../citation.js';
import { UsageError } from '../errors.js';
import type { ExportMeta, Grid, Table } from '../export/table.js';
import { type TableName, agreementTable, countriesTable, idealTable, resolutionsTable, votesGrid } from '../export/tables.js';
import { loadMatrix } from '../matrix/loadMatrix.js';
import { requireVotes } from '../store/datasets.js';
import { readIdealPoints } from '../store/idealStore.js';
import { BODIES, type Body } from '../vote.js';
import { countriesView } from './countries.js';
import { fitAndStoreIdeal, storedIdealFit } from './ideal.js';
import { infoView } from './info.js';
import type { Session } from './session.js';

declare const STRADDLE_VERSION: string | undefined;

/**
 * A table of the store for `straddle export`, with what its file must carry:
 * the datasets it was made from and the UN citation. Votes and resolutions
 * cover both bodies unless one is given; agreement and ideal points are the
 * GA's unless the Council is asked for (ideal points exist for the GA only).
 *
 * @example exportData(session, 'votes', 'ga').table.rows // → 944,204 on the assembled GA file
 */
export function exportData(session: Session, name: TableName, body: Body | undefined, generator: string): { table: Table | Grid; meta: ExportMeta } {
  const db = session.db();
  const registry = session.registry();
  const stored = infoView(db, session.storePath).datasets;
  let bodies: Body[];
  let table: Table | Grid;
  switch (name) {
    case 'votes':
      requireVotes(db, body);
      bodies = body ? [body] : BODIES.filter((b) => stored.some((d) => d.body === b));
      table = votesGrid(bodies.map((b) => loadMatrix(db, b)), registry);
      break;
    case 'resolutions':
      requireVotes(db, body);
      bodies = body ? [body] : BODIES.filter((b) => stored.some((d) => d.body === b));
      table = resolutionsTable(db, body);
      break;
    case 'countries':
      requireVotes(db);
      bodies = BODIES.filter((b) => stored.some((d) => d.body === b));
      table = countriesTable(countriesView(db, registry), registry);
      break;
    case 'agreement':
      bodies = [body ?? 'ga'];
      table = agreementTable(session.workspace(bodies[0]!));
      break;
    case 'ideal': {
      if (body === 'sc') throw new UsageError('--table ideal: ideal points are fitted on GA votes only; drop --body sc');
      bodies = ['ga'];
      const ws = session.workspace('ga');
      const fit = storedIdealFit(db, ws) ?? fitAndStoreIdeal(db, ws, new Date()).stored;
      table = idealTable(readIdealPoints(db, fit.id), registry);
      break;
    }
  }
  // Voeten's issue codes, where imported, are his data: cite them too.
  const voeten = name === 'resolutions' && (db.prepare('SELECT count(*) FROM voeten_files').pluck().get() as number) > 0;
  const meta: ExportMeta = {
    table: name,
    body: body ?? null,
    rows: table.rows,
    datasets: stored.filter((d) => bodies.includes(d.body)).map(({ body: b, file, version, sha256 }) => ({ body: b, file, version, sha256 })),
    citation: [...bodies.map((b) => CITATION[b]), ...(voeten ? [VOETEN_CITATION] : [])],
    terms: TERMS,
    generator,
    columns: table.columns.map(({ name: n, type, description }) => ({ name: n, type, description })),
  };
  return { table, meta };
}
