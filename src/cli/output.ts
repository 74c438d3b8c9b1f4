import Table from 'cli-table3';
import { csvText } from '../csvText.js';
import { UsageError } from '../errors.js';
import type { Io } from './io.js';

export type Format = 'human' | 'json' | 'csv';

export interface FormatFlags {
  json?: boolean;
  csv?: boolean;
}

/** The output format the flags ask for; `--csv` only where the output is a table. */
export function formatOf(flags: FormatFlags, tableAllowed: boolean): Format {
  if (flags.json && flags.csv) throw new UsageError('give --json or --csv, not both');
  if (flags.csv && !tableAllowed) throw new UsageError('--csv is for table output; use --json here');
  return flags.json ? 'json' : flags.csv ? 'csv' : 'human';
}

export function writeJson(io: Io, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}

export function writeCsv(io: Io, head: string[], rows: (string | number | null)[][]): void {
  io.out(csvText(head, rows));
}

/** A borderless, aligned table for people. */
export function writeTable(io: Io, head: string[], rows: (string | number | null)[][]): void {
  const none = {
    top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '', 'bottom-left': '',
    'bottom-right': '', left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: '  ',
  };
  const t = new Table({ head, chars: none, style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 } });
  for (const r of rows) t.push(r.map((v) => (v === null ? '' : String(v))));
  io.out(`${t.toString()}\n`);
}

/** Thousands separators, for people. */
export function n(value: number): string {
  return value.toLocaleString('en-US');
}

export function truncate(s: string, width: number): string {
  return s.length <= width ? s : `${s.slice(0, width - 1)}…`;
}

/** A rate as a percentage with one decimal, or a dash when there is none. */
export function pct(x: number | null | undefined): string {
  return x === null || x === undefined ? '—' : (100 * x).toFixed(1);
}
