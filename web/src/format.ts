/** A rate as a percentage with one decimal, or null (a gap in charts and tables). */
export const pct = (x: number | null | undefined): number | null => (x == null ? null : Math.round(1000 * x) / 10);

/** A UN Digital Library title without its " : resolution / adopted by …" suffix. */
export const shortTitle = (title: string): string => title.replace(/\s*:\s*resolution\s*\/.*$/i, '');
