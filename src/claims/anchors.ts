import type { Workspace } from '../analysis/workspace.js';
import type { Body } from '../vote.js';
import type { Sentence } from './document.js';
import { type DateWindow, windowOf } from './match.js';
import { bodyMention } from './mentions.js';
import { recordGap } from './recordGaps.js';
import { resolveSymbol } from './symbolNamed.js';

/**
 * What an article says of the vote it reports, beyond any one claim: the
 * resolution it names by symbol, and the day or month of its first report of
 * a vote. Each settles the claims that have no anchor of their own.
 */

// A sentence that reports a vote taken.
const REPORTS_VOTE = /\b(?:voted|adopted|passed|approved|abstained|vetoed|endorsed|backed)\b/i;

/**
 * The one resolution of `body` the article names by symbol anywhere ("... adopted a resolution on the Gaza
 * crisis, resolution 2720"), where the sentence that names it speaks of that body or of none; undefined
 * when it names none or several.
 *
 * @example namedOnce(article.sentences, () => sc, 'sc') // → the row of S/RES/2720(2023)
 */
export function namedOnce(sentences: readonly Sentence[], ws: () => Workspace, body: Body): number | undefined {
  const rows = new Set<number>();
  for (const s of sentences) {
    if (!/\bresolution\b|\bS\/RES\/|\bA\/RES\//i.test(s.text) || (bodyMention(s.text) ?? body) !== body) continue;
    const r = resolveSymbol(ws(), s.text);
    if (r) rows.add(r.row);
  }
  return rows.size === 1 ? [...rows][0] : undefined;
}

/**
 * The day or month (31 days at most) of the article's first sentence that reports a vote of `body` the
 * record holds ("The Assembly adopted the resolution on 2 March 2022"); `dates` keeps each sentence's
 * reading, as chrono-node is the dear part.
 *
 * @example firstReportedWindow(sentences, 'ga', null, new Map()) // → { from: '2022-02-27', to: '2022-03-05' }
 */
export function firstReportedWindow(sentences: readonly Sentence[], body: Body, date: string | null, dates: Map<number, DateWindow | null>): DateWindow | null {
  for (const s of sentences) {
    if (!REPORTS_VOTE.test(s.text) || (bodyMention(s.text) ?? body) !== body || recordGap(s.text)) continue;
    if (!dates.has(s.index)) dates.set(s.index, windowOf(s.text, date));
    const w = dates.get(s.index)!;
    if (w && Date.parse(w.to) - Date.parse(w.from) <= 31 * 86_400_000) return w;
  }
  return null;
}
