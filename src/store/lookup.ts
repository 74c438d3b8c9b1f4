import type { Entity, Registry } from '../countries/registry.js';
import { NotFoundError, UsageError } from '../errors.js';
import { shortKey, symbolKey } from '../sources/symbols.js';
import type { Body } from '../vote.js';
import type { Db } from './store.js';

/** A resolution row as stored. */
export interface ResolutionRow {
  id: number;
  dataset_id: number;
  body: Body;
  undl_id: string;
  symbol: string;
  date: string;
  session: string | null;
  title: string;
  draft: string;
  committee_report: string;
  meeting: string;
  agenda: string;
  subjects: string;
  modality: string;
  link: string;
  total_yes: number | null;
  total_no: number | null;
  total_abstain: number | null;
  total_non_voting: number | null;
  total_members: number | null;
  members: Buffer;
  votes: string;
  notes: string | null;
}

/**
 * Finds a resolution however it is typed: `ES-11/6`, `A/RES/ES-11/6`,
 * `a/res/es-11/6`, `S/RES/2334`, `2334`. Several matches are an error that
 * lists them, so the user can pick one.
 *
 * @example findResolution(db, 'es-11/6').symbol // → 'A/RES/ES-11/6'
 */
export function findResolution(db: Db, query: string, body?: Body): ResolutionRow {
  const q = query.trim();
  if (q === '') throw new UsageError('a resolution symbol is required, e.g. A/RES/ES-11/6');
  const where = body ? ' AND body = @body' : '';
  const byKey = db.prepare(`SELECT * FROM resolutions WHERE key = @k${where}`);
  const byShort = db.prepare(`SELECT * FROM resolutions WHERE short_key = @k${where}`);
  const params = (k: string) => (body ? { k, body } : { k });
  let rows = byKey.all(params(symbolKey(q))) as ResolutionRow[];
  if (rows.length === 0) rows = byShort.all(params(shortKey(q))) as ResolutionRow[];
  if (rows.length === 0) {
    throw new NotFoundError(`no resolution matches "${q}" (try a symbol such as A/RES/ES-11/6 or S/RES/2334)`);
  }
  if (rows.length > 1) {
    const list = rows.map((r) => `  ${r.symbol} (${r.body.toUpperCase()}, ${r.date}, record ${r.undl_id})`).join('\n');
    throw new UsageError(`"${q}" matches ${rows.length} resolutions; give the full symbol or --body:\n${list}`);
  }
  return rows[0] as ResolutionRow;
}

/**
 * Finds a country by code, name, short form, demonym or capital; a code the
 * registry does not know but the store holds is found as an unknown entity.
 *
 * @example findCountry(db, reg, 'pakistan').code // → 'PAK'
 */
export function findCountry(db: Db, registry: Registry, query: string): Entity {
  const q = query.trim();
  if (q === '') throw new UsageError('a country is required, e.g. PAK or Pakistan');
  const hits = registry.find(q);
  if (hits.length === 1) return hits[0] as Entity;
  if (hits.length > 1) {
    throw new UsageError(`"${q}" could mean ${hits.map((e) => `${e.shortName} (${e.code})`).join(' or ')}; use the code`);
  }
  const stored = db.prepare('SELECT code FROM entities WHERE code = ?').pluck().get(q.toUpperCase()) as
    | string
    | undefined;
  if (stored) return registry.unknown(stored);
  throw new NotFoundError(`no country matches "${q}" (try a code such as PAK or a name such as Pakistan)`);
}

/**
 * Codes from a comma-separated list of codes or names ("USA,China,RUS").
 *
 * @example findCountries(db, reg, 'USA, China') // → ['USA', 'CHN']
 */
export function findCountries(db: Db, registry: Registry, list: string): string[] {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((q) => findCountry(db, registry, q).code);
}
