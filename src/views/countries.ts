import type { Entity, Registry } from '../countries/registry.js';
import { recordedNames } from '../store/names.js';
import { requireVotes } from '../store/datasets.js';
import type { Db } from '../store/store.js';

/** A country as `straddle countries` lists it. */
export interface CountryView {
  code: string;
  name: string;
  shortName: string;
  iso2: string | null;
  isoNumeric: string | null;
  /** Correlates of War code (the seat's code today; Germany's and China's changed, see `cowCode`). */
  cow: number | null;
  regionalGroup: string | null;
  historical: boolean;
  known: boolean;
  continues: string | null;
  /** UN names in the record, oldest first, with the dates each was used. */
  unNames: { name: string; first: string; last: string }[];
  /** First and last recorded vote in each body (membership as the record shows it). */
  ga: { first: string; last: string } | null;
  sc: { first: string; last: string } | null;
  /** Official UN membership dates, for dissolved states. */
  membership: { from: string; to: string } | null;
  fate: string | null;
  aliases: string[];
}

function span(list: { first: string; last: string }[] | undefined) {
  if (!list || list.length === 0) return null;
  return {
    first: list.reduce((m, s) => (s.first < m ? s.first : m), list[0]!.first),
    last: list.reduce((m, s) => (s.last > m ? s.last : m), list[0]!.last),
  };
}

/** Every entity that appears in the store, by code. */
export function countriesView(db: Db, registry: Registry): CountryView[] {
  requireVotes(db);
  const ga = recordedNames(db, 'ga');
  const sc = recordedNames(db, 'sc');
  const codes = [...new Set([...ga.keys(), ...sc.keys()])].sort();
  return codes.map((code) => countryView(registry.get(code) ?? registry.unknown(code), ga, sc));
}

export function countryView(
  e: Entity,
  ga: ReturnType<typeof recordedNames>,
  sc: ReturnType<typeof recordedNames>,
): CountryView {
  const unNames = (ga.get(e.code) ?? sc.get(e.code) ?? []).map(({ name, first, last }) => ({ name, first, last }));
  return {
    code: e.code,
    name: unNames[unNames.length - 1]?.name ?? e.officialName,
    shortName: e.shortName,
    iso2: e.iso2,
    isoNumeric: e.isoNumeric,
    cow: e.cow?.code ?? null,
    regionalGroup: e.regionalGroup,
    historical: e.historical,
    known: e.known,
    continues: e.continues,
    unNames,
    ga: span(ga.get(e.code)),
    sc: span(sc.get(e.code)),
    membership: e.membership,
    fate: e.fate,
    aliases: e.aliases,
  };
}
