import { describe, expect, it } from 'vitest';
import { matrixOf, seeded } from '../../test/helpers/matrix.js';
import { fitIdealPoints } from './idealPoints.js';
import { buildThreads } from './threads.js';

/** A standard normal draw from a seeded uniform generator (Box–Muller). */
function normal(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(rand() || 1e-12)) * Math.cos(2 * Math.PI * rand());
}

/**
 * Votes simulated from the model itself: states on random walks, items with
 * known parameters, some recurring across years (the same title), yes <
 * abstain < no by an ordered probit, and one vote in ten missing.
 */
function simulate(seed: number) {
  const rand = seeded(seed);
  const S = 40;
  const years = 20;
  const codes = Array.from({ length: S }, (_, i) => `S${String(i).padStart(2, '0')}`);
  const truth = new Map<string, number>();
  const x = codes.map(() => normal(rand));
  const rows: { symbol: string; date: string; title: string; votes: string }[] = [];
  const recurring = Array.from({ length: 8 }, () => ({ a: normal(rand) * 0.5, b: 1 + rand(), tau: 0.8 }));
  for (let y = 0; y < years; y++) {
    for (let s = 0; s < S; s++) {
      if (y > 0) x[s] = (x[s] as number) + 0.2 * normal(rand);
      truth.set(`${codes[s]} ${2000 + y}`, x[s] as number);
    }
    for (let i = 0; i < 30; i++) {
      const item = i < 8 ? recurring[i]! : { a: normal(rand) * 0.7, b: (rand() < 0.5 ? -1 : 1) * (0.5 + 1.5 * rand()), tau: 0.4 + rand() };
      const votes = codes
        .map((_, s) => {
          if (rand() < 0.1) return 'X';
          const ystar = item.a + item.b * (x[s] as number) + normal(rand);
          return ystar < 0 ? 'Y' : ystar < item.tau ? 'A' : 'N';
        })
        .join('');
      const title = i < 8 ? `Recurring question ${i}` : `Question ${y}-${i}`;
      rows.push({ symbol: `A/RES/${y}/${i}`, date: `${2000 + y}-06-${String(i + 1).padStart(2, '0')}`, title, votes });
    }
  }
  return { m: matrixOf(codes, rows), truth };
}

function pearson(a: number[], b: number[]): number {
  const ma = a.reduce((s, v) => s + v, 0) / a.length;
  const mb = b.reduce((s, v) => s + v, 0) / b.length;
  let sab = 0, saa = 0, sbb = 0;
  a.forEach((v, i) => {
    sab += (v - ma) * ((b[i] as number) - mb);
    saa += (v - ma) ** 2;
    sbb += ((b[i] as number) - mb) ** 2;
  });
  return sab / Math.sqrt(saa * sbb);
}

describe('fitIdealPoints on simulated votes', () => {
  for (const seed of [1, 2, 3]) {
    it(`recovers the true positions (seed ${seed}) with r at least 0.98`, () => {
      const { m, truth } = simulate(seed);
      // Orient by the state with the highest true mean position.
      const means = m.codes.map((c) => [...truth].filter(([k]) => k.startsWith(c)).reduce((s, [, v]) => s + v, 0));
      const top = m.codes[means.indexOf(Math.max(...means))] as string;
      const fit = fitIdealPoints(m, buildThreads(m), { polarity: top });
      expect(fit.converged).toBe(true);
      const est = fit.points.map((p) => p.idealPoint);
      const tru = fit.points.map((p) => truth.get(`${p.code} ${p.year}`) as number);
      const r = pearson(est, tru);
      if (process.env.SHOW_R) console.log(`seed ${seed}: r = ${r.toFixed(4)}, ${fit.iterations} EM steps`);
      expect(r).toBeGreaterThanOrEqual(0.98);
      // Intervals are finite and ordered, and every point has its n.
      for (const p of fit.points) {
        expect(p.lower as number).toBeLessThan(p.idealPoint);
        expect(p.upper as number).toBeGreaterThan(p.idealPoint);
        expect(p.n).toBeGreaterThan(0);
      }
    });
  }

  it('is deterministic', () => {
    const { m } = simulate(7);
    expect(fitIdealPoints(m, buildThreads(m)).points).toEqual(fitIdealPoints(m, buildThreads(m)).points);
  });
});
