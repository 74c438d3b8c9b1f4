import { describe, expect, it } from 'vitest';
import { GA_RECORDS, gaCsv, writeFixture } from '../../test/helpers/fixtures.js';
import { freshStore, registry } from '../../test/helpers/store.js';
import { NotFoundError } from '../errors.js';
import { importFile } from '../store/importFile.js';
import { loadMatrix } from './loadMatrix.js';
import { NOT_MEMBER, columnOf, voteAt } from './voteMatrix.js';

describe('loadMatrix', () => {
  it('holds one byte per resolution and entity, with absence as NOT_MEMBER', async () => {
    const { db, dir } = freshStore();
    // GBR sits only in the last record: elsewhere it was "not a member".
    const records = GA_RECORDS.map((r, i) =>
      i === 2 ? { ...r, votes: [...r.votes, { code: 'GBR', name: 'UNITED KINGDOM', vote: 'N' }], totals: undefined } : r,
    );
    await importFile(db, registry, writeFixture(dir, 'ga.csv', gaCsv(records)));
    const m = loadMatrix(db, 'ga');
    expect(m.codes).toEqual(['BRA', 'CHN', 'GBR', 'IND', 'PAK', 'RUS', 'USA']);
    expect(m.resolutions.map((r) => `${r.symbol} ${r.year}`)).toEqual([
      'A/RES/ES-11/6 2023', 'A/RES/78/10 2023', 'A/RES/78/200 2024',
    ]);
    expect(m.cells).toHaveLength(3 * 7);
    const pak = columnOf(m, 'PAK');
    expect([0, 1, 2].map((r) => voteAt(m, r, pak))).toEqual(['A', 'Y', 'N']);
    const gbr = columnOf(m, 'GBR');
    expect(m.cells[0 * 7 + gbr]).toBe(NOT_MEMBER);
    expect(voteAt(m, 0, gbr)).toBeNull();
    expect(voteAt(m, 2, gbr)).toBe('N');
    expect(m.resolutions[0]!.totals).toEqual({ yes: 2, no: 1, abstain: 3, nonVoting: 0 });
    expect(m.dataset.version).toBe('ga');
  });

  it('orders symbols of one day naturally', async () => {
    const { db, dir } = freshStore();
    const day = (symbol: string, id: string) => ({ ...GA_RECORDS[1]!, symbol, id, totals: undefined });
    await importFile(db, registry, writeFixture(dir, 'ga.csv', gaCsv([day('A/RES/78/10', '1'), day('A/RES/78/9', '2')])));
    expect(loadMatrix(db, 'ga').resolutions.map((r) => r.symbol)).toEqual(['A/RES/78/9', 'A/RES/78/10']);
  });

  it('says what to do when the body has no votes yet', () => {
    const { db } = freshStore();
    expect(() => loadMatrix(db, 'sc')).toThrow(NotFoundError);
    expect(() => loadMatrix(db, 'sc')).toThrow(/straddle sync/);
  });
});
