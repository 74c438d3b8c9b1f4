import { describe, expect, it } from 'vitest';
import { matrixOf } from '../../test/helpers/matrix.js';
import { rowsWhere } from './rowSet.js';
import { sides } from './sides.js';
import { voteBits } from './voteBits.js';

// Columns: USA, CHN, PAK.
const m = matrixOf(['USA', 'CHN', 'PAK'], [
  { symbol: 'R1', date: '2023-01-01', votes: 'YNN' }, // split; PAK with CHN
  { symbol: 'R2', date: '2023-01-02', votes: 'YNY' }, // split; PAK with USA
  { symbol: 'R3', date: '2023-01-03', votes: 'YNA' }, // split; PAK abstains
  { symbol: 'R4', date: '2023-01-04', votes: 'NYX' }, // split; PAK absent
  { symbol: 'R5', date: '2023-01-05', votes: 'YAA' }, // split; PAK with CHN's abstention
  { symbol: 'R6', date: '2023-01-06', votes: 'YAN' }, // split; PAK neither
  { symbol: 'R7', date: '2023-01-07', votes: 'YYN' }, // not split
  { symbol: 'R8', date: '2023-01-08', votes: 'YXN' }, // CHN did not vote: not split
  { symbol: 'R9', date: '2023-01-09', votes: 'YN.' }, // split, PAK not a member
]);

describe('sides', () => {
  it('counts how a state sided when two anchors split', () => {
    expect(sides(voteBits(m), 0, 1, 2, rowsWhere(m, () => true))).toEqual({
      n: 6, withFirst: 1, withSecond: 2, abstain: 1, absent: 1, other: 1,
    });
  });

  it('is symmetric in the anchors', () => {
    const s = sides(voteBits(m), 1, 0, 2, rowsWhere(m, () => true));
    expect([s.withFirst, s.withSecond]).toEqual([2, 1]);
  });
});
