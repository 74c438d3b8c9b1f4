import { CELL, NOT_MEMBER, type VoteMatrix } from '../../matrix/voteMatrix.js';

/**
 * Votes laid out for estimation. A unit is one state in one year; each
 * state's units run over every year from its first vote to its last, gaps
 * included (the random walk bridges them). An observation is one vote cast:
 * yes (0) < abstain (1) < no (2); non-voting and non-membership are missing.
 */
export interface IdealData {
  codes: string[];
  /** Per unit: its state and year. */
  unitState: Int32Array;
  unitYear: Int32Array;
  /** Per unit: votes cast. */
  unitVotes: Int32Array;
  /** Per state: its first unit and number of units (consecutive years). */
  stateFirst: Int32Array;
  stateUnits: Int32Array;
  /** Number of items (sets of resolutions sharing parameters). */
  items: number;
  obsUnit: Int32Array;
  obsItem: Int32Array;
  obsCat: Uint8Array;
  /** Items left out because every vote on them was the same. */
  droppedItems: number;
}

const CATEGORY = new Map<number, number>([
  [CELL.Y, 0],
  [CELL.A, 1],
  [CELL.N, 2],
]);

/**
 * Lays out a matrix for estimation. `itemOf[row]` gives each resolution's
 * item: its thread when recurring resolutions are bridged, else the row.
 */
export function idealData(m: VoteMatrix, itemOf: ArrayLike<number>): IdealData {
  const R = m.resolutions.length;
  const C = m.codes.length;
  // Items with a single category carry no information about positions.
  const seen = new Map<number, number>();
  for (let r = 0; r < R; r++) {
    const item = itemOf[r] as number;
    let mask = seen.get(item) ?? 0;
    for (let c = 0; c < C; c++) {
      const k = CATEGORY.get(m.cells[r * C + c] as number);
      if (k !== undefined) mask |= 1 << k;
    }
    seen.set(item, mask);
  }
  const keep = new Map<number, number>();
  let dropped = 0;
  for (const [item, mask] of seen) {
    if (mask === 1 || mask === 2 || mask === 4 || mask === 0) dropped++;
    else keep.set(item, keep.size);
  }

  const first = new Int32Array(C).fill(10_000);
  const last = new Int32Array(C).fill(-1);
  for (let r = 0; r < R; r++) {
    const y = m.resolutions[r]!.year;
    for (let c = 0; c < C; c++) {
      if (m.cells[r * C + c] === NOT_MEMBER) continue;
      if (y < (first[c] as number)) first[c] = y;
      if (y > (last[c] as number)) last[c] = y;
    }
  }
  const stateFirst = new Int32Array(C);
  const stateUnits = new Int32Array(C);
  let units = 0;
  for (let c = 0; c < C; c++) {
    stateFirst[c] = units;
    stateUnits[c] = last[c] === -1 ? 0 : (last[c] as number) - (first[c] as number) + 1;
    units += stateUnits[c] as number;
  }
  const unitState = new Int32Array(units);
  const unitYear = new Int32Array(units);
  for (let c = 0; c < C; c++) {
    for (let k = 0; k < (stateUnits[c] as number); k++) {
      unitState[(stateFirst[c] as number) + k] = c;
      unitYear[(stateFirst[c] as number) + k] = (first[c] as number) + k;
    }
  }
  const unitVotes = new Int32Array(units);
  const obsUnit: number[] = [];
  const obsItem: number[] = [];
  const obsCat: number[] = [];
  for (let r = 0; r < R; r++) {
    const item = keep.get(itemOf[r] as number);
    if (item === undefined) continue;
    const y = m.resolutions[r]!.year;
    for (let c = 0; c < C; c++) {
      const k = CATEGORY.get(m.cells[r * C + c] as number);
      if (k === undefined) continue;
      const u = (stateFirst[c] as number) + y - (first[c] as number);
      obsUnit.push(u);
      obsItem.push(item);
      obsCat.push(k);
      unitVotes[u] = (unitVotes[u] as number) + 1;
    }
  }
  return {
    codes: m.codes,
    unitState,
    unitYear,
    unitVotes,
    stateFirst,
    stateUnits,
    items: keep.size,
    obsUnit: Int32Array.from(obsUnit),
    obsItem: Int32Array.from(obsItem),
    obsCat: Uint8Array.from(obsCat),
    droppedItems: dropped,
  };
}
