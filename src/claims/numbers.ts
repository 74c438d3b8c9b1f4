/**
 * Numbers written in words, as news copy writes tallies ("thirty-two
 * countries abstained", "a hundred and forty-one votes"). Handles 0 to 999,
 * which is every count of UN members.
 */
const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};
// ... and the small counts Spanish, Portuguese and French reports write out ("três contra", "duas abstenções");
// not "once" (Spanish 11), "sept" (September) nor "due" (Italian 2): English words.
const FOREIGN_UNITS: Record<string, number> = {
  dos: 2, dois: 2, duas: 2, deux: 2, tres: 3, três: 3, trois: 3, cuatro: 4, quatro: 4, quatre: 4, cinco: 5, cinq: 5, seis: 6,
  siete: 7, sete: 7, ocho: 8, oito: 8, huit: 8, nueve: 9, nove: 9, neuf: 9, diez: 10, dez: 10, dix: 10, onze: 11, doce: 12, doze: 12,
  douze: 12, trece: 13, treze: 13, treize: 13, catorce: 14, catorze: 14, quatorze: 14, quince: 15, quinze: 15,
};
Object.assign(UNITS, FOREIGN_UNITS);
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
// ... and in French, Spanish and Portuguese ("trente-cinq se sont abstenus"), joined by a hyphen or a space.
Object.assign(TENS, {
  vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50,
  sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50, sessenta: 60, oitenta: 80,
});

function value(words: string[]): number | undefined {
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of words) {
    if (w === 'and') continue;
    if (w === 'a') {
      current = current || 1;
      continue;
    }
    if (w in UNITS) current += UNITS[w] as number;
    else if (w in TENS) current += TENS[w] as number;
    else if (w === 'hundred') current = (current || 1) * 100;
    else return undefined;
    any = true;
  }
  total += current;
  return any ? total : undefined;
}

const NUMBER_WORDS = [...Object.keys(UNITS), ...Object.keys(TENS)];
/**
 * A count as news copy prints it, in digits or words ("32", "thirty-two",
 * "one hundred and forty-one"), as a regular-expression source with no
 * capturing groups; {@link countValue} reads what it matched.
 */
export const COUNT = `(?:(?<![\\d.,])\\d{1,3}(?!\\d|[,.]\\d)|(?:(?:${NUMBER_WORDS.join('|')}|a|one) hundred(?:[\\s-]+and)?[\\s-]+)?(?:${Object.keys(TENS).join('|')})(?:[\\s-]+(?:${Object.keys(UNITS).join('|')}))?|(?:(?:${NUMBER_WORDS.join('|')}|a|one) hundred(?:[\\s-]+and)?[\\s-]+)?(?:${Object.keys(UNITS).join('|')})\\b|(?:a|one) hundred\\b)`;

/**
 * The value of a count matched by {@link COUNT}.
 *
 * @example countValue('one hundred and forty-one') // → 141
 */
export function countValue(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  return value(s.toLowerCase().split(/[\s-]+/));
}
