import { describe, expect, it } from 'vitest';
import { cdf, erfc, mass, truncated, upper } from './normal.js';

describe('normal', () => {
  it('matches known values', () => {
    expect(cdf(0)).toBeCloseTo(0.5, 7);
    expect(cdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(erfc(1)).toBeCloseTo(0.157299207, 7);
    // deep tail, relative accuracy: Q(8) = 6.22096e-16
    expect(upper(8) / 6.22096057e-16).toBeCloseTo(1, 5);
    expect(mass(8, 9) / (6.22096057e-16 - 1.12858841e-19)).toBeCloseTo(1, 5);
  });

  it('gives truncated means that stay inside their interval', () => {
    expect(truncated(0, -Infinity, 0).mean).toBeCloseTo(-Math.sqrt(2 / Math.PI), 6);
    expect(truncated(0, 0, Infinity).mean).toBeCloseTo(Math.sqrt(2 / Math.PI), 6);
    for (const mu of [-40, -10, -3, 0, 3, 10, 40]) {
      const t = truncated(mu, 0, 1.2);
      expect(t.mean).toBeGreaterThanOrEqual(0);
      expect(t.mean).toBeLessThanOrEqual(1.2);
      expect(Number.isFinite(t.logp)).toBe(true);
      const low = truncated(mu, -Infinity, 0).mean;
      expect(low).toBeLessThanOrEqual(0);
    }
  });
});

import { logUpper, mills, pdf as density } from './normal.js';

describe('tabulated tails', () => {
  it('agree with direct computation across and beyond the table', () => {
    for (let z = -12; z <= 12; z += 0.0371) {
      const q = upper(z);
      expect(Math.abs(mills(z) - density(z) / q)).toBeLessThan(2e-6 * Math.max(1, Math.abs(z)));
      expect(Math.abs(logUpper(z) - Math.log(q))).toBeLessThan(1e-6 * Math.max(1, z * z));
    }
  });
});
