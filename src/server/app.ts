import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { stringify } from 'csv-stringify/sync';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { IDEAL_DEFAULTS } from '../analysis/idealPoints.js';
import { METRICS, type Metric } from '../analysis/measures.js';
import { readArticle } from '../claims/article.js';
import { checkArticle } from '../claims/check.js';
import { articleText } from '../claims/input.js';
import { citation } from '../citation.js';
import { countriesOf } from '../cli/flags.js';
import { NotFoundError, StraddleError, UsageError } from '../errors.js';
import { findIdealFit, readIdealPoints } from '../store/idealStore.js';
import { findCountry, findResolution } from '../store/lookup.js';
import { recordedNames } from '../store/names.js';
import { searchResolutions } from '../store/search.js';
import type { Body } from '../vote.js';
import { agreementView, alignView, blocsView, profileView, shiftsView, similarView } from '../views/alignment.js';
import { countriesView, countryView } from '../views/countries.js';
import { infoView } from '../views/info.js';
import { countryVotes } from '../views/votes.js';
import { resolutionView } from '../views/resolution.js';
import type { Session } from '../views/session.js';

export const CHECK_BODY_LIMIT = 256 * 1024;
const CACHE_ENTRIES = 2000;

const year = { type: 'integer', minimum: 1945, maximum: 2100 } as const;
const body = { type: 'string', enum: ['ga', 'sc'] } as const;
const format = { type: 'string', enum: ['json', 'csv'] } as const;
const metric = { type: 'string', enum: [...METRICS] } as const;
const codes = { type: 'string', pattern: '^[^,]+(,[^,]+){0,19}$', maxLength: 400 } as const;
const codeParam = { type: 'object', properties: { code: { type: 'string', minLength: 1, maxLength: 80 } } } as const;
const symbolParam = { type: 'object', properties: { symbol: { type: 'string', minLength: 1, maxLength: 80 } } } as const;

interface Q {
  [k: string]: string | number | boolean | undefined;
}

function csv(reply: FastifyReply, head: string[], rows: unknown[][]) {
  return reply.type('text/csv; charset=utf-8').send(stringify([head, ...rows.map((r) => r.map((v) => v ?? ''))]));
}

/**
 * The HTTP API over one store, read-only: the same views as the CLI, under
 * /api/v1, with every parameter checked by JSON schema, the dataset and the
 * citation on every response, and one error handler that maps Straddle's
 * errors to statuses: `{ "error": { "code", "message" } }`, never a stack.
 */
export async function buildApp(session: Session, options: { logger?: boolean; webRoot?: string } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: CHECK_BODY_LIMIT,
    connectionTimeout: 30_000,
    requestTimeout: 30_000,
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, allErrors: false } },
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Straddle API', version: '1', description: `How states align at the United Nations. Data: ${citation.ga}; ${citation.sc}. ${citation.terms}` },
    },
  });

  // Every answer is a pure function of the current datasets, so GET answers
  // are kept (up to CACHE_ENTRIES) until an import changes them.
  const current = session
    .db()
    .prepare("SELECT group_concat(d, '; ') FROM (SELECT body || '=' || version AS d FROM datasets WHERE current = 1 ORDER BY body)")
    .pluck();
  const fits = session.db().prepare('SELECT max(id) FROM ideal_fits').pluck();
  const cache = new Map<string, { payload: string; type: string }>();
  let cachedFor = '';
  let cacheKey = '';
  const datasets = () => {
    const now = (current.get() as string | null) ?? '';
    const key = `${now}#${fits.get() ?? 0}`;
    if (key !== cacheKey) {
      cacheKey = key;
      cache.clear();
      cachedFor = now;
    }
    return now;
  };
  app.addHook('onRequest', async (req, reply) => {
    if (req.method !== 'GET') return;
    datasets();
    const hit = cache.get(req.url);
    if (hit) return reply.type(hit.type).send(hit.payload);
  });
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.method === 'GET' && reply.statusCode === 200 && typeof payload === 'string' && !cache.has(req.url)) {
      if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
      cache.set(req.url, { payload, type: String(reply.getHeader('content-type') ?? 'application/json') });
    }
    reply.header('x-straddle-dataset', cachedFor || datasets());
    // Latin-1 only in headers: the library's name is spelt without the diaeresis here; the body carries it whole.
    reply.header('x-straddle-citation', 'United Nations Dag Hammarskjold Library, General Assembly and Security Council Voting Data, https://digitallibrary.un.org/record/4060887, https://digitallibrary.un.org/record/4055387; non-commercial use, with attribution');
    return payload;
  });

  app.setErrorHandler((error, _req, reply) => {
    const e = error as Error & { validation?: unknown; validationContext?: string; statusCode?: number; code?: string };
    if (e.validation) {
      return reply.status(400).send({ error: { code: 'bad_parameter', message: e.message.replace(/^(querystring|params|body)\//, '') } });
    }
    if (e instanceof StraddleError) return reply.status(e.httpStatus).send({ error: { code: e.code, message: e.message } });
    if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.status(413).send({ error: { code: 'too_large', message: `the body is over ${CHECK_BODY_LIMIT / 1024} KB` } });
    }
    if (e.statusCode && e.statusCode < 500) return reply.status(e.statusCode).send({ error: { code: 'bad_request', message: e.message } });
    app.log.error(error);
    return reply.status(500).send({ error: { code: 'internal', message: 'internal error' } });
  });
  if (options.webRoot && existsSync(join(options.webRoot, 'index.html'))) {
    // The dashboard: its files, and index.html for its pages (/country/PAK, /resolution/…),
    // whose state is in their URL.
    await app.register(fastifyStatic, { root: options.webRoot, wildcard: false, index: 'index.html' });
  }
  app.setNotFoundHandler((req, reply) => {
    if (options.webRoot && req.method === 'GET' && !req.url.startsWith('/api/') && !/\.\w+($|\?)/.test(req.url)) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.status(404).send({ error: { code: 'not_found', message: `no such path: ${req.url.split('?')[0]}` } });
  });
  app.addContentTypeParser(['text/plain', 'text/html'], { parseAs: 'buffer', bodyLimit: CHECK_BODY_LIMIT }, (_req, b, done) => done(null, b));

  const country = (q: string) => findCountry(session.db(), session.registry(), q).code;

  await app.register(
    async (api) => {
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      api.get('/info', async () => infoView(session.db(), 'store'));
      api.get('/countries', { schema: { querystring: { type: 'object', properties: { format } } } }, async (req, reply) => {
        const list = countriesView(session.db(), session.registry());
        if ((req.query as Q).format === 'csv') {
          return csv(reply, ['code', 'name', 'iso2', 'numeric'], list.map((c) => [c.code, c.shortName, c.iso2, c.isoNumeric]));
        }
        return { citation, countries: list };
      });
      api.get('/countries/:code', { schema: { params: codeParam } }, async (req) => {
        const e = findCountry(session.db(), session.registry(), (req.params as { code: string }).code);
        return countryView(e, recordedNames(session.db(), 'ga'), recordedNames(session.db(), 'sc'));
      });
      api.get(
        '/countries/:code/profile',
        { schema: { params: codeParam, querystring: { type: 'object', properties: { with: codes, metric, from: year, to: year } } } },
        async (req) => {
          const q = req.query as Q;
          const anchors = countriesOf(session, String(q.with ?? 'USA,CHN,RUS'));
          const p = profileView(session.workspace('ga'), session.registry(), country((req.params as { code: string }).code), anchors, (q.metric ?? 'coincidence') as Metric);
          return { ...p, years: p.years.filter((y) => (q.from === undefined || y.year >= Number(q.from)) && (q.to === undefined || y.year <= Number(q.to))) };
        },
      );
      api.get(
        '/countries/:code/shifts',
        { schema: { params: codeParam, querystring: { type: 'object', properties: { since: year, all: { type: 'boolean' } } } } },
        async (req) => {
          const q = req.query as Q;
          return shiftsView(session.workspace('ga'), country((req.params as { code: string }).code), q.since as number | undefined, q.all === true);
        },
      );
      api.get(
        '/resolutions',
        {
          schema: {
            querystring: {
              type: 'object',
              properties: { q: { type: 'string', maxLength: 200 }, from: year, to: year, body, limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 }, offset: { type: 'integer', minimum: 0, maximum: 100000, default: 0 }, format },
            },
          },
        },
        async (req, reply) => {
          const q = req.query as Q;
          const result = searchResolutions(session.db(), {
            ...(q.q !== undefined && { q: String(q.q) }),
            ...(q.from !== undefined && { from: Number(q.from) }),
            ...(q.to !== undefined && { to: Number(q.to) }),
            ...(q.body !== undefined && { body: q.body as Body }),
            limit: Number(q.limit),
            offset: Number(q.offset),
          });
          if (q.format === 'csv') {
            return csv(reply, ['symbol', 'body', 'date', 'yes', 'no', 'abstain', 'nonVoting', 'title', 'link'], result.items.map((r) => [r.symbol, r.body, r.date, r.totals.yes, r.totals.no, r.totals.abstain, r.totals.nonVoting, r.title, r.link]));
          }
          return result;
        },
      );
      api.get(
        '/countries/:code/votes',
        { schema: { params: codeParam, querystring: { type: 'object', properties: { from: year, to: year, body, limit: { type: 'integer', minimum: 1, maximum: 10000, default: 100 }, format } } } },
        async (req, reply) => {
          const q = req.query as Q;
          const e = findCountry(session.db(), session.registry(), (req.params as { code: string }).code);
          const votes = countryVotes(session.db(), e, {
            ...(q.body !== undefined && { body: q.body as Body }),
            ...(q.from !== undefined && { from: Number(q.from) }),
            ...(q.to !== undefined && { to: Number(q.to) }),
          }).reverse().slice(0, Number(q.limit));
          if (q.format === 'csv') return csv(reply, ['date', 'body', 'symbol', 'vote', 'title', 'link'], votes.map((v) => [v.date, v.body, v.symbol, v.vote, v.title, v.link]));
          return { code: e.code, name: e.shortName, votes };
        },
      );
      api.get('/resolutions/:symbol', { schema: { params: symbolParam, querystring: { type: 'object', properties: { body, format } } } }, async (req, reply) => {
        const q = req.query as Q;
        const row = findResolution(session.db(), (req.params as { symbol: string }).symbol, q.body as Body | undefined);
        const v = resolutionView(session.db(), session.registry(), row);
        if (q.format === 'csv') return csv(reply, ['code', 'name', 'vote'], v.votes.map((x) => [x.code, x.name, x.vote]));
        return v;
      });
      api.get(
        '/resolutions/:symbol/similar',
        { schema: { params: symbolParam, querystring: { type: 'object', properties: { body, limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 } } } } },
        async (req) => {
          const q = req.query as Q;
          const row = findResolution(session.db(), (req.params as { symbol: string }).symbol, q.body as Body | undefined);
          return similarView(session.workspace(row.body), row.id, Number(q.limit));
        },
      );
      api.get(
        '/agreement',
        {
          schema: {
            querystring: {
              type: 'object',
              required: ['a', 'b'],
              properties: { a: { type: 'string', maxLength: 60 }, b: { type: 'string', maxLength: 60 }, from: year, to: year, by: { type: 'string', enum: ['year', 'session', 'all'] }, body, format },
            },
          },
        },
        async (req, reply) => {
          const q = req.query as Q;
          const ws = session.workspace((q.body ?? 'ga') as Body);
          const rows = agreementView(ws, country(String(q.a)), country(String(q.b)), { ...(q.from !== undefined && { from: Number(q.from) }), ...(q.to !== undefined && { to: Number(q.to) }) }, (q.by ?? 'year') as 'year', 'linear');
          if (q.format === 'csv') {
            const head = ['period', 'a', 'b', 'n', 'same', 'opposite', 'partial', 'absent', 'coincidence', 'votesOnly', 'agree', 's', 'kappa', 'pi'] as const;
            return csv(reply, [...head], rows.map((r) => head.map((k) => r[k])));
          }
          return rows;
        },
      );
      api.get(
        '/align',
        { schema: { querystring: { type: 'object', properties: { with: codes, year, from: year, to: year, metric, body, format } } } },
        async (req, reply) => {
          const q = req.query as Q;
          const ws = session.workspace((q.body ?? 'ga') as Body);
          const anchors = countriesOf(session, String(q.with ?? 'USA,CHN,RUS'));
          const from = q.year ?? q.from;
          const to = q.year ?? q.to;
          const rows = alignView(ws, session.registry(), anchors, { ...(from !== undefined && { from: Number(from) }), ...(to !== undefined && { to: Number(to) }) }, (q.metric ?? 'coincidence') as Metric);
          if (q.format === 'csv') return csv(reply, ['code', 'name', 'n', ...anchors], rows.map((r) => [r.code, r.name, r.n, ...anchors.map((a) => r.scores[a])]));
          return rows;
        },
      );
      api.get(
        '/blocs',
        { schema: { querystring: { type: 'object', required: ['year'], properties: { year, k: { type: 'integer', minimum: 2, maximum: 20, default: 5 } } } } },
        async (req) => {
          const q = req.query as Q;
          return blocsView(session.workspace('ga'), { from: Number(q.year), to: Number(q.year) }, Number(q.k));
        },
      );
      api.get(
        '/ideal',
        { schema: { querystring: { type: 'object', properties: { countries: codes, from: year, to: year, format } } } },
        async (req, reply) => {
          const q = req.query as Q;
          const ws = session.workspace('ga');
          const fit = findIdealFit(session.db(), ws.matrix.dataset.sha256, JSON.stringify(IDEAL_DEFAULTS));
          if (!fit) throw new NotFoundError('no ideal points fitted for this dataset yet: run "straddle ideal --fit"');
          const points = readIdealPoints(session.db(), fit.id, {
            ...(q.from !== undefined && { from: Number(q.from) }),
            ...(q.to !== undefined && { to: Number(q.to) }),
            ...(q.countries !== undefined && { codes: countriesOf(session, String(q.countries)) }),
          });
          if (q.format === 'csv') return csv(reply, ['code', 'year', 'idealPoint', 'lower', 'upper', 'n'], points.map((p) => [p.code, p.year, p.idealPoint, p.lower, p.upper, p.n]));
          return points;
        },
      );
      api.post(
        '/check',
        { schema: { querystring: { type: 'object', properties: { date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } } } } },
        async (req) => {
          // The text or HTML is the body; the server never fetches a URL for a client.
          const raw = req.body;
          let bytes: Buffer;
          if (Buffer.isBuffer(raw)) bytes = raw;
          else if (raw && typeof raw === 'object' && typeof (raw as { text?: unknown }).text === 'string') bytes = Buffer.from((raw as { text: string }).text);
          else throw new UsageError('body: send the article as text/plain or text/html, or JSON { "text": "…" }');
          const input = await articleText(bytes, 'body');
          const article = readArticle(input.text, (req.query as Q).date as string | undefined);
          if (input.title) article.title = input.title;
          return checkArticle(article, { ga: session.workspace('ga'), sc: () => session.workspace('sc'), registry: session.registry() });
        },
      );
    },
    { prefix: '/api/v1' },
  );
  return app;
}
