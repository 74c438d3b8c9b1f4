import { describe, expect, it } from 'vitest';
import { matrixOf, seeded } from '../../test/helpers/matrix.js';
import { measures } from './measures.js';
import { naiveTable } from './reference.js';
import { rowIndices, rowsWhere } from './rowSet.js';
import { table, voteBits } from './voteBits.js';

// a: Y Y Y N A Y N X
// b: Y N A N A X Y Y
const m = matrixOf(
  ['A', 'B'],
  ['YY', 'YN', 'YA', 'NN', 'AA', 'YX', 'NY', 'XY'].map((votes, i) => ({ symbol: `R${i}`, date: `2020-01-0${i + 1}`, votes })),
);
const all = rowsWhere(m, () => true);
const t = table(voteBits(m), 0, 1, all);

describe('measures, checked by hand', () => {
  it('counts same, opposite, partial and absent votes', () => {
    expect(measures(t)).toMatchObject({ n: 7, same: 3, opposite: 2, partial: 1, absent: 1, nVoted: 6, nYesNo: 4 });
  });

  it('State Department coincidence: (S + P/2 + A/2) / (S + O + P + A)', () => {
    expect(measures(t).coincidence).toBeCloseTo(4 / 7, 12);
  });

  it('votes-only coincidence: S / (S + O) over yes and no votes', () => {
    expect(measures(t).votesOnly).toBeCloseTo(0.5, 12);
  });

  it("Voeten's agreement and the S-score", () => {
    // distances over the six votes both cast: 0, 2, 1, 0, 0, 2
    expect(measures(t).agree).toBeCloseTo(7 / 12, 12);
    expect(measures(t).s).toBeCloseTo(1 / 6, 12);
  });

  it("Cohen's kappa and Scott's pi with linear weights", () => {
    expect(measures(t).kappa).toBeCloseTo(2 / 17, 12);
    expect(measures(t).pi).toBeCloseTo(7 / 67, 12);
  });

  it('kappa with quadratic weights', () => {
    expect(measures(t, 'quadratic').kappa).toBeCloseTo(0, 12);
  });

  it('gives null, never NaN, when a base is empty', () => {
    const none = measures(new Uint32Array(16));
    for (const k of ['coincidence', 'votesOnly', 'agree', 's', 'kappa', 'pi'] as const) expect(none[k]).toBeNull();
    expect(none.n).toBe(0);
    // Always yes together: full agreement, but nothing for chance to explain.
    const alwaysYes = measures(Uint32Array.of(5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    expect(alwaysYes.agree).toBe(1);
    expect(alwaysYes.kappa).toBeNull();
    expect(alwaysYes.pi).toBeNull();
  });

  it('leaves out votes where the first state did not vote or either was not a member', () => {
    const mm = matrixOf(['A', 'B'], [
      { symbol: 'R1', date: '2020-01-01', votes: 'XY' },
      { symbol: 'R2', date: '2020-01-02', votes: '.Y' },
      { symbol: 'R3', date: '2020-01-03', votes: 'Y.' },
    ]);
    expect(measures(table(voteBits(mm), 0, 1, rowsWhere(mm, () => true))).n).toBe(0);
  });
});

describe('bitset tables', () => {
  it('equal the plain-loop reference on random matrices and row sets', () => {
    const rand = seeded(42);
    const codes = Array.from({ length: 7 }, (_, i) => `C${i}`);
    const letters = ['Y', 'N', 'A', 'X', '.'];
    const rows = Array.from({ length: 301 }, (_, i) => ({
      symbol: `R${i}`,
      date: `${2000 + (i % 5)}-01-01`,
      votes: codes.map(() => letters[Math.floor(rand() * 5)]).join(''),
    }));
    const mm = matrixOf(codes, rows);
    const bits = voteBits(mm);
    for (let trial = 0; trial < 50; trial++) {
      const keep = rowsWhere(mm, () => rand() < 0.6);
      const a = Math.floor(rand() * 7);
      const b = Math.floor(rand() * 7);
      const reference = naiveTable(mm, a, b, rowIndices(keep));
      reference.fill(0, 12); // rows where the first did not vote are left out
      expect([...table(bits, a, b, keep)]).toEqual([...reference]);
    }
  });
});
