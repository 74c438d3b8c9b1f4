import { NotFoundError } from '../errors.js';
import type { Body } from '../vote.js';
import type { ImportSummary } from './importSummary.js';
import type { Db } from './store.js';

interface CurrentRow {
  id: number;
  file: string;
  version: string;
  sha256: string;
}

/**
 * Refuses a question to a store that holds no votes (of the body, if one is
 * given), saying how to get them: an empty answer would look like a fact.
 *
 * @example requireVotes(db, 'ga') // throws NotFoundError on an empty store
 */
export function requireVotes(db: Db, body?: Body): void {
  const n = db.prepare(`SELECT count(*) FROM datasets WHERE current = 1${body ? ' AND body = ?' : ''}`).pluck().get(...(body ? [body] : [])) as number;
  if (n > 0) return;
  const what = body ? `no ${body.toUpperCase()} votes` : 'no votes';
  throw new NotFoundError(`the store holds ${what} yet: run "straddle sync" to download the UN's files, or "straddle import FILE" to read files you have`);
}

/** The body's current dataset, if any. */
export function currentDataset(db: Db, body: Body): CurrentRow | undefined {
  return db
    .prepare('SELECT id, file, version, sha256 FROM datasets WHERE body = ? AND current = 1')
    .get(body) as CurrentRow | undefined;
}

/**
 * The summary of a current dataset, found by body or by SHA-256, as an
 * import that changed nothing reports it (`unchanged: true`).
 */
export function unchangedSummary(db: Db, by: { body: Body } | { sha256: string }): ImportSummary | undefined {
  const [column, value] = 'body' in by ? ['body', by.body] : ['sha256', by.sha256];
  const row = db
    .prepare(
      `SELECT body, file, version, sha256, rows, resolutions, votes, first_date AS firstDate, last_date AS lastDate,
        imported_at AS importedAt, anomalies FROM datasets WHERE ${column} = ? AND current = 1`,
    )
    .get(value) as (Omit<ImportSummary, 'anomalies'> & { anomalies: string }) | undefined;
  if (!row) return undefined;
  const { anomalies, ...rest } = row;
  return { ...rest, ...JSON.parse(anomalies), unchanged: true, replaced: null };
}
