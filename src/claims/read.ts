import type { Registry } from '../countries/registry.js';
import type { Vote } from '../vote.js';
import { type Clause, clauses } from './clauses.js';
import { clauseVotes, figureVotes } from './clauseVotes.js';
import type { Sentence, Span } from './document.js';
import { type ClaimedTally, tallies } from './figures.js';
import { type BodyMention, type CountryMention, bodyMention, countryMentions } from './mentions.js';
import { nounVotes } from './nounVotes.js';
import { type Gap, recordGap } from './recordGaps.js';
import { shiftClaims } from './shiftClaims.js';
import { tallyClaims } from './tallyClaims.js';
import { ALIGNMENT, type ShiftCue } from './voteCues.js';

// In capitals ("KABUL –", "UNITED NATIONS (AP) —"), or a place with its country or agency ("Kabul, Afghanistan –"): not "India – which abstained –".
const DATELINE = /^\s*[A-Z][A-Za-z.'’]*(?:[ .'’][A-Za-z.'’]+){0,3}(?:(?:,\s*[A-Z][A-Za-z.'’]*(?:[ .'’][A-Za-z.'’]+){0,3}){1,2}(?:,?\s*\([^)]{1,30}\))?|,?\s*\([^)]{1,30}\))\s*[–—]\s|^\s*[A-Z][A-Z.'’]{3,}(?:[ .'’][A-Z.'’]+){0,3}(?:,\s*[A-Z][A-Z.'’]+(?:[ .'’][A-Z.'’]+){0,3}){0,2}(?:,?\s*\([^)]{1,30}\))?\s*(?:[–—]|--?)\s/;

export type { ClaimedTally } from './figures.js';
export type { ShiftCue } from './voteCues.js';
export type ClaimKind = 'tally' | 'countryVote' | 'shift' | 'alignment';

export interface ClaimedVote {
  code: string;
  vote: Vote;
  /** "did not support": the claim is that the vote was anything but `vote`. */
  negated: boolean;
}

/** A claim read from the article, before it is matched to the record. */
export interface FoundClaim {
  kind: ClaimKind;
  sentence: Sentence;
  /** The words the claim rests on (offsets in the article's text). */
  span: Span;
  /** The clause that holds it: its words speak of this claim's vote. */
  clause: Span & { text: string };
  body: BodyMention | null;
  /** A vote the record does not hold (veto, amendment, ...), from the clause's words. */
  gap: Gap | null;
  tally?: ClaimedTally;
  votes?: ClaimedVote[];
  /** `now`: the vote the sentence says the state cast this time, where it says one. */
  shift?: { code: string; cue: ShiftCue; earlierVote?: Vote; now?: { vote: Vote; negated: boolean } };
  alignment?: { codes: string[] };
  /** The date words that belong to a tally's figures only ("from 104 in 2007 to 121 in 2018": "in 2007"). */
  dateText?: string;
  /** Read from a word of politics at large ("backed", "declined to support"): a vote only in an article that reports one. */
  general?: boolean;
  /** A tally read over two sentences (findClaims.ts): the figures of each, judged apart once the vote is found. */
  parts?: { span: Span; tally: ClaimedTally }[];
}

/** A sentence as its readers (clauseVotes, nounVotes, tallyClaims, shiftClaims) share it. */
export interface SentenceScope {
  text: string;
  /** The sentence's offset in the article: claims' spans are the article's, the readers' offsets the sentence's. */
  base: number;
  mentions: CountryMention[];
  parts: Clause[];
  sentenceBody: BodyMention | null;
  clauseOf: (rel: number) => Clause;
  /** A claim of `kind` resting on `span` of clause `c`, with the body and vote outside the record its words give. */
  claim: (kind: ClaimKind, span: Span, c: Clause, extra: Partial<FoundClaim>) => FoundClaim;
}

/** A vote phrase's claim, with the states it names and the vote they cast. */
export interface VoteClaim {
  claim: FoundClaim;
  codes: Set<string>;
  vote: Vote;
}

/**
 * Reads the claims of one sentence: the tallies it prints, the votes it says
 * named states cast (every clause, every list form), shifts and alignment
 * statements. `lastCountry` (the states named last) stands in for "it", "its" and "these states".
 *
 * @example readSentence(reg, sentence, null).map((c) => c.kind) // → ['tally', 'countryVote']
 */
export function readSentence(registry: Registry, sentence: Sentence, lastCountry: string[] | null): FoundClaim[] {
  const text = sentence.text;
  const base = sentence.start;
  // A dateline ("KABUL, AFGHANISTAN –", "UNITED NATIONS (AP) —") says where the report was filed: its states vote nothing.
  const dateline = DATELINE.exec(text);
  const mentions = countryMentions(registry, text).filter((m) => !dateline || m.index >= dateline[0].length);
  const parts = clauses(text);
  const sentenceBody = bodyMention(text);
  const clauseOf = (rel: number) => parts.find((p) => rel >= p.start && rel < p.end) ?? parts.at(-1)!;
  const abs = (s: Span) => ({ start: base + s.start, end: base + s.end });
  const gapOf = (c: Clause, kind: ClaimKind) => {
    const own = recordGap(c.text);
    // "The resolution, which received 11 votes in favour, was blocked by a veto": a relative clause's
    // figures are those of the vote its main clause speaks of.
    if (!own && kind === 'tally' && c.relative) return parts.filter((p) => !p.relative && !p.leading).map((p) => recordGap(p.text)).find((g) => g) ?? null;
    // "Canada's proposal was supported by 88 states, but ... it fell short of 8 more votes": the figures of a text
    // the next clause says failed.
    if (!own && kind === 'tally') {
      const next = parts.find((p) => p.start >= c.end);
      const gap = next && /^\W*(?:but|yet)\b/i.test(text.slice(c.end, next.end)) ? recordGap(next.text) : null;
      return gap === 'veto' || gap === 'failedDraft' ? gap : null;
    }
    if (own) return own;
    // "Russia vetoed the draft; China and India abstained": the same (vetoed) vote, from the clause
    // just before; but a leading "After Russia vetoed ...," clause, a relative clause and a clause
    // naming the Assembly speak of another vote.
    // ... and from the clause just after ("Britain and Switzerland abstained, and the United States vetoed").
    for (const near of [parts[parts.indexOf(c) - 1], parts[parts.indexOf(c) + 1]]) {
      const gap = near ? recordGap(near.text) : null;
      if (!gap || near!.leading || near!.relative || c.relative) continue;
      if (bodyMention(c.text) === 'ga' && bodyMention(near!.text) !== 'ga') continue;
      return gap;
    }
    return null;
  };
  const claim = (kind: ClaimKind, span: Span, c: Clause, extra: Partial<FoundClaim>): FoundClaim => ({
    kind, sentence, span: abs(span), clause: { ...abs(c), text: c.text }, body: bodyMention(c.text) ?? sentenceBody, gap: gapOf(c, kind), ...extra,
  });
  const scope: SentenceScope = { text, base, mentions, parts, sentenceBody, clauseOf, claim };

  const groups = tallies(text);
  const listedVotes = figureVotes(scope, groups);
  const voteClaims = clauseVotes(scope, listedVotes.listed, lastCountry);
  voteClaims.push(...nounVotes(scope, voteClaims));
  const out = tallyClaims(scope, groups, voteClaims, listedVotes.claims);
  out.push(...voteClaims.map((v) => v.claim), ...listedVotes.claims);
  shiftClaims(scope, out, voteClaims, lastCountry);
  const named = mentions.filter((x) => !x.demonym);
  if (ALIGNMENT.test(text) && named.length > 0) {
    out.push(claim('alignment', { start: 0, end: text.length }, parts[0]!, { alignment: { codes: [...new Set(named.map((x) => x.code))] }, gap: null }));
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
