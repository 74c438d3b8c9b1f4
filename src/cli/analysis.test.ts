import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../test/helpers/cli.js';
import { GA_RECORDS, gaCsv, tempDir, writeFixture } from '../../test/helpers/fixtures.js';

let db: string;

beforeAll(async () => {
  const dir = tempDir();
  db = join(dir, 'a.db');
  const more = [
    ...GA_RECORDS,
    { ...GA_RECORDS[0]!, id: '9000004', symbol: 'A/RES/ES-11/7', date: '2024-02-24', totals: undefined,
      votes: GA_RECORDS[0]!.votes.map((v) => (v.code === 'PAK' ? { ...v, vote: 'Y' } : v)) },
  ];
  await cli(['--db', db, 'import', writeFixture(dir, 'ga.csv', gaCsv(more))]);
});

const json = async (argv: string[]) => {
  const r = await cli(['--db', db, ...argv, '--json']);
  expect(r.err.replace(/^importing.*\n/, '')).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out);
};

describe('straddle agreement', () => {
  it('keeps the contract, by year', async () => {
    const rows = await json(['agreement', 'USA', 'pakistan']);
    expect(rows.map((r: { period: string }) => r.period)).toEqual(['2023', '2024']);
    expect(Object.keys(rows[0])).toEqual(expect.arrayContaining(
      ['period', 'a', 'b', 'n', 'same', 'opposite', 'partial', 'absent', 'coincidence', 'votesOnly', 'agree', 's', 'kappa', 'pi'],
    ));
    // 2023: ES-11/6 (Y vs A: partial), 78/10 (Y vs Y: same)
    expect(rows[0]).toMatchObject({ a: 'USA', b: 'PAK', n: 2, same: 1, partial: 1, opposite: 0, absent: 0, coincidence: 0.75 });
  });

  it('over the whole period with --by all, and rejects a bad --by', async () => {
    const [all] = await json(['agreement', 'USA', 'PAK', '--by', 'all']);
    expect(all).toMatchObject({ period: '2023-2024', n: 4 });
    const r = await cli(['--db', db, 'agreement', 'USA', 'PAK', '--by', 'decade']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('--by: expected year, session or all');
  });
});

describe('straddle align', () => {
  it('gives every member its scores with each anchor', async () => {
    const rows = await json(['align', '--year', '2023']);
    const pak = rows.find((r: { code: string }) => r.code === 'PAK');
    expect(pak).toMatchObject({ code: 'PAK', name: 'Pakistan', n: 2 });
    expect(Object.keys(pak.scores)).toEqual(['USA', 'CHN', 'RUS']);
    expect(pak.scores.USA).toBe(0.75);
  });

  it('says why a span past the record is empty', async () => {
    const r = await cli(['--db', db, 'align', '--year', '2030']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/No recorded Assembly votes in that span: the record runs \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}\./);
  });

  it('rejects an unknown metric, naming the parameter', async () => {
    const r = await cli(['--db', db, 'align', '--metric', 'vibes']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('--metric: expected one of coincidence');
  });
});

describe('straddle profile', () => {
  it('keeps the contract', async () => {
    const p = await json(['profile', 'PAK']);
    expect(p).toMatchObject({ code: 'PAK', name: 'Pakistan' });
    expect(p.years.map((y: { year: number }) => y.year)).toEqual([2023, 2024]);
    const y = p.years[0];
    expect(Object.keys(y)).toEqual(expect.arrayContaining(['year', 'n', 'abstainRate', 'scores', 'sides']));
    // ES-11/6: US yes, China abstains, Pakistan abstains; 78/10: US yes, China no, Pakistan yes.
    expect(y.sides['USA|CHN']).toEqual({ n: 2, withFirst: 1, withSecond: 1, abstain: 0, absent: 0, other: 0 });
    expect(Array.isArray(p.shifts) && Array.isArray(p.allies) && Array.isArray(p.opponents)).toBe(true);
  });

  it('keeps every part to the years asked for: years, allies, shifts', async () => {
    const whole = await json(['profile', 'PAK']);
    expect(whole.shifts.map((s: { symbol: string }) => s.symbol)).toContain('A/RES/ES-11/7');
    const p = await json(['profile', 'PAK', '--from', '2023', '--to', '2023']);
    expect(p.years.map((y: { year: number }) => y.year)).toEqual([2023]);
    expect(p.window).toEqual({ from: 2023, to: 2023 });
    // The 2024 shift (ES-11/7) is outside 2023.
    expect(p.shifts.filter((s: { date: string }) => !s.date.startsWith('2023'))).toEqual([]);
    expect((await cli(['--db', db, 'profile', 'PAK', '--from', '2024', '--to', '2023'])).err).toMatch(/--from 2024 is after --to 2023/);
  });
});

describe('straddle shifts and similar', () => {
  it('lists a changed vote in an emergency special session', async () => {
    const s = await json(['shifts', 'PAK']);
    expect(s[0]).toMatchObject({ symbol: 'A/RES/ES-11/7', vote: 'Y', previous: { symbol: 'A/RES/ES-11/6', vote: 'A' }, changed: true });
    const human = (await cli(['--db', db, 'shifts', 'PAK'])).out;
    expect(human).toContain('A/RES/ES-11/7 (2024-02-24): Y, was A on');
  });

  it('ranks resolutions of the same thread first', async () => {
    const s = await json(['similar', 'ES-11/6']);
    expect(s[0]).toMatchObject({ symbol: 'A/RES/ES-11/7', sameThread: true });
    expect(Object.keys(s[0])).toEqual(expect.arrayContaining(['symbol', 'date', 'title', 'score', 'sameThread']));
  });
});

describe('straddle blocs', () => {
  it('needs a period', async () => {
    expect((await cli(['--db', db, 'blocs'])).code).toBe(1);
  });

  it('groups the members of a year', async () => {
    const b = await json(['blocs', '--year', '2023', '--k', '2']);
    expect(b.k).toBe(2);
    expect(b.layout).toHaveLength(6);
  });
});
