import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

/** Published Bailey–Strezhnev–Voeten estimates, keyed "ISO3 year". */
export interface Reference {
  name: string;
  values: Map<string, number>;
}

const DIR = join(import.meta.dirname, '..', '..', 'shared', 'data', 'ideal_points');

function rows(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(join(DIR, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
}

/** IdealpointsJuly2025.csv: by year, final-passage votes (`idealpointfp`), 1946–2024. */
export function july2025(): Reference {
  const values = new Map<string, number>();
  for (const r of rows('IdealpointsJuly2025.csv')) {
    const v = Number(r.idealpointfp);
    if (r.iso3c && r.idealpointfp !== '' && Number.isFinite(v)) values.set(`${r.iso3c} ${Math.round(Number(r.year))}`, v);
  }
  return { name: 'BSV July 2025, idealpointfp (years)', values };
}

/** IdealpointestimatesAll_Jun2024.csv: by session (all votes); session s is mostly voted in year 1945 + s. */
export function june2024(): Reference {
  const values = new Map<string, number>();
  for (const r of rows('IdealpointestimatesAll_Jun2024.csv')) {
    const v = Number(r.IdealPointAll);
    if (r.iso3c && r.iso3c !== 'NA' && Number.isFinite(v)) values.set(`${r.iso3c} ${1945 + Number(r.session)}`, v);
  }
  return { name: 'BSV June 2024, IdealPointAll (sessions as years)', values };
}

export function pearson(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx, dy = (ys[i] as number) - my;
    sxy += dx * dy; sxx += dx * dx; syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}
