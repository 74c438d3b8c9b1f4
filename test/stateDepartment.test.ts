import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { align } from '../src/analysis/agreement.js';
import { rowsWhere } from '../src/analysis/rowSet.js';
import { voteBits } from '../src/analysis/voteBits.js';
import { loadMatrix } from '../src/matrix/loadMatrix.js';
import type { VoteMatrix } from '../src/matrix/voteMatrix.js';
import { importFile } from '../src/store/importFile.js';
import { openStore } from '../src/store/store.js';
import { ASSEMBLED_GA, tempDir } from './helpers/fixtures.js';
import { registry } from './helpers/store.js';

/**
 * Overall voting coincidence with the United States, as the State Department
 * reports it ("Voting Practices in the United Nations", 2021 and 2022 reports):
 * recorded GA plenary votes of the calendar year.
 */
const REPORTED: Record<string, [number, number]> = {
  PAK: [33, 35],
  IND: [34, 39],
  BRA: [42, 49],
  EGY: [27, 35],
  CHN: [27, 28],
  RUS: [33, 30],
};

let m: VoteMatrix;
beforeAll(async () => {
  const db = openStore(join(tempDir(), 'sd.db'), { create: true });
  await importFile(db, registry, ASSEMBLED_GA);
  m = loadMatrix(db, 'ga');
});

describe('coincidence with the United States against the State Department', () => {
  for (const [i, year] of [2021, 2022].entries()) {
    it(`${year}: within 3 points for every state in the table`, () => {
      const bits = voteBits(m);
      const rows = align(bits, [m.codes.indexOf('USA')], rowsWhere(m, (r) => r.year === year), 'coincidence');
      for (const [code, reported] of Object.entries(REPORTED)) {
        const ours = rows.find((r) => r.code === code)?.scores.USA as number;
        expect(Math.abs(100 * ours - (reported[i] as number)), `${code} ${year}: ${(100 * ours).toFixed(1)}`).toBeLessThanOrEqual(3);
      }
    });
  }
});
