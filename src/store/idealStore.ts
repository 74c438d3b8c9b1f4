import type { IdealFit, IdealPoint } from '../analysis/idealPoints.js';
import type { Db } from './store.js';
import { storeWrite } from './writeErrors.js';

/** A stored fit: which data and options it came from, and how it went. */
export interface StoredFit {
  id: number;
  datasetSha256: string;
  datasetVersion: string;
  options: string;
  iterations: number;
  converged: boolean;
  seconds: number;
  fittedAt: string;
}

/** The stored fit for this dataset and these options, if there is one. */
export function findIdealFit(db: Db, datasetSha256: string, options: string): StoredFit | undefined {
  const row = db
    .prepare(
      `SELECT id, dataset_sha256 AS datasetSha256, dataset_version AS datasetVersion, options, iterations, converged,
        seconds, fitted_at AS fittedAt FROM ideal_fits WHERE dataset_sha256 = ? AND options = ? ORDER BY id DESC LIMIT 1`,
    )
    .get(datasetSha256, options) as (Omit<StoredFit, 'converged'> & { converged: number }) | undefined;
  return row && { ...row, converged: row.converged === 1 };
}

/** Replaces every stored fit with this one, in one transaction. */
export function saveIdealFit(
  db: Db,
  dataset: { sha256: string; version: string },
  fit: IdealFit,
  seconds: number,
  now: Date,
): StoredFit {
  const options = JSON.stringify(fit.options);
  const fittedAt = now.toISOString();
  return storeWrite('saving the ideal points', () => db.transaction(() => {
    db.exec('DELETE FROM ideal_points; DELETE FROM ideal_fits;');
    const id = Number(
      db
        .prepare(
          `INSERT INTO ideal_fits (dataset_sha256, dataset_version, options, iterations, converged, seconds, log_lik, fitted_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(dataset.sha256, dataset.version, options, fit.iterations, fit.converged ? 1 : 0, seconds, fit.logLik.at(-1) ?? 0, fittedAt)
        .lastInsertRowid,
    );
    const insert = db.prepare('INSERT INTO ideal_points (fit_id, code, year, ideal, lower, upper, n) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const p of fit.points) insert.run(id, p.code, p.year, p.idealPoint, p.lower, p.upper, p.n);
    return {
      id, datasetSha256: dataset.sha256, datasetVersion: dataset.version, options, iterations: fit.iterations,
      converged: fit.converged, seconds, fittedAt,
    };
  }).immediate());
}

export interface IdealQuery {
  from?: number;
  to?: number;
  codes?: string[];
}

/** Stored points of a fit, by code then year. */
export function readIdealPoints(db: Db, fitId: number, q: IdealQuery = {}): IdealPoint[] {
  const where = ['fit_id = ?'];
  const params: (string | number)[] = [fitId];
  if (q.from !== undefined) {
    where.push('year >= ?');
    params.push(q.from);
  }
  if (q.to !== undefined) {
    where.push('year <= ?');
    params.push(q.to);
  }
  if (q.codes && q.codes.length > 0) {
    where.push(`code IN (${q.codes.map(() => '?').join(', ')})`);
    params.push(...q.codes);
  }
  return db
    .prepare(
      `SELECT code, year, ideal AS idealPoint, lower, upper, n FROM ideal_points WHERE ${where.join(' AND ')} ORDER BY code, year`,
    )
    .all(...params) as IdealPoint[];
}
