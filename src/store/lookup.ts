import type { Entity, Registry } from '../countries/registry.js';
import { NotFoundError, UsageError } from '../errors.js';
import { shortKey, symbolKey } from '../sources/symbols.js';
import type { Body } from '../vote.js';
import { requireVotes } from './datasets.js';
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
  const q = symbolQuery(query);
  if (q === '') throw new UsageError('a resolution symbol is required, e.g. A/RES/ES-11/6');
  const where = body ? ' AND body = @body' : '';
  const byKey = db.prepare(`SELECT * FROM resolutions WHERE key = @k${where}`);
  const byShort = db.prepare(`SELECT * FROM resolutions WHERE short_key = @k${where}`);
  // The draft symbol journalists quote (A/ES-11/L.7, S/2016/1092), where the UN's file gives it.
  const byDraft = db.prepare(`SELECT * FROM resolutions WHERE draft <> '' AND upper(replace(draft, ' ', '')) = @k${where}`);
  const params = (k: string) => (body ? { k, body } : { k });
  let rows = byKey.all(params(symbolKey(q))) as ResolutionRow[];
  if (rows.length === 0) rows = byShort.all(params(shortKey(q))) as ResolutionRow[];
  if (rows.length === 0) rows = byDraft.all(params(symbolKey(q))) as ResolutionRow[];
  if (rows.length === 0) {
    requireVotes(db, body);
    const draftLike = /\/L\.\d|^S\/\d{4}\/\d+$/i.test(q);
    const withDrafts = draftLike ? (db.prepare("SELECT count(*) FROM resolutions WHERE draft <> ''").pluck().get() as number) : 0;
    throw new NotFoundError(
      draftLike
        ? `no resolution matches "${query.trim()}": it looks like a draft symbol, and ${withDrafts === 0 ? 'the files in this store give no draft symbols (the UN\'s bulk files of 2026 do; `straddle sync` fetches them)' : 'no recorded vote of the store has it as its draft'}; Council drafts not adopted are in \`straddle vetoes\``
        : `no resolution matches "${query.trim()}" (symbols look like A/RES/ES-11/6, ES-11/6, 77/247, S/RES/2334 or 2334; drafts like A/ES-11/L.7)`,
    );
  }
  if (rows.length > 1) {
    const list = rows.map((r) => `  ${r.symbol} (${r.body.toUpperCase()}, ${r.date}, record ${r.undl_id})`).join('\n');
    throw new UsageError(`"${q}" matches ${rows.length} resolutions; give the full symbol or --body:\n${list}`);
  }
  return rows[0] as ResolutionRow;
}

/**
 * A symbol as journalists type it, made one the store can look up:
 * "Resolution 2334", "res 2334", "UNSC resolution 2334" → 2334; "ES11/6" → ES-11/6.
 *
 * @example symbolQuery('Resolution ES11/6') // → 'ES-11/6'
 */
export function symbolQuery(query: string): string {
  return query
    .trim()
    .replace(/^(?:U\.?N\.?\s*(?:G\.?A\.?|S\.?C\.?)?\s+|(?:UN)?(?:GA|SC)\s+)?(?:(?:the\s+)?(?:Security Council|General Assembly)\s+)?(?:resolution|res\.?)\s*(?:no\.?\s*)?(?=\S)/i, '')
    .replace(/^((?:A\/RES\/)?)ES(\d)/i, '$1ES-$2')
    .replace(/^((?:A\/RES\/)?)S(\d+\/)/i, (m, p, rest) => (p ? `${p}S-${rest}` : m));
}

/**
 * Finds a country by ISO alpha-3 or alpha-2 code, name, short form, demonym or
 * capital; an ambiguous name gives the choices, a misspelt one the nearest
 * names; a code the registry does not know but the store holds is found as an
 * unknown entity.
 *
 * @example findCountry(db, reg, 'pakistan').code // → 'PAK'
 */
export function findCountry(db: Db, registry: Registry, query: string): Entity {
  const q = query.trim();
  if (q === '') throw new UsageError('a country is required, e.g. PAK or Pakistan');
  const found = registry.lookup(q);
  if (found.entity) return found.entity;
  // A code the registry does not know but the store holds (kept as the file gives it).
  const stored = db.prepare('SELECT code FROM entities WHERE code = ?').pluck().get(q.toUpperCase()) as string | undefined;
  if (stored && !registry.get(stored)) return registry.unknown(stored);
  const named = (list: Entity[]) => list.map((e) => `${e.shortName} (${e.code})`);
  if (found.choices.length > 0) {
    const list = named(found.choices.slice(0, 6));
    throw new UsageError(`"${q}" could mean ${list.slice(0, -1).join(', ')}${list.length > 1 ? ' or ' : ''}${list.at(-1)}${found.choices.length > 6 ? ', among others' : ''}; give the code or a fuller name`);
  }
  if (found.suggestions.length > 0) {
    throw new NotFoundError(`no country matches "${q}"; did you mean ${named(found.suggestions).join(' or ')}?`);
  }
  throw new NotFoundError(`no country matches "${q}" (try an ISO code such as PAK or PK, or a name such as Pakistan)`);
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
