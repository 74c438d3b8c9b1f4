import type { Vote } from '../vote.js';

/**
 * Field parsers for the UN bulk files. Each returns `undefined` for a value
 * it cannot read, so the reader can name the line and column in its error.
 */

const VOTE_CODES: Record<string, Vote> = { Y: 'Y', N: 'N', A: 'A', X: 'X', NV: 'X', '': 'X' };

/**
 * Reads `ms_vote`. The dictionary lists Y, N, A and X; older releases and
 * third-party copies also write `NV` or leave the cell empty for non-voting.
 *
 * @example parseVote(' a ') // → 'A'
 */
export function parseVote(raw: string): Vote | undefined {
  // Own-property check: `constructor` or `__proto__` are not votes.
  if (Object.hasOwn(VOTE_CODES, raw)) return VOTE_CODES[raw];
  const s = raw.trim().toUpperCase();
  return Object.hasOwn(VOTE_CODES, s) ? VOTE_CODES[s] : undefined;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads an ISO date (`2023-02-23`), refusing impossible ones (`2023-02-30`).
 *
 * @example parseDate('2023-02-23') // → '2023-02-23'
 */
export function parseDate(raw: string): string | undefined {
  const m = ISO_DATE.exec(raw.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return undefined;
  return m[0];
}

/**
 * Reads a total. The UN writes them as floats (`141.0`); some copies pad
 * them (`015`). Empty means not given (`null`).
 *
 * @example parseTotal('141.0') // → 141
 */
export function parseTotal(raw: string): number | null | undefined {
  const s = raw.trim();
  if (s === '') return null;
  if (!/^\d+(\.0*)?$/.test(s)) return undefined;
  return Number.parseInt(s, 10);
}

/**
 * Reads a GA session: a number (`76`), an emergency special session
 * (`ES-11`) or a special session (`S-28`).
 *
 * @example parseSession('es-11') // → 'ES-11'
 */
export function parseSession(raw: string): string | undefined {
  const s = raw.trim().toUpperCase();
  if (/^\d+$/.test(s)) return String(Number(s));
  const m = /^(ES|S)-?(\d+)$/.exec(s);
  return m ? `${m[1]}-${Number(m[2])}` : undefined;
}

/** Reads `permanent_member` (`True`/`False`). */
export function parseBool(raw: string): boolean | undefined {
  const s = raw.trim().toLowerCase();
  if (s === 'true' || s === '1') return true;
  if (s === 'false' || s === '0') return false;
  return undefined;
}
