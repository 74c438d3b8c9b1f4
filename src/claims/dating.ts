import type { Body } from '../vote.js';
import type { ArticleContext } from './articleContext.js';
import { windowOf } from './match.js';
import type { FoundClaim } from './read.js';
import { type ClaimedTally, type Resolved, resolveTally, tallyFits, tallyText } from './resolve.js';

// Three figures, more votes than the Council has members: a vote of the Assembly, whose figures seldom meet another's by chance.
const assemblySized = (t: ClaimedTally) => t.yes !== undefined && t.no !== undefined && t.abstain !== undefined && t.yes + t.no + t.abstain > 15;

/** The votes figures and symbols settle, and the date they give an undated article. */
export interface Dating {
  /** Claims with a symbol or two figures or more. */
  strong: FoundClaim[];
  /** What each strong claim resolved to; the later stages add the other claims. */
  resolved: Map<FoundClaim, Resolved | null>;
  /** Per body, the vote the lone figures of its sentences together identify. */
  pooled: Map<Body, Resolved>;
  dateUsed: string | null;
  dateWhy: string;
  /** The vote that dated an undated article. */
  datedBy: { date: string; symbol: string; body: Body } | null;
  /** The resolution a line a few sentences up names, where the claim's figures fit it (a factbox). */
  namedBefore: (f: FoundClaim) => Resolved | null;
}

/**
 * Figures and symbols first: they identify votes, and date an undated article. A symbol named, or two
 * figures or more (not all zero: "unanimously" names no vote), are strong; a lone figure ("35
 * abstained") is weak, and is read against the vote the article reports unless its words point
 * elsewhere (mainVote.ts).
 *
 * @example dateArticle(ctx).dateWhy // → 'the article has no date; it is dated by the vote its figures identify (A/RES/ES-11/1, 2022-03-02)'
 */
export function dateArticle(ctx: ArticleContext): Dating {
  const { article, found, wsFor, bodyOf, hints, scopeOf, symbolIn, symbolOf, articleBody, backReference, mentioned } = ctx;
  // A unanimous Council vote ("15-0") is most of the Council's votes: its figures name none.
  // "14-0" is not unanimous: a member did not vote (S/RES/660, Yemen), which tells the vote apart.
  const unanimous = (f: FoundClaim) => bodyOf(f) === 'sc' && (f.tally!.no ?? 0) === 0 && (f.tally!.abstain ?? 0) === 0 && (f.tally!.yes === 15 || f.tally!.yes === 11);
  const strong = found.filter((f) => f.gap === null && f.kind !== 'alignment' && (symbolOf(f) || (f.tally && Object.keys(f.tally).length >= 2 && Object.values(f.tally).some((v) => v > 0) && !unanimous(f))));
  // Figures of a mandate's renewal are sought first in the year before the mandate's new end.
  const strongTally = (f: FoundClaim, date: string | null) => {
    const scope = scopeOf(f, date);
    const ws = wsFor(bodyOf(f));
    const mandate = !scope.window && !date ? hints.mandateOf(f.sentence.index) : null;
    const r = mandate ? resolveTally(ws, f.tally!, { ...scope, window: mandate }) : null;
    if (r && tallyFits(f.tally!, ws.matrix.resolutions[r.row]!)) return { ...r, why: `${r.why}, in the year before the end of the mandate it extends` };
    const own = resolveTally(ws, f.tally!, scope);
    if (!scope.window || (own && tallyFits(f.tally!, ws.matrix.resolutions[own.row]!)) || !assemblySized(f.tally!)) return own;
    // Three Assembly figures no vote of the passage's dates has, that one vote of the record has: that vote,
    // whose date the passage's is not ("a resolution related to the judgment of the International Court of
    // Justice of 31 March 2004 ... by a recorded vote of 69 in favour to 4 against": A/RES/73/257 of 2018).
    const anyDate = resolveTally(ws, f.tally!, { ...scope, window: null });
    return anyDate?.firm && tallyFits(f.tally!, ws.matrix.resolutions[anyDate.row]!) ? { ...anyDate, why: `${anyDate.why}; no vote of the dates the passage names has them` } : own;
  };
  // A tally on a line of its own after a line that names one resolution ("August 6 Resolution 661: Imposed
  // a trade and financial embargo ... (Adopted 13-0; Cuba and Yemen abstained)"): that one, where it fits.
  // ... or a few sentences up, with no other figures between ("September 13 Resolution 666: Reaffirmed ...
  // Specified guidelines ... (Adopted 13-2; Cuba and Yemen against)").
  const tallySentences = new Set(found.filter((f) => f.tally).map((f) => f.sentence.index));
  const namedBefore = (f: FoundClaim): Resolved | null => {
    if (!f.tally) return null;
    const ws = wsFor(bodyOf(f));
    for (let i = f.sentence.index - 1; i >= Math.max(0, f.sentence.index - 3) && !tallySentences.has(i); i--) {
      const r = symbolIn(bodyOf(f), i);
      if (r) return tallyFits(f.tally, ws.matrix.resolutions[r.row]!) ? { ...r, why: `${r.why}, named just before its figures, which fit it` } : null;
    }
    return null;
  };
  // Figures that settle no vote firmly, which the one resolution the article names has: that one ("Resolution 502
  // (1982) of 3 April 1982" heading a text whose "10 votes to 1 (Panama), with 4 abstentions" fit it).
  const namedFit = (f: FoundClaim, r: Resolved | null): Resolved | null => {
    const row = mentioned.get(bodyOf(f));
    if (r?.firm || row === undefined || !f.tally || !tallyFits(f.tally, wsFor(bodyOf(f)).matrix.resolutions[row]!)) return r;
    return { row, why: `the article names ${wsFor(bodyOf(f)).matrix.resolutions[row]!.symbol}, whose figures these are`, firm: true };
  };
  const resolveStrong = (date: string | null) => new Map(strong.map((f) => [f, symbolOf(f) ?? namedBefore(f) ?? (f.tally ? namedFit(f, strongTally(f, date)) : null)]));
  let resolved = resolveStrong(article.date);
  // Without strong figures, the lone figures of a body's sentences together ("143 countries backed ...";
  // "Another 35 countries abstained") may identify the vote the article reports.
  const pooled = new Map<Body, Resolved>();
  for (const body of ['ga', 'sc'] as Body[]) {
    if (strong.some((f) => bodyOf(f) === body && resolved.get(f)?.firm)) continue;
    const lone = found.filter((f) => f.tally && !f.gap && !strong.includes(f) && bodyOf(f) === body && !windowOf(f.clause.text, null) && !backReference(f));
    const figures: ClaimedTally = {};
    for (const f of lone) for (const [k, v] of Object.entries(f.tally!) as [keyof ClaimedTally, number][]) figures[k] ??= v;
    if (Object.keys(figures).length < 2) continue;
    const r = resolveTally(wsFor(body), figures, { ...scopeOf(lone[0]!, article.date), window: null });
    if (r?.firm) pooled.set(body, { ...r, why: `the article's figures together (${tallyText(figures)}) match this vote` });
  }
  let dateUsed = article.date;
  let datedBy: Dating['datedBy'] = null;
  let dateWhy = article.date ? 'the article’s own date' : 'nothing in the article dates it';
  if (!article.date) {
    const first = strong.find((f) => resolved.get(f)?.firm);
    const firm = first ? { body: bodyOf(first), r: resolved.get(first)! } : pooled.has(articleBody) ? { body: articleBody, r: pooled.get(articleBody)! } : null;
    if (firm) {
      const r = wsFor(firm.body).matrix.resolutions[firm.r.row]!;
      dateUsed = r.date;
      datedBy = { date: r.date, symbol: r.symbol, body: firm.body };
      dateWhy = `the article has no date; it is dated by the vote its figures identify (${r.symbol}, ${r.date})`;
      // Read again against that date; a claim whose figures settled its vote undated keeps it (its own
      // words may date another event: "confirmed an earlier vote by its Third Committee in November").
      const undated = resolved;
      resolved = resolveStrong(dateUsed);
      for (const [f, r] of undated) if (r?.firm && !resolved.get(f)?.firm) resolved.set(f, r);
    }
  }
  return { strong, resolved, pooled, dateUsed, dateWhy, datedBy, namedBefore };
}
