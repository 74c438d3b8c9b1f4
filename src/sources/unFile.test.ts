import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GA_HEADER_2026, GA_RECORDS, SC_CSV, gaCsv, tempDir, writeFixture } from '../../test/helpers/fixtures.js';
import { DataError, UsageError } from '../errors.js';
import { checkTotals } from './checks.js';
import { readUnFile } from './unFile.js';

const dir = tempDir();

describe('readUnFile on a GA file', () => {
  it('reads every row, grouped into records, plain or gzipped', async () => {
    for (const name of ['ga.csv', 'ga.csv.gz']) {
      const parsed = await readUnFile(writeFixture(dir, name, gaCsv(GA_RECORDS)));
      expect(parsed.body).toBe('ga');
      expect(parsed.rows).toBe(18);
      expect(parsed.records.map((r) => r.symbol)).toEqual(['A/RES/ES-11/6', 'A/RES/78/10', 'A/RES/78/200']);
      const es = parsed.records[0]!;
      expect(es.session).toBe('ES-11');
      expect(es.codes).toEqual(['USA', 'RUS', 'CHN', 'PAK', 'IND', 'BRA']);
      expect(es.votes.join('')).toBe('YNAAAY');
      expect(es.totals).toEqual({ yes: 2, no: 1, abstain: 3, nonVoting: 0, members: 6 });
      expect(es.subjects).toBe('UKRAINE--PEACE');
    }
  });

  it('keeps quoted commas, quotes and line breaks, and counts lines past them', async () => {
    const parsed = await readUnFile(writeFixture(dir, 'ml.csv', gaCsv(GA_RECORDS)));
    const r = parsed.records[1]!;
    expect(r.title).toBe('A title with "quotes",\nand a second line');
    // Header on line 1, six rows of ES-11/6, then six two-line rows.
    expect(r.line).toBe(8);
    expect(parsed.records[2]!.line).toBe(20);
  });

  it('reads NV and empty votes as non-voting and keeps vote notes', async () => {
    const parsed = await readUnFile(writeFixture(dir, 'nv.csv', gaCsv(GA_RECORDS)));
    expect(parsed.records[1]!.votes.at(-1)).toBe('X');
    expect(parsed.records[2]!.votes.at(-1)).toBe('X');
    expect(parsed.records[1]!.notes).toEqual({ BRA: 'Did not participate' });
  });

  it('reads the 2024 layout without vote_note', async () => {
    const parsed = await readUnFile(writeFixture(dir, 'old.csv', gaCsv(GA_RECORDS, '2024')));
    expect(parsed.records).toHaveLength(3);
    expect(parsed.records[1]!.notes).toEqual({});
  });

  it('records the names each code carried, with dates', async () => {
    const parsed = await readUnFile(writeFixture(dir, 'names.csv', gaCsv(GA_RECORDS)));
    expect(parsed.names.find((n) => n.code === 'PAK')).toEqual({
      code: 'PAK', name: 'PAKISTAN', first: '2023-02-23', last: '2024-01-15',
    });
  });

  it('hashes the file bytes', async () => {
    const path = writeFixture(dir, 'hash.csv', gaCsv(GA_RECORDS));
    const { createHash } = await import('node:crypto');
    const expected = createHash('sha256').update(readFileSync(path)).digest('hex');
    expect((await readUnFile(path)).sha256).toBe(expected);
  });

  it('lists records whose totals disagree with their votes, without dropping them', async () => {
    const parsed = await readUnFile(writeFixture(dir, 'mm.csv', gaCsv(GA_RECORDS)));
    const mismatches = checkTotals(parsed.records);
    expect(mismatches.map((m) => m.symbol)).toEqual(['A/RES/78/200']);
    expect(mismatches[0]!.counted).toEqual({ yes: 3, no: 1, abstain: 1, nonVoting: 1, members: 6 });
  });

  it('keeps one copy of an identical duplicate row and counts it', async () => {
    const text = gaCsv(GA_RECORDS);
    const lines = text.trimEnd().split('\n');
    const parsed = await readUnFile(writeFixture(dir, 'dup.csv', `${[...lines.slice(0, 3), lines[1], ...lines.slice(3)].join('\n')}\n`));
    expect(parsed.anomalies.duplicateRows).toBe(1);
    expect(parsed.records[0]!.codes).toHaveLength(6);
  });

  it('refuses a row of a record that comes after rows of other records, naming its line', async () => {
    const lines = gaCsv(GA_RECORDS).trimEnd().split('\n');
    const apart = writeFixture(dir, 'apart.csv', `${[...lines, lines[1]].join('\n')}\n`);
    await expect(readUnFile(apart)).rejects.toThrow(
      "apart.csv: line 26: a row of record 9000001 (A/RES/ES-11/6) after rows of other records; the rows of one record must be together, as in the UN's files",
    );
  });

  it('reports rows of one record that disagree on a record field, keeping the first value', async () => {
    const lines = gaCsv(GA_RECORDS).trimEnd().split('\n');
    lines[3] = lines[3]!.replace('2023-02-23', '2023-02-24');
    const parsed = await readUnFile(writeFixture(dir, 'incons.csv', `${lines.join('\n')}\n`));
    expect(parsed.anomalies.inconsistentRecords).toEqual([
      { undlId: '9000001', symbol: 'A/RES/ES-11/6', field: 'date', line: 4 },
    ]);
    expect(parsed.records[0]!.date).toBe('2023-02-23');
    expect(parsed.records[0]!.codes).toHaveLength(6);
  });

  it('decodes multi-byte characters split across read chunks', async () => {
    // Enough rows that the 256 KB chunks of the stream cut through some "Ü".
    const votes = Array.from({ length: 4000 }, (_, i) => ({ code: `T${String(i).padStart(3, '0').slice(-3)}`, name: 'TÜRKIYE ÜÜÜÜÜÜÜÜ', vote: 'Y' }));
    const records = Array.from({ length: 3 }, (_, k) => ({
      id: `70000${k}`, date: '2023-01-01', session: '77', symbol: `A/RES/77/${k + 1}`, title: 'Ü'.repeat(50), votes: votes.slice(0, 1000),
    }));
    const parsed = await readUnFile(writeFixture(dir, 'utf8.csv.gz', gaCsv(records)));
    expect(parsed.names.every((n) => n.name === 'TÜRKIYE ÜÜÜÜÜÜÜÜ')).toBe(true);
    expect(parsed.records.every((r) => r.title === 'Ü'.repeat(50))).toBe(true);
  });
});

describe('readUnFile on an SC file', () => {
  it('reads the Council layout', async () => {
    const parsed = await readUnFile(writeFixture(dir, 'sc.csv', SC_CSV));
    expect(parsed.body).toBe('sc');
    const r = parsed.records[0]!;
    expect(r.symbol).toBe('S/RES/2334(2016)');
    expect(r.session).toBeNull();
    expect(r.title).toBe('Security Council resolution 2334 (2016) [on a test]');
    expect(r.modality).toBe('Voting');
    expect(r.votes.join('')).toBe('AYY');
  });
});

describe('readUnFile refuses bad input with the file, line and column', () => {
  const good = gaCsv(GA_RECORDS);
  const lines = good.trimEnd().split('\n');
  const withLine = (i: number, edit: (l: string) => string) =>
    `${lines.map((l, k) => (k === i ? edit(l) : l)).join('\n')}\n`;

  const cases: [string, string, RegExp, typeof DataError | typeof UsageError][] = [
    ['empty.csv', '', /empty\.csv: the file is empty/, DataError],
    ['header-only.csv', `${lines[0]}\n`, /header but no votes/, DataError],
    ['unknown.csv', good.replace('agenda_title', 'agenda_item'), /line 1: unknown header/, DataError],
    ['short.csv', withLine(3, () => '9000001,PAK,PAKISTAN,A,2023-02-23'), /line 4: expected 20 fields as in the header, found 5/, DataError],
    ['maybe.csv', withLine(2, (l) => l.replace(',N,2023', ',maybe,2023')), /line 3, column 4 \(ms_vote\): expected one of Y, N, A, X.*found "maybe"/, DataError],
    ['date.csv', withLine(1, (l) => l.replace('2023-02-23', 'Feb 23')), /line 2, column 5 \(date\): expected a date as YYYY-MM-DD, found "Feb 23"/, DataError],
    ['total.csv', withLine(1, (l) => l.replace(',2.0,1.0,', ',two,1.0,')), /line 2, column 15 \(total_yes\): expected a whole number.*found "two"/, DataError],
    ['later-total.csv', withLine(3, (l) => l.replace(',2.0,1.0,', ',two,1.0,')), /line 4, column 15 \(total_yes\): expected a whole number/, DataError],
    ['conflict.csv', `${[...lines.slice(0, 3), lines[1]!.replace(',Y,2023', ',N,2023'), ...lines.slice(3)].join('\n')}\n`, /line 4: USA votes N on A\/RES\/ES-11\/6 \(record 9000001\), but line 2 gives Y/, DataError],
  ];
  for (const [name, text, message, type] of cases) {
    it(name, async () => {
      const path = writeFixture(dir, name, text);
      await expect(readUnFile(path)).rejects.toThrow(type);
      await expect(readUnFile(path)).rejects.toThrow(message);
    });
  }

  it('a truncated .gz', async () => {
    const path = writeFixture(dir, 'whole.csv.gz', good);
    const bytes = readFileSync(path);
    const cut = writeFixture(dir, 'cut.csv', bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(readUnFile(cut)).rejects.toThrow(/gzip data is damaged or truncated/);
  });

  it('a file of the wrong body', async () => {
    await expect(readUnFile(writeFixture(dir, 'sc2.csv', SC_CSV), { body: 'ga' })).rejects.toThrow(UsageError);
  });

  it('a missing file', async () => {
    await expect(readUnFile(`${dir}/nope.csv`)).rejects.toThrow(/nope\.csv: cannot open \(no such file\)/);
  });
});

describe('bounds on what a file may make the reader hold', () => {
  const dir = tempDir();
  const header = `${GA_HEADER_2026}\n`;

  it('a row without an end past 4 MB is an error naming its line, plain or gzipped', async () => {
    const text = `${gaCsv(GA_RECORDS.slice(0, 1))}9000002,USA,UNITED STATES,Y,2023-02-23,ES-11,A/RES/ES-11/7,,,,"${'x'.repeat(5 * 1024 * 1024)}`;
    for (const name of ['long.csv', 'long.csv.gz']) {
      await expect(readUnFile(writeFixture(dir, name, text))).rejects.toThrow(`${name}: line 8: a row longer than 4 MB (a field that never ends, or not a voting file)`);
    }
  });

  it('a .gz that inflates past 100 times its size (and 64 MB) is refused before it is read whole', async () => {
    // 80 MB of blank lines: every row is short, so only the inflation bound stops it.
    const bomb = writeFixture(dir, 'bomb.csv.gz', Buffer.concat([Buffer.from(header), Buffer.alloc(80 * 1024 * 1024, 10)]));
    const err = await readUnFile(bomb).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataError);
    expect((err as Error).message).toMatch(/^bomb\.csv\.gz: inflates to more than 100 times its 0\.\d MB \(the UN's files inflate about 30 times\); not read further, nothing was imported$/);
  });
});
