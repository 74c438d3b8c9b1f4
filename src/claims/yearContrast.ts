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
  // ... and the other way round: "three nuclear-armed states--the United States, Britain and France--voted in
  // favor. Last year, Britain and France abstained from voting." The earlier vote opens the next sentence.
  for (const c of found) {
    // (Both of one vote outside the record, a Main Committee's, are a shift the record cannot tell.)
    if (c.kind !== 'countryVote' || (c.gap && c.gap !== 'committee') || !c.votes || !EARLIER_LEAD.test(c.sentence.text)) continue;
    for (const p of found) {
      if (p.kind !== 'countryVote' || p.gap !== c.gap || !p.votes || p.sentence.index !== c.sentence.index - 1 || EARLIER_YEAR.test(p.sentence.text)) continue;
      for (const was of c.votes) {
        const now = p.votes.find((x) => x.code === was.code);
        if (!now || was.negated || now.negated || was.vote === now.vote || shifted.has(`${c.sentence.index}:${was.code}`)) continue;
        shifted.add(`${c.sentence.index}:${was.code}`);
        out.push({
          kind: 'shift', sentence: c.sentence, span: { start: c.sentence.start, end: c.sentence.end }, clause: c.clause, body: p.body, gap: c.gap,
          shift: { code: was.code, cue: 'earlier', earlierVote: was.vote, now: { vote: now.vote, negated: false } },
        });
      }
    }
  }
  return out;
}

const EARLIER_LEAD = /^\W*(?:last year|a year (?:ago|earlier)|the previous year|the year before|in (?:19|20)\d\d)\b/i;
