import type { Registry } from '../countries/registry.js';
import { foreignNames } from './foreignNames.js';

/** A country named in a sentence, where. */
export interface CountryMention {
  code: string;
  index: number;
  text: string;
  /** "Pakistani", "Soviet": an adjective or a person, not the state casting a vote. */
  demonym: boolean;
  /** "Russia's invasion": the state owns what follows; it is not the one voting. */
  possessive: boolean;
}

// Aliases that name something else as often as a state.
// "Island" is an alternative spelling of Iceland in the ISO data ("Pacific island nations").
const SKIP = new Set(['washington post', 'new york', 'georgia', 'jordan', 'chad', 'island']);
const UPPER_SHORT = /^[A-Z.]{2,5}$/;

const cache = new WeakMap<Registry, { long: RegExp; short: RegExp; foreign: RegExp; byAlias: Map<string, string>; demonyms: Set<string> }>();

function matcher(registry: Registry) {
  let m = cache.get(registry);
  if (m) return m;
  const byAlias = new Map<string, string>();
  const ambiguous = new Set<string>();
  // Short forms written in capitals ("US", "UK", "DPRK") match only in capitals: "us" is a word.
  const capitals = new Set<string>();
  const demonyms = new Set<string>();
  for (const e of registry.all()) {
    // UN members (they have a regional group) and former ones (the USSR, East Germany, Yugoslavia); not territories, whose
    // demonyms ("Indian" for the British Indian Ocean Territory) would make names ambiguous.
    if (!e.historical && !e.regionalGroup) continue;
    // ... but a demonym that is the state's name ("Djibouti") names the state.
    for (const d of e.demonyms) if (d.toLowerCase() !== e.shortName.toLowerCase()) demonyms.add(d.toLowerCase());
    // "The Russians voted in favour": a plural demonym stands for the state.
    const plurals = e.demonyms.filter((d) => /n$/.test(d)).map((d) => `the ${d}s`);
    // "St. Vincent and the Grenadines", "St Lucia": Saint as news abbreviates it.
    const names = [e.shortName, ...e.aliases];
    const saints = names.filter((a) => /^saint /i.test(a)).flatMap((a) => [a.replace(/^saint /i, 'St. '), a.replace(/^saint /i, 'St ')]);
    for (const a of [...names, ...saints, ...e.demonyms, ...plurals]) {
      const key = a.toLowerCase();
      if (SKIP.has(key)) continue;
      if (UPPER_SHORT.test(a)) capitals.add(key);
      if (byAlias.has(key) && byAlias.get(key) !== e.code) ambiguous.add(key);
      byAlias.set(key, e.code);
    }
  }
  for (const a of ambiguous) byAlias.delete(a);
  // Apostrophes as typeset ("People’s") meet the registry's straight ones.
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length);
  const long = aliases.filter((a) => !capitals.has(a));
  const short = aliases.filter((a) => capitals.has(a)).map((a) => a.toUpperCase());
  m = {
    // "Washington" is the United States; "the Washington Post" is a newspaper; "Latin America" a region.
    // A double hyphen is a dash ("Britain and France--voted in favor"), not part of a name ("Guinea-Bissau").
    long: new RegExp(`(?<!\\w|(?<!-)-)(?<!(?:Latin|South|Central|North) )(?:${long.map(escape).join('|')})(?!\\w|-(?!-))(?! Post)`, 'gi'),
    short: new RegExp(`(?<![\\w.])(?:${short.map(escape).join('|')})(?![\\w])`, 'g'),
    // Names in Spanish, Portuguese, French and Italian copy, as capitalised (see foreignNames.ts).
    foreign: new RegExp(`(?<![\\p{L}\\d-])(?:${[...foreignNames().keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\d-])`, 'gu'),
    byAlias,
    demonyms,
  };
  cache.set(registry, m);
  return m;
}

/**
 * The countries a sentence names: by name, short form ("US"), demonym
 * ("Pakistani") or capital used for its government ("Islamabad").
 *
 * @example countryMentions(reg, 'Islamabad and New Delhi abstained').map((m) => m.code) // → ['PAK', 'IND']
 */
export function countryMentions(registry: Registry, text: string): CountryMention[] {
  const m = matcher(registry);
  const out: CountryMention[] = [];
  for (const re of [m.long, m.short, m.foreign]) {
    re.lastIndex = 0;
    for (let hit = re.exec(text); hit; hit = re.exec(text)) {
      const code = re === m.foreign ? foreignNames().get(hit[0]) : m.byAlias.get(hit[0].toLowerCase().replace(/’/g, "'"));
      if (!code) continue;
      if (out.some((o) => hit!.index < o.index + o.text.length && o.index < hit!.index + hit![0].length)) continue;
      const next = text.slice(hit.index + hit[0].length, hit.index + hit[0].length + 2);
      out.push({ code, index: hit.index, text: hit[0], demonym: m.demonyms.has(hit[0].toLowerCase()), possessive: /^['’]s/.test(next) });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

export type BodyMention = 'ga' | 'sc';

/**
 * The UN body a passage speaks of, if any. The Human Rights Council is not a
 * body here: "suspend Russia from the Human Rights Council" is an Assembly
 * vote (A/RES/ES-11/3); votes in the Council itself are a record gap.
 */
export function bodyMention(text: string): BodyMention | null {
  // "the permanent members of the Security Council" describes states, not the body voting.
  text = text.replace(/\b(?:permanent|five|elected|non-permanent)(?: permanent)? members? of the (?:UN |U\.N\. )?Security Council\b/gi, 'members');
  // ... nor "Permanent Security Council members China and Russia", "the five UN Security Council nuclear powers".
  text = text.replace(/\b(?:UN |U\.N\. )?Security Council(?:['’]s)? (?:nuclear (?:powers|states|weapon states)|veto[- ](?:holders|holding (?:powers|members|states)|wielding (?:powers|members|states))|permanent members)\b|\b(?:permanent|veto-wielding|veto-holding) (?:UN |U\.N\. )?Security Council members?\b/gi, 'powers');
  const sc = /\bSecurity Council\b|\bUNSC\b|\b15-member\b|\bthe Council\b|\bConsejo de Seguridad\b|\bConselho de Segurança|\bConseil de sécurité|\bConsiglio di Sicurezza\b|\bCSNU\b/i.exec(text);
  const ga = /\bGeneral Assembly\b|\bUNGA\b|\bthe Assembly\b|\b193-(?:member|nation)\b|\bAsamblea General\b|\bAssembleia Geral\b|\bAssemblée générale\b|\bAssemblea Generale\b/i.exec(text);
  if (sc && ga) return sc.index < ga.index ? 'sc' : 'ga';
  return sc ? 'sc' : ga ? 'ga' : null;
}
