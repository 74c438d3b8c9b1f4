import { stringify } from 'csv-stringify/sync';

// A cell a spreadsheet would run as a formula: OWASP's list of the leading
// characters (https://owasp.org/www-community/attacks/CSV_Injection).
const FORMULA = /^[=+\-@\t\r]/;

/**
 * A table as CSV (RFC 4180), for the CLI's `--csv` and the API's
 * `?format=csv`. Empty cells for null; text that a spreadsheet would run as a
 * formula (a UN title beginning with "=", "+", "-" or "@") is kept as text by
 * a leading apostrophe. Numbers are written as they are, negative ones too.
 *
 * @example csvText(['symbol', 'title'], [['A/RES/1/1', '=HYPERLINK(…)']]) // → "symbol,title\nA/RES/1/1,'=HYPERLINK(…)\n"
 */
export function csvText(head: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return csvRows([head, ...rows]);
}

const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'string' && FORMULA.test(v) ? `'${v}` : v);

/** Rows as CSV with the same rule as {@link csvText}, for a file written in parts. */
export function csvRows(rows: readonly (readonly unknown[])[]): string {
  return stringify(rows.map((r) => r.map(cell)));
}
