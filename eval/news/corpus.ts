/**
 * The real-news corpus (test/claims/news/): excerpts with their headers and
 * the claims a reader marked in them. See test/claims/news/README.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Vote } from '../../src/vote.js';

// STRADDLE_NEWS: another copy of the corpus (one being added to, read whole).
export const NEWS = process.env.STRADDLE_NEWS ?? join(import.meta.dirname, '..', '..', 'test', 'claims', 'news');

export interface Annotation {
  quote: string;
  kind: 'tally' | 'countryVote' | 'shift' | 'alignment';
  body?: 'ga' | 'sc';
  resolution: string | null;
  notInRecord?: string | null;
  /** For a Council draft not adopted: its key in data/sc_drafts.csv (its symbol, else "draft of DATE"); null when the file lacks it. */
  draft?: string | null;
  tally?: { yes?: number; no?: number; abstain?: number; nonVoting?: number };
  votes?: { country: string; vote: Vote; negated?: boolean }[];
  shift?: { country: string; earlier: Vote; earlierResolution: string | null; now?: Vote };
  note?: string;
}

export interface Report {
  /** folder/name */
  id: string;
  source: string;
  outlet: string;
  date: string;
  kind: string;
  split: 'dev' | 'heldout';
  /** The text after the header: what the check reads. */
  text: string;
  claims: Annotation[];
}

/**
 * Every report of the corpus, in a fixed order. An excerpt without its
 * annotations is an error, unless `partial` (a collection being written).
 */
export function readNews(dir = NEWS, partial = false): Report[] {
  const out: Report[] = [];
  for (const folder of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const file of readdirSync(join(dir, folder)).filter((f) => f.endsWith('.txt')).sort()) {
      const raw = readFileSync(join(dir, folder, file), 'utf8');
      const cut = raw.indexOf('\n\n');
      const header = Object.fromEntries(
        raw.slice(0, cut).split('\n').map((l) => [l.slice(0, l.indexOf(':')).trim().toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      const id = `${folder}/${file.replace(/\.txt$/, '')}`;
      const annotations = join(dir, folder, file.replace(/\.txt$/, '.claims.json'));
      if (!existsSync(annotations)) {
        if (partial) continue;
        throw new Error(`${id}.txt has no annotations (${id}.claims.json)`);
      }
      const ann = JSON.parse(readFileSync(annotations, 'utf8'));
      if (!header.source) throw new Error(`${id}.txt: the first line must be "Source: URL"`);
      out.push({
        id,
        source: header.source,
        outlet: header.outlet ?? '',
        date: header.date ?? 'unknown',
        kind: header.kind ?? '',
        split: ann.split,
        text: raw.slice(cut + 2),
        claims: ann.claims,
      });
    }
  }
  return out;
}
