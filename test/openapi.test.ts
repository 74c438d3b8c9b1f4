import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { FastifyInstance } from 'fastify';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citation } from '../src/citation.js';
import { ERROR_STATUSES, OPERATIONS } from '../src/server/operations.js';
import { buildApp } from '../src/server/app.js';
import type { OperationId } from '../src/server/responses.js';
import { answers, definitions } from '../src/server/responseSchemas.js';
import { RESPONSE_SCHEMAS, responseSchemasSource } from '../src/server/writeResponseSchemas.js';
import { countriesView } from '../src/views/countries.js';
import { checkView } from '../src/views/check.js';
import { draftsRecord, vetoesView } from '../src/views/drafts.js';
import { infoView } from '../src/views/info.js';
import { type LiveSession, openLiveSession } from '../src/views/liveSession.js';
import { type Session, openSession } from '../src/views/session.js';
import { cli } from './helpers/cli.js';
import { GA_RECORDS, SC_CSV, gaCsv, tempDir, writeFixture } from './helpers/fixtures.js';

const ROOT = join(import.meta.dirname, '..');

interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, { description: string; content?: Record<string, { schema?: unknown }> }>;
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

let app: FastifyInstance;
let live: LiveSession;
let session: Session;
let doc: Document;
const ARTICLE = 'UN vote\nPublished February 24, 2023\n\nPakistan abstained on the resolution on a just peace in Ukraine.';

beforeAll(async () => {
  const dir = tempDir();
  const db = join(dir, 's.db');
  await cli(['--db', db, 'import', writeFixture(dir, 'ga.csv', gaCsv(GA_RECORDS)), writeFixture(dir, 'sc.csv', SC_CSV)]);
  await cli(['--db', db, 'ideal', '--fit']);
  live = openLiveSession(db, { pollMs: 0 });
  session = openSession(db);
  app = await buildApp(live);
  doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
});

afterAll(async () => {
  await app.close();
  live.close();
});

const operations = () => Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
const operation = (id: OperationId) => operations().find((o) => o.op.operationId === id)!;

// The schemas are written from responses.ts by `npm run schemas:api`; like docs/api, they must say what the code says.
it('responseSchemas.ts is what the generator writes from the types today', () => {
  expect(responseSchemasSource() === readFileSync(RESPONSE_SCHEMAS, 'utf8'), 'src/server/responseSchemas.ts is stale: run npm run schemas:api').toBe(true);
}, 60_000);

describe('the OpenAPI document', () => {
  it('documents every operation: words, a 200 schema, text/csv where it answers CSV, and its errors in one shape', () => {
    const ids = operations().map((o) => o.op.operationId);
    expect([...ids].sort()).toEqual(Object.keys(OPERATIONS).sort());
    for (const { path, method, op } of operations()) {
      const where = `${method.toUpperCase()} ${path}`;
      const spec = OPERATIONS[op.operationId as OperationId];
      expect(op.summary, where).toBe(spec.summary);
      expect(op.description, where).toBeTruthy();
      expect(op.tags?.length, where).toBeGreaterThan(0);
      expect(op.responses['200']?.content?.['application/json']?.schema, where).toBeTruthy();
      expect(Object.keys(op.responses['200']?.content ?? {}), where).toEqual(spec.csv ? ['application/json', 'text/csv'] : ['application/json']);
      expect(Object.keys(op.responses).filter((s) => s !== '200'), where).toEqual(spec.errors.map(String));
      for (const status of spec.errors) {
        expect(op.responses[status]!.description, where).toBe(ERROR_STATUSES[status]);
        expect(op.responses[status]!.content?.['application/json']?.schema, where).toEqual({ $ref: '#/components/schemas/ApiError' });
      }
    }
    expect(Object.keys(operation('check').op.requestBody?.content ?? {})).toEqual(['text/plain', 'text/html', 'application/json']);
  });

  it('every $ref points to a schema the document has', () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(50);
    for (const ref of new Set(refs)) {
      expect(ref, ref).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas, ref).toHaveProperty([ref.replace('#/components/schemas/', '')]);
    }
  });
});

describe('the answers', () => {
  // Each operation asked once, as the fixture store allows; every JSON answer must be what its schema says.
  const REQUESTS: Record<OperationId, { url: string; method?: 'POST'; payload?: string }> = {
    info: { url: '/api/v1/info' },
    countries: { url: '/api/v1/countries' },
    country: { url: '/api/v1/countries/PAK' },
    profile: { url: '/api/v1/countries/PAK/profile' },
    shifts: { url: '/api/v1/countries/PAK/shifts?all=true' },
    resolutions: { url: '/api/v1/resolutions?q=peace' },
    countryVotes: { url: '/api/v1/countries/PAK/votes' },
    resolution: { url: '/api/v1/resolutions/ES-11%2F6' },
    vetoes: { url: '/api/v1/vetoes' },
    countryDrafts: { url: '/api/v1/countries/IND/drafts' },
    similar: { url: '/api/v1/resolutions/ES-11%2F6/similar' },
    agreement: { url: '/api/v1/agreement?a=USA&b=PAK' },
    align: { url: '/api/v1/align?year=2023' },
    blocs: { url: '/api/v1/blocs?year=2023&k=2' },
    ideal: { url: '/api/v1/ideal' },
    check: { url: '/api/v1/check', method: 'POST', payload: ARTICLE },
  };
  const inject = (r: { url: string; method?: 'POST'; payload?: string }) =>
    app.inject({ method: r.method ?? 'GET', url: r.url, ...(r.payload !== undefined && { payload: r.payload, headers: { 'content-type': 'text/plain' } }) });

  it('are valid against the documented schemas, errors too', async () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    for (const [id, request] of Object.entries(REQUESTS) as [OperationId, (typeof REQUESTS)[OperationId]][]) {
      const r = await inject(request);
      expect(r.statusCode, id).toBe(200);
      const validate = ajv.compile({ ...answers[id], definitions });
      expect(validate(r.json()), `${id}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    const error = ajv.compile({ ...definitions.ApiError, definitions });
    for (const url of ['/api/v1/countries/XXX', '/api/v1/align?metric=vibes', '/api/v1/nowhere']) {
      expect(error((await app.inject({ method: 'GET', url })).json()), url).toBe(true);
    }
  });

  // The schemas are for the document: an answer is the view as JSON.stringify writes it, never cut or coerced to a schema.
  it('are byte for byte the views as JSON.stringify writes them', async () => {
    const same = async (url: string, view: unknown, payload?: string) => {
      const r = await inject({ url, ...(payload !== undefined && { method: 'POST' as const, payload }) });
      expect(r.body === JSON.stringify(view), url).toBe(true);
    };
    await same('/api/v1/info', infoView(session.db(), 'store'));
    await same('/api/v1/countries', { citation, countries: countriesView(session.db(), session.registry()) });
    await same('/api/v1/vetoes', vetoesView(draftsRecord(), {}));
    await same('/api/v1/check', await checkView(session, Buffer.from(ARTICLE), 'body'), ARTICLE);
  });
});

/**
 * The dashboard's calls (web/src/api.ts), type-checked against the types a
 * maintained generator (openapi-typescript) makes from the document: what
 * the server says it sends is what the dashboard reads, and the other way.
 */
it("the dashboard's API types agree with the types generated from the document", async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'api.d.ts'), astToString(await openapiTS(doc as unknown as Parameters<typeof openapiTS>[0])));
  const web = join(ROOT, 'web', 'src', 'api.js');
  writeFileSync(
    join(dir, 'check.ts'),
    `import type { paths } from './api.js';
import type { api, InfoView, ProfileView, Shift, VetoesView } from '${web}';

type Json<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: { 200: { content: { 'application/json': infer T } } } } ? T : never;
type Dashboard<K extends keyof typeof api> = Awaited<ReturnType<(typeof api)[K]>>;
const both = <A, B>(_: [A] extends [B] ? ([B] extends [A] ? true : false) : false) => _;
const reads = <A, B>(_: [A] extends [B] ? true : false) => _;

// The dashboard's types, each the server's own view type, are the documented ones: both ways assignable.
both<Dashboard<'info'>, Json<'/api/v1/info', 'get'>>(true);
both<Dashboard<'profile'>, Json<'/api/v1/countries/{code}/profile', 'get'>>(true);
both<Dashboard<'shifts'>, Json<'/api/v1/countries/{code}/shifts', 'get'>>(true);
both<Dashboard<'resolution'>, Json<'/api/v1/resolutions/{symbol}', 'get'>>(true);
both<Dashboard<'vetoes'>, Json<'/api/v1/vetoes', 'get'>>(true);
both<Dashboard<'similar'>, Json<'/api/v1/resolutions/{symbol}/similar', 'get'>>(true);
both<Dashboard<'agreement'>, Json<'/api/v1/agreement', 'get'>>(true);
both<Dashboard<'align'>, Json<'/api/v1/align', 'get'>>(true);
both<Dashboard<'ideal'>, Json<'/api/v1/ideal', 'get'>>(true);
both<Dashboard<'check'>, Json<'/api/v1/check', 'post'>>(true);
// Where the dashboard declares only the part it reads, the documented answer has that part.
reads<Json<'/api/v1/countries', 'get'>['countries'], Dashboard<'countries'>>(true);
reads<Json<'/api/v1/countries/{code}/votes', 'get'>, Dashboard<'votes'>>(true);
reads<Json<'/api/v1/resolutions', 'get'>, Dashboard<'resolutions'>>(true);
const profile: Json<'/api/v1/countries/{code}/profile', 'get'> = {} as ProfileView;
const info: InfoView = {} as Json<'/api/v1/info', 'get'>;

// The check can fail: a wrong answer, or one without a field, is refused.
// @ts-expect-error a profile is not a list of shifts
const wrong: Json<'/api/v1/countries/{code}/profile', 'get'> = {} as Shift[];
// @ts-expect-error the vetoes answer carries its citation
const partial: Json<'/api/v1/vetoes', 'get'> = {} as Omit<VetoesView, 'citation'>;
export { info, partial, profile, wrong };
`,
  );
  const program = ts.createProgram([join(dir, 'check.ts')], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: ['node'],
    typeRoots: [join(ROOT, 'node_modules', '@types')],
  });
  const errors = ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ` : ''}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  expect(errors).toEqual([]);
}, 60_000);
