import type { Vote } from '../vote.js';
import { AGAINST_OBJECT } from './figures.js';
import { CAST_INFINITIVE, HYPOTHETICAL, LABEL_CUES, URGED, VOTE_CUES } from './voteCues.js';

/** A vote phrase in a clause ("voted against", "Abstaining:"), with what it says of the vote. */
export interface Cue {
  start: number;
  end: number;
  vote: Vote;
  negated: boolean;
  passive: boolean;
  label: boolean;
  veto: boolean;
  general: boolean;
  company: boolean;
}

// Every cue in one pattern per set of flags: most clauses hold none, and one pass tells so (a third of the
// cues' time, bench/check.ts). An alternation matches where one of its patterns does: no cue is lost.
const ANY_CUE = (() => {
  const byFlags = new Map<string, string[]>();
  for (const { re } of [...LABEL_CUES, ...VOTE_CUES]) {
    const flags = re.flags.replace('g', '');
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), `(?:${re.source})`]);
  }
  return [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
})();

/**
 * Vote phrases in a clause, in order; where two overlap, the earlier rule wins (the rules are /gi; matchAll copies them).
 *
 * @example cuesIn('Chile and Peru abstained', true)[0].vote // → 'A'
 */
export function cuesIn(text: string, voteTalk: boolean): Cue[] {
  const out: Cue[] = [];
  if (!ANY_CUE.some((re) => re.test(text))) return out;
  const free = (s: number, e: number) => !out.some((c) => s < c.end && c.start < e);
  for (const l of LABEL_CUES) {
    for (const m of text.matchAll(l.re)) {
      if (free(m.index, m.index + m[0].length)) out.push({ start: m.index, end: m.index + m[0].length, vote: l.vote, negated: false, passive: false, label: true, veto: false, general: false, company: false });
    }
  }
  for (const c of VOTE_CUES) {
    for (const m of text.matchAll(c.re)) {
      if (!free(m.index, m.index + m[0].length) || (c.general && !voteTalk) || (c.context && !c.context.test(text))) continue;
      const before = text.slice(0, m.index);
      if (!c.negated && HYPOTHETICAL.test(before) && !(CAST_INFINITIVE.test(before) && !URGED.test(before))) continue;
      // The Charter's rule, not a vote: "the absence of a negative vote by any of the five permanent members", "on the condition of no negative votes from".
      if (VETO_RULE.test(before) || VETO_RULE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
      // "China often backs Russia at the council", "have voted against it each year": a habit, not one vote.
      if (HABITUAL.test(before) || HABITUAL_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
      // "voted against Russian invasion of Ukraine": for the resolution that condemns it.
      const against = c.vote === 'N' && !c.negated && !c.veto && /\bvot\w* against$/i.test(m[0]) && AGAINST_OBJECT.test(text.slice(m.index + m[0].length));
      // "Nigeria no longer opposes the resolution": anything but that vote now.
      const noLonger = /\bno longer\s+$/i.test(before);
      out.push({ start: m.index, end: m.index + m[0].length, vote: against ? 'Y' : c.vote, negated: c.negated !== noLonger, passive: !!c.passive, label: false, veto: !!c.veto, general: !!c.general, company: !!c.company });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const VETO_RULE = /\b(?:absence of|without|(?:on the )?condition of (?:no|there being no)|(?:and|with) no)\s+(?:a\s+|any\s+)?$/i;
// ... and "needs at least nine positive votes, on the condition of no negative votes from ...".
const VETO_RULE_AFTER = /^[^.;]{0,20}?\b(?:on the condition of|provided (?:that )?|as long as|so long as)\s+(?:there (?:is|are) )?no\b/i;
// ... "were always the only two countries to vote against these resolutions": a few words apart, in one clause.
const HABITUAL = /\b(?:often|usually|routinely|consistently|always|regularly|traditionally|generally|typically|invariably|repeatedly|habitually|never)\s+(?:\w+\s+)?$|\b(?:always|consistently|routinely|invariably)\s+(?:[\w’'-]+\s+){2,6}$/i;
// ... and a count of votes over the years: "has vetoed more than 40 resolutions critical of Israel", "used its veto 17 times".
// ("vetoed two resolutions on Syria" is two votes the article reports: no count of the years.)
export const HABITUAL_AFTER = /^\s+(?:(?:more than|over|at least|nearly|some|almost)\s+(?:\d{1,3}|a dozen|\w+)|\d{2,3}|dozens of)\s+(?:[\w-]+\s+){0,2}?(?:resolutions|drafts|texts|times)\b|^\s+(?:its\s+veto\s+)?(?:\d{1,3}|\w+)\s+times\b|^[^.;]{0,40}?\b(?:each|every) year\b|^\s+(?:on|in) (?:every|all (?:the )?|each) (?:resolutions?|votes?)\b|^(?![^.;]{0,40}?,\s*as\s+(?:it|they|he|she)\b)[^.;]{0,40}?\bsince (?:19|20)\d\d\b|^[^.;]{0,40}?\bfor (?:years|decades)\b|^[^.;]{0,40}?\bin the past\b(?!\s+(?:week|month|day|year)\b)/i;
