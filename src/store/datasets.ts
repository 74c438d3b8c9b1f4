import type { Body } from '../vote.js';
import type { ImportSummary } from './importSummary.js';
import type { Db } from './store.js';

interface CurrentRow {
  id: number;
  file: string;
  version: string;
  sha256: string;
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
