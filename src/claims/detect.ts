import type { Registry } from '../countries/registry.js';
import type { Vote } from '../vote.js';
import type { Sentence } from './article.js';
import { type BodyMention, bodyMention, countryMentions } from './mentions.js';
import { digitsFor } from './numbers.js';

export type ClaimKind = 'tally' | 'countryVote' | 'shift' | 'alignment';

export interface ClaimedTally {
  yes?: number;
  no?: number;
  abstain?: number;
  nonVoting?: number;
}

export interface ClaimedVote {
  code: string;
  vote: Vote;
  /** "did not support": the claim is that the vote was anything but `vote`. */
  negated: boolean;
}

export type ShiftCue = 'earlier' | 'again' | 'consistent' | 'firstTime' | 'change';

/** A claim found in a sentence, before it is matched to the record. */
export interface FoundClaim {
  sentence: Sentence;
  kind: ClaimKind;
  body: BodyMention | null;
  tally?: ClaimedTally;
  votes?: ClaimedVote[];
  shift?: { code: string; cue: ShiftCue; earlierVote?: Vote };
  alignment?: { codes: string[] };
}

const N = '(\\d{1,3})';
const TALLY_PATTERNS: [RegExp, (m: RegExpExecArray) => ClaimedTally][] = [
  [new RegExp(`\\b${N}\\s*[-–—]\\s*${N}\\s*[-–—]\\s*${N}\\b(?![-–—]\\d)`), (m) => ({ yes: +m[1]!, no: +m[2]!, abstain: +m[3]! })],
  [new RegExp(`\\b${N} votes? (?:in favou?r )?to ${N}\\b`, 'i'), (m) => ({ yes: +m[1]!, no: +m[2]! })],
  [new RegExp(`\\b${N} (?:votes? )?in favou?r\\b`, 'i'), (m) => ({ yes: +m[1]! })],
  [new RegExp(`\\b${N} (?:votes? )?against\\b`, 'i'), (m) => ({ no: +m[1]! })],
  [new RegExp(`\\b${N} abstentions?\\b|\\b${N} (?:\\w+ ){0,2}abstaining\\b`, 'i'), (m) => ({ abstain: +(m[1] ?? m[2])! })],
  [new RegExp(`\\b${N} (?:other )?(?:countries|states|nations|members|member states)(?: \\w+){0,3}? (?:that |which |who )?abstained\\b`, 'i'), (m) => ({ abstain: +m[1]! })],
  [new RegExp(`\\b${N} (?:other )?(?:countries|states|nations|members|member states)(?: \\w+){0,3}? (?:that |which |who )?(?:voted against|opposed)\\b`, 'i'), (m) => ({ no: +m[1]! })],
  [new RegExp(`\\b${N} (?:other )?(?:countries|states|nations|members|member states)(?: \\w+){0,3}? (?:that |which |who )?(?:voted (?:in favou?r|for|yes)|backed|supported)\\b`, 'i'), (m) => ({ yes: +m[1]! })],
  [new RegExp(`\\b${N} (?:countries|states|nations|members)(?: \\w+){0,3}? (?:did not vote|were absent)\\b`, 'i'), (m) => ({ nonVoting: +m[1]! })],
];

// (?<![-\w]): "Western-backed" is not a vote.
const VERBS: [RegExp, Vote, boolean][] = [
  // [pattern, vote, negated]
  [/\b(?:did not|didn't|refused to|declined to|failed to|would not|will not) (?:back|support|vote for|endorse|vote in favou?r of)\b/i, 'Y', true],
  [/\b(?:did not|didn't|refused to|declined to) (?:oppose|vote against)\b/i, 'N', true],
  [/\b(?:did not|didn't|refused to) abstain\b/i, 'A', true],
  [/\b(?:did not|didn't) (?:vote|take part|participate)\b|\b(?:was|were) absent\b|\bstayed away\b|\bskipped the vote\b/i, 'X', false],
  [/\babstained\b|\babstaining\b|\bchose to abstain\b|\bopted to abstain\b|\babstentions? (?:by|from)\b/i, 'A', false],
  [/\bvoted (?:against|no)\b|(?<![-\w])opposed\b|(?<![-\w])rejected\b|\bcast (?:a |their |its )?(?:no|negative) votes?\b/i, 'N', false],
  [/\bvoted (?:in favou?r|for|yes)\b|(?<![-\w])backed\b|(?<![-\w])supported\b|(?<![-\w])endorsed\b|\bcast (?:a |their |its )?(?:yes|affirmative) votes?\b/i, 'Y', false],
];

// Words that make what follows a possibility, an intention or a demand, not a vote cast.
const HYPOTHETICAL = /\b(?:would|could|should|might|may|will|to|urged|pressure|if|whether)\s+(?:\w+\s+){0,1}$/i;

const SHIFT_CUES: [RegExp, ShiftCue, Vote?][] = [
  [/\babstained again\b|\bagain abstained\b/i, 'again', 'A'],
  [/\bagain voted against\b|\bvoted against again\b/i, 'again', 'N'],
  [/\bagain (?:voted in favou?r|backed|supported)\b/i, 'again', 'Y'],
  [/\b(?:earlier|previous|prior) abstentions?\b|\bhad (?:also |previously )?abstained\b|\babstained (?:before|previously)\b|\bas it had on the earlier\b/i, 'earlier', 'A'],
  [/\b(?:earlier|previous|prior) (?:vote|votes) (?:against|in opposition)\b|\bhad (?:also |previously )?voted against\b/i, 'earlier', 'N'],
  [/\bhad (?:also |previously )?(?:voted in favou?r|backed|supported)\b|\bafter voting in favou?r of the earlier\b/i, 'earlier', 'Y'],
  [/\bprincipled position\b|\bnot deviate from\b|\bconsistent (?:position|stance|with (?:its|their) (?:past|previous|earlier))\b|\bas it had (?:done )?in the past\b/i, 'consistent'],
  [/\bfor the first time\b/i, 'firstTime'],
  [/\bshift(?:ed)? (?:in|its|their) .{0,30}(?:position|stance)\b|\breversed? (?:its|their) (?:position|stance|vote)\b|\bchanged (?:its|their) vote\b/i, 'change'],
];

const ALIGNMENT = /\b(?:declining|growing|waning|increasing|dwindling|eroding|weakening) support for\b|\bavoid\w* taking sides\b|\btaking sides\b|\bmiddle ground\b|\bstraddl\w*\b|\bsupport for (?:Russia|China|the US|the United States|Washington|Moscow|Beijing)\b|\bclose(?:r)? ties\b|\balign\w* (?:with|itself)\b|\bdrift\w* (?:away|towards?)\b|\btilt\w* towards?\b|\bsid(?:e|ing) with\b|\bneutral(?:ity)?\b/i;

function tallyOf(text: string): ClaimedTally | undefined {
  let found: ClaimedTally | undefined;
  for (const [re, read] of TALLY_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const t = read(m);
    // Counts of UN members: a number above 193 is a year or an amount, not a tally.
    if (Object.values(t).some((n) => n > 193)) continue;
    found = { ...t, ...found };
  }
  return found;
}

/** Splits a sentence where a new subject usually starts. */
function clauses(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /;|,? while |,? whereas |, but |, and (?=[A-Z])/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: text.slice(start, m.index), start });
    start = m.index + m[0].length;
  }
  out.push({ text: text.slice(start), start });
  return out;
}

/**
 * Finds the claims about UN votes in one sentence. `lastCountry` stands in
 * for "it" and "its" when the sentence names no state.
 */
export function detectClaims(registry: Registry, sentence: Sentence, lastCountry: string | null): FoundClaim[] {
  const text = digitsFor(sentence.text).replace(/\bvotes? to none\b/gi, 'votes to 0');
  const body = bodyMention(text);
  const out: FoundClaim[] = [];
  const mentions = countryMentions(registry, text);
  const tally = tallyOf(text);
  if (tally) out.push({ sentence, kind: 'tally', body, tally });

  const votes: ClaimedVote[] = [];
  for (const clause of clauses(text)) {
    for (const [re, vote, negated] of VERBS) {
      const m = re.exec(clause.text);
      if (!m) continue;
      const before = clause.text.slice(0, m.index);
      if (!negated && HYPOTHETICAL.test(before)) break;
      // The subject: states named before the verb in the clause ("India and China abstained"),
      // or before "among N countries that ..." ("Pakistan was among 32 countries that abstained").
      const subject = mentions.filter((x) => x.index >= clause.start && x.index < clause.start + m.index);
      // ... or named after it: "including China and India", "among them India", "Russia among them".
      const after = clause.start + m.index;
      const rest = text.slice(after);
      const trailing = /,\s*([^,]+?)\s+among them\b/i.exec(rest);
      const leading = /\b(?:including|among them|among whom|such as)\b/i.exec(rest);
      const [from, to] = trailing
        ? [after + trailing.index, after + trailing.index + trailing[0].length]
        : leading
          ? [after + leading.index, text.length]
          : [0, -1];
      subject.push(...mentions.filter((x) => x.index >= from && x.index < to && !subject.includes(x)));
      for (const s of subject) {
        if (!votes.some((v) => v.code === s.code)) votes.push({ code: s.code, vote, negated });
      }
      break;
    }
  }
  if (votes.length > 0) out.push({ sentence, kind: 'countryVote', body, votes });

  for (const [re, cue, earlierVote] of SHIFT_CUES) {
    if (!re.test(text)) continue;
    const code = mentions[0]?.code ?? lastCountry;
    if (code) out.push({ sentence, kind: 'shift', body, shift: { code, cue, ...(earlierVote && { earlierVote }) } });
    break;
  }

  if (ALIGNMENT.test(text) && mentions.length > 0) {
    out.push({ sentence, kind: 'alignment', body, alignment: { codes: [...new Set(mentions.map((x) => x.code))] } });
  }
  return out;
}
