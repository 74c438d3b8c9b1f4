import worldCountriesModule, { type Country } from 'world-countries';
import { distance as editDistance } from 'fastest-levenshtein';
import { type CowCode, cowCode } from './cow.js';
import { CONTINUES, EXTRA_ALIASES, HISTORICAL } from './history.js';

/**
 * A state as the record knows it: one code for its whole life (renamed
 * states keep one), with what maps and the article check need.
 */
export interface Entity {
  /** The code the UN files use in `ms_code` (ISO 3166-1 alpha-3, or 3166-3 for dissolved states). */
  code: string;
  /** Common English short name, e.g. "Pakistan", "Russia". */
  shortName: string;
  /** Full official name, e.g. "Islamic Republic of Pakistan". */
  officialName: string;
  /** ISO 3166-1 alpha-2 (3166-3 for dissolved states); null where none exists. */
  iso2: string | null;
  /** ISO 3166-1 numeric, as a three-digit string (joins world-atlas maps). */
  isoNumeric: string | null;
  /** Correlates of War code (see cow.ts; Germany's is 260 before 1990-10-03, see {@link cowCode}); null where COW lists none. */
  cow: CowCode | null;
  /** UN regional group, where the state belongs to one. */
  regionalGroup: string | null;
  /** True for states that no longer exist (USSR, Yugoslavia, ...). */
  historical: boolean;
  /** UN membership for dissolved states (official dates); the record gives it for the rest. */
  membership: { from: string; to: string } | null;
  /** The entity whose seat this one continues (RUS continues SUN). */
  continues: string | null;
  /** What became of a dissolved state's seat. */
  fate: string | null;
  /** Names, short forms, demonyms and capitals used for governments. */
  aliases: string[];
  /** Demonyms among the aliases ("Pakistani"): adjectives in news copy ("the Ukrainian president"), rarely a voter. */
  demonyms: string[];
  /** False for a code the registry does not know (kept from the data as is). */
  known: boolean;
}

/** Folds case, accents and punctuation so "Türkiye" meets "turkiye". */
export function normalizeName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/^the /, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// The package is CommonJS; under Node's ESM interop its default export is
// the array itself, which its type declarations do not say.
const worldCountries = worldCountriesModule as unknown as Country[];

const LATIN = /^[\p{Script=Latin}\p{N}\s'’.,()-]+$/u;
// Two-letter ISO codes are not names; these short forms are.
const SHORT_FORMS = new Set(['US', 'USA', 'UK', 'DPRK', 'DRC', 'UAE', 'PRC', 'FRY', 'FRG', 'GDR', 'SFRY', 'USSR']);

function keepAlias(a: string): boolean {
  return LATIN.test(a) && (a.length > 3 || SHORT_FORMS.has(a));
}

function fromIso(c: Country): Entity {
  const capitals = (c.capital ?? []).flatMap((cap) => [cap, cap.replace(/\s+D\.C\.$/, '')]);
  const demonym = c.demonyms?.eng?.m;
  const aliases = [
    c.name.common,
    c.name.official,
    ...c.altSpellings,
    ...capitals,
    ...(demonym ? [demonym] : []),
    ...(EXTRA_ALIASES[c.cca3] ?? []),
  ].filter(keepAlias);
  return {
    code: c.cca3,
    shortName: c.name.common,
    officialName: c.name.official,
    iso2: c.cca2,
    isoNumeric: c.ccn3 || null,
    cow: cowCode(c.cca3) ?? null,
    regionalGroup: c.unRegionalGroup || null,
    historical: false,
    membership: null,
    continues: CONTINUES[c.cca3] ?? null,
    fate: null,
    aliases: [...new Set(aliases)],
    demonyms: [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d && keepAlias(d)),
    known: true,
  };
}

/**
 * The registry of every entity a UN file can name. Built once from the ISO
 * package and the UN history table; pure lookups after that.
 *
 * @example
 *   const reg = createRegistry();
 *   reg.get('PAK')?.shortName   // → 'Pakistan'
 *   reg.find('islamabad')       // → [Pakistan]
 */
export interface Registry {
  get(code: string): Entity | undefined;
  /** Entities whose code, name or alias matches; more than one when ambiguous. */
  find(query: string): Entity[];
  all(): readonly Entity[];
  /**
   * A user's query, forgivingly: ISO alpha-3 or alpha-2 codes, names, short
   * forms, capitals; a name several states share ("Korea", "Congo") gives
   * the choices; nothing found gives the nearest names ("Pakistn").
   */
  lookup(query: string): CountryLookup;
  /** An entity for a code the registry does not know, kept as the data gives it. */
  unknown(code: string, name?: string): Entity;
}

/** How a query for a country resolves: one entity, the choices when it is ambiguous, or the nearest names. */
export interface CountryLookup {
  entity: Entity | null;
  choices: Entity[];
  suggestions: Entity[];
}

const words = (s: string) => ` ${normalizeName(s)} `;

export function createRegistry(): Registry {
  const entities: Entity[] = worldCountries.map(fromIso);
  for (const h of HISTORICAL) {
    entities.push({
      code: h.code,
      shortName: h.shortName,
      officialName: h.name,
      iso2: h.iso2,
      isoNumeric: h.isoNumeric,
      cow: cowCode(h.code) ?? null,
      regionalGroup: null,
      historical: true,
      membership: { from: h.from, to: h.to },
      continues: null,
      fate: h.fate,
      aliases: [...new Set([h.name, h.shortName, ...h.aliases])],
      demonyms: h.code === 'SUN' ? ['Soviet'] : [],
      known: true,
    });
  }
  const byCode = new Map(entities.map((e) => [e.code, e]));
  // Each entity's own names, normalised and padded (" democratic republic of the congo "), made once.
  const ownNames = new Map(entities.map((e) => [e, [words(e.shortName), words(e.officialName)]]));
  const byAlias = new Map<string, Entity[]>();
  for (const e of entities) {
    for (const a of [e.code, ...e.aliases]) {
      const k = normalizeName(a);
      const list = byAlias.get(k) ?? [];
      if (!list.includes(e)) list.push(e);
      byAlias.set(k, list);
    }
  }
  return {
    get: (code) => byCode.get(code.toUpperCase()),
    find(query) {
      const byCodeHit = byCode.get(query.trim().toUpperCase());
      if (byCodeHit) return [byCodeHit];
      return byAlias.get(normalizeName(query)) ?? [];
    },
    all: () => entities,
    lookup(query) {
      const q = normalizeName(query);
      const none: CountryLookup = { entity: null, choices: [], suggestions: [] };
      if (q === '') return none;
      const code = byCode.get(query.trim().toUpperCase());
      if (code) return { ...none, entity: code };
      // ISO alpha-2 (PK, IN), a state of today before a dissolved one.
      if (/^[a-z]{2}$/.test(q)) {
        const iso2 = entities.filter((e) => e.iso2?.toLowerCase() === q).sort((a, b) => Number(a.historical) - Number(b.historical));
        if (iso2[0]) return { ...none, entity: iso2[0] };
      }
      // Other states whose own names hold the query as words ("Congo" in "Democratic Republic of the Congo"),
      // looked for only when the query is not a state's own name.
      const holding = () => entities.filter((e) => ownNames.get(e)!.some((n) => n.includes(` ${q} `)));
      const exact = byAlias.get(q) ?? [];
      if (exact.length === 1) {
        const e = exact[0]!;
        if (ownNames.get(e)!.includes(` ${q} `)) return { ...none, entity: e };
        const others = holding().filter((x) => x !== e && !x.historical);
        return others.length === 0 ? { ...none, entity: e } : { ...none, choices: [e, ...others] };
      }
      if (exact.length > 1) return { ...none, choices: exact };
      const current = holding().filter((e) => !e.historical);
      if (current.length === 1) return { ...none, entity: current[0]! };
      if (current.length > 1) return { ...none, choices: current };
      // Nothing: the nearest names by edit distance, within about a quarter of the query's length.
      const bar = Math.max(1, Math.floor(q.length / 4));
      const near = new Map<Entity, number>();
      for (const [alias, list] of byAlias) {
        if (Math.abs(alias.length - q.length) > bar) continue;
        const d = editDistance(alias, q);
        if (d > bar) continue;
        for (const e of list) if ((near.get(e) ?? Infinity) > d) near.set(e, d);
      }
      return { ...none, suggestions: [...near].sort((a, b) => a[1] - b[1] || a[0].shortName.localeCompare(b[0].shortName)).slice(0, 3).map(([e]) => e) };
    },
    unknown: (code, name) => ({
      code,
      shortName: name ?? code,
      officialName: name ?? code,
      iso2: null,
      isoNumeric: null,
      cow: null,
      regionalGroup: null,
      historical: false,
      membership: null,
      continues: null,
      fate: null,
      aliases: name ? [name] : [],
      demonyms: [],
      known: false,
    }),
  };
}
