import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMatrix } from '../src/matrix/loadMatrix.js';
import { columnOf, voteAt } from '../src/matrix/voteMatrix.js';
import { importFile } from '../src/store/importFile.js';
import type { ImportSummary } from '../src/store/importSummary.js';
import { findResolution } from '../src/store/lookup.js';
import { type Db, openStore } from '../src/store/store.js';
import { resolutionView } from '../src/views/resolution.js';
import { ASSEMBLED_GA, ASSEMBLED_SC, tempDir } from './helpers/fixtures.js';
import { registry } from './helpers/store.js';

// The assembled files of ../shared/data (CI has them). Figures from its README.
let db: Db;
let ga: ImportSummary;
let sc: ImportSummary;

beforeAll(async () => {
  db = openStore(join(tempDir(), 'real.db'), { create: true });
  ga = await importFile(db, registry, ASSEMBLED_GA);
  sc = await importFile(db, registry, ASSEMBLED_SC);
});

describe('the assembled GA file', () => {
  it('lands whole: every row, every record, no anomaly', () => {
    expect(ga).toMatchObject({
      body: 'ga', rows: 944_204, votes: 944_204, resolutions: 5_678, firstDate: '1946-01-26', lastDate: '2025-12-18',
      mismatches: [], unknownCodes: [], duplicateRows: 0, inconsistentRecords: [],
    });
  });

  it('gives A/RES/ES-11/6 as the UN recorded it', () => {
    const v = resolutionView(db, registry, findResolution(db, 'es-11/6'));
    expect(v.totals).toEqual({ yes: 141, no: 7, abstain: 32, nonVoting: 13 });
    expect(v.counted).toEqual(v.totals);
    const vote = (code: string) => v.votes.find((x) => x.code === code)?.vote;
    expect(['PAK', 'IND', 'BRA', 'EGY', 'CHN', 'USA', 'RUS'].map(vote)).toEqual(['A', 'A', 'Y', 'Y', 'A', 'Y', 'N']);
  });

  it('checks against the other verified votes', () => {
    const totals = (s: string) => {
      const t = resolutionView(db, registry, findResolution(db, s)).totals;
      return `${t.yes}-${t.no}-${t.abstain} (${t.nonVoting})`;
    };
    expect(totals('A/RES/ES-11/1')).toBe('141-5-35 (12)');
    expect(totals('A/RES/ES-11/4')).toBe('143-5-35 (10)');
    expect(totals('A/RES/ES-10/21')).toBe('120-14-45 (14)');
    expect(totals('A/RES/68/262')).toBe('100-11-58 (24)');
  });

  it('loads into a matrix with members and non-members told apart', () => {
    const m = loadMatrix(db, 'ga');
    expect(m.resolutions).toHaveLength(5_678);
    const ddr = columnOf(m, 'DDR');
    const first = m.resolutions.findIndex((r) => r.symbol === 'A/RES/ES-11/6');
    expect(voteAt(m, first, ddr)).toBeNull();
    expect(voteAt(m, first, columnOf(m, 'PAK'))).toBe('A');
    let cells = 0;
    for (const c of m.cells) if (c !== 0) cells++;
    expect(cells).toBe(944_204);
  });
});

describe('the assembled SC file', () => {
  it('lands whole', () => {
    expect(sc).toMatchObject({ body: 'sc', rows: 41_259, votes: 41_259, resolutions: 2_809, mismatches: [], unknownCodes: [] });
  });

  it('shows the records wrong on their face as anomalies: 42 with no vote in favour, 15 titles of another resolution', () => {
    const kinds = (problem: string) => sc.suspectRecords!.filter((r) => r.problem === problem);
    expect(kinds('noYes')).toHaveLength(42);
    expect(kinds('noYes').map((r) => r.symbol)).toContain('S/RES/726(1992)');
    expect(kinds('titleSymbol')).toHaveLength(15);
    expect(kinds('titleSymbol').find((r) => r.symbol === 'S/RES/2808(2025)')?.detail).toBe('its title is that of resolution 2806');
    expect(resolutionView(db, registry, findResolution(db, '726')).warnings).toEqual([expect.stringMatching(/no vote in favour is recorded/)]);
    // Three GA records of the assembled file have every member non-voting.
    expect(ga.suspectRecords!.map((r) => r.symbol)).toEqual(['A/RES/39/28A', 'A/RES/39/28B', 'A/RES/43/62']);
  });

  it('finds S/RES/2334 by number', () => {
    const v = resolutionView(db, registry, findResolution(db, '2334'));
    expect(v.symbol).toBe('S/RES/2334(2016)');
    expect(v.totals).toEqual({ yes: 14, no: 0, abstain: 1, nonVoting: 0 });
    expect(v.votes.find((x) => x.code === 'USA')?.vote).toBe('A');
  });
});
