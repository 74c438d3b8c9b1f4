import type { FastifyReply, FastifyRequest, FastifySchema, RouteShorthandOptionsWithHandler } from 'fastify';
import { ERROR_STATUSES, OPERATIONS } from './operations.js';
import type { ApiResponses, OperationId } from './responses.js';
import { answers } from './responseSchemas.js';

/** The schema a generated `$ref` points to, by the name in `#/definitions/NAME`. */
const ref = (name: string) => ({ $ref: `#/definitions/${name}` });

/** The headers on every answer made from the store (app.ts adds them), for clients that read provenance. */
const PROVENANCE = {
  'x-straddle-dataset': { type: 'string', description: 'The dataset of each body the answer was made from ("ga=…; sc=…").' },
  'x-straddle-citation': { type: 'string', description: 'The UN citation and terms of use.' },
} as const;

/**
 * The `schema.response` of an operation: the 200 answer as the generated
 * schema of its TypeScript type (and text/csv where `format=csv` answers),
 * and each error status it can answer, all in the one ApiError shape.
 */
function responses(id: OperationId): Record<string, unknown> {
  const op = OPERATIONS[id];
  const ok = {
    description: op.csv ? `${op.summary}: JSON, or CSV with format=csv.` : `${op.summary}.`,
    headers: PROVENANCE,
    content: {
      'application/json': { schema: answers[id] },
      ...(op.csv && { 'text/csv': { schema: { type: 'string', description: 'A header line, then one line per row.' } } }),
    },
  };
  const errors = op.errors.map((status) => [status, { description: ERROR_STATUSES[status], content: { 'application/json': { schema: ref('ApiError') } } }]);
  return { 200: ok, ...Object.fromEntries(errors) };
}

/** A handler whose JSON answer must be the operation's documented type (or a reply it has sent itself: CSV, kept JSON). */
export type Handler<K extends OperationId> = (req: FastifyRequest, reply: FastifyReply) => Promise<ApiResponses[K] | FastifyReply>;

/**
 * A route's options from its operation: the parameters' schema as the route
 * gives it, with the operation's summary, description, tags, id and response
 * schemas from OPERATIONS and the generated schemas, and the handler typed
 * against the same ApiResponses entry the schemas are generated from.
 *
 * The response schemas are for the document only: the API's plugin
 * serializes with JSON.stringify (app.ts), so an answer is never cut to its
 * schema nor coerced.
 */
export function endpoint<K extends OperationId>(id: K, schema: Omit<FastifySchema, 'response'>, handler: Handler<K>): RouteShorthandOptionsWithHandler {
  const op = OPERATIONS[id];
  const documented = { ...schema, operationId: id, summary: op.summary, description: op.description, tags: op.tags, response: responses(id) };
  const body = op.body;
  return {
    schema: documented,
    // A body the route reads itself (the check's text, HTML or JSON) is documented, not validated: Fastify
    // would check a text/plain Buffer against the JSON schema.
    ...(body && {
      config: {
        swaggerTransform: ({ schema: s, url }: { schema: FastifySchema; url: string }) => ({
          schema: { ...s, body: { content: Object.fromEntries(Object.entries(body).map(([type, b]) => [type, { schema: typeof b === 'string' ? ref(b) : b }])) } },
          url,
        }),
      },
    }),
    handler,
  };
}
