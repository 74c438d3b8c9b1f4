import { COUNT, countValue } from './numbers.js';
import { CATEGORY_VOTE, type TallyGroup, VOTE_CATEGORY } from './figures.js';
import type { CountryMention } from './mentions.js';
import type { FoundClaim, SentenceScope, VoteClaim } from './read.js';
import { soleVoters } from './soleVoters.js';
import { deltaAfter } from './yearBefore.js';

const HABITUAL_COUNT = /\b(?:always|consistently|routinely|invariably|traditionally)\s+(?:been\s+)?(?:the\s+)?(?:only|sole|lone)\b[^,;]*$/i;
// "the US voted against it along with Russia and 16 other countries"
const ALONG_WITH_OTHERS = new RegExp(`\\b(?:along|together) with\\b[^.;]{0,80}?\\band\\s+(${COUNT})\\s+other\\s+(?:countries|states|nations|members)\\b`, 'i');

// Between a tally's figures and the states alone on one more side: words of no other figure or sentence.
const SOLE_GOES_ON = /^[^.;\d]{0,120}?(?:,\s*|\s+)(?:and|while|with)\s+$/i;
const BESIDES = /^\W*(?:besides|apart from|aside from|in addition to|other than)\s+(?:the\s+)?[A-Z][^,;:]{1,80},\s*$/i;

/**
 * The tallies of a sentence, as it means them: the figures printed with the states counted beside
 * them ("Pakistan was among the 72 other countries that abstained": 73), counts told in words ("Only
 * Belarus voted against it": 1), "unanimously" of the Council, each with its body (figures within the
 * Council's size are the Council's) and any vote outside the record it reports. Gives `figureVotes`
 * the body of their figures.
 *
 * @example tallyClaims(scope, tallies(text), [], [])[0].tally // → { yes: 141, no: 5, abstain: 35 }
 */
export function tallyClaims(scope: SentenceScope, groups: TallyGroup[], voteClaims: readonly VoteClaim[], figureVotes: readonly FoundClaim[]): FoundClaim[] {
  const { text, base, mentions, clauseOf, claim, sentenceBody } = scope;
  const out: FoundClaim[] = [];
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
    // ... which goes on with the figures just before it: "Eleven countries voted in favor, three abstained (...),
    // and the US alone voted against it" is 11-1-3, one tally.
    const before = groups.find((g) => g.end <= at && !(category in g.tally) && SOLE_GOES_ON.test(text.slice(g.end, at)));
    if (before) {
      before.tally[category] = v.codes.size;
      before.end = v.claim.span.end - base;
      continue;
    }
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
      // "Besides Russia, 12 countries voted against the resolution": the twelve and Russia.
      const besides = !f.others && !join && company.length === 0 ? BESIDES.exec(text.slice(0, f.start)) : null;
      if (besides) {
        const listed = mentions.filter((m) => !m.demonym && !m.possessive && m.index + m.text.length <= besides[0].length);
        if (listed.length > 0 && listed.every((m, i) => i === 0 || /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/i.test(text.slice(listed[i - 1]!.index + listed[i - 1]!.text.length, m.index)))) tally[f.category] = f.value + listed.length;
      }
      if (!f.others) continue;
      const named = voteClaims.find((v) => v.claim.clause.start === base + c0.start && v.vote === CATEGORY_VOTE[f.category] && v.codes.size > 0);
      // Every name the list gives counts, as printed ("India, China, Iran, Iran, Pakistan, UAE and 29 others": 35).
      // (Only names before the figure: "joined 13 other countries including North Korea and Sudan" names two of the 13.)
      if (named) tally[f.category] = f.value + Math.max(named.codes.size, mentions.filter((m) => !m.demonym && m.index >= named.claim.span.start - base && m.index < Math.min(named.claim.span.end - base, f.start)).length);
      // "Kenya joins 142 other countries to vote in favor", "Kenya votes with 142 other countries": the 142 and Kenya.
      else {
        const lead = text.slice(c0.start, f.start);
        // ... "Russia was only able to muster 10 other "no" votes": the ten and Russia.
        const joins = /\b(?:join(?:s|ed|ing)?|vot(?:es|ed|ing) (?:along )?with|muster(?:s|ed)?|garner(?:s|ed)?|(?:was|were) joined by)\s+(?:(?:only|just)\s+)?(?:the\s+)?$/i.exec(lead);
        const subject = joins ? mentions.filter((m) => m.index >= c0.start && m.index < c0.start + joins.index && !m.demonym && !m.possessive) : [];
        if (subject.length > 0) tally[f.category] = f.value + subject.length;
      }
    }
    // "143 votes in favour, with Russia, Belarus, North Korea, Syria, Nicaragua voting against and 35 abstentions":
    // the states an absolute "with" lists between the figures are that side's count.
    for (const v of voteClaims) {
      const at = v.claim.span.start - base;
      const category = VOTE_CATEGORY[v.vote];
      if (tally[category] !== undefined || at < t.start || v.claim.span.end - base > t.end || v.claim.votes!.some((x) => x.negated)) continue;
      if (/\bwith\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, at - 12), at)) && /(?:voting|abstaining)\b[^,;]*$/i.test(text.slice(at, v.claim.span.end - base))) tally[category] = v.codes.size;
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
    // "156 nations, down 11 from last year": the year before's figure is a claim of its own (167 then).
    const delta = deltaAfter(tally, text.slice(t.end, Math.min(text.length, t.end + 60)));
    if (delta) {
      const earlier = claim('tally', { start: t.end + delta.start, end: t.end + delta.end }, c, { tally: delta.tally, body: found.body, gap: found.gap });
      earlier.clause = { ...earlier.clause, text: `${earlier.clause.text} last year` };
      earlier.dateText = 'last year';
      out.push(earlier);
    }
    // The states a figure's list names voted in the same body.
    for (const v of figureVotes) if (v.body === null && v.span.start >= found.span.start && v.span.start < found.span.end) v.body = found.body;
    // ... and states counted with an Assembly-sized figure ("The Philippines and 34 other countries abstained on
    // the vote on the resolution demanding ... comply with Security Council resolutions"): the Assembly's vote.
    if (sum > 15) for (const v of voteClaims) if (!v.claim.gap && v.claim.span.start < found.span.end && found.span.start < v.claim.span.end) v.claim.body = 'ga';
  });
  // "The Security Council unanimously approved ...", "unanimously stepped up sanctions", "voted unanimously in
  // favour": no vote against, no abstention.
  const unanimous = /\bunanimous(?:ly)?\s+(?:on\s+\w+\s+)?(?:adopted|approved|passed|voted|endorsed|agreed|backed|renewed|extended|stepped up|imposed|tightened|authori[sz]ed|demanded|condemned|decided|called)\b|\b(?:adopted|approved|passed|carried|voted)\s+(?:\w+\s+)?unanimously\b|\b(?:won|received|got|secured|garnered|drew|enjoyed)\s+(?:the\s+)?unanimous\s+(?:support|backing|approval|endorsement)\b|\bin a unanimous vote\b|\b(?:adopted|approved|passed|carried)\s+by\s+(?:a\s+)?unanimous\s+vote\b/i.exec(text);
  // ... and a factbox's "(Adopted by unanimous vote)" under a line that names a Council resolution: the
  // article's body (`body` null).
  const factbox = /^\W*adopted\b/i.test(text) && text.length < 80;
  if (unanimous && groups.length === 0 && (sentenceBody === 'sc' || /\bthe council\b/i.test(text) || factbox)) {
    const c = clauseOf(unanimous.index);
    const found = claim('tally', { start: unanimous.index, end: unanimous.index + unanimous[0].length }, c, { tally: { no: 0, abstain: 0 } });
    found.body = sentenceBody === 'sc' || /\bthe council\b/i.test(text) ? 'sc' : null;
    out.push(found);
  }
  return out;
}
