import { NotFoundError } from '../errors.js';
import type { VoteMatrix } from '../matrix/voteMatrix.js';
import type { RowSet } from './rowSet.js';
import { yearRows } from './selection.js';
import { type TextIndex, buildTextIndex } from './similar.js';
import { type Threads, buildThreads } from './threads.js';
import { type VoteBits, voteBits } from './voteBits.js';

/**
 * A matrix with the structures analysis builds from it, each made on first
 * use and kept: bitsets, threads, the text index, row sets by year.
 */
export interface Workspace {
  matrix: VoteMatrix;
  bits(): VoteBits;
  threads(): Threads;
  text(): TextIndex;
  years(): Map<number, RowSet>;
  /** The column of a code; NotFoundError when the body never had that member. */
  column(code: string): number;
}

export function workspace(matrix: VoteMatrix): Workspace {
  let bits: VoteBits | undefined;
  let threads: Threads | undefined;
  let text: TextIndex | undefined;
  let years: Map<number, RowSet> | undefined;
  const columns = new Map(matrix.codes.map((c, i) => [c, i]));
  return {
    matrix,
    bits: () => (bits ??= voteBits(matrix)),
    threads: () => (threads ??= buildThreads(matrix)),
    text: () => (text ??= buildTextIndex(matrix)),
    years: () => (years ??= yearRows(matrix)),
    column(code) {
      const c = columns.get(code);
      if (c === undefined) throw new NotFoundError(`${code} has no votes in the ${matrix.body.toUpperCase()} record`);
      return c;
    },
  };
}
