import type { FastifyInstance, FastifyReply } from 'fastify';
import { IDEAL_DEFAULTS } from '../analysis/idealPoints.js';
import { METRICS, type Metric } from '../analysis/measures.js';
import { citation } from '../citation.js';
import { csvText } from '../csvText.js';
import { NotFoundError, UsageError } from '../errors.js';
import { findIdealFit, readIdealPoints } from '../store/idealStore.js';
import { findCountries, findCountry, findResolution } from '../store/lookup.js';
import { recordedNames } from '../store/names.js';
import { searchResolutions } from '../store/search.js';
import type { Body } from '../vote.js';
import { agreementView, alignView, blocsView, shiftsView, similarView } from '../views/alignment.js';
import { profileJson } from '../views/cachedProfile.js';
import { articleDate, checkView } from '../views/check.js';
import { countriesView, countryView } from '../views/countries.js';
import { infoView } from '../views/info.js';
import { resolutionView } from '../views/resolution.js';
import type { Snapshot } from '../views/liveSession.js';
import type { CheckPool } from './checkPool.js';
import { endpoint } from './endpoint.js';
import { snapshotOf } from './requestSnapshot.js';
import { countryVotes } from '../views/votes.js';
import { SEATS, type Seat } from '../analysis/vetoes.js';
import { draftSidesView, draftView, draftsRecord, findDraft, vetoesView } from '../views/drafts.js';

// The descriptions are the OpenAPI document's words for each parameter; Fastify checks the rest.
const years = { type: 'integer', minimum: 1945, maximum: 2100 } as const;
const year = { ...years, description: 'One calendar year.' } as const;
const fromYear = { ...years, description: 'The first calendar year, inclusive.' } as const;
const toYear = { ...years, description: 'The last calendar year, inclusive.' } as const;
const body = { type: 'string', enum: ['ga', 'sc'], description: 'The General Assembly (ga) or the Security Council (sc).' } as const;
const format = { type: 'string', enum: ['json', 'csv'], description: 'json (the default) or csv.' } as const;
const metric = { type: 'string', enum: [...METRICS], description: 'The measure of agreement (default coincidence).' } as const;
const codes = { type: 'string', pattern: '^[^,]+(,[^,]+){0,19}$', maxLength: 400, description: 'Up to 20 states, comma-separated, each by code or name.' } as const;
const codeParam = { type: 'object', properties: { code: { type: 'string', minLength: 1, maxLength: 80, description: 'A state by code, ISO code or name, in any case (PAK, PK, pakistan).' } } } as const;
const symbolParam = {
  type: 'object',
  properties: { symbol: { type: 'string', minLength: 1, maxLength: 80, description: "A symbol in any spelling (A/RES/ES-11/6, ES-11/6, S/RES/2334, 2334), or a Council draft's (S/2022/720)." } },
} as const;

/** What the routes need besides the request's snapshot. */
export interface RouteDeps {
  checks?: CheckPool | undefined;
}

interface Q {
  [k: string]: string | number | boolean | undefined;
}

/** The UN names of a body's members, read once per snapshot. */
const namesOf = (s: Snapshot, body: Body) => s.memo(`names|${body}`, () => recordedNames(s.db(), body));

function csv(reply: FastifyReply, head: string[], rows: unknown[][]) {
  return reply.type('text/csv; charset=utf-8').send(csvText(head, rows));
}

/**
 * The routes under /api/v1: the CLI's views, with every parameter described
 * by JSON schema (checked by Fastify, and listed in the OpenAPI document),
 * and each route's words, answer and errors from its operation (endpoint.ts).
 */
export async function apiRoutes(api: FastifyInstance, deps: RouteDeps, openapi: () => unknown): Promise<void> {
  const country = (s: Snapshot, q: string) => findCountry(s.db(), s.registry(), q).code;

  api.get('/openapi.json', { schema: { hide: true } }, async () => openapi());
  api.get('/info', endpoint('info', {}, async (req) => infoView(snapshotOf(req).db(), 'store')));
  api.get('/countries', endpoint('countries', { querystring: { type: 'object', properties: { format } } }, async (req, reply) => {
    const s = snapshotOf(req);
    const list = countriesView(s.db(), s.registry());
    if ((req.query as Q).format === 'csv') {
      // The same columns as `straddle countries --csv`: codes to join on and the recorded spans.
      return csv(
        reply,
        ['code', 'name', 'iso2', 'numeric', 'cow', 'ga_first', 'ga_last', 'sc_first', 'sc_last'],
        list.map((c) => [c.code, c.shortName, c.iso2, c.isoNumeric, c.cow, c.ga?.first ?? null, c.ga?.last ?? null, c.sc?.first ?? null, c.sc?.last ?? null]),
      );
    }
    return { citation, countries: list };
  }));
  api.get('/countries/:code', endpoint('country', { params: codeParam }, async (req) => {
    const s = snapshotOf(req);
    const e = findCountry(s.db(), s.registry(), (req.params as { code: string }).code);
    return countryView(e, namesOf(s, 'ga'), namesOf(s, 'sc'));
  }));
  api.get(
    '/countries/:code/profile',
    endpoint('profile', { params: codeParam, querystring: { type: 'object', properties: { with: { ...codes, description: 'The anchors (default USA,CHN,RUS).' }, metric, from: fromYear, to: toYear } } }, async (req, reply) => {
      const s = snapshotOf(req);
      const q = req.query as Q;
      const anchors = findCountries(s.db(), s.registry(), String(q.with ?? 'USA,CHN,RUS'));
      const code = country(s, (req.params as { code: string }).code);
      const from = q.from === undefined ? undefined : Number(q.from);
      const to = q.to === undefined ? undefined : Number(q.to);
      return reply.type('application/json; charset=utf-8').send(profileJson(s, code, anchors, (q.metric ?? 'coincidence') as Metric, from, to));
    }),
  );
  api.get(
    '/countries/:code/shifts',
    endpoint('shifts', { params: codeParam, querystring: { type: 'object', properties: { since: { ...years, description: 'Only votes in or after this year.' }, all: { type: 'boolean', description: 'Also the votes that did not change.' } } } }, async (req) => {
      const s = snapshotOf(req);
      const q = req.query as Q;
      return shiftsView(s.workspace('ga'), country(s, (req.params as { code: string }).code), q.since as number | undefined, q.all === true);
    }),
  );
  api.get(
    '/resolutions',
    endpoint(
      'resolutions',
      {
        querystring: {
          type: 'object',
          properties: {
            q: { type: 'string', maxLength: 200, description: 'Words that the title or symbol must all contain.' },
            from: fromYear,
            to: toYear,
            body,
            limit: { type: 'integer', minimum: 1, maximum: 500, default: 50, description: 'At most this many.' },
            offset: { type: 'integer', minimum: 0, maximum: 100000, default: 0, description: 'Skip this many first (paging).' },
            format,
          },
        },
      },
      async (req, reply) => {
        const s = snapshotOf(req);
        const q = req.query as Q;
        const result = searchResolutions(s.db(), {
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
    ),
  );
  api.get(
    '/countries/:code/votes',
    endpoint(
      'countryVotes',
      { params: codeParam, querystring: { type: 'object', properties: { from: fromYear, to: toYear, body, limit: { type: 'integer', minimum: 1, maximum: 10000, default: 100, description: 'At most this many, the newest.' }, format } } },
      async (req, reply) => {
        const s = snapshotOf(req);
        const q = req.query as Q;
        const e = findCountry(s.db(), s.registry(), (req.params as { code: string }).code);
        const votes = countryVotes(s.db(), e, {
          ...(q.body !== undefined && { body: q.body as Body }),
          ...(q.from !== undefined && { from: Number(q.from) }),
          ...(q.to !== undefined && { to: Number(q.to) }),
          ...(q.body === 'sc' && { drafts: draftsRecord() }),
        }).reverse().slice(0, Number(q.limit));
        if (q.format === 'csv') return csv(reply, ['date', 'body', 'symbol', 'vote', 'title', 'link'], votes.map((v) => [v.date, v.body, v.symbol, v.vote, v.title, v.link]));
        return { code: e.code, name: e.shortName, votes };
      },
    ),
  );
  api.get('/resolutions/:symbol', endpoint('resolution', { params: symbolParam, querystring: { type: 'object', properties: { body, format } } }, async (req, reply) => {
    const s = snapshotOf(req);
    const q = req.query as Q;
    const symbol = (req.params as { symbol: string }).symbol;
    // A Council draft not adopted is answered from the veto list (it is not in the UN's files).
    const draft = q.body !== 'ga' ? findDraft(draftsRecord(), symbol) : undefined;
    const v = draft
      ? draftView(draftsRecord(), s.registry(), draft)
      : ((row) => resolutionView(s.db(), s.registry(), row, namesOf(s, row.body)))(findResolution(s.db(), symbol, q.body as Body | undefined));
    if (q.format === 'csv') return csv(reply, ['code', 'name', 'vote'], v.votes.map((x) => [x.code, x.name, x.vote]));
    return v;
  }));
  api.get(
    '/vetoes',
    endpoint(
      'vetoes',
      {
        querystring: {
          type: 'object',
          properties: { by: { type: 'string', enum: [...SEATS], description: 'Only drafts this permanent member vetoed (RUS includes the USSR).' }, from: fromYear, to: toYear, topic: { type: 'string', maxLength: 200, description: 'Words that must all appear in the subject or agenda.' }, format },
        },
      },
      async (req, reply) => {
        const q = req.query as Q;
        const v = vetoesView(draftsRecord(), {
          ...(q.by !== undefined && { by: q.by as Seat }),
          ...(q.from !== undefined && { from: Number(q.from) }),
          ...(q.to !== undefined && { to: Number(q.to) }),
          ...(q.topic !== undefined && { topic: String(q.topic) }),
        });
        if (q.format === 'csv') {
          return csv(reply, ['date', 'draft', 'outcome', 'vetoed_by', 'yes', 'no', 'abstain', 'subject', 'meeting', 'agenda'], v.drafts.map((d) => [d.date, d.symbol, d.outcome, d.vetoedBy.join(' '), d.counts.yes, d.counts.no, d.counts.abstain, d.subject, d.meeting, d.agenda]));
        }
        return v;
      },
    ),
  );
  api.get('/countries/:code/drafts', endpoint('countryDrafts', { params: codeParam }, async (req) => {
    const s = snapshotOf(req);
    const e = findCountry(s.db(), s.registry(), (req.params as { code: string }).code);
    return { code: e.code, name: e.shortName, sides: draftSidesView(draftsRecord(), e.code), dataset: draftsRecord().dataset };
  }));
  api.get(
    '/resolutions/:symbol/similar',
    endpoint('similar', { params: symbolParam, querystring: { type: 'object', properties: { body, limit: { type: 'integer', minimum: 1, maximum: 100, default: 20, description: 'At most this many.' } } } }, async (req) => {
      const s = snapshotOf(req);
      const q = req.query as Q;
      const row = findResolution(s.db(), (req.params as { symbol: string }).symbol, q.body as Body | undefined);
      return similarView(s.workspace(row.body), row.id, Number(q.limit));
    }),
  );
  api.get(
    '/agreement',
    endpoint(
      'agreement',
      {
        querystring: {
          type: 'object',
          required: ['a', 'b'],
          properties: {
            a: { type: 'string', maxLength: 60, description: 'The first state, by code or name.' },
            b: { type: 'string', maxLength: 60, description: 'The second state, by code or name.' },
            from: fromYear,
            to: toYear,
            by: { type: 'string', enum: ['year', 'session', 'all'], description: 'One row per year (the default), per session, or one for the whole span.' },
            body,
            format,
          },
        },
      },
      async (req, reply) => {
        const s = snapshotOf(req);
        const q = req.query as Q;
        const ws = s.workspace((q.body ?? 'ga') as Body);
        const rows = agreementView(ws, country(s, String(q.a)), country(s, String(q.b)), { ...(q.from !== undefined && { from: Number(q.from) }), ...(q.to !== undefined && { to: Number(q.to) }) }, (q.by ?? 'year') as 'year', 'linear');
        if (q.format === 'csv') {
          const head = ['period', 'a', 'b', 'n', 'same', 'opposite', 'partial', 'absent', 'coincidence', 'votesOnly', 'agree', 's', 'kappa', 'pi'] as const;
          return csv(reply, [...head], rows.map((r) => head.map((k) => r[k])));
        }
        return rows;
      },
    ),
  );
  api.get(
    '/align',
    endpoint('align', { querystring: { type: 'object', properties: { with: { ...codes, description: 'The anchors (default USA,CHN,RUS).' }, year, from: fromYear, to: toYear, metric, body, format } } }, async (req, reply) => {
      const s = snapshotOf(req);
      const q = req.query as Q;
      const ws = s.workspace((q.body ?? 'ga') as Body);
      const anchors = findCountries(s.db(), s.registry(), String(q.with ?? 'USA,CHN,RUS'));
      const from = q.year ?? q.from;
      const to = q.year ?? q.to;
      const rows = alignView(ws, s.registry(), anchors, { ...(from !== undefined && { from: Number(from) }), ...(to !== undefined && { to: Number(to) }) }, (q.metric ?? 'coincidence') as Metric);
      if (q.format === 'csv') return csv(reply, ['code', 'name', 'n', ...anchors], rows.map((r) => [r.code, r.name, r.n, ...anchors.map((a) => r.scores[a])]));
      return rows;
    }),
  );
  api.get(
    '/blocs',
    endpoint('blocs', { querystring: { type: 'object', required: ['year'], properties: { year, k: { type: 'integer', minimum: 2, maximum: 20, default: 5, description: 'How many blocs.' } } } }, async (req) => {
      const s = snapshotOf(req);
      const q = req.query as Q;
      return blocsView(s.workspace('ga'), { from: Number(q.year), to: Number(q.year) }, Number(q.k));
    }),
  );
  api.get(
    '/ideal',
    endpoint('ideal', { querystring: { type: 'object', properties: { countries: { ...codes, description: 'Only these states (up to 20, comma-separated, by code or name).' }, from: fromYear, to: toYear, format } } }, async (req, reply) => {
      const s = snapshotOf(req);
      const q = req.query as Q;
      const ws = s.workspace('ga');
      const fit = findIdealFit(s.db(), ws.matrix.dataset.sha256, JSON.stringify(IDEAL_DEFAULTS));
      if (!fit) throw new NotFoundError('no ideal points fitted for this dataset yet: run "straddle ideal --fit"');
      const points = readIdealPoints(s.db(), fit.id, {
        ...(q.from !== undefined && { from: Number(q.from) }),
        ...(q.to !== undefined && { to: Number(q.to) }),
        ...(q.countries !== undefined && { codes: findCountries(s.db(), s.registry(), String(q.countries)) }),
      });
      if (q.format === 'csv') return csv(reply, ['code', 'year', 'idealPoint', 'lower', 'upper', 'n'], points.map((p) => [p.code, p.year, p.idealPoint, p.lower, p.upper, p.n]));
      return points;
    }),
  );
  api.post(
    '/check',
    endpoint('check', { querystring: { type: 'object', properties: { date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: "The article's date, YYYY-MM-DD (else found in the text)." } } } }, async (req, reply) => {
      // The text or HTML is the body; the server never fetches a URL for a client.
      const raw = req.body;
      let bytes: Buffer;
      if (Buffer.isBuffer(raw)) bytes = raw;
      else if (raw && typeof raw === 'object' && typeof (raw as { text?: unknown }).text === 'string') bytes = Buffer.from((raw as { text: string }).text);
      else throw new UsageError('body: send the article as text/plain or text/html, or JSON { "text": "…" }');
      const date = articleDate((req.query as Q).date as string | undefined, 'date');
      if (!deps.checks) return checkView(snapshotOf(req), bytes, 'body', date);
      const { report, version } = await deps.checks.check({ bytes, ...(date !== undefined && { date }) });
      // The worker read its own snapshot: the header names that one.
      reply.header('x-straddle-dataset', version);
      return report;
    }),
  );
}
