/**
 * One colour per state wherever states are drawn, so a reader who has found
 * the United States in one chart finds it in the next: the five permanent
 * members fixed, the rest from a categorical scheme in the order they come.
 */
export const STATE_COLOURS: Readonly<Record<string, string>> = {
  USA: '#1c7ed6', CHN: '#c92a2a', RUS: '#7048e8', GBR: '#0b7285', FRA: '#2b8a3e',
};
// Tableau 10 without its blue, red, purple, teal and green, which the permanent members hold.
const OTHERS = ['#f28e2b', '#edc948', '#ff9da7', '#9c755f', '#bab0ac', '#e15759', '#4e79a7', '#76b7b2'];

/** A Plot colour scale for these codes: domain and range, the fixed colours kept. */
export function stateColours(codes: readonly string[]): { domain: string[]; range: string[] } {
  const domain = [...new Set(codes)];
  let k = 0;
  return { domain, range: domain.map((c) => STATE_COLOURS[c] ?? OTHERS[k++ % OTHERS.length]!) };
}

/** Year ticks for a band of years: every year up to 12 of them, else every fifth or tenth. */
export function yearTicks(years: readonly number[]): number[] {
  const list = [...new Set(years)].sort((a, b) => a - b);
  if (list.length <= 12) return list;
  const step = list.length <= 40 ? 5 : 10;
  return list.filter((y) => y % step === 0);
}
