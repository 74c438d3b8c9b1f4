import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../test/helpers/cli.js';
import { GA_RECORDS, SC_CSV, gaCsv, tempDir, writeFixture } from '../../test/helpers/fixtures.js';
import { type LiveSession, openLiveSession } from '../views/liveSession.js';
import { CHECK_BODY_LIMIT, buildApp } from './app.js';

let app: FastifyInstance;
let db: string;
let live: LiveSession;

beforeAll(async () => {
  const dir = tempDir();
  db = join(dir, 's.db');
  await cli(['--db', db, 'import', writeFixture(dir, 'ga.csv', gaCsv(GA_RECORDS)), writeFixture(dir, 'sc.csv', SC_CSV)]);
  // Looks for imports only when told (live.refresh()); the polling itself is tested in liveSession.test.ts.
  live = openLiveSession(db, { pollMs: 0 });
  app = await buildApp(live);
});

afterAll(async () => {
  await app.close();
  live.close();
});

const get = async (url: string) => {
  const r = await app.inject({ method: 'GET', url });
  return { status: r.statusCode, json: r.headers['content-type']?.toString().includes('json') ? r.json() : undefined, body: r.body, headers: r.headers };
};

describe('GET endpoints', () => {
  it('vetoes and drafts not adopted, from the shipped veto list', async () => {
    const v = await get('/api/v1/vetoes?by=RUS&from=2022&to=2022');
    expect(v.status).toBe(200);
    expect(v.json.drafts.map((d: { symbol: string }) => d.symbol)).toContain('S/2022/720');
    expect(v.json.summary.bySeat.find((x: { seat: string }) => x.seat === 'RUS').vetoes).toBe(4);
    expect(v.json.citation).toMatch(/Veto List/);
    expect((await get('/api/v1/vetoes?by=IND')).status).toBe(400);
    expect((await get('/api/v1/vetoes?format=csv&from=2024&to=2024')).body.split('\n')[0]).toBe('date,draft,outcome,vetoed_by,yes,no,abstain,subject,meeting,agenda');
    const d = await get(`/api/v1/resolutions/${encodeURIComponent('S/2022/720')}`);
    expect(d.json).toMatchObject({ kind: 'draft', status: 'not adopted: vetoed by Russia', counts: { yes: 10, no: 1, abstain: 4 } });
    expect((await get('/api/v1/countries/IND/drafts')).json.sides.find((x: { seat: string }) => x.seat === 'RUS')).toMatchObject({ n: 7, withVeto: 1 });
  });

  it('info carries the datasets and the citation, and every response names the dataset', async () => {
    const r = await get('/api/v1/info');
    expect(r.status).toBe(200);
    expect(r.json.citation.ga).toContain('4060887');
    expect(r.headers['x-straddle-dataset']).toBe('ga=ga; sc=sc');
    expect(r.headers['x-straddle-citation']).toContain('non-commercial use, with attribution');
  });

  it('countries, one country, as JSON and CSV', async () => {
    expect((await get('/api/v1/countries')).json.countries.map((c: { code: string }) => c.code)).toContain('PAK');
    expect((await get('/favicon.ico')).status).toBe(204);
    const csv = (await get('/api/v1/countries?format=csv')).body.split('\n');
    expect(csv[0]).toBe('code,name,iso2,numeric,cow,ga_first,ga_last,sc_first,sc_last');
    expect(csv.find((l) => l.startsWith('PAK,'))).toBe('PAK,Pakistan,PK,586,770,2023-02-23,2024-01-15,,');
    expect((await get('/api/v1/countries/pakistan')).json).toMatchObject({ code: 'PAK', iso2: 'PK', isoNumeric: '586' });
  });

  it('recent votes of a country, newest first', async () => {
    const v = (await get('/api/v1/countries/PAK/votes?limit=2')).json;
    expect(v.votes.map((x: { symbol: string; vote: string }) => `${x.symbol} ${x.vote}`)).toEqual(['A/RES/78/200 N', 'A/RES/78/10 Y']);
  });

  it('profile and shifts of a country', async () => {
    const p = (await get('/api/v1/countries/PAK/profile')).json;
    expect(p.years.map((y: { year: number }) => y.year)).toEqual([2023, 2024]);
    // A window is a slice of the kept profile, the rest of it whole, in the same order of fields.
    const w = await get('/api/v1/countries/PAK/profile?from=2024&with=USA,RUS&metric=agree');
    expect(w.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Object.keys(w.json)).toEqual(['code', 'metric', 'anchors', 'years', 'shifts', 'window', 'allies', 'opponents', 'name', 'failedDrafts']);
    expect(w.json).toMatchObject({ code: 'PAK', metric: 'agree', anchors: ['USA', 'RUS'], name: 'Pakistan' });
    expect(w.json.years.map((y: { year: number }) => y.year)).toEqual([2024]);
    expect(w.json.shifts).toEqual((await get('/api/v1/countries/PAK/profile')).json.shifts);
    expect(Array.isArray((await get('/api/v1/countries/PAK/shifts?all=true')).json)).toBe(true);
  });

  it('resolutions: search with paging, one by any spelling, similar ones, CSV', async () => {
    const list = (await get('/api/v1/resolutions?q=peace&from=2023&limit=1')).json;
    expect(list).toMatchObject({ total: 1, items: [{ symbol: 'A/RES/ES-11/6', totals: { yes: 2, no: 1, abstain: 3, nonVoting: 0 } }] });
    expect((await get('/api/v1/resolutions/es-11%2F6')).json.symbol).toBe('A/RES/ES-11/6');
    // The search list takes the spellings journalists use, as the lookup does.
    expect((await get('/api/v1/resolutions?q=ES11%2F6')).json.items.map((r: { symbol: string }) => r.symbol)).toEqual(['A/RES/ES-11/6']);
    expect((await get('/api/v1/resolutions?q=Resolution%202334')).json.items.map((r: { symbol: string }) => r.symbol)).toEqual(['S/RES/2334(2016)']);
    expect((await get('/api/v1/resolutions/A%2FRES%2FES-11%2F6?format=csv')).body.split('\n')[0]).toBe('code,name,vote');
    expect((await get('/api/v1/resolutions/2334')).json.body).toBe('sc');
    expect(Array.isArray((await get('/api/v1/resolutions/ES-11%2F6/similar')).json)).toBe(true);
  });

  it('agreement, align and blocs', async () => {
    const a = (await get('/api/v1/agreement?a=USA&b=PAK&by=all')).json;
    expect(a[0]).toMatchObject({ a: 'USA', b: 'PAK', n: 3 });
    const al = (await get('/api/v1/align?year=2023&with=USA')).json;
    expect(al.find((r: { code: string }) => r.code === 'PAK').scores.USA).toBe(0.75);
    expect((await get('/api/v1/blocs?year=2023&k=2')).json.k).toBe(2);
  });

  it('ideal points: 404 until fitted, then the stored points', async () => {
    const before = await get('/api/v1/ideal');
    expect(before.status).toBe(404);
    expect(before.json.error.message).toContain('straddle ideal --fit');
    await cli(['--db', db, 'ideal', '--fit']);
    expect(await live.refresh()).toBe(true);
    const after = await get('/api/v1/ideal?countries=PAK');
    expect(after.status).toBe(200);
    expect(after.json[0]).toMatchObject({ code: 'PAK', year: 2023 });
  });

  it('the OpenAPI document', async () => {
    const doc = (await get('/api/v1/openapi.json')).json;
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/resolutions/{symbol}', '/api/v1/agreement', '/api/v1/check']));
  });
});

describe('POST /check', () => {
  it('checks plain text, HTML and JSON bodies', async () => {
    const text = 'UN vote\nPublished February 24, 2023\n\nPakistan abstained on the resolution on a just peace in Ukraine.';
    const r = await app.inject({ method: 'POST', url: '/api/v1/check', headers: { 'content-type': 'text/plain' }, payload: text });
    expect(r.statusCode).toBe(200);
    expect(r.json().claims[0]).toMatchObject({ kind: 'countryVote', verdict: 'supported' });
    const j = await app.inject({ method: 'POST', url: '/api/v1/check?date=2023-02-24', payload: { text: 'Pakistan abstained on the resolution on a just peace in Ukraine.' } });
    expect(j.json().article.dateUsed).toBe('2023-02-24');
  });

  it('refuses an empty body, a body over 256 KB and malformed JSON', async () => {
    const empty = await app.inject({ method: 'POST', url: '/api/v1/check', headers: { 'content-type': 'text/plain' }, payload: ' ' });
    expect(empty.statusCode).toBe(400);
    const big = await app.inject({ method: 'POST', url: '/api/v1/check', headers: { 'content-type': 'text/plain' }, payload: 'a'.repeat(CHECK_BODY_LIMIT + 1) });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('too_large');
    const bad = await app.inject({ method: 'POST', url: '/api/v1/check', headers: { 'content-type': 'application/json' }, payload: '{"text": ' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toHaveProperty('error.message');
  });
});

describe('answers kept between requests', () => {
  it('are dropped when an import changes the data', async () => {
    const before = (await get('/api/v1/resolutions?from=2024')).json.total;
    const dir = tempDir();
    await cli(['--db', db, 'import', writeFixture(dir, '2027_01_01_ga_voting.csv', gaCsv(GA_RECORDS.slice(0, 2)))]);
    expect(await live.refresh()).toBe(true);
    const after = await get('/api/v1/resolutions?from=2024');
    expect([before, after.json.total]).toEqual([1, 0]);
    expect(after.headers['x-straddle-dataset']).toBe('ga=2027-01-01; sc=sc');
  });
});

describe('errors', () => {
  it('400 names the parameter; 404 for unknown codes, symbols and paths; never a stack', async () => {
    const cases: [string, number, RegExp][] = [
      ['/api/v1/align?year=1800', 400, /year must be >= 1945/],
      ['/api/v1/resolutions?limit=1e9', 400, /limit must be <= 500/],
      ['/api/v1/agreement?a=USA', 400, /must have required property 'b'/],
      ['/api/v1/align?metric=vibes', 400, /^metric must be one of coincidence, votesOnly, agree, s, kappa, pi$/],
      ['/api/v1/resolutions?body=xx', 400, /^body must be one of ga, sc$/],
      ['/api/v1/countries/XXX', 404, /no country matches "XXX"/],
      ['/api/v1/resolutions/ES-11%2F99', 404, /no resolution matches "ES-11\/99"/],
      ['/api/v1/../../etc/passwd', 404, /no such path/],
      [`/api/v1/countries/${'X'.repeat(100)}`, 400, /code must NOT have more than 80 characters/],
    ];
    for (const [url, status, message] of cases) {
      const r = await get(url);
      expect(r.status, url).toBe(status);
      expect(r.json.error.message, url).toMatch(message);
      expect(r.body).not.toMatch(/at .*\.js:\d+/);
    }
  });
});

describe('hostile and odd requests', () => {
  it('security headers on every answer, and a CSP that allows only the dashboard\'s own scripts', async () => {
    for (const url of ['/api/v1/info', '/api/v1/countries/XXX']) {
      const h = (await get(url)).headers;
      expect(h['x-content-type-options'], url).toBe('nosniff');
      expect(h['x-frame-options'], url).toBe('SAMEORIGIN');
      expect(String(h['content-security-policy']), url).toMatch(/script-src 'self'(;|$)/);
      expect(String(h['content-security-policy']), url).toContain("frame-ancestors 'none'");
    }
  });

  it("Fastify's own refusals are in the documented error shape, even before routing", async () => {
    const bad = await get('/api/v1/countries/%FF');
    expect([bad.status, bad.json]).toEqual([400, { error: { code: 'bad_request', message: 'the URL does not decode (a stray "%"?)' } }]);
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const long = await fetch(`${url}/api/v1/resolutions?q=${'x'.repeat(17 * 1024)}`);
    expect([long.status, await long.json()]).toEqual([431, { error: { code: 'too_large', message: 'the URL and headers are over 16 KB' } }]);
  });

  it('a check date must be a real day, as in the CLI', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/v1/check?date=2023-02-30', headers: { 'content-type': 'text/plain' }, payload: 'Pakistan abstained.' });
    expect([r.statusCode, r.json().error.message]).toEqual([400, 'date: expected a date as YYYY-MM-DD, found "2023-02-30"']);
  });
});
