import type { Vote } from '../vote.js';
import type { FoundClaim, SentenceScope, VoteClaim } from './read.js';
import { shiftPhrases } from './shiftPhrases.js';
import { SHIFT_CUES, type ShiftCue } from './voteCues.js';
import { subjectsBefore } from './voters.js';

const PLUPERFECT = /\b(?:had|having)\s+(?:also\s+|previously\s+|earlier\s+)?(voted (?:in favou?r|for|against|no|yes)|abstained|backed|supported|opposed)\b/i;
const pluperfectVote = (verb: string): Vote => (/abstain/i.test(verb) ? 'A' : /against|no\b|opposed/i.test(verb) ? 'N' : 'Y');
const CALENDAR_WORD = /\b(?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|last year|last month)\b/i;

const PRONOUN_SUBJECT = /\b(?:they|these|those|it|both|the two|each)\b[^,;]{0,40}$/i;

/**
 * A state's vote set against its earlier one: the cues of SHIFT_CUES ("for the first time", "had
 * abstained last year", "changed its position") and the phrases of shiftPhrases ("switched from
 * opposition to abstention"). Adds the shifts to `out`, and takes from it the votes a shift folds in
 * ("Argentina had voted in favor": the earlier vote it compares, not one to judge).
 *
 * @example shiftClaims(scope, out, voteClaims, null); out.at(-1)?.shift?.cue // → 'earlier'
 */
export function shiftClaims(scope: SentenceScope, out: FoundClaim[], voteClaims: readonly VoteClaim[], lastCountry: string[] | null): void {
  const { text, base, mentions, parts, clauseOf, claim } = scope;
  for (const [re, cue, earlierVote] of SHIFT_CUES) {
    const m = re.exec(text);
    if (!m) continue;
    // "for the first time" of a state's vote: not "the first time since 2006", nor of a sentence with no word of
    // a vote cast ("included for the first time language ...", "123 countries supporting it for the first time").
    if (cue === 'firstTime' && (/^\s*since\b/i.test(text.slice(m.index + m[0].length)) || (voteClaims.length === 0 && !/\b(?:vot(?:ed|es|ing)|abstain\w*|veto(?:ed|es|ing)?\b(?![-\s](?:wielding|holding|power|right)))/i.test(text)))) break;
    // ... nor "again" of no state's vote ("The UN has adopted a resolution condemning North Korea ... for the 20th year in a row").
    if (cue === 'again' && voteClaims.length === 0) break;
    const codes = shiftVoters(scope, m, cue, voteClaims, lastCountry);
    for (const code of codes) {
      // "China, which had previously abstained, also chose not to vote this year": the present vote too.
      // (The last such vote: "France had voted in favour last year but abstained this time".)
      const now = [...voteClaims].reverse().find((v) => v.codes.has(code) && !parts.find((p) => p.start === v.claim.clause.start - base)?.relative)?.claim.votes?.find((v) => v.code === code);
      const present = (cue === 'earlier' || cue === 'change' || cue === 'again') && now ? { now: { vote: now.vote, negated: now.negated } } : {};
      out.push(claim('shift', { start: 0, end: text.length }, clauseOf(m.index), { shift: { code, cue, ...(earlierVote && { earlierVote }), ...present } }));
    }
    // "Argentina had voted in favor" with no date of its own: the earlier vote the shift compares, not one
    // to judge against the vote the article reports.
    if (cue === 'earlier') {
      for (let i = out.length - 1; i >= 0; i--) {
        const c = out[i]!;
        const had = PLUPERFECT.exec(c.clause.text);
        const vote = had ? pluperfectVote(had[1]!) : null;
        if (c.kind === 'countryVote' && !c.gap && vote && !CALENDAR_WORD.test(c.clause.text) && c.votes!.every((v) => codes.includes(v.code) && v.vote === vote)) out.splice(i, 1);
      }
    }
    break;
  }
  // "switched from opposition to abstention"; "Nauru, which voted against the 2018 resolution, supported it today".
  const shifted = new Set(out.filter((c) => c.shift).map((c) => c.shift!.code));
  const cast = voteClaims.map((v) => ({ codes: v.codes, vote: v.vote, negated: v.claim.votes?.[0]?.negated ?? false, clause: parts.find((p) => p.start === v.claim.clause.start - base) ?? clauseOf(v.claim.span.start - base) }));
  const folded = new Set<FoundClaim>();
  for (const p of shiftPhrases(text, mentions, parts, cast)) {
    const codes = p.codes.filter((c) => !shifted.has(c));
    for (const code of codes) out.push(claim('shift', { start: 0, end: text.length }, p.clause, { shift: p.earlierVote ? { code, cue: 'earlier', earlierVote: p.earlierVote, ...(p.now && { now: p.now }) } : { code, cue: 'change', ...(p.now && { now: p.now }) } }));
    codes.forEach((c) => shifted.add(c));
    if (p.folds !== undefined && codes.length > 0) folded.add(voteClaims[p.folds]!.claim);
  }
  if (folded.size > 0) out.splice(0, out.length, ...out.filter((c) => !folded.has(c)));
}

/**
 * The states a shift cue speaks of: each state of the vote the sentence reports ("Albania and Fiji abstained,
 * having supported ..."), else those its subject lists ("The Philippines, Guinea and Nauru changed their vote"),
 * else the one named, else the last named before ("it", "these Member States").
 */
function shiftVoters(scope: SentenceScope, m: RegExpExecArray, cue: ShiftCue, voteClaims: readonly VoteClaim[], lastCountry: string[] | null): string[] {
  const { text, mentions } = scope;
  const first = voteClaims[0]?.claim.votes?.map((v) => v.code);
  if (first) return first;
  const subjects = subjectsBefore(text, mentions, 0, m.index).map((x) => x.code);
  if (subjects.length > 0) return [...new Set(subjects)];
  // An earlier vote with no voter of its own but "they", "these Member States", "its": the states named last or
  // the state whose position it is ("a shift in Pakistan’s position following its earlier abstention"); not a
  // state named anywhere ("Iohannis, President of Romania, said ... the United Nations had also supported his country").
  const before = text.slice(0, m.index);
  if (cue === 'earlier' && !PRONOUN_SUBJECT.test(before) && !/\b(?:their|its)\b/i.test(m[0]) && !/\b(?:its|their)\s+$/i.test(before) && !mentions.some((x) => x.possessive)) return [];
  const named = mentions.find((x) => !x.demonym);
  return named ? [named.code] : (lastCountry ?? []);
}
