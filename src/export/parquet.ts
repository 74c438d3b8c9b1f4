import type { DuckDBConnection } from '@duckdb/node-api';
import type { Column, ExportMeta, Grid, Table } from './table.js';

const SQL_TYPES = { string: 'VARCHAR', date: 'VARCHAR', int: 'INTEGER', double: 'DOUBLE', bool: 'BOOLEAN' } as const;
const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

type Values = Column['values'];

/** Appends columns of equal length to a new DuckDB table. */
async function load(con: DuckDBConnection, name: string, cols: { name: string; type: Column['type']; values: Values }[]): Promise<void> {
  await con.run(`CREATE TABLE ${ident(name)} (${cols.map((c) => `${ident(c.name)} ${SQL_TYPES[c.type]}`).join(', ')})`);
  const app = await con.createAppender(name);
  const rows = cols[0]?.values.length ?? 0;
  for (let r = 0; r < rows; r++) {
    for (const c of cols) {
      const v = c.values[r];
      if (v === null || v === undefined) app.appendNull();
      else if (c.type === 'int') app.appendInteger(v as number);
      else if (c.type === 'double') app.appendDouble(v as number);
      else if (c.type === 'bool') app.appendBoolean(v as boolean);
      else app.appendVarchar(v as string);
    }
    app.endRow();
  }
  app.closeSync();
}

const asOutput = (c: { name: string; type: Column['type'] }, expr: string) =>
  c.type === 'date' ? `CAST(${expr} AS DATE) AS ${ident(c.name)}` : `${expr} AS ${ident(c.name)}`;

/** Loads a table and returns the SELECT that reads it as it is written. */
async function loadTable(con: DuckDBConnection, t: Table): Promise<string> {
  await load(con, 't', t.columns);
  return `SELECT ${t.columns.map((c) => asOutput(c, ident(c.name))).join(', ')} FROM t`;
}

/**
 * Loads a grid's rows and columns (thousands of values, not a million) and
 * returns the SELECT that joins them into the long table, in the order
 * {@link expandGrid} gives.
 */
async function loadGrid(con: DuckDBConnection, g: Grid): Promise<string> {
  const selects: string[] = [];
  for (const [k, p] of g.parts.entries()) {
    const rowCols = g.columns.filter((c) => c.from === 'row');
    const colCols = g.columns.filter((c) => c.from === 'col');
    await load(con, `rows${k}`, [
      { name: '__r', type: 'int', values: p.cells.map((_, i) => i) },
      { name: '__cells', type: 'string', values: p.cells },
      ...rowCols.map((c) => ({ name: c.name, type: c.type, values: p.rowValues[c.name]! })),
    ]);
    const width = p.cells[0]?.length ?? 0;
    await load(con, `cols${k}`, [
      { name: '__c', type: 'int', values: Array.from({ length: width }, (_, i) => i + 1) },
      ...colCols.map((c) => ({ name: c.name, type: c.type, values: p.colValues[c.name]! })),
    ]);
    const cell = 'substr(r.__cells, c.__c, 1)';
    const out = g.columns.map((c) => asOutput(c, c.from === 'cell' ? cell : `${c.from === 'row' ? 'r' : 'c'}.${ident(c.name)}`));
    selects.push(`SELECT ${k} AS __part, r.__r, c.__c, ${out.join(', ')} FROM rows${k} r, cols${k} c WHERE ${cell} <> ' '`);
  }
  const names = g.columns.map((c) => ident(c.name)).join(', ');
  return `SELECT ${names} FROM (${selects.join(' UNION ALL ')}) ORDER BY __part, __r, __c`;
}

/**
 * Writes a table as Parquet (zstd) through DuckDB, with the provenance and
 * citation as the file's key-value metadata (`straddle.*` keys), which
 * arrow, pandas and DuckDB read back (`parquet_kv_metadata`). DuckDB wrote
 * the GA votes faster and at a quarter of the size of hyparquet-writer
 * (bench/export.ts, docs/BENCHMARKS.md). Dates are appended as text and cast
 * to DATE in the copy; a grid is joined by DuckDB, not expanded in JS.
 *
 * @example await writeParquet(votesGrid([m], registry), meta, 'ga_votes.parquet')
 */
export async function writeParquet(t: Table | Grid, meta: ExportMeta, path: string): Promise<void> {
  // Loaded here only: DuckDB is most of an export's start-up and no other command needs it.
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const con = await instance.connect();
  try {
    const select = 'parts' in t ? await loadGrid(con, t) : await loadTable(con, t);
    const kv = {
      'straddle.table': meta.table,
      'straddle.datasets': meta.datasets.map((d) => `${d.body}:${d.version} (${d.file}, sha256 ${d.sha256})`).join('; '),
      'straddle.citation': meta.citation.join(' '),
      'straddle.terms': meta.terms,
      'straddle.meta': JSON.stringify(meta),
    };
    const kvSql = Object.entries(kv).map(([k, v]) => `${ident(k)}: ${quote(v)}`).join(', ');
    await con.run(`COPY (${select}) TO ${quote(path)} (FORMAT parquet, COMPRESSION zstd, KV_METADATA {${kvSql}})`);
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}
