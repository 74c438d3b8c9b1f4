import { DataError } from '../errors.js';
import type { CsvRow } from './csvTokenizer.js';
import { type CsvPass, streamCsv } from './csvStream.js';
import { parseDate } from './fields.js';
import { symbolKey } from './symbols.js';

/**
 * Erik Voeten's UNGA roll-call files, as the unvotes R package publishes
 * them (`un_roll_calls.csv`, `un_roll_call_issues.csv`; Voeten, "Data and
 * Analyses of Voting in the UN General Assembly", Harvard Dataverse
 * hdl:1902.1/12379, CC0). They give what the UN's files do not: the issue
 * codes (me Palestinian conflict, nu nuclear weapons, di arms control, hr
 * human rights, co colonialism, ec economic development) and the US State
 * Department's "important votes".
 */
export const VOETEN_HEADERS = {
  rollCalls: ['rcid', 'session', 'importantvote', 'date', 'unres', 'amend', 'para', 'short', 'descr'],
  issues: ['rcid', 'short_name', 'issue'],
} as const;
export type VoetenKind = keyof typeof VOETEN_HEADERS;

export const ISSUE_CODES = ['me', 'nu', 'di', 'hr', 'co', 'ec'] as const;

export interface VoetenRollCall {
  rcid: number;
  date: string;
  /** The UN symbol the unres field stands for (R/38/3 → A/RES/38/3; R/1/66 → A/RES/66(I)), as a store key. */
  key: string;
  important: boolean;
  /** A vote on an amendment or a paragraph, not on the whole resolution. */
  part: boolean;
}

export interface VoetenIssue {
  rcid: number;
  code: (typeof ISSUE_CODES)[number];
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX', 'XXI', 'XXII', 'XXIII', 'XXIV', 'XXV', 'XXVI', 'XXVII', 'XXVIII', 'XXIX', 'XXX'];

/**
 * The UN symbol of Voeten's `unres`: sessions 1 to 30 numbered resolutions
 * with the session in Roman numerals (A/RES/66(I), A/RES/2535(XXIV)[C]), later ones A/RES/38/3;
 * emergency and special sessions keep their prefix (R/ES-10/2 → A/RES/ES-10/2).
 *
 * @example voetenSymbol('R/1/66') // → 'A/RES/66(I)'
 */
export function voetenSymbol(unres: string): string | null {
  if (/^A\/RES\//i.test(unres)) return unres.toUpperCase();
  const m = /^R\/((?:ES|S)-?\d+|\d+)\/(\d+)([A-Z]?)$/i.exec(unres.trim());
  if (!m) return null;
  const session = m[1]!.toUpperCase();
  const part = m[3]!.toUpperCase();
  // Parts of one resolution: A/RES/2535(XXIV)[C] in the UN's files (its key drops the brackets), A/RES/37/123C later.
  if (/^\d+$/.test(session) && Number(session) <= 30) return `A/RES/${m[2]}(${ROMAN[Number(session) - 1]})${part ? `[${part}]` : ''}`;
  return `A/RES/${session.replace(/^(ES|S)(\d)/, '$1-$2')}/${m[2]}${part}`;
}

/** Which of Voeten's files a header is, or null. */
export function voetenKind(header: readonly string[]): VoetenKind | null {
  for (const [kind, cols] of Object.entries(VOETEN_HEADERS) as [VoetenKind, readonly string[]][]) {
    if (header.length === cols.length && cols.every((c, i) => header[i] === c)) return kind;
  }
  return null;
}

/** Reads one of Voeten's files whole, refusing it at the first bad row (naming its line). */
export async function readVoeten(path: string, label: string): Promise<{ kind: VoetenKind; pass: CsvPass; rollCalls: VoetenRollCall[]; issues: VoetenIssue[] }> {
  let kind: VoetenKind | null = null;
  const rollCalls: VoetenRollCall[] = [];
  const issues: VoetenIssue[] = [];
  const pass = await streamCsv(path, label, (row: CsvRow) => {
    const f = (i: number) => row.text(i);
    if (row.line === 1) {
      kind = voetenKind(Array.from({ length: row.length }, (_, i) => f(i)));
      if (!kind) throw new DataError(`${label}: line 1: not one of Voeten's roll-call files (expected the header ${VOETEN_HEADERS.rollCalls.join(',')} or ${VOETEN_HEADERS.issues.join(',')})`);
      return;
    }
    const bad = (what: string): never => {
      throw new DataError(`${label}: line ${row.line}: ${what}`);
    };
    const rcid = Number(f(0));
    if (!Number.isInteger(rcid) || rcid <= 0) bad(`rcid: expected a whole number, found "${f(0)}"`);
    if (kind === 'issues') {
      const code = f(1);
      if (!(ISSUE_CODES as readonly string[]).includes(code)) bad(`short_name: expected one of ${ISSUE_CODES.join(', ')}, found "${code}"`);
      issues.push({ rcid, code: code as VoetenIssue['code'] });
      return;
    }
    const date = parseDate(f(3)) ?? bad(`date: expected YYYY-MM-DD, found "${f(3)}"`);
    const symbol = voetenSymbol(f(4));
    const flag = (i: number) => f(i) === '1';
    rollCalls.push({ rcid, date, key: symbol ? symbolKey(symbol) : '', important: flag(2), part: flag(5) || flag(6) });
  });
  if (!kind) throw new DataError(`${label}: the file is empty`);
  return { kind, pass, rollCalls, issues };
}

/** The kind of Voeten file at `path` by its header, read alone; null for any other file. */
export async function voetenFileKind(path: string, label: string): Promise<VoetenKind | null> {
  let kind: VoetenKind | null = null;
  const stop = new Error('header read');
  try {
    await streamCsv(path, label, (row) => {
      kind = voetenKind(Array.from({ length: row.length }, (_, i) => row.text(i)));
      throw stop;
    });
  } catch (e) {
    if (e !== stop) return null; // the UN file reader says what is wrong with any other file
  }
  return kind;
}
