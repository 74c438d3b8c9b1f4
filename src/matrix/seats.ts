import { NOT_MEMBER, type VoteMatrix } from './voteMatrix.js';

/**
 * A matrix in which a state that continues another's seat also carries the
 * earlier entity's votes, for analysis over time: the Russian Federation's
 * column holds the USSR's votes up to 1991 (`continues` maps RUS → SUN).
 * Both codes stay in the matrix; only the successor's empty cells are filled.
 *
 * @example seatsMatrix(m, { RUS: 'SUN' })
 */
export function seatsMatrix(m: VoteMatrix, continues: Readonly<Record<string, string>>): VoteMatrix {
  const C = m.codes.length;
  const cells = m.cells.slice();
  for (const [successor, predecessor] of Object.entries(continues)) {
    const s = m.codes.indexOf(successor);
    const p = m.codes.indexOf(predecessor);
    if (s === -1 || p === -1) continue;
    for (let r = 0; r < m.resolutions.length; r++) {
      if (cells[r * C + s] === NOT_MEMBER) cells[r * C + s] = m.cells[r * C + p] as number;
    }
  }
  return { ...m, cells };
}
