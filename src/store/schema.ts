/**
 * The store's schema. Votes are kept one row per resolution: the members in
 * file order (entity ids as little-endian uint16) and their votes as a string
 * of letters at the same positions. This keeps a full GA import to about six
 * thousand rows, which is what lets an import run as fast as DuckDB reads the
 * CSV and the whole GA matrix load in tens of milliseconds (docs/BENCHMARKS.md).
 */

export const SCHEMA = `
CREATE TABLE datasets (
  id            INTEGER PRIMARY KEY,
  body          TEXT NOT NULL CHECK (body IN ('ga', 'sc')),
  file          TEXT NOT NULL,
  version       TEXT NOT NULL,
  sha256        TEXT NOT NULL,
  bytes         INTEGER NOT NULL,
  rows          INTEGER NOT NULL,
  resolutions   INTEGER NOT NULL,
  votes         INTEGER NOT NULL,
  first_date    TEXT NOT NULL,
  last_date     TEXT NOT NULL,
  imported_at   TEXT NOT NULL,
  -- JSON: mismatches, unknown codes, duplicate rows, inconsistent records
  anomalies     TEXT NOT NULL,
  -- 1 for the dataset whose votes are in the store; earlier imports stay as history
  current       INTEGER NOT NULL DEFAULT 1,
  replaced_at   TEXT
);
CREATE INDEX datasets_current ON datasets (body, current);

CREATE TABLE entities (
  id    INTEGER PRIMARY KEY,
  code  TEXT NOT NULL UNIQUE
);

-- The names a code carried in a dataset (ms_name), with the dates seen.
CREATE TABLE entity_names (
  dataset_id  INTEGER NOT NULL REFERENCES datasets (id),
  entity_id   INTEGER NOT NULL REFERENCES entities (id),
  name        TEXT NOT NULL,
  first_date  TEXT NOT NULL,
  last_date   TEXT NOT NULL,
  PRIMARY KEY (dataset_id, entity_id, name)
);

CREATE TABLE resolutions (
  id                INTEGER PRIMARY KEY,
  dataset_id        INTEGER NOT NULL REFERENCES datasets (id),
  body              TEXT NOT NULL,
  undl_id           TEXT NOT NULL,
  symbol            TEXT NOT NULL,
  key               TEXT NOT NULL,
  short_key         TEXT NOT NULL,
  date              TEXT NOT NULL,
  session           TEXT,
  title             TEXT NOT NULL,
  draft             TEXT NOT NULL,
  committee_report  TEXT NOT NULL,
  meeting           TEXT NOT NULL,
  agenda            TEXT NOT NULL,
  subjects          TEXT NOT NULL,
  modality          TEXT NOT NULL,
  link              TEXT NOT NULL,
  total_yes         INTEGER,
  total_no          INTEGER,
  total_abstain     INTEGER,
  total_non_voting  INTEGER,
  total_members     INTEGER,
  members           BLOB NOT NULL,
  votes             TEXT NOT NULL,
  notes             TEXT,
  UNIQUE (body, undl_id)
);
CREATE INDEX resolutions_key ON resolutions (key);
CREATE INDEX resolutions_short_key ON resolutions (short_key);
CREATE INDEX resolutions_body_date ON resolutions (body, date);
`;

/**
 * Changes to the schema, in order: entry i takes a store from version i + 1
 * to i + 2. A new store runs SCHEMA and then every migration.
 */
export const MIGRATIONS: readonly string[] = [
  `
  -- Ideal points, stored with the dataset they were fitted on and refitted only when it changes.
  CREATE TABLE ideal_fits (
    id               INTEGER PRIMARY KEY,
    dataset_sha256   TEXT NOT NULL,
    dataset_version  TEXT NOT NULL,
    options          TEXT NOT NULL,
    iterations       INTEGER NOT NULL,
    converged        INTEGER NOT NULL,
    seconds          REAL NOT NULL,
    log_lik          REAL NOT NULL,
    fitted_at        TEXT NOT NULL
  );
  CREATE TABLE ideal_points (
    fit_id  INTEGER NOT NULL REFERENCES ideal_fits (id),
    code    TEXT NOT NULL,
    year    INTEGER NOT NULL,
    ideal   REAL NOT NULL,
    lower   REAL,
    upper   REAL,
    n       INTEGER NOT NULL,
    PRIMARY KEY (fit_id, code, year)
  );
  `,
  `
  -- Erik Voeten's roll-call files (unvotes): issue codes and important votes, joined to the UN's by symbol.
  CREATE TABLE voeten_files (
    kind         TEXT PRIMARY KEY,
    file         TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    rows         INTEGER NOT NULL,
    imported_at  TEXT NOT NULL
  );
  CREATE TABLE voeten_roll_calls (
    rcid       INTEGER PRIMARY KEY,
    key        TEXT NOT NULL,
    date       TEXT NOT NULL,
    important  INTEGER NOT NULL,
    part       INTEGER NOT NULL
  );
  CREATE INDEX voeten_roll_calls_key ON voeten_roll_calls (key);
  CREATE TABLE voeten_issues (
    rcid  INTEGER NOT NULL,
    code  TEXT NOT NULL,
    PRIMARY KEY (rcid, code)
  );
  `,
];

export const SCHEMA_VERSION = 1 + MIGRATIONS.length;
