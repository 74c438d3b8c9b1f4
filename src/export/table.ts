/**
 * A tidy table held by columns, the shape every export writer takes: Parquet
 * writes columns, CSV and JSON Lines walk rows. A null is a missing value
 * (never 0 or ''), written as Parquet's null, an empty CSV field, JSON null.
 */
export type ColumnType = 'string' | 'date' | 'int' | 'double' | 'bool';

export interface Column {
  name: string;
  type: ColumnType;
  /** Strings for `string` and `date` (YYYY-MM-DD), numbers for `int`/`double`, booleans for `bool`. */
  values: (string | number | boolean | null)[];
  /** What the column holds, for the sidecar's data dictionary. */
  description: string;
}

export interface Table {
  name: string;
  columns: Column[];
  rows: number;
}

/** What every exported file carries: where the data came from and how to cite it. */
export interface ExportMeta {
  table: string;
  body: string | null;
  rows: number;
  /** The dataset each body's figures come from (file, version, sha256). */
  datasets: { body: string; file: string; version: string; sha256: string }[];
  citation: string[];
  terms: string;
  generator: string;
  columns: { name: string; type: ColumnType; description: string }[];
}

/**
 * A table from column definitions filled row by row.
 *
 * @example
 *   const t = tableOf('x', [['code', 'string', 'ISO3']]);
 *   t.add('PAK'); t.table().rows // → 1
 */
export function tableOf(name: string, defs: [string, ColumnType, string][]) {
  const columns: Column[] = defs.map(([n, type, description]) => ({ name: n, type, description, values: [] }));
  let rows = 0;
  return {
    add(...values: (string | number | boolean | null)[]): void {
      for (let i = 0; i < columns.length; i++) (columns[i] as Column).values.push(values[i] ?? null);
      rows++;
    },
    table: (): Table => ({ name, columns, rows }),
  };
}

/**
 * A long table kept as a grid (resolutions by states), the way the votes
 * are held: one output row per cell that holds a value. Writers expand it
 * (CSV, JSON Lines) or let DuckDB join it (Parquet), which is what keeps
 * the GA votes' export under 3 s (docs/BENCHMARKS.md).
 */
export interface Grid {
  name: string;
  /** The output columns in order; each comes from the grid's rows, its columns, or the cell. */
  columns: (Omit<Column, 'values'> & { from: 'row' | 'col' | 'cell' })[];
  parts: GridPart[];
  /** Output rows: cells that hold a value. */
  rows: number;
}

export interface GridPart {
  /** Values per grid row, by column name. */
  rowValues: Record<string, Column['values']>;
  /** Values per grid column, by column name. */
  colValues: Record<string, Column['values']>;
  /** One string per grid row, one character per grid column; a space is no output row. */
  cells: string[];
}

/** The output rows of a grid, grid row by grid row, each in the grid's column order. */
export function* gridRows(g: Grid): Generator<Column['values']> {
  for (const p of g.parts) {
    const sources = g.columns.map((def) => (def.from === 'row' ? p.rowValues[def.name]! : def.from === 'col' ? p.colValues[def.name]! : null));
    for (let r = 0; r < p.cells.length; r++) {
      const line = p.cells[r]!;
      for (let c = 0; c < line.length; c++) {
        const ch = line[c]!;
        if (ch === ' ') continue;
        yield g.columns.map((def, i) => (def.from === 'cell' ? ch : (sources[i]![def.from === 'row' ? r : c] ?? null)));
      }
    }
  }
}

/** A grid as a {@link Table}. */
export function expandGrid(g: Grid): Table {
  const columns: Column[] = g.columns.map(({ name, type, description }) => ({ name, type, description, values: [] }));
  for (const row of gridRows(g)) row.forEach((v, i) => columns[i]!.values.push(v));
  return { name: g.name, columns, rows: g.rows };
}
