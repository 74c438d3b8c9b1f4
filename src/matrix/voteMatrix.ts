import type { Body, Tally, Vote } from '../vote.js';

/** A cell of the matrix: a vote letter's char code, or NOT_MEMBER. */
export const NOT_MEMBER = 0;
export const CELL = { Y: 89, N: 78, A: 65, X: 88 } as const satisfies Record<Vote, number>;

/** What the analysis needs to know about one resolution (a row of the matrix). */
export interface ResolutionMeta {
  /** Row id in the store. */
  id: number;
  undlId: string;
  symbol: string;
  date: string;
  /** Calendar year of the vote. */
  year: number;
  session: string | null;
  title: string;
  agenda: string;
  subjects: string;
  link: string;
  totals: Tally;
}

/**
 * Votes of one body in memory: resolutions (rows, ordered by date then
 * symbol) by entities (columns), one byte per cell. A cell is Y, N, A or X
 * as char codes, or {@link NOT_MEMBER} (0) where the state was not a member
 * or not on the Council: absence is never a vote.
 */
export interface VoteMatrix {
  body: Body;
  /** Dataset provenance: the file version and SHA-256 the votes came from. */
  dataset: { version: string; sha256: string; file: string };
  resolutions: ResolutionMeta[];
  /** Entity codes, one per column. */
  codes: string[];
  /** Row-major cells: `cells[r * codes.length + c]`. */
  cells: Uint8Array;
}

/** The column of a code, or -1. */
export function columnOf(m: VoteMatrix, code: string): number {
  return m.codes.indexOf(code);
}

/**
 * The vote of column `c` on row `r`, or `null` where the entity was not a member.
 *
 * @example voteAt(m, 0, columnOf(m, 'USA')) // → 'Y'
 */
export function voteAt(m: VoteMatrix, r: number, c: number): Vote | null {
  const v = m.cells[r * m.codes.length + c];
  return v === NOT_MEMBER || v === undefined ? null : (String.fromCharCode(v) as Vote);
}
