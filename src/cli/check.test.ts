import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../test/helpers/cli.js';
import { GA_RECORDS, SC_CSV, gaCsv, tempDir, writeFixture } from '../../test/helpers/fixtures.js';

let dir: string;
let db: string;
let server: Server;
let base: string;
const ARTICLE = 'UN vote on Ukraine peace\nPublished February 24, 2023\n\nPakistan abstained on the resolution underlying a just peace in Ukraine. Brazil voted against the resolution on peace in Ukraine.\n';

beforeAll(async () => {
  dir = tempDir();
  db = join(dir, 'c.db');
  await cli(['--db', db, 'import', writeFixture(dir, 'ga.csv', gaCsv(GA_RECORDS)), writeFixture(dir, 'sc.csv', SC_CSV)]);
  server = createServer((req, res) => {
    if (req.url === '/slow') return; // never answers
    if (req.url === '/trickle') {
      // Headers at once, then a byte now and then: the body never ends within the limit.
      res.writeHead(200, { 'content-type': 'text/plain' });
      const t = setInterval(() => (res.destroyed ? clearInterval(t) : res.write('.')), 50);
      return;
    }
    if (req.url === '/article') {
      res.setHeader('content-type', 'text/plain');
      res.end(ARTICLE);
      return;
    }
    res.statusCode = 404;
    res.end('not here');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((r) => server.close(() => r()));
});

describe('straddle check', () => {
  it('keeps the JSON contract', async () => {
    const r = await cli(['--db', db, 'check', writeFixture(dir, 'a.txt', ARTICLE), '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.article).toMatchObject({ date: '2023-02-24', title: 'UN vote on Ukraine peace' });
    expect(report.claims.map((c: { kind: string; verdict: string }) => `${c.kind} ${c.verdict}`)).toEqual([
      'countryVote supported',
      'countryVote contradicted',
    ]);
    const [first] = report.claims;
    expect(Object.keys(first)).toEqual(expect.arrayContaining(['sentence', 'kind', 'verdict', 'resolutions', 'countries', 'explanation']));
    expect(first.resolutions[0]).toMatchObject({ symbol: 'A/RES/ES-11/6', date: '2023-02-23', totals: { yes: 2, no: 1, abstain: 3, nonVoting: 0 } });
    expect(first.countries[0]).toMatchObject({ code: 'PAK', vote: 'A' });
    expect(report.context.map((c: { code: string }) => c.code)).toEqual(expect.arrayContaining(['PAK', 'BRA']));
    // Added fields: the words each claim rests on, and the vote it concerns.
    const text = ARTICLE;
    expect(text.slice(first.span.start, first.span.end)).toBe(first.quote);
    expect(first.quote).toBe('Pakistan abstained');
    expect(report.events[first.event]).toMatchObject({ symbol: 'A/RES/ES-11/6', date: '2023-02-23', body: 'ga' });
    expect(report.article).toMatchObject({ dateUsed: '2023-02-24', dateWhy: 'the article’s own date' });
  });

  it('dates an undated article by the vote its figures identify, and marks a veto as outside the record', async () => {
    const text = 'UN vote\n\nThe resolution on a just peace passed 2-1-3, and Pakistan abstained. Russia vetoed a Council draft; China abstained.\n';
    const r = JSON.parse((await cli(['--db', db, 'check', writeFixture(dir, 'u.txt', text), '--json'])).out);
    expect(r.article.dateUsed).toBe('2023-02-23');
    expect(r.article.dateWhy).toContain('A/RES/ES-11/6');
    expect(r.claims.map((c: { quote: string; verdict: string }) => `${c.quote}: ${c.verdict}`)).toEqual([
      '2-1-3: supported',
      'Pakistan abstained: supported',
      'Russia vetoed: unverifiable',
      'China abstained: unverifiable',
    ]);
    expect(r.events.map((e: { symbol: string | null; body: string }) => `${e.symbol} ${e.body}`)).toEqual(['A/RES/ES-11/6 ga', 'null sc']);
  });

  it('reads a URL, and names the problem when the page is missing or slow', async () => {
    const ok = await cli(['--db', db, 'check', `${base}/article`, '--json']);
    expect(JSON.parse(ok.out).claims).toHaveLength(2);
    const missing = await cli(['--db', db, 'check', `${base}/gone`]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(`${base}/gone answered 404`);
    const slow = await cli(['--db', db, 'check', `${base}/slow`], { STRADDLE_FETCH_TIMEOUT_MS: '300' });
    expect(slow.code).toBe(2);
    expect(slow.err).toContain('no answer in 0.3 s');
    const trickle = await cli(['--db', db, 'check', `${base}/trickle`], { STRADDLE_FETCH_TIMEOUT_MS: '300' });
    expect([trickle.code, trickle.err]).toEqual([2, `straddle: ${base}/trickle: the page did not arrive whole in 0.3 s\n`]);
  });

  it('refuses bad input and a bad --date with a clear message', async () => {
    const empty = await cli(['--db', db, 'check', writeFixture(dir, 'empty.txt', '')]);
    expect(empty.code).toBe(1);
    expect(empty.err).toContain('the article is empty');
    const junk = await cli(['--db', db, 'check', writeFixture(dir, 'junk.bin', Buffer.from([0, 1, 2, 0, 0, 3, 4, 0]))]);
    expect(junk.err).toContain('not text');
    const date = await cli(['--db', db, 'check', writeFixture(dir, 'b.txt', ARTICLE), '--date', '24/02/2023']);
    expect(date.code).toBe(1);
    expect(date.err).toContain('--date: expected a date as YYYY-MM-DD');
    const none = await cli(['--db', db, 'check', join(dir, 'nope.txt')]);
    expect(none.err).toContain('nope.txt: cannot read (ENOENT)');
  });

  it('checks claims about the Security Council against the Council\'s votes', async () => {
    const text = 'The Security Council adopted resolution 2334 by 2 votes to none, with the United States abstaining.';
    const r = JSON.parse((await cli(['--db', db, 'check', writeFixture(dir, 'sc.txt', text), '--date', '2016-12-24', '--json'])).out);
    expect(r.claims.map((c: { kind: string; verdict: string }) => `${c.kind} ${c.verdict}`)).toEqual(['tally supported', 'countryVote supported']);
    expect(r.claims[0].resolutions[0].symbol).toBe('S/RES/2334(2016)');
  });

  it('prints a report for people', async () => {
    const r = await cli(['--db', db, 'check', writeFixture(dir, 'c.txt', ARTICLE)]);
    expect(r.out).toContain('2 claims about UN votes found: 1 supported, 1 contradicted');
    expect(r.out).toContain('A/RES/ES-11/6 · General Assembly · 2023-02-23');
    expect(r.out).toContain('✓ supported [countryVote] “Pakistan abstained”');
    expect(r.out).toContain('✗ contradicted [countryVote] “Brazil voted against”');
    expect(r.out).toContain('https://digitallibrary.un.org/record/9000001');
  });
});
