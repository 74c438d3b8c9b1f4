import type { Registry } from '../countries/registry.js';
import type { Vote } from '../vote.js';
import { type Clause, clauses } from './clauses.js';
import type { Sentence, Span } from './document.js';
import { AGAINST_OBJECT, type ClaimedTally, tallies } from './figures.js';
import { type BodyMention, type CountryMention, bodyMention, countryMentions } from './mentions.js';
import { type Gap, recordGap } from './recordGaps.js';
import { shiftPhrases } from './shiftPhrases.js';
import { soleVoters } from './soleVoters.js';
import { ALIGNMENT, CAST_INFINITIVE, HYPOTHETICAL, URGED, LABEL_CUES, SHIFT_CUES, type ShiftCue, VOTE_CONTEXT, VOTE_CUES } from './voteCues.js';
import { COUNT, countValue } from './numbers.js';
import { figureList, listedAfter, subjectsBefore } from './voters.js';

const CATEGORY_VOTE = { yes: 'Y', no: 'N', abstain: 'A', nonVoting: 'X' } as const;
const VOTE_CATEGORY = { Y: 'yes', N: 'no', A: 'abstain', X: 'nonVoting' } as const;
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

interface Cue {
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

/** Vote phrases in a clause, in order; where two overlap, the earlier rule wins (the rules are /gi; matchAll copies them). */
function cuesIn(text: string, voteTalk: boolean): Cue[] {
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
const HABITUAL_COUNT = /\b(?:always|consistently|routinely|invariably|traditionally)\s+(?:been\s+)?(?:the\s+)?(?:only|sole|lone)\b[^,;]*$/i;
const RELATIVE_LEAD = /,\s*(?:which|who)\s+(?:(?:also|had|has|have|then|too)\s+)*$/i;
// The states a relative clause follows ("Chile and Peru, which abstained"): those just before its comma, joined as a list.
function antecedents(text: string, mentions: CountryMention[], at: number): CountryMention[] {
  const out: CountryMention[] = [];
  let end = at;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.index + m.text.length > end) continue;
    const gap = text.slice(m.index + m.text.length, end);
    if (!(out.length === 0 ? /^\s*,?\s*$/.test(gap) : /^\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?$/i.test(gap)) || m.demonym || m.possessive) break;
    out.unshift(m);
    end = m.index;
  }
  return out;
}

// ... "were always the only two countries to vote against these resolutions": a few words apart, in one clause.
const HABITUAL = /\b(?:often|usually|routinely|consistently|always|regularly|traditionally|generally|typically|invariably|repeatedly|habitually|never)\s+(?:\w+\s+)?$|\b(?:always|consistently|routinely|invariably)\s+(?:[\w’'-]+\s+){2,6}$/i;
// ... and a count of votes over the years: "has vetoed more than 40 resolutions critical of Israel", "used its veto 17 times".
// ("vetoed two resolutions on Syria" is two votes the article reports: no count of the years.)
const HABITUAL_AFTER = /^\s+(?:(?:more than|over|at least|nearly|some|almost)\s+(?:\d{1,3}|a dozen|\w+)|\d{2,3}|dozens of)\s+(?:[\w-]+\s+){0,2}?(?:resolutions|drafts|texts|times)\b|^\s+(?:its\s+veto\s+)?(?:\d{1,3}|\w+)\s+times\b|^[^.;]{0,40}?\b(?:each|every) year\b|^\s+(?:on|in) (?:every|all (?:the )?|each) (?:resolutions?|votes?)\b|^(?![^.;]{0,40}?,\s*as\s+(?:it|they|he|she)\b)[^.;]{0,40}?\bsince (?:19|20)\d\d\b|^[^.;]{0,40}?\bfor (?:years|decades)\b/i;
const PLUPERFECT = /\b(?:had|having)\s+(?:also\s+|previously\s+|earlier\s+)?(voted (?:in favou?r|for|against|no|yes)|abstained|backed|supported|opposed)\b/i;
const pluperfectVote = (verb: string): Vote => (/abstain/i.test(verb) ? 'A' : /against|no\b|opposed/i.test(verb) ? 'N' : 'Y');
const CALENDAR_WORD = /\b(?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|last year|last month)\b/i;

// "the US voted against it along with Russia and 16 other countries"
const ALONG_WITH_OTHERS = new RegExp(`\\b(?:along|together) with\\b[^.;]{0,80}?\\band\\s+(${COUNT})\\s+other\\s+(?:countries|states|nations|members)\\b`, 'i');
const BARE_SIDE = /^\s+(against|abstaining|in favou?r)\s*[).]*\s*$/i;
const DELEGATION = /\b(?:her|his|its|their|my|our)\s+(?:delegation|country|government)\s*(?:also\s+|had\s+|has\s+|then\s+|would\s+|therefore\s+)*$/i;
const ENVOY_OF = /\b(?:representative|delegate|ambassador|envoy|delegation|minister)\s+(?:of|for|from)\s+(?:the\s+)?$/i;
const FOLLOWING = /^\s*(?:the following|these|those)\s+(?:\w+\s+)?(?:members|member states|countries|states|nations|delegations)\s+(?:also\s+|then\s+)?$/i;
const SO_DID = /\b(?:as|so|and so) (?:did|had|were|was)\b|\bdid (?:too|likewise|the same)\b/i;

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
  const out: FoundClaim[] = [];
  const gapOf = (c: Clause, kind: ClaimKind) => {
    const own = recordGap(c.text);
    // "The resolution, which received 11 votes in favour, was blocked by a veto": a relative clause's
    // figures are those of the vote its main clause speaks of.
    if (!own && kind === 'tally' && c.relative) return parts.filter((p) => !p.relative && !p.leading).map((p) => recordGap(p.text)).find((g) => g) ?? null;
    if (own || kind === 'tally') return own;
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

  // The figures printed, and the states their lists name ("12 against, including Israel").
  const groups = tallies(text);
  const figures = groups.flatMap((t) => t.figures).sort((a, b) => a.start - b.start);
  const listed = new Set<CountryMention>();
  const figureVotes: FoundClaim[] = [];
  figures.forEach((f, i) => {
    // "150 votes in favour to 3 against (Israel, ...)": one printed tally, whose list is its last figure's.
    if (figures.slice(i + 1).some((x) => x.start === f.start)) return;
    // None names no state ("a unanimous 15-0 vote on a U.S.-drafted resolution – complicating ...").
    if (f.value === 0) return;
    const next = figures.slice(i + 1).find((x) => x.start > f.start)?.start ?? clauseOf(f.start).end;
    const names = figureList(text, mentions, f.start + 1, next).filter((m) => !listed.has(m));
    if (names.length === 0) return;
    names.forEach((m) => listed.add(m));
    const vote = CATEGORY_VOTE[f.category];
    const end = Math.max(...names.map((m) => m.index + m.text.length));
    figureVotes.push(claim('countryVote', { start: f.start, end }, clauseOf(f.start), { votes: names.map((m) => ({ code: m.code, vote, negated: false })) }));
  });
  const unlisted = (ms: CountryMention[]) => ms.filter((m) => !listed.has(m));

  // Who voted how, clause by clause.
  const voteClaims: { claim: FoundClaim; codes: Set<string>; vote: Vote }[] = [];
  let pending: CountryMention[] = [];
  const last: { vote: { vote: Vote; negated: boolean } | null } = { vote: null };
  let pronoun: string[] = [];
  for (const c of parts) {
    const cues = cuesIn(c.text, VOTE_CONTEXT.test(text)).map((q) => ({ ...q, start: q.start + c.start, end: q.end + c.start }));
    const own = mentions.filter((m) => m.index >= c.start && m.index < c.end);
    if (cues.length === 0) {
      // "..., as did Pakistan": the vote of the clause before.
      const prior = last.vote;
      if (prior && (SO_DID.test(c.text) || /^\s*(?:were|are|was|is|included|include|including|namely)\b\s*:?|^\s*:/i.test(c.text)) && own.length > 0) {
        const votes = own.filter((m) => !m.demonym && !m.possessive).map((m) => ({ code: m.code, ...prior }));
        if (votes.length > 0) voteClaims.push({ claim: claim('countryVote', c, c, { votes }), codes: new Set(votes.map((v) => v.code)), vote: prior.vote });
      } else if (own.length > 0 && !c.relative) pending = subjectsBefore(text, own, c.start, c.end);
      // "(Adopted 13-2; Cuba and Yemen against)": states and a bare side, nothing else.
      const bare = own.length > 0 && !own.some((m) => m.demonym || m.possessive) ? BARE_SIDE.exec(text.slice(own.at(-1)!.index + own.at(-1)!.text.length, c.end)) : null;
      if (bare && /^[\s(,;]*$/.test(text.slice(c.start, own[0]!.index)) && own.every((m, i) => i === 0 || /^\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?$/i.test(text.slice(own[i - 1]!.index + own[i - 1]!.text.length, m.index)))) {
        const vote: Vote = /against/i.test(bare[1]!) ? 'N' : /abst/i.test(bare[1]!) ? 'A' : 'Y';
        const span = { start: own[0]!.index, end: own.at(-1)!.index + own.at(-1)!.text.length + bare[0].indexOf(bare[1]!) + bare[1]!.length };
        voteClaims.push({ claim: claim('countryVote', span, c, { votes: own.map((m) => ({ code: m.code, vote, negated: false })) }), codes: new Set(own.map((m) => m.code)), vote });
      }
      continue;
    }
    let from = c.start;
    let prevVoters: CountryMention[] = [];
    cues.forEach((q, i) => {
      const to = cues[i + 1]?.start ?? c.end;
      let voters = q.passive || q.label ? [] : unlisted(subjectsBefore(text, mentions, from, q.start));
      if (voters.length === 0 && !q.passive && !q.label && i === 0 && text.slice(c.start, q.start).trim().replace(/^(?:which|who|and|but|then|also|had|has|have)\b\s*/gi, '').replace(/\b(?:had|has|have|also|then|all|simply)\b/gi, '').trim() === '') {
        voters = pending;
      }
      // "France had voted in favour last year but abstained this time": the subject of the vote before, joined by "but".
      if (voters.length === 0 && i > 0 && !q.passive && !q.label && prevVoters.length > 0 && /^[^,;()]*\b(?:but|and|yet|then)\s+(?:(?:later|then|also|eventually|finally|instead)\s+)?$/i.test(text.slice(cues[i - 1]!.end, q.start))) {
        voters = prevVoters;
      }
      // "... in conjunction with the United States, which also abstained": the states the relative clause follows.
      const which = voters.length === 0 && !q.passive && !q.label ? RELATIVE_LEAD.exec(text.slice(Math.max(0, q.start - 40), q.start)) : null;
      if (which) voters = unlisted(antecedents(text, mentions, q.start - which[0].length));
      let after = unlisted(q.label || q.passive ? mentions.filter((m) => m.index >= q.end && m.index < to && !m.demonym && !m.possessive) : listedAfter(text, mentions, q.end, to));
      if (q.label && after.length === 0) after = unlisted(subjectsBefore(text, mentions, from, q.start));
      // "It vetoed a draft", "They abstained": the states named last.
      const lead = text.slice(c.start, q.start);
      // "Iran’s ‘yes’ vote": the possessor is the voter.
      if (voters.length === 0 && /^['’]s\b/.test(text.slice(q.start, q.end))) {
        const owner = mentions.find((m) => m.index + m.text.length === q.start && !m.demonym);
        if (owner) voters = [owner];
      }
      // "The representative of Sri Lanka said her delegation abstained": the envoy's state.
      if (voters.length === 0 && after.length === 0 && DELEGATION.test(lead)) {
        const envoy = mentions.filter((m) => m.index < q.start && (ENVOY_OF.test(text.slice(Math.max(0, m.index - 30), m.index)) || /^['’]s\s+(?:\w+\s+)?(?:representative|delegate|ambassador|envoy)\b/i.test(text.slice(m.index + m.text.length)))).at(-1);
        if (envoy) voters = [envoy];
        else if (lastCountry) pronoun = lastCountry;
      }
      if (voters.length === 0 && after.length === 0 && lastCountry && /^\s*(?:(?:in|on|last|this|back in)\s+\w+(?:\s+\d{4})?,?\s+)?(?:it|they|both|both countries|both nations|the two|the country|the two countries|the two nations|she|he)\s*(?:also\s+|then\s+|again\s+|ultimately\s+|eventually\s+|finally\s+|instead\s+|however,?\s+)?$/i.test(lead)) {
        pronoun = lastCountry;
      }
      // "The following Members opposed the text on Wednesday, having abstained at the earlier vote: Argentina,
      // Hungary, Tonga": the states after the sentence's colon.
      if (voters.length === 0 && after.length === 0 && FOLLOWING.test(text.slice(c.start, q.start))) {
        const colon = text.indexOf(':', q.end);
        if (colon !== -1) after = unlisted(mentions.filter((m) => m.index > colon && !m.demonym && !m.possessive));
      }
      // "voted with Israel and the United States against": the company kept voted so too.
      const company = q.company ? unlisted(mentions.filter((m) => m.index > q.start && m.index < q.end && !m.demonym && !m.possessive)) : [];
      const all = [...voters, ...company, ...after.filter((a) => !voters.includes(a) && !company.includes(a))];
      from = q.end;
      const codes = all.length > 0 ? all.map((m) => m.code) : pronoun;
      pronoun = [];
      if (codes.length === 0) return;
      // "Chile was not among the 93 countries that voted in favour": anything but that vote.
      const notAmong = !q.negated && voters.length > 0 && /\b(?:was|were|is|are)\s+not\s+(?:among|one of)\b/i.test(text.slice(voters.at(-1)!.index, q.start));
      const votes = codes.map((code) => ({ code, vote: q.vote, negated: q.negated || notAmong }));
      const start = all.length > 0 ? Math.min(q.start, ...all.map((m) => m.index)) : c.start;
      const end = Math.max(q.end, ...all.map((m) => m.index + m.text.length));
      const gap = q.veto ? 'veto' : null;
      const found = claim('countryVote', { start, end }, c, { votes, ...(q.general && { general: true }) });
      if (gap) found.gap = gap;
      // Only the Council vetoes.
      if (q.veto) found.body = 'sc';
      voteClaims.push({ claim: found, codes: new Set(votes.map((v) => v.code)), vote: q.vote });
      last.vote = { vote: q.vote, negated: q.negated };
      prevVoters = voters;
    });
  }

  // "the US veto", "a veto by Russia", "owing to a veto from permanent member the United States",
  // "the U.S. laid down a veto": a veto cast, named by the noun.
  for (const v of text.matchAll(/\bvetoe?s?\b(?!\s+(?:power|right|threat|wielding|-wielding))/gi)) {
    const before = text.slice(0, v.index);
    if (/\b(?:could|would|might|may|threat\w*|without|no|(?:did|does|do|would|will|could) not|right to|power to|use (?:of )?the|refrain\w* from|not to use)\b[^.;]{0,30}$/i.test(before) || HYPOTHETICAL.test(before)) continue;
    // "has used its veto 17 times": a count over the years, not a veto cast.
    if (HABITUAL_AFTER.test(text.slice(v.index + v[0].length, v.index + v[0].length + 60))) continue;
    const near = mentions.filter((m) => !m.possessive && !m.demonym);
    // "the Russian and Chinese vetoes": adjectives right before the noun name the states too.
    const adjectives = mentions.filter((m) => m.demonym && m.index + m.text.length <= v.index && /^(?:\s+(?:and|,)\s+\w+)*\s*$/i.test(text.slice(m.index + m.text.length, v.index)) && v.index - m.index < 40);
    const prior = near.filter((m) => m.index + m.text.length <= v.index && /^\s*(?:(?:has|had|have)\s+)?(?:(?:cast|used|laid down|exercised|wielded|imposed|applied|blocked it with)\s+)?(?:a|an|its|their|the)?\s*$/i.test(text.slice(m.index + m.text.length, v.index))).at(-1) ?? adjectives[0];
    const by = /^\s+(?:was\s+)?(?:by|from|of|cast by|used by)\s+(?:the\s+)?(?:(?:a\s+)?permanent member[-\s]+(?:the\s+)?)?/i.exec(text.slice(v.index + v[0].length));
    const at = v.index + v[0].length + (by?.[0].length ?? 0);
    const after = by ? near.find((m) => m.index >= at - 4 && m.index <= at + 1) : undefined;
    const who = prior ?? after;
    if (!who || voteClaims.some((c) => c.claim.gap === 'veto' && c.codes.has(who.code))) continue;
    // "Russia, China veto US resolution": the states listed before the one next to the veto.
    const coordinated: CountryMention[] = [];
    if (prior === who) {
      let next = who;
      for (const m of [...near].reverse()) {
        if (m.index >= next.index) continue;
        if (!/^\s*(?:,|and|&|,\s*and)\s*$/i.test(text.slice(m.index + m.text.length, next.index))) break;
        coordinated.push(m);
        next = m;
      }
    }
    const all = [...coordinated.reverse(), who, ...adjectives.filter((a) => a !== who && a.code !== who.code)];
    const span = { start: Math.min(...all.map((m) => m.index), v.index), end: Math.max(who.index + who.text.length, v.index + v[0].length) };
    const found = claim('countryVote', span, clauseOf(v.index), { votes: all.map((m) => ({ code: m.code, vote: 'N' as Vote, negated: false })) });
    found.gap = 'veto';
    found.body = 'sc';
    voteClaims.push({ claim: found, codes: new Set([who.code]), vote: 'N' });
  }

  // "the US’s abstention", "Russia's veto": the state's vote, named by a noun.
  for (const m of mentions) {
    if (!m.possessive) continue;
    const after = /^['’]s\s+(?:\w+\s+)?(abstention|veto|no vote|negative vote|vote against|yes vote|vote in favou?r|affirmative vote|decision to (?:abstain|vote ["“‘']?(?:no|yes|against|in favou?r)))\b/i.exec(text.slice(m.index + m.text.length));
    if (!after || HYPOTHETICAL.test(text.slice(0, m.index))) continue;
    const word = after[1]!.toLowerCase();
    const vote: Vote = /abst/.test(word) ? 'A' : /yes|favou?r|affirmative/.test(word) ? 'Y' : 'N';
    const span = { start: m.index, end: m.index + m.text.length + after[0].length };
    const found = claim('countryVote', span, clauseOf(m.index), { votes: [{ code: m.code, vote, negated: false }] });
    if (word === 'veto') {
      found.gap = 'veto';
      found.body = 'sc';
    }
    voteClaims.push({ claim: found, codes: new Set([m.code]), vote });
  }

  // "the US voted against it along with Russia and 16 other countries": 16 and the states named.
  for (const v of voteClaims) {
    const c = v.claim.clause;
    const m = ALONG_WITH_OTHERS.exec(c.text);
    const n = m ? countValue(m[1]!) : undefined;
    // The clause is the article's offsets, the figures the sentence's.
    const at = c.start - base;
    if (!m || n === undefined || groups.some((g) => g.start < at + m.index + m[0].length && at + m.index < g.end)) continue;
    const category = VOTE_CATEGORY[v.vote];
    out.push(claim('tally', { start: Math.min(v.claim.span.start - base, at + m.index), end: at + m.index + m[0].length }, clauseOf(at + m.index), { tally: { [category]: n + v.codes.size } }));
  }

  // "Only Belarus voted against it", "Russia was the only country to abstain": a count of that vote too,
  // where the clause prints no figure of it.
  for (const v of voteClaims) {
    const at = v.claim.span.start - base;
    const c = clauseOf(at);
    const category = VOTE_CATEGORY[v.vote];
    if (v.claim.votes!.some((x) => x.negated) || groups.some((g) => g.start < c.end && c.start < g.end && g.figures.some((f) => f.category === category))) continue;
    if (!soleVoters(text.slice(c.start, at), text.slice(at, v.claim.span.end - base))) continue;
    const found = claim('tally', { start: at, end: v.claim.span.end - base }, c, { tally: { [category]: v.codes.size } });
    found.gap = v.claim.gap;
    if (v.claim.body) found.body = v.claim.body;
    out.push(found);
  }

  // Tallies; "Pakistan was among the 72 other countries that abstained": 72 others and Pakistan.
  groups.forEach((t, gi) => {
    const c0 = clauseOf(t.start);
    // The words of these figures only: "187 in favour, up from 185 last year" gives the 187 no date.
    const from = Math.max(c0.start, groups[gi - 1]?.end ?? 0);
    // ... and not what a subordinate phrase after them says ("..., after all amendments had been rejected because of Russia's veto").
    // (Figures are read from the sentence alone: their offsets are the sentence's, not the article's.)
    const sub = /,\s+(?:after|before|following|when|as|once|because|despite|although)\b/i.exec(text.slice(t.end));
    const to = Math.min(c0.end, groups[gi + 1]?.start ?? text.length, sub ? t.end + sub.index : text.length);
    const c = { ...c0, start: from, end: to, text: text.slice(from, to) };
    // "Israel and the United States were always the only two countries to vote against these resolutions": a habit.
    // (The words just before: a clause may hold thousands of figures.)
    if (HABITUAL_COUNT.test(text.slice(Math.max(c0.start, t.start - 120), t.start))) return;
    const tally = { ...t.tally };
    for (const f of t.figures) {
      // "six countries joining Russia in voting against": the six and Russia.
      const words = text.slice(f.start, f.end);
      const join = /\bjoin(?:ing|ed)\b/i.exec(words);
      if (join) tally[f.category] = f.value + mentions.filter((m) => m.index >= f.start + join.index && m.index < f.end).length;
      // "only six countries - Belarus, ... - voted against the resolution, along with Russia": six and Russia.
      // (A slice of the words right after, not the rest of the clause: a clause may hold hundreds of figures.)
      const along = /^[^.;,]{0,60}?,?\s+(?:along|together) with\s+(?:the\s+)?/i.exec(text.slice(f.end, Math.min(c0.end, f.end + 100)));
      const company: CountryMention[] = [];
      for (let at = along ? f.end + along[0].length : Infinity, i = 0; i < mentions.length; i++) {
        const m = mentions[i]!;
        if (m.index < at || m.demonym || m.possessive) continue;
        if (m.index >= c0.end || !/^\s*(?:,|and|,\s*and)?\s*(?:the\s+)?$/i.test(text.slice(at, m.index))) break;
        company.push(m);
        at = m.index + m.text.length;
      }
      if (!join && company.length > 0 && !f.others) tally[f.category] = f.value + company.length;
      // "Ghana and 57 countries on Thursday abstained": the 57 and Ghana (news counts the state apart).
      if (!f.others && !join && company.length === 0) {
        const and = /(?:^|[^,\w])\s*and\s+$/i.exec(text.slice(Math.max(c0.start, f.start - 8), f.start));
        const before = and ? mentions.filter((m) => !m.demonym && !m.possessive && m.index >= c0.start && m.index + m.text.length <= f.start) : [];
        const last = before.at(-1);
        if (last && /^\s*and\s+$/i.test(text.slice(last.index + last.text.length, f.start)) && /^[\s(]*$/.test(text.slice(c0.start, before[0]!.index).replace(/\b(?:the|while|but|and)\b/gi, ''))) tally[f.category] = f.value + before.length;
      }
      if (!f.others) continue;
      const named = voteClaims.find((v) => v.claim.clause.start === base + c0.start && v.vote === CATEGORY_VOTE[f.category] && v.codes.size > 0);
      // Every name the list gives counts, as printed ("India, China, Iran, Iran, Pakistan, UAE and 29 others": 35).
      if (named) tally[f.category] = f.value + Math.max(named.codes.size, mentions.filter((m) => !m.demonym && m.index >= named.claim.span.start - base && m.index < named.claim.span.end - base).length);
      // "Kenya joins 142 other countries to vote in favor", "Kenya votes with 142 other countries": the 142 and Kenya.
      else {
        const lead = text.slice(c0.start, f.start);
        // ... "Russia was only able to muster 10 other "no" votes": the ten and Russia.
        const joins = /\b(?:join(?:s|ed|ing)?|vot(?:es|ed|ing) (?:along )?with|muster(?:s|ed)?|garner(?:s|ed)?|(?:was|were) joined by)\s+(?:(?:only|just)\s+)?(?:the\s+)?$/i.exec(lead);
        const subject = joins ? mentions.filter((m) => m.index >= c0.start && m.index < c0.start + joins.index && !m.demonym && !m.possessive) : [];
        if (subject.length > 0) tally[f.category] = f.value + subject.length;
      }
    }
    const found = claim('tally', t, c, { tally });
    if (t.dateText) {
      found.clause = { ...found.clause, text: `${found.clause.text} ${t.dateText}` };
      found.dateText = t.dateText;
    }
    // Figures no larger than the Council's: a Council vote, unless the sentence says otherwise.
    const sum = Object.values(tally).reduce((a, b) => a + b, 0);
    // ... and three figures within the Council's size: no Assembly vote was ever that small (8-2-1 was the
    // Council of eleven, S/RES/157 of 1960).
    const three = tally.yes !== undefined && tally.no !== undefined && tally.abstain !== undefined;
    if (found.body === null && tally.yes !== undefined && (sum === 15 || (sum <= 15 && tally.yes >= 9) || (three && sum <= 15 && sum >= 9))) found.body = 'sc';
    // More votes than the Council has members: the Assembly, whose votes no veto blocks.
    if (sum > 15) {
      found.body = 'ga';
      if (found.gap === 'veto') found.gap = null;
    }
    // More votes against than for: a text the Assembly did not adopt ("a competing text by South Africa ...
    // received 50 votes for, 67 against and 36 abstentions"), which the record lacks.
    if (!found.gap && sum > 15 && tally.yes !== undefined && tally.no !== undefined && tally.no > tally.yes) found.gap = 'failedDraft';
    out.push(found);
    // The states a figure's list names voted in the same body.
    for (const v of figureVotes) if (v.body === null && v.span.start >= found.span.start && v.span.start < found.span.end) v.body = found.body;
  });
  // "The Security Council unanimously approved ...", "unanimously stepped up sanctions", "voted unanimously in
  // favour": no vote against, no abstention.
  const unanimous = /\bunanimous(?:ly)?\s+(?:on\s+\w+\s+)?(?:adopted|approved|passed|voted|endorsed|agreed|backed|renewed|extended|stepped up|imposed|tightened|authori[sz]ed|demanded|condemned|decided|called)\b|\b(?:adopted|approved|passed|carried|voted)\s+(?:\w+\s+)?unanimously\b|\b(?:won|received|got|secured|garnered|drew|enjoyed)\s+(?:the\s+)?unanimous\s+(?:support|backing|approval|endorsement)\b|\bin a unanimous vote\b/i.exec(text);
  if (unanimous && groups.length === 0 && (sentenceBody === 'sc' || /\bthe council\b/i.test(text))) {
    const c = clauseOf(unanimous.index);
    const found = claim('tally', { start: unanimous.index, end: unanimous.index + unanimous[0].length }, c, { tally: { no: 0, abstain: 0 } });
    found.body = 'sc';
    out.push(found);
  }
  out.push(...voteClaims.map((v) => v.claim), ...figureVotes);

  for (const [re, cue, earlierVote] of SHIFT_CUES) {
    const m = re.exec(text);
    if (!m) continue;
    // "for the first time" of a state's vote: not "the first time since 2006", nor of a sentence with no word of
    // a vote cast ("included for the first time language ...", "123 countries supporting it for the first time").
    if (cue === 'firstTime' && (/^\s*since\b/i.test(text.slice(m.index + m[0].length)) || (voteClaims.length === 0 && !/\b(?:vot(?:ed|es|ing)|abstain\w*|veto\w*)\b/i.test(text)))) break;
    // ... nor "again" of no state's vote ("The UN has adopted a resolution condemning North Korea ... for the 20th year in a row").
    if (cue === 'again' && voteClaims.length === 0) break;
    // Each state of the vote the sentence reports ("Albania and Fiji abstained, having supported ..."),
    // else the one named, else the last named before ("it", "these Member States").
    const first = voteClaims[0]?.claim.votes?.map((v) => v.code);
    const codes = first ?? (mentions.find((x) => !x.demonym) ? [mentions.find((x) => !x.demonym)!.code] : (lastCountry ?? []));
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
  const named = mentions.filter((x) => !x.demonym);
  if (ALIGNMENT.test(text) && named.length > 0) {
    out.push(claim('alignment', { start: 0, end: text.length }, parts[0]!, { alignment: { codes: [...new Set(named.map((x) => x.code))] }, gap: null }));
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
