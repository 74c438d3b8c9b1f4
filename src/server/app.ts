import { existsSync } from 'node:fs';
import { join } from 'node:path';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import { citation } from '../citation.js';
import { StraddleError } from '../errors.js';
import type { LiveSession, Snapshot } from '../views/liveSession.js';
import type { CheckPool } from './checkPool.js';
import { TAGS } from './operations.js';
import './requestSnapshot.js';
import type { ApiError } from './responses.js';
import { definitions } from './responseSchemas.js';
import { apiRoutes } from './routes.js';

export const CHECK_BODY_LIMIT = 256 * 1024;
/** The GET cache's bound: what it may hold, in bytes of answers. */
export const CACHE_BYTES = 64 * 1024 * 1024;
/** Answers made faster than this (ms) are not kept: making them again costs less than keeping them. */
const CACHE_MIN_MS = 1;

export interface AppOptions {
  logger?: boolean;
  webRoot?: string;
  /** Where article checks run; without one they run on the event loop (tests, small stores). */
  checks?: CheckPool;
}

/**
 * The HTTP API over one store, read-only: the same views as the CLI, under
 * /api/v1, with every parameter checked by JSON schema, the dataset and the
 * citation on every response, and one error handler that maps Straddle's
 * errors (and Fastify's own) to statuses: `{ "error": { "code", "message" } }`,
 * never a stack. Each request reads one snapshot of the store from start to
 * end; a new import is swapped in whole (src/views/liveSession.ts).
 */
export async function buildApp(live: LiveSession, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: CHECK_BODY_LIMIT,
    connectionTimeout: 30_000,
    requestTimeout: 30_000,
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, allErrors: false } },
    // Fastify's own refusals, in the API's error shape too: a URL that does not decode (/countries/%FF) …
    frameworkErrors: (error, _req, reply: FastifyReply) => {
      void reply.status(400).send(apiError('bad_request', error.code === 'FST_ERR_BAD_URL' ? 'the URL does not decode (a stray "%"?)' : error.message));
    },
    // … and what Node's HTTP parser refuses before Fastify sees a request (a URL or headers over 16 KB).
    clientErrorHandler: (error, socket) => {
      if (!socket.writable) return;
      const tooLarge = (error as { code?: string }).code === 'HPE_HEADER_OVERFLOW';
      const body = JSON.stringify(apiError(tooLarge ? 'too_large' : 'bad_request', tooLarge ? 'the URL and headers are over 16 KB' : 'the request could not be read as HTTP'));
      socket.end(`HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
    },
  });
  // The document a client can be generated from: OpenAPI 3.1, whose schemas are JSON Schema as the
  // generator writes them from the views' TypeScript types (responseSchemas.ts); each route adds its own.
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Straddle API', version: '1', description: `How states align at the United Nations. Data: ${citation.ga}; ${citation.sc}. ${citation.terms}` },
      tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
      components: { schemas: definitions },
    },
  });
  // Security headers (X-Content-Type-Options, X-Frame-Options, …) and a CSP the
  // dashboard keeps to: its own scripts only; inline styles for the charts' SVG;
  // images from data: and blob: for PNG and SVG downloads.
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // The server speaks plain HTTP, on loopback or a LAN: nothing to upgrade to.
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
    // The API is read by other sites' scripts and notebooks; the dashboard's files are public too.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });

  // Every answer is a pure function of a snapshot, so GET answers are kept
  // until the next import, within CACHE_BYTES, least recently used out first.
  const cache = new LRUCache<string, { payload: string; type: string }>({
    maxSize: CACHE_BYTES,
    sizeCalculation: (v) => v.payload.length * 2 + 200,
  });
  let latest = peek(live);
  live.onSwap((s) => {
    latest = s;
    cache.clear();
  });
  app.decorateRequest('snapshot', null);
  app.addHook('onRequest', async (req, reply) => {
    if (req.method === 'GET') {
      const hit = cache.get(req.url);
      // Kept answers are all from the newest snapshot: the cache is emptied when it changes.
      if (hit) return reply.type(hit.type).header('x-straddle-dataset', latest.version).send(hit.payload);
    }
    req.snapshot = live.acquire();
  });
  const done = async (req: FastifyRequest) => {
    if (req.snapshot) live.release(req.snapshot);
    req.snapshot = null;
  };
  app.addHook('onResponse', done);
  app.addHook('onRequestAbort', done);
  app.addHook('onSend', async (req, reply, payload) => {
    const s = req.snapshot;
    // An answer made from a snapshot that has since been replaced is sent, not kept; nor is
    // one that took under CACHE_MIN_MS (a kept profile, a lookup): keeping those only churns memory.
    if (s && s === latest && req.method === 'GET' && reply.statusCode === 200 && typeof payload === 'string' && reply.elapsedTime >= CACHE_MIN_MS) {
      cache.set(req.url, { payload, type: String(reply.getHeader('content-type') ?? 'application/json') });
    }
    if (s && !reply.hasHeader('x-straddle-dataset')) reply.header('x-straddle-dataset', s.version);
    // Latin-1 only in headers: the library's name is spelt without the diaeresis here; the body carries it whole.
    reply.header('x-straddle-citation', 'United Nations Dag Hammarskjold Library, General Assembly and Security Council Voting Data, https://digitallibrary.un.org/record/4060887, https://digitallibrary.un.org/record/4055387; non-commercial use, with attribution');
    return payload;
  });

  app.setErrorHandler((error, _req, reply) => {
    const e = error as Error & { validation?: unknown; statusCode?: number; code?: string };
    if (e.validation) return reply.status(400).send(apiError('bad_parameter', validationMessage(e)));
    if (e instanceof StraddleError) return reply.status(e.httpStatus).send(apiError(e.code, e.message));
    if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.status(413).send(apiError('too_large', `the body is over ${CHECK_BODY_LIMIT / 1024} KB`));
    }
    if (e.statusCode && e.statusCode < 500) return reply.status(e.statusCode).send(apiError('bad_request', e.message));
    app.log.error(error);
    return reply.status(500).send(apiError('internal', 'internal error'));
  });
  // Browsers ask for /favicon.ico whatever the page says; the page carries its icon inline.
  app.get('/favicon.ico', { schema: { hide: true } }, async (_req, reply) => reply.code(204).send());
  if (options.webRoot && existsSync(join(options.webRoot, 'index.html'))) {
    // The dashboard: its files, and index.html for its pages (/country/PAK, /resolution/…),
    // whose state is in their URL.
    await app.register(fastifyStatic, { root: options.webRoot, wildcard: false, index: 'index.html' });
  }
  const ASSET = /\.(?:js|mjs|css|png|jpe?g|gif|svg|ico|json|map|txt|woff2?|webmanifest|html)($|\?)/i;
  app.setNotFoundHandler((req, reply) => {
    // A page's last segment may hold a dot (/resolution/A%2FES-11%2FL.7): only a file's own extension is an asset.
    if (options.webRoot && req.method === 'GET' && !req.url.startsWith('/api/') && !ASSET.test(req.url)) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.status(404).send(apiError('not_found', `no such path: ${req.url.split('?')[0]}`));
  });
  app.addContentTypeParser(['text/plain', 'text/html'], { parseAs: 'buffer', bodyLimit: CHECK_BODY_LIMIT }, (_req, b, done) => done(null, b));

  await app.register(
    (api) => {
      // The routes' response schemas are for the document: answers are written by JSON.stringify, as
      // without them, never cut to a schema or coerced by fast-json-stringify.
      api.setSerializerCompiler(() => (data) => JSON.stringify(data));
      return apiRoutes(api, { checks: options.checks }, () => app.swagger());
    },
    { prefix: '/api/v1' },
  );
  return app;
}

/** The one shape of every error the API answers (documented as ApiError). */
function apiError(code: string, message: string): ApiError {
  return { error: { code, message } };
}

/** The current snapshot, without holding it. */
function peek(live: LiveSession): Snapshot {
  const s = live.acquire();
  live.release(s);
  return s;
}

/**
 * A parameter error in words a client can act on: the parameter, what it
 * must be, and for a list of values the values ("body must be one of ga, sc").
 */
function validationMessage(e: Error & { validation?: unknown }): string {
  const first = (e.validation as { instancePath?: string; keyword?: string; params?: Record<string, unknown>; message?: string }[] | undefined)?.[0];
  const base = e.message.replace(/^(querystring|params|body)\//, '');
  if (first?.keyword === 'enum' && Array.isArray(first.params?.allowedValues)) {
    const name = (first.instancePath ?? '').replace(/^\//, '') || base.split(' ')[0];
    return `${name} must be one of ${(first.params.allowedValues as unknown[]).join(', ')}`;
  }
  return base;
}
