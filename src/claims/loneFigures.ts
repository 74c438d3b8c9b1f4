import type { Body } from '../vote.js';
import type { ArticleContext } from './articleContext.js';
import type { Choice } from './mainVote.js';
import { windowOf } from './match.js';
import { sameDay } from './sameDay.js';
import { seriesVoteIn } from './seriesYear.js';
import { resolveTally, tallyFits, tallyText } from './resolve.js';
import { subjectScores } from './subject.js';
import { widenTopics } from './topics.js';
import { withoutComparisons } from './yearBefore.js';

/**
 * Lone figures ("35 abstained"): the article's vote, unless their own date or words point to another,
 * or another vote of the article's dates has that figure and is closer to the sentence's own words.
 * Fills `choice.resolved` for every tally strong figures left; an undated article with no stronger
 * anchor takes its vote from its first lone figure.
 *
 * @example resolveLoneFigures(ctx, choice); choice.resolved.get(f)?.why // → "… which the article's figures (35 abstentions) fit"
 */
export function resolveLoneFigures(ctx: ArticleContext, choice: Choice): void {
  const { found, wsFor, bodyOf, scopeOf, ownWindow, backReference, inferred } = ctx;
  const { resolved, main, mainGap, dateUsed } = choice;
  for (const f of found) {
    if (!f.tally || f.gap || resolved.has(f)) continue;
    // "August 9 Resolution 662: Declared Iraq's annexation of Kuwait null and void. (Adopted by unanimous vote)":
    // the resolution the line before names, where the figures fit it.
    const named = choice.namedBefore(f);
    if (named) {
      resolved.set(f, named);
      continue;
    }
    const ws = wsFor(bodyOf(f));
    const scope = scopeOf(f, dateUsed);
    if (mainGap.has(bodyOf(f)) && !scope.window && !backReference(f)) continue;
    const m = main.get(bodyOf(f)) ?? null;
    if (scope.window || backReference(f) || !m || tallyFits(f.tally, ws.matrix.resolutions[m.row]!)) {
      // Figures of another year of the article's series that the series' vote of that year has: that vote.
      const series = scope.window && m ? seriesVoteIn(ws, m, scope.window) : null;
      if (series && tallyFits(f.tally, ws.matrix.resolutions[series.row]!)) {
        resolved.set(f, { ...series, why: `${series.why}, which the figures (${tallyText(f.tally)}) fit` });
        continue;
      }
      let r = scope.window || backReference(f) || !m ? resolveTally(ws, f.tally, scope) : { ...m, why: `${m.why}, which the article's figures (${tallyText(f.tally)}) fit` };
      // A month read forward from a date inferred from the article's vote ("In March, shortly after the war
      // began, 141 countries condemned the invasion", in a report of 23 February): the March before, where
      // that one has the figure and the March after has none.
      if (scope.window && inferred(dateUsed) && !(r && tallyFits(f.tally, ws.matrix.resolutions[r.row]!))) {
        const back = windowOf(withoutComparisons(f.clause.text), dateUsed, false);
        const alt = back ? resolveTally(ws, f.tally, { ...scope, window: back }) : null;
        if (alt && tallyFits(f.tally, ws.matrix.resolutions[alt.row]!)) r = alt;
      }
      resolved.set(f, r);
      continue;
    }
    const local = subjectScores(ws.text(), { local: widenTopics(f.clause.text), context: '' });
    // Without a word of subject of its own, the figure has nothing to point elsewhere with.
    if (local.size === 0) {
      resolved.set(f, m);
      continue;
    }
    const alt = resolveTally(ws, f.tally, scope);
    const better = alt && tallyFits(f.tally, ws.matrix.resolutions[alt.row]!) && (local.get(alt.row) ?? 0) > (local.get(m.row) ?? 0);
    // The same vote, found by its figures' search: it knows which vote of the series has the figures.
    resolved.set(f, better || alt?.row === m.row ? alt! : m);
  }
  // Undated, with nothing firm: lone figures that fit votes of one day are of that day.
  if (!dateUsed) {
    for (const body of ['ga', 'sc'] as Body[]) {
      const ws = wsFor(body);
      const lone = found.filter((f) => f.tally && !f.gap && bodyOf(f) === body && resolved.get(f) && !resolved.get(f)!.firm && !ownWindow(f, null) && !backReference(f));
      const moves = sameDay(lone, (f) => ws.matrix.resolutions[resolved.get(f)!.row]!.date, (f, window) => {
        const r = resolveTally(ws, f.tally!, { ...scopeOf(f, null), window });
        return r && tallyFits(f.tally!, ws.matrix.resolutions[r.row]!) ? { ...r, why: `${r.why}, the day of the article's other votes` } : null;
      });
      for (const [f, r] of moves) resolved.set(f, r);
    }
  }
  // An undated article with no stronger anchor: its first lone figure of no date of its own names its vote.
  for (const body of ['ga', 'sc'] as Body[]) {
    if (main.get(body) || mainGap.has(body)) continue;
    const first = found.find((f) => f.tally && !f.gap && bodyOf(f) === body && resolved.get(f) && !ownWindow(f, dateUsed) && !backReference(f));
    if (first) main.set(body, resolved.get(first)!);
  }
}
