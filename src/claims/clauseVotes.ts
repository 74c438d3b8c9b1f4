import type { Vote } from '../vote.js';
import { cuesIn } from './cues.js';
import { CATEGORY_VOTE, type TallyGroup } from './figures.js';
import type { CountryMention } from './mentions.js';
import type { FoundClaim, SentenceScope, VoteClaim } from './read.js';
import { VOTE_CONTEXT } from './voteCues.js';
import { figureList, listedAfter, subjectsBefore } from './voters.js';

// Words after which the states a passive cue lists have ended.
const PASSIVE_ENDS = /\b(?:came|comes|was|were|is|are|has|had|said|says|after|before|because|when|which|who)\b/i;
// "<State> Ambassador Vernon Walters said (that) he": the envoy, his state just before the title.
const ENVOY_SAID = /(?:['’]s)?\s+(?:(?:UN|U\.N\.|permanent|deputy)\s+)?(?:[Aa]mbassador|[Ee]nvoy|[Rr]epresentative|[Dd]elegate)(?:\s+to the (?:UN|U\.N\.|United Nations))?(?:\s+[A-Z][\w.’'-]*){1,4},?\s+(?:said|told reporters|explained|stated|added|noted)(?:\s+that)?\s+$/;
const RELATIVE_LEAD = /,\s*(?:which|who)\s+(?:(?:also|had|has|have|then|too)\s+)*$/i;
// A state's envoy named before a relative clause: "['s] UN Ambassador Vassily Nebenzia".
const ENVOY_HEAD = /['’]s?\s+(?:(?:UN|U\.N\.|United Nations|permanent|deputy)\s+)*(?:ambassador|envoy|representative|delegate)(?:\s+to the (?:UN|U\.N\.|United Nations))?(?:,?\s+[A-Z][\w.’'-]*){0,4}\s*$/i;
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

const BARE_SIDE = /^\s+(against|abstaining|in favou?r)\s*[).]*\s*$/i;
/** "13 in favor, Russia against and China abstaining": a state with its side, before the next one's. */
export const SIDE_BETWEEN = /^\s+(against|in favou?r|abstaining)(?=\s*(?:,|and\b|;))/i;
const DELEGATION = /\b(?:her|his|its|their|my|our)\s+(?:delegation|country|government)\s*(?:also\s+|had\s+|has\s+|then\s+|would\s+|therefore\s+)*$/i;
const ENVOY_OF = /\b(?:representative|delegate|ambassador|envoy|delegation|minister)\s+(?:of|for|from)\s+(?:the\s+)?$/i;
const FOLLOWING = /^\s*(?:the following|these|those)\s+(?:\w+\s+)?(?:members|member states|countries|states|nations|delegations)\s+(?:also\s+|then\s+)?$/i;
const SO_DID = /\b(?:as|so|and so) (?:did|had|were|was)\b|\bdid (?:too|likewise|the same)\b/i;

/**
 * The states the lists of a sentence's figures name ("12 against, including Israel"), as votes of
 * their figure's side; `listed` holds the mentions they took, which no vote phrase takes again.
 *
 * @example figureVotes(scope, tallies(text)).claims[0].votes // → [{ code: 'ISR', vote: 'N', negated: false }]
 */
export function figureVotes(scope: SentenceScope, groups: TallyGroup[]): { claims: FoundClaim[]; listed: Set<CountryMention> } {
  const { text, mentions, clauseOf, claim } = scope;
  const figures = groups.flatMap((t) => t.figures).sort((a, b) => a.start - b.start);
  const listed = new Set<CountryMention>();
  const claims: FoundClaim[] = [];
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
    claims.push(claim('countryVote', { start: f.start, end }, clauseOf(f.start), { votes: names.map((m) => ({ code: m.code, vote, negated: false })) }));
  });
  return { claims, listed };
}

/**
 * Who voted how, clause by clause: each vote phrase's subjects, the states listed after it, "as did
 * Pakistan", relative clauses ("Chile, which abstained"), "it"/"they" for `lastCountry`, envoys
 * ("her delegation abstained"), colon lists and bare sides ("(Cuba and Yemen against)").
 *
 * @example clauseVotes(scope, new Set(), null)[0].codes // → Set { 'CHL', 'PER' }
 */
export function clauseVotes(scope: SentenceScope, listed: Set<CountryMention>, lastCountry: string[] | null): VoteClaim[] {
  const { text, mentions, parts, claim } = scope;
  const unlisted = (ms: CountryMention[]) => ms.filter((m) => !listed.has(m));
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
    // "Russia against and China abstaining": the state before its own side, not a subject of the cue after.
    for (const m of own) {
      const side = m.demonym || m.possessive || listed.has(m) ? null : SIDE_BETWEEN.exec(text.slice(m.index + m.text.length, c.end));
      // (Not the object of a word before it: "voted for Russia against ...".)
      if (!side || /\b(?:against|for|by|of|to|from|than|over)\s+(?:the\s+)?$/i.test(text.slice(Math.max(c.start, m.index - 16), m.index))) continue;
      const vote: Vote = /against/i.test(side[1]!) ? 'N' : /abst/i.test(side[1]!) ? 'A' : 'Y';
      // ... and the states listed with it ("Britain and France in favour").
      const list = [m];
      for (let i = own.indexOf(m) - 1; i >= 0; i--) {
        const p = own[i]!;
        if (p.demonym || p.possessive || listed.has(p) || !/^\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?$/i.test(text.slice(p.index + p.text.length, list[0]!.index))) break;
        list.unshift(p);
      }
      const span = { start: list[0]!.index, end: m.index + m.text.length + side[0].length };
      voteClaims.push({ claim: claim('countryVote', span, c, { votes: list.map((x) => ({ code: x.code, vote, negated: false })) }), codes: new Set(list.map((x) => x.code)), vote });
      list.forEach((x) => listed.add(x));
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
      // "Russia's UN Ambassador Vassily Nebenzia, who voted against the resolution": the envoy's state.
      if (which && voters.length === 0) {
        const head = ENVOY_HEAD.exec(text.slice(0, q.start - which[0].length));
        const owner = head ? mentions.find((m) => m.possessive && m.index + m.text.length === head.index) : undefined;
        if (owner) voters = [owner];
      }
      // (After a passive cue, the states up to the next verb: "abstentions from China and Pakistan came after the United States ...".)
      const verb = q.passive ? PASSIVE_ENDS.exec(text.slice(q.end, to)) : null;
      const until = verb ? q.end + verb.index : to;
      let after = unlisted(q.label || q.passive ? mentions.filter((m) => m.index >= q.end && m.index < until && !m.demonym && !m.possessive) : listedAfter(text, mentions, q.end, to));
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
      // "U.S. Ambassador Vernon Walters said he voted against": the envoy's state.
      const he = voters.length === 0 && after.length === 0 ? /\b(?:he|she)\s+(?:(?:had|has|also|then)\s+)?$/i.exec(text.slice(0, q.start)) : null;
      if (he) {
        const said = ENVOY_SAID.exec(text.slice(0, he.index));
        const envoy = said ? mentions.find((m) => m.index + m.text.length === said.index || (m.possessive && m.index + m.text.length + 2 >= said.index && m.index + m.text.length <= said.index)) : undefined;
        if (envoy) voters = [envoy];
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
  return voteClaims;
}
