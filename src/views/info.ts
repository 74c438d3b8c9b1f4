import { type Citation, citation } from '../citation.js';
import type { StoredAnomalies } from '../store/importSummary.js';
import type { Db } from '../store/store.js';
import type { Body } from '../vote.js';

/** One current dataset of the store: the `straddle info` contract. */
export interface DatasetInfo {
  body: Body;
  file: string;
  version: string;
  sha256: string;
  importedAt: string;
  resolutions: number;
  votes: number;
  rows: number;
  firstDate: string;
  lastDate: string;
  anomalies: StoredAnomalies;
}

export interface InfoView {
  store: string;
  datasets: DatasetInfo[];
  /** Earlier imports, replaced by the current ones. */
  history: Omit<DatasetInfo, 'anomalies'>[];
  citation: Citation;
}

const COLUMNS = `body, file, version, sha256, imported_at AS importedAt, resolutions, votes, rows,
  first_date AS firstDate, last_date AS lastDate`;

/** What the store holds, with provenance and the UN citation. */
export function infoView(db: Db, storePath: string): InfoView {
  const current = db
    .prepare(`SELECT ${COLUMNS}, anomalies FROM datasets WHERE current = 1 ORDER BY body`)
    .all() as (Omit<DatasetInfo, 'anomalies'> & { anomalies: string })[];
  const history = db
    .prepare(`SELECT ${COLUMNS} FROM datasets WHERE current = 0 ORDER BY imported_at DESC`)
    .all() as DatasetInfo[];
  return {
    store: storePath,
    datasets: current.map((d) => ({ ...d, anomalies: JSON.parse(d.anomalies) as StoredAnomalies })),
    history,
    citation,
  };
}
