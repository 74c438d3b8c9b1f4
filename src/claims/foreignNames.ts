import worldCountriesModule, { type Country } from 'world-countries';

/**
 * The names Spanish, Portuguese, French and Italian copy gives UN members
 * ("Brasil", "Reino Unido", "Estados Unidos", "Rússia", "Royaume-Uni"), from the
 * ISO package's translations, for reading reports in those languages. Matched
 * with their capital letter only: "gana" is a Spanish verb, "Gana" Ghana.
 * Left out: names that are English words or names already ("Chile", "India"),
 * and those that are a person's or a demonym in English copy ("Mauricio",
 * "Salvador", "Argentine").
 */
const worldCountries = worldCountriesModule as unknown as Country[];
const LANGUAGES = ['spa', 'por', 'fra', 'ita'] as const;
const LEFT_OUT = new Set(['Argentine', 'Mauricio', 'Salvador', 'Dominique', 'Maurice', 'Granada', 'Georgia', 'Jordania']);
// Short forms the translations lack.
const EXTRA: [string, string][] = [
  ['EUA', 'USA'], ['EE.UU.', 'USA'], ['EE. UU.', 'USA'], ['EEUU', 'USA'], ['Unión Soviética', 'SUN'], ['União Soviética', 'SUN'],
  ['Union soviétique', 'SUN'], ['Unione Sovietica', 'SUN'], ['URSS', 'SUN'], ['Irán', 'IRN'], ['Armênia', 'ARM'], ['Bielorrússia', 'BLR'],
];

let cached: Map<string, string> | undefined;

/**
 * Each foreign name and the code of the state it names.
 *
 * @example foreignNames().get('Rússia') // → 'RUS'
 */
export function foreignNames(): Map<string, string> {
  if (cached) return cached;
  const english = new Set<string>();
  for (const c of worldCountries) for (const n of [c.name.common, c.name.official, ...c.altSpellings]) english.add(n.toLowerCase());
  const out = new Map<string, string>();
  const clash = new Set<string>();
  for (const c of worldCountries) {
    if (!c.unMember) continue;
    for (const l of LANGUAGES) {
      const t = c.translations[l];
      for (const n of [t?.common, t?.official]) {
        if (!n || n.length < 4 || english.has(n.toLowerCase()) || LEFT_OUT.has(n)) continue;
        if (out.has(n) && out.get(n) !== c.cca3) clash.add(n);
        out.set(n, c.cca3);
      }
    }
  }
  for (const n of clash) out.delete(n);
  for (const [n, code] of EXTRA) out.set(n, code);
  cached = out;
  return out;
}
