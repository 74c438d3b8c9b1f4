/**
 * Resolution symbols as users type them. The file spells symbols in mixed
 * ways (`A/RES/34/2A`, `A/RES/32/105[M]`, `A/RES/80/84 A`, `S/RES/2334(2016)`);
 * a lookup key is the upper-cased symbol without blanks and brackets, so
 * `a/res/es-11/6` and `A/RES/ES-11/6` meet.
 *
 * @example symbolKey('a/res/es-11/6') // → 'A/RES/ES-11/6'
 * @example symbolKey('A/RES/32/105[M]') // → 'A/RES/32/105M'
 */
export function symbolKey(symbol: string): string {
  return symbol.toUpperCase().replace(/[\s[\]]/g, '');
}

/**
 * A shorter key without the body prefix and, for the Council, without the
 * year: `ES-11/6` for `A/RES/ES-11/6`, `2334` for `S/RES/2334(2016)`.
 *
 * @example shortKey('S/RES/2334(2016)') // → '2334'
 */
export function shortKey(symbol: string): string {
  const k = symbolKey(symbol);
  const sc = /^S\/RES\/(\d+)(\(\d{4}\))?$/.exec(k);
  if (sc) return sc[1] as string;
  return k.replace(/^[AS]\/RES\//, '');
}
