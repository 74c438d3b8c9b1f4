/**
 * One colour per state wherever states are drawn, so a reader who has found
 * the United States in one chart finds it in the next: the five permanent
 * members fixed, the states the dashboard shows by default (Pakistan, India,
 * Brazil, Egypt) fixed too, the rest from a categorical scheme in the order
 * they come, never a colour another state of the same chart already holds.
 * Every colour is dark enough to read as text on white (chart labels use them).
 */
export const STATE_COLOURS: Readonly<Record<string, string>> = {
  USA: '#1c7ed6', CHN: '#c92a2a', RUS: '#7048e8', GBR: '#0b7285', FRA: '#2b8a3e',
  PAK: '#e8590c', IND: '#c2255c', BRA: '#8f6a00', EGY: '#8d5524',
};
// For any other state, in the order it comes: none of them a colour above.
const OTHERS = ['#495057', '#5c940d', '#1098ad', '#9c36b5', '#364fc7', '#d9480f', '#a61e4d', '#087f5b'];

/** The colour of each of these codes: the fixed ones kept, the others in turn from the scheme. */
export function colourMap(codes: readonly string[]): Map<string, string> {
  const domain = [...new Set(codes)];
  const taken = new Set(domain.flatMap((c) => (STATE_COLOURS[c] ? [STATE_COLOURS[c]] : [])));
  const free = OTHERS.filter((c) => !taken.has(c));
  let k = 0;
  return new Map(domain.map((c) => [c, STATE_COLOURS[c] ?? free[k++ % free.length]!]));
}

/** A Plot colour scale for these codes: domain and range, the fixed colours kept. */
export function stateColours(codes: readonly string[]): { domain: string[]; range: string[] } {
  const m = colourMap(codes);
  return { domain: [...m.keys()], range: [...m.values()] };
}

/**
 * Year ticks for a band of years that fit the chart's width (about 56 px a
 * label at 12 px): every year, or every 2nd, 5th, 10th, 20th or 25th.
 */
export function yearTicks(years: readonly number[], width = 720, band = false): number[] {
  const list = [...new Set(years)].sort((a, b) => a - b);
  if (list.length === 0) return list;
  const room = Math.max(2, Math.floor(width / 56));
  const span = list[list.length - 1]! - list[0]! + 1;
  const step = [1, 2, 5, 10, 20, 25, 50].find((s) => Math.ceil(span / s) <= room) ?? 50;
  if (step === 1) return list;
  const ticks: number[] = [];
  for (let y = Math.ceil(list[0]! / step) * step; y <= list[list.length - 1]!; y += step) ticks.push(y);
  // A band scale (bars) has a tick only where it has a year.
  return band ? ticks.filter((y) => list.includes(y)) : ticks;
}

/** A file name's slug: lower case, words joined by hyphens ("A/RES/ES-11/6" → "a-res-es-11-6"). */
export function slug(...parts: (string | number | undefined | null | false)[]): string {
  return parts
    .filter((p) => p !== undefined && p !== null && p !== false && p !== '')
    .map((p) => String(p).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''))
    .filter(Boolean)
    .join('-');
}

/** "1971-2025" or "2023" for a list of years. */
export function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '';
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? String(lo) : `${lo}-${hi}`;
}

/** The great powers under the names charts give them (Russia's seat was the USSR's to 1991). */
export const GREAT_NAMES: Readonly<Record<string, string>> = {
  USA: 'United States', CHN: 'China', RUS: 'Russia (USSR to 1991)', GBR: 'United Kingdom', FRA: 'France',
};

/**
 * A Plot colour scale over names, coloured by code: legends read "United
 * States", not "USA", and keep the palette's colours.
 */
export function namedColours(codes: readonly string[], nameOf: (code: string) => string): { domain: string[]; range: string[] } {
  const m = colourMap(codes);
  return { domain: [...m.keys()].map(nameOf), range: [...m.values()] };
}

/** A year axis: years as years ("1950", never "1,950"), as many ticks as the width holds. */
export function yearAxis(years: readonly number[], width: number, band = false): { label: null; tickFormat: 'd'; ticks: number[] } {
  return { label: null, tickFormat: 'd', ticks: yearTicks(years, width, band) };
}
