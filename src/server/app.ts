import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { citation } from '../citation.js';
import { StraddleError } from '../errors.js';
import type { Session } from '../views/session.js';
import { apiRoutes } from './routes.js';

export const CHECK_BODY_LIMIT = 256 * 1024;
const CACHE_ENTRIES = 2000;

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

  await app.register((api) => apiRoutes(api, session, () => app.swagger()), { prefix: '/api/v1' });
  return app;
}
