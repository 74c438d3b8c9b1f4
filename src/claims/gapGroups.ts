import type { Body } from '../vote.js';
import type { DateWindow } from './match.js';
import type { FoundClaim } from './read.js';
import { recordGap } from './recordGaps.js';
import type { Resolved } from './resolve.js';

/** What grouping claims by the vote outside the record reads from the check. */
export interface GapContext {
  bodyOf: (f: FoundClaim) => Body;
  /** The claim's own dates ("in March 2024"), if any. */
  ownWindow: (f: FoundClaim) => DateWindow | null;
  /** The recorded vote its figures or symbol resolved to, if any. */
  resolved: (f: FoundClaim) => Resolved | null;
  /** Per body, the first claim of an article whose first word on that body's votes is a veto or the like. */
  mainGap: ReadonlyMap<Body, FoundClaim>;
  /** "the earlier resolution": the claim points back to another vote. */
  backReference: (f: FoundClaim) => boolean;
}

// The whole text's vote, after one on a part of it or an amendment ("voting against the overall resolution").
const WHOLE = /\b(?:the )?(?:overall|whole|entire|final) (?:resolution|text|draft)\b|\b(?:resolution|text|draft) as a whole\b/i;

/**
 * The claim naming the vote outside the record (veto, failed draft,
 * amendment, ...) that each claim is about. A claim that names its own
 * ("Russia vetoed") starts a group, and the claims of its clause join it
 * ("..., which won 11 votes"); a claim whose gap the reader carried over
 * from the sentences before, or that has none of its own in an article about
 * such votes, is about the one spoken of last, a sentence or two before
 * ("Algeria also voted against it"), else the article's.
 *
 * @example gapsOfClaims(found, ctx).get(algeriaClaim) === russiaVetoClaim
 */
export function gapsOfClaims(found: readonly FoundClaim[], c: GapContext): Map<FoundClaim, FoundClaim> {
  const out = new Map<FoundClaim, FoundClaim>();
  const lastGap = new Map<Body, FoundClaim>();
  const whole = new Set<Body>();
  // A passage past two sentences from the gap it names, read as one vote per sentence ("Nine council members
  // voted in favor, Bolivia voted against, while Egypt, Ethiopia and Kazakhstan abstained"): its claims together.
  const sentenceHead = new Map<string, FoundClaim>();
  const explicitGap = (f: FoundClaim) => f.gap !== null && recordGap(f.clause.text) !== null;
  // Sentence by sentence, the claims that name their gap first.
  const inOrder = [...found].sort((a, b) => a.sentence.index - b.sentence.index || Number(explicitGap(b)) - Number(explicitGap(a)));
  for (const f of inOrder) {
    if (f.kind === 'alignment') continue;
    const body = c.bodyOf(f);
    const explicit = explicitGap(f);
    const prior = lastGap.get(body);
    const sameClause = explicit && prior && prior.clause.start === f.clause.start && prior.gap === f.gap ? prior : undefined;
    if (sameClause) {
      out.set(f, sameClause);
      continue;
    }
    if (explicit) lastGap.set(body, f);
    const before = lastGap.get(body);
    const near = before && f.sentence.index - before.sentence.index <= 2 ? before : undefined;
    let g: FoundClaim | undefined;
    if (f.gap) {
      const key = `${body} ${f.sentence.index}`;
      // A claim with dates of its own ("When the Council took up a similar crisis, in 2008, Beijing abstained") is of
      // its own vote, not the one the passage before it names.
      const dated = c.ownWindow(f) !== null;
      g = explicit || dated ? f : (near ?? sentenceHead.get(key) ?? f);
      if (!explicit && !near && !dated) sentenceHead.set(key, g);
    } else {
      const own = c.ownWindow(f);
      // "adopted in a General Assembly committee by a vote of 151 to 2, with the United States and Israel the only
      // two countries opposing": figures in a sentence that names a committee vote are its, even where some
      // recorded vote has them too.
      const committee = f.tally && !own && inOrder.find((a) => a.sentence === f.sentence && a !== f && a.gap === 'committee' && explicitGap(a) && c.bodyOf(a) === body);
      if (committee) {
        out.set(f, out.get(committee) ?? committee);
        continue;
      }
      const elsewhere = c.resolved(f) || (own && f.kind !== 'shift') || c.backReference(f) || found.some((a) => a.sentence === f.sentence && c.resolved(a));
      if (!elsewhere && c.mainGap.has(body)) g = near ?? c.mainGap.get(body);
    }
    // "voting against the overall resolution", after a vote on a key part of it: the whole text's vote, recorded;
    // and so are the claims after it, and those before the part's vote is first named, that name no part of their own.
    const partial = g && (g.gap === 'paragraph' || g.gap === 'amendment') && !explicit;
    if (partial && WHOLE.test(f.clause.text)) {
      g = undefined;
      whole.add(body);
      lastGap.delete(body);
    } else if (partial && g === c.mainGap.get(body) && g !== near && (whole.has(body) || f.sentence.index < g!.sentence.index)) g = undefined;
    if (g) out.set(f, g);
  }
  return out;
}
