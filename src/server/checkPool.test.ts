import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../test/helpers/cli.js';
import { GA_RECORDS, SC_CSV, gaCsv, tempDir, writeFixture } from '../../test/helpers/fixtures.js';
import { BusyError } from '../errors.js';
import { type CheckPool, createCheckPool } from './checkPool.js';

let db: string;
const text = (s: string) => ({ bytes: Buffer.from(s) });
// About 200 KB of sentences that each name states and a vote: minutes of work for a slow reader, seconds for this one.
const LONG = 'On 23 February 2023 the General Assembly adopted resolution ES-11/6 by 2 votes to 1, with 3 abstentions. Pakistan, India and China abstained, while Brazil voted in favour. '.repeat(1200);

beforeAll(async () => {
  const dir = tempDir();
  db = join(dir, 's.db');
  await cli(['--db', db, 'import', writeFixture(dir, 'ga.csv', gaCsv(GA_RECORDS)), writeFixture(dir, 'sc.csv', SC_CSV)]);
});

describe('the check pool', () => {
  let pool: CheckPool;
  afterAll(() => pool?.close());

  it('checks in a worker thread, with the dataset it read', async () => {
    pool = createCheckPool(db, { threads: 1 });
    const { report, version } = await pool.check(text('On 23 February 2023 the General Assembly adopted resolution ES-11/6 by 2 votes to 1, with 3 abstentions.'));
    expect(version).toBe('ga=ga; sc=sc');
    expect(report.claims[0]).toMatchObject({ kind: 'tally', verdict: 'supported' });
  });

  it('stops a check over its budget with a busy error; the store is still checked by a pool with room', async () => {
    const tight = createCheckPool(db, { threads: 1, budgetMs: 150 });
    try {
      await expect(tight.check(text(LONG))).rejects.toThrow(BusyError);
      await expect(tight.check(text(LONG))).rejects.toThrow(/took longer than 0.15 s and was stopped/);
      const slack = createCheckPool(db, { threads: 1 });
      try {
        expect((await slack.check(text('Pakistan abstained on resolution ES-11/6 in February 2023.'))).report.claims.length).toBe(1);
      } finally {
        await slack.close();
      }
    } finally {
      await tight.close();
    }
  });

  it('refuses checks beyond its queue as busy, and sends typed errors back', async () => {
    const small = createCheckPool(db, { threads: 1, maxQueue: 1 });
    try {
      const running = [small.check(text(LONG)), small.check(text(LONG))];
      await expect(small.check(text(LONG))).rejects.toThrow(/every check worker is busy and 1 checks are waiting/);
      await Promise.all(running);
      await expect(small.check(text('   '))).rejects.toMatchObject({ code: 'usage' });
    } finally {
      await small.close();
    }
  });
});
