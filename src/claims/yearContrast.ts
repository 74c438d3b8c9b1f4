import type { FoundClaim } from './read.js';

/**
 * A state's vote told twice, for an earlier year and for this one, is a shift
 * across sentences: "Last year, China, Laos and Vietnam voted against the
 * resolution, while this year China abstained"; "Last year, ... Palau voted
 * with Israel and the United States against the resolution. This year, Palau
 * abstained". The shift is the state's (its earlier vote and its present one),
 * judged like any other (verdicts.ts).
 *
 * @example yearContrasts(findClaimsOf('Last year, China voted against it. This year China abstained.')) // → [shift CHN N → A]
 */

const THIS_YEAR = /\b(?:this year|this time|this session)\b/i;
const EARLIER_YEAR = /\b(?:last year|a year (?:ago|earlier)|the previous year|the year before|in (?:19|20)\d\d|previously)\b/i;

export function yearContrasts(found: readonly FoundClaim[]): FoundClaim[] {
  const out: FoundClaim[] = [];
  const shifted = new Set(found.filter((f) => f.shift).map((f) => `${f.sentence.index}:${f.shift!.code}`));
  for (const c of found) {
    if (c.kind !== 'countryVote' || c.gap || !c.votes) continue;
    // "this year" in the claim's clause, or before it in its sentence ("while this year China abstained, and Laos
    // and Vietnam did not participate"), with no earlier year between.
    const lead = c.sentence.text.slice(0, c.span.end - c.sentence.start);
    const at = lead.search(THIS_YEAR);
    if (at === -1 || EARLIER_YEAR.test(lead.slice(at)) || EARLIER_YEAR.test(c.clause.text)) continue;
    for (const p of found) {
      if (p === c || p.kind !== 'countryVote' || p.gap || !p.votes || p.span.end > c.span.start) continue;
      const gap = c.sentence.index - p.sentence.index;
      // The earlier year in the earlier claim's own clause, or, a sentence or two before, in its sentence.
      if (gap < 0 || gap > 2 || !EARLIER_YEAR.test(gap === 0 ? p.clause.text : p.sentence.text) || THIS_YEAR.test(p.clause.text)) continue;
      for (const v of c.votes) {
        const was = p.votes.find((x) => x.code === v.code);
        if (!was || was.negated || v.negated || was.vote === v.vote || shifted.has(`${c.sentence.index}:${v.code}`)) continue;
        shifted.add(`${c.sentence.index}:${v.code}`);
        out.push({
          kind: 'shift', sentence: c.sentence, span: { start: c.sentence.start, end: c.sentence.end }, clause: c.clause, body: c.body, gap: null,
          shift: { code: v.code, cue: 'earlier', earlierVote: was.vote, now: { vote: v.vote, negated: false } },
        });
      }
    }
  }
  return out;
}
