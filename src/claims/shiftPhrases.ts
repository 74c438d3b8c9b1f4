import type { Vote } from '../vote.js';
import type { Clause } from './clauses.js';
import type { CountryMention } from './mentions.js';
import { subjectsBefore } from './voters.js';

/**
 * Shifts that the cue words of voteCues.ts (SHIFT_CUES) do not carry: a
 * vote changed "from" one vote "to" another, and an earlier vote told in a
 * relative clause of its own date ("Nauru, which voted against the 2018
 * resolution, supported it today"). Each gives the states, the earlier vote
 * and the present one.
 */
export interface ShiftPhrase {
  codes: string[];
  /** The earlier vote, where the passage says it; else a change from whatever it was. */
  earlierVote?: Vote;
  now?: { vote: Vote; negated: boolean };
  /** The clause whose dates are the earlier vote's (offsets within the sentence). */
  clause: Clause;
  /** The vote claim of the earlier vote, which the shift takes in (index into the sentence's vote claims). */
  folds?: number;
}

// A vote named as a noun or a gerund: "from opposition to abstention", "from abstaining to voting in favour".
const VOTE_NOUN = String.raw`(?:an?\s+)?(?:opposition|opposing(?: it)?|voting against(?: it)?|against|["“]?no["”]?(?: votes?)?|abstentions?|abstaining|["“]?yes["”]?(?: votes?)?|support(?:ing(?: it)?)?|backing it|voting (?:in favou?r|for)(?: of it)?|in favou?r|for(?=\s*[.,;]|\s+(?:the|it|this)\b))`;
const FROM_TO = new RegExp(String.raw`\b(?:switch|shift|mov|chang|went|flipp|swung|turn)(?:ed|ing|e|es)?\b(?:\s+(?:its|their|her|his)\s+(?:vote|position|stance)s?)?\s+from\s+(${VOTE_NOUN})\s+(?:to|into)\s+(${VOTE_NOUN})\b`, 'gi');
// "Gambia switched to voting against": a change to a vote, the earlier one unsaid.
const SWITCHED_TO = new RegExp(String.raw`\b(?:switch|shift|flipp|swung|turn)(?:ed|ing)\b(?:\s+(?:its|their|her|his)\s+(?:vote|position|stance)s?)?\s+to\s+(${VOTE_NOUN})\b`, 'gi');

function nounVote(words: string): Vote {
  const w = words.toLowerCase();
  if (/abstain|abstention/.test(w)) return 'A';
  if (/oppos|against|\bno\b/.test(w)) return 'N';
  return 'Y';
}

const TIME_BEFORE = String.raw`(?:last year|a year (?:ago|earlier|before)|the year before|previously|before|earlier|in the past|in (?:19|20)\d\d|in (?:January|February|March|April|May|June|July|August|September|October|November|December))`;
const AS_BEFORE = new RegExp(String.raw`\bas (?:it|they|she|he|the country|the US|the United States) (?:did|had|had done|has done) ${TIME_BEFORE}\b|\bas in (?:previous|past|earlier) years\b`, 'i');
const AFTER_VOTING = new RegExp(String.raw`\b(?:after|having been)\s+(?:having\s+)?(abstain(?:ing|ed)|voting (?:against|in favou?r|for|no|yes)|opposing|supporting|backing)(?: it| the (?:resolution|text|measure))?\s+${TIME_BEFORE}\b`, 'i');
const UNLIKE = new RegExp(String.raw`\bunlike ${TIME_BEFORE},? when (?:it|they|she|he) (abstained|voted (?:against|in favou?r|for)|opposed|supported|backed)\b`, 'i');

// The words that put a vote before the one reported: a year, "last year", "previously", "in March".
const EARLIER = /\b(?:last year(?:['’]s)?|a year (?:ago|earlier|before)|previous(?:ly)?|earlier|formerly|in the past|before|prior|(?:in|of) (?:19|20)\d\d|the (?:19|20)\d\d\b|(?:19|20)\d\d(?:['’]s)? (?:resolution|vote|text)|in (?:January|February|March|April|May|June|July|August|September|October|November|December))\b/i;
const PRESENT = /\b(?:this year|this time|today|now|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/i;

/**
 * The shifts of one sentence told by these two forms.
 *
 * @example shiftPhrases(text, mentions, parts, votes) // "Yemen and Zimbabwe switched from opposition to abstention" → [{ codes: ['YEM', 'ZWE'], earlierVote: 'N', now: { vote: 'A', negated: false }, ... }]
 */
export function shiftPhrases(
  text: string,
  mentions: CountryMention[],
  parts: Clause[],
  votes: { codes: Set<string>; vote: Vote; negated: boolean; clause: Clause }[],
): ShiftPhrase[] {
  const out: ShiftPhrase[] = [];
  FROM_TO.lastIndex = 0;
  for (let m = FROM_TO.exec(text); m; m = FROM_TO.exec(text)) {
    const clause = parts.find((p) => m!.index >= p.start && m!.index < p.end) ?? parts.at(-1)!;
    const codes = subjectsBefore(text, mentions, clause.start, m.index).filter((x) => !x.demonym).map((x) => x.code);
    if (codes.length === 0) continue;
    out.push({ codes, earlierVote: nounVote(m[1]!), now: { vote: nounVote(m[2]!), negated: false }, clause });
  }
  SWITCHED_TO.lastIndex = 0;
  for (let m = SWITCHED_TO.exec(text); m; m = SWITCHED_TO.exec(text)) {
    const clause = parts.find((p) => m!.index >= p.start && m!.index < p.end) ?? parts.at(-1)!;
    const codes = subjectsBefore(text, mentions, clause.start, m.index).filter((x) => !x.demonym).map((x) => x.code);
    if (codes.length > 0) out.push({ codes, now: { vote: nounVote(m[1]!), negated: false }, clause });
  }
  // "abstained, as it did last year"; "voted in favour this year, after abstaining last year"; "unlike last
  // year, when it abstained": the clause's vote against an earlier one the words give.
  for (const v of votes) {
    if (v.clause.relative || v.negated) continue;
    const words = v.clause.text;
    const as = AS_BEFORE.test(words);
    const after = AFTER_VOTING.exec(words) ?? UNLIKE.exec(words);
    if (!as && !after) continue;
    const earlierVote = after ? nounVote(after[1]!) : v.vote;
    out.push({ codes: [...v.codes], earlierVote, now: { vote: v.vote, negated: false }, clause: v.clause });
  }
  votes.forEach((v, i) => {
    if (!v.clause.relative || !EARLIER.test(v.clause.text) || PRESENT.test(v.clause.text) || v.negated) return;
    // The present vote: the main clause's, of the same states.
    const now = votes.find((w) => !w.clause.relative && w.clause.start !== v.clause.start && [...v.codes].some((c) => w.codes.has(c)));
    if (!now) return;
    out.push({ codes: [...v.codes].filter((c) => now.codes.has(c)), earlierVote: v.vote, now: { vote: now.vote, negated: now.negated }, clause: v.clause, folds: i });
  });
  return out;
}
