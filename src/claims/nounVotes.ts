import type { Vote } from '../vote.js';
import { HABITUAL_AFTER } from './cues.js';
import type { CountryMention } from './mentions.js';
import type { SentenceScope, VoteClaim } from './read.js';
import { HYPOTHETICAL } from './voteCues.js';

// A state's text, not its vote: "U.S. resolution", "US-drafted", "Russia's proposal".
const TEXT_OF = /^(?:-|['’]s\s+(?:\w+\s+)?(?:resolution|draft|text|proposal|measure|motion|bid|plan)\b|\s+(?:\w+\s+)?(?:resolution|draft|text|proposal|measure|motion|bid|plan)\b)/i;

/**
 * Votes named by a noun: "the US veto", "a veto by Russia", "Russia, China veto US resolution", "the
 * US’s abstention". `voteClaims` (the vote phrases' claims) keeps a veto a phrase already read from being read twice.
 *
 * @example nounVotes(scope, [])[0].claim.gap // → 'veto'
 */
export function nounVotes(scope: SentenceScope, voteClaims: readonly VoteClaim[]): VoteClaim[] {
  const { text, mentions, clauseOf, claim } = scope;
  const out: VoteClaim[] = [];
  const known = () => [...voteClaims, ...out];
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
    // ... but "veto of U.S. resolution", "veto of a US-drafted text": the state whose text it blocked.
    const next = by ? near.find((m) => m.index >= at - 4 && m.index <= at + 1) : undefined;
    const after = next && /\bof\s/i.test(by![0]) && TEXT_OF.test(text.slice(next.index + next.text.length)) ? undefined : next;
    const who = prior ?? after;
    if (!who || known().some((c) => c.claim.gap === 'veto' && c.codes.has(who.code))) continue;
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
    out.push({ claim: found, codes: new Set([who.code]), vote: 'N' });
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
    out.push({ claim: found, codes: new Set([m.code]), vote });
  }
  return out;
}
