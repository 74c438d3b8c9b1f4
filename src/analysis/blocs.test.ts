import { describe, expect, it } from 'vitest';
import { matrixOf } from '../../test/helpers/matrix.js';
import { blocs } from './blocs.js';
import { rowsWhere } from './rowSet.js';
import { voteBits } from './voteBits.js';

// Two camps: W1..W3 vote one way, E1..E3 the other; W3 wavers once.
const camps = ['YYYNNN', 'NNNYYY', 'YYYNNN', 'YYANNN', 'NNNYYY', 'YYYNNA'];
const m = matrixOf(['E1', 'E2', 'E3', 'W1', 'W2', 'W3'].sort(), camps.map((votes, i) => ({
  symbol: `R${i}`, date: `2023-01-0${i + 1}`,
  // columns sorted: E1 E2 E3 W1 W2 W3
  votes,
})));

describe('blocs', () => {
  it('finds the two camps, names them by central members, and lays them apart', () => {
    const b = blocs(voteBits(m), rowsWhere(m, () => true), 2);
    expect(b.k).toBe(2);
    const groups = b.blocs.map((x) => [...x.members].sort().join(' ')).sort();
    expect(groups).toEqual(['E1 E2 E3', 'W1 W2 W3']);
    const xOf = (code: string) => b.layout.find((p) => p.code === code)?.x as number;
    expect(Math.sign(xOf('E1'))).toBe(Math.sign(xOf('E2')));
    expect(Math.sign(xOf('E1'))).not.toBe(Math.sign(xOf('W1')));
    // Deterministic: the same input gives the same output.
    expect(blocs(voteBits(m), rowsWhere(m, () => true), 2)).toEqual(b);
  });
});
