import type { Registry } from '../countries/registry.js';
import type { Body, Vote } from '../vote.js';
import type { Article } from './article.js';
import type { Sentence } from './document.js';
import { windowOf } from './match.js';
import { bodyMention, countryMentions } from './mentions.js';
import { CATEGORY_VOTE } from './figures.js';
import { type FoundClaim, readSentence } from './read.js';
import { type Gap, recordGap } from './recordGaps.js';
import { listAt } from './voters.js';
import { yearContrasts } from './yearContrast.js';

// An article about UN votes names the UN or one of its bodies somewhere.
const UN_ARTICLE = /\b(?:UN|U\.N\.|United Nations|General Assembly|Security Council|UNGA|UNSC|[Rr]esolutions?|abstain\w*|vot(?:ed|ing) (?:against|in favou?r|for)|votes? (?:in favou?r|against)|Human Rights Council)\b|\b(?:ONU|Naciones Unidas|Nações Unidas|Nations unies|Nazioni Unite|Asamblea General|Assembleia Geral|Assemblée générale|Assemblea Generale|Consejo de Seguridad|Conselho de Segurança|Conseil de sécurité|Consiglio di Sicurezza)(?![\p{L}])/u;
// ... and "The two countries were Eritrea and Mali", "The five were ...".
const THEY_ARE = /^\s*(?:(?:they|these|those)\s+(?:are|were|include|included|being)\s*:|(?:they|these|those)(?:\s+(?:countries|nations|states|members|delegations))?\s+(?:include|included)\s+(?=(?:the\s+)?[A-Z])|others\s+(?:were|included|are|include)\s*:?\s+(?=(?:the\s+)?[A-Z])|among them (?:are|were)\b|the\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)(?:(?:other\s+)?(?:countries|states|nations|members)\s+)?(?:are|were)\b)/i;
const ADOPTED = /\b(?:approved|adopted|passed|carried)\b/i;
// A Council resolution named by number: an adopted one, whatever the sentences around it say.
const SC_SYMBOL = /\b(?:S\/RES\/|resolution )\d{1,4}\b/i;

/**
 * The claims of a whole article, sentence by sentence (readSentence), with
 * what only the article shows: "it" and "these states" for the states named
 * last; a list of states under a header line; "They are: ..." after a count;
 * a tally printed over two sentences; and a sentence next to one about a vote
 * the record lacks (a veto) as about that vote too.
 *
 * @example findClaims(reg, readArticle(text)).map((f) => f.kind) // → ['tally', 'countryVote', ...]
 */
export function findClaims(registry: Registry, article: Article): FoundClaim[] {
  const sentences = article.sentences;
  // Reading: every sentence's claims; "it" is the last state named.
  const found: FoundClaim[] = [];
  // Outside an article about UN votes only statements of alignment are read.
  const aboutVotes = UN_ARTICLE.test(`${article.title ?? ''} ${article.text}`);
  {
    let last: string[] | null = null;
    let lastCast: { vote: Vote; body: Body | null; gap: Gap | null } | null = null;
    for (const s of sentences) {
      const got: FoundClaim[] = readSentence(registry, s, last).filter((f) => aboutVotes || f.kind === 'alignment');
      // A header ends in a colon, or the lines after it are bullets.
      const bullets = s.index + 1 < sentences.length && /\n\s*[-•·*▪]\s*$/.test(article.text.slice(s.end, sentences[s.index + 1]!.start));
      const list = aboutVotes && (/:\s*$/.test(s.text) || bullets) && !got.some((f) => f.kind === 'countryVote') ? listUnderHeader(registry, s, sentences.slice(s.index + 1, s.index + 200)) : null;
      if (list) got.push(list);
      // "Five countries voted against. They are: Eritrea, North Korea, ...": the vote of the sentence before.
      const they = THEY_ARE.exec(s.text);
      if (aboutVotes && they && !got.some((f) => f.kind === 'countryVote') && lastCast) {
        const ms = countryMentions(registry, s.text).filter((m) => !m.demonym && !m.possessive);
        if (ms.length > 0) {
          got.push({
            kind: 'countryVote', sentence: s, span: { start: s.start, end: s.start + ms.at(-1)!.index + ms.at(-1)!.text.length },
            clause: { start: s.start, end: s.end, text: s.text }, body: lastCast.body, gap: lastCast.gap,
            votes: ms.map((m) => ({ code: m.code, vote: lastCast!.vote, negated: false })),
          });
        }
      }
      // Only the sentence just before: "at least five countries took sides with Russia. They are: ..." casts no vote;
      // "Two African countries voted against ..." does, though its count is a part, not a tally.
      lastCast = castIn(got) ?? castWords(s.text);
      found.push(...mergeTallies(found, got));
      const named = got.find((f) => f.votes)?.votes?.map((v) => v.code) ?? got.find((f) => f.alignment)?.alignment?.codes;
      if (named && named.length > 0) last = named;
      // "Russia and China lay the SMACKDOWN! Both voted no": states that open a sentence of no vote are its subject,
      // whom "both", "they" or "it" in the next sentence stand for.
      // (Read only where the next sentence opens with such a word: most sentences name no vote.)
      else if (got.length === 0 && STANDS_FOR.test(sentences[s.index + 1]?.text ?? '')) {
        const opening = listAt(s.text, countryMentions(registry, s.text), 0, s.text.length, /^\W*(?:the\s+)?$/i).map((m) => m.code);
        if (opening.length > 0) last = opening;
      }
    }
  }
  // A permanent member's vote against a Council text is a veto: the text was not adopted ("Russia and China on
  // Friday voted against a US-drafted Security Council resolution"; "three votes against, including
  // veto-wielding Russia, China and Algeria"), unless the sentence says it was.
  for (const f of found) {
    if (f.gap || f.body !== 'sc' || ADOPTED.test(f.sentence.text)) continue;
    if (f.votes?.some((v) => v.vote === 'N' && !v.negated && PERMANENT.has(v.code))) {
      f.gap = 'veto';
      for (const g of found) if (g.sentence === f.sentence && !g.gap && (g.body === 'sc' || g.body === null) && (g.tally?.no ?? 0) > 0) g.gap = 'veto';
    }
  }
  // A sentence after one about a vote the record lacks ("The draft was vetoed by the United States.
  // 13 members of the Council voted for"), of the same body and with no date of its own, is about it too.
  // (A veto in a relative clause, "The United States, which had previously vetoed three drafts, abstained
  // on Monday", is of other votes: not the sentence's.)
  const gaps = new Map(sentences.map((s) => [s.index, recordGap(s.text.replace(ASIDE, ', '))]));
  for (const f of found) {
    // A Council sentence just before a veto is about the vetoed draft ("12 of the 15 members voted in favour
    // ... Britain and Switzerland abstained, and the United States vetoed the resolution").
    const next = gaps.get(f.sentence.index + 1);
    const strongFigures = !!f.tally && Object.keys(f.tally).length >= 2;
    if (!f.gap && (next === 'veto' || next === 'failedDraft') && f.body === 'sc' && !strongFigures && !ADOPTED.test(f.sentence.text) && !SC_SYMBOL.test(f.sentence.text)) f.gap = next;
    // "The measure, however, was vetoed by Moscow. ... The measure had 11 votes in favour": a sentence
    // whose subject points back goes on about the vote of a veto sentence up to two sentences before.
    const anaphor = ANAPHOR.test(f.sentence.text) && !ADOPTED.test(f.sentence.text);
    const back = [1, 2].map((k) => gaps.get(f.sentence.index - k)).find((g) => g === 'veto' || g === 'failedDraft');
    if (!f.gap && anaphor && back && f.kind !== 'alignment' && !SC_SYMBOL.test(f.sentence.text) && (f.body === 'sc' || f.body === null)) {
      f.gap = back;
      f.body = 'sc';
      continue;
    }
    const before = gaps.get(f.sentence.index - 1);
    if (f.gap || !before || f.kind === 'alignment' || windowOf(f.clause.text, null)) continue;
    // Not a sentence about an adopted text ("The US resolution was approved with ten votes ...").
    const prevBody = bodyMention(sentences[f.sentence.index - 1]!.text) ?? (before === 'veto' ? 'sc' : null);
    const committee = before === 'committee' && prevBody !== 'sc' && f.body !== 'sc';
    if (!committee && (ADOPTED.test(f.sentence.text) || (f.tally && Object.keys(f.tally).length >= 2))) continue;
    // A Main Committee's vote goes on in the Assembly's figures of the next sentences ("The UN Fourth Committee
    // voted on Friday ... Some 170 countries voted in favor"): the committee's, not the plenary's.
    if (committee || (f.body === null ? prevBody === 'sc' && f.kind === 'countryVote' : f.body === prevBody)) {
      f.gap = before;
      f.body ??= prevBody;
      // The next sentence may go on about it ("12 of the 15 members voted in favour. Britain and Switzerland abstained.").
      if (!gaps.get(f.sentence.index)) gaps.set(f.sentence.index, before);
    }
  }
  // In an article about a Council veto or a failed draft, a Council tally or vote on "the draft" that was not
  // adopted is that draft's ("the Russian-led draft received five votes in favour ... the resolution's failure").
  const failed = found.find((f) => f.gap === 'veto')?.gap ?? sentences.map((s) => recordGap(s.text)).find((g) => g === 'veto' || g === 'failedDraft');
  if (failed) {
    for (const f of found) {
      if (f.gap || f.body !== 'sc' || !DRAFT.test(f.sentence.text) || ADOPTED.test(f.sentence.text) || SC_SYMBOL.test(f.sentence.text)) continue;
      f.gap = failed;
    }
  }

  // The count read from "Only Russia, China and Bolivia voted in favour" (soleVoters.ts) is of the vote its states cast.
  for (const f of found) {
    if (f.kind !== 'tally' || f.gap) continue;
    const same = found.find((g) => g.kind === 'countryVote' && g.span.start === f.span.start && g.span.end === f.span.end);
    if (same?.gap) {
      f.gap = same.gap;
      f.body = same.body;
    }
  }
  // "Last year, China voted against ..., while this year China abstained": a shift across clauses and sentences.
  found.push(...yearContrasts(found));
  found.sort((a, b) => a.span.start - b.span.start);
  // "Russia declined to support the Pact" in a report of a text adopted without a vote is a stance, not a vote.
  const recorded = !WITHOUT_VOTE.test(article.text) || RECORDED_VOTE.test(article.text.replace(WITHOUT_VOTE, ' '));
  WITHOUT_VOTE.lastIndex = 0;
  // ... and in the sentence that says so, whatever else the article reports ("Malaysia supported and joined the
  // consensus on the resolution", in a report about the veto).
  // (Once per sentence: a sentence of 256 KB may hold thousands of claims.)
  const consensus = new Map<number, boolean>();
  const saysConsensus = (f: FoundClaim) => consensus.get(f.sentence.index) ?? consensus.set(f.sentence.index, CONSENSUS.test(f.sentence.text)).get(f.sentence.index)!;
  return found.filter((f) => !f.general || (recorded && !saysConsensus(f)));
}

const ASIDE = /,\s+(?:which|who)\s+(?:had|has|have)\s+[^,]{3,160},/gi;
const PERMANENT = new Set(['CHN', 'FRA', 'GBR', 'RUS', 'SUN', 'USA']);
const ANAPHOR = /^\s*(?:(?:the|this|that|its) (?:measure|draft|text|proposal|draft resolution|resolution)\b|it\b)/i;
const DRAFT = /\b(?:the|a|this|that|its) (?:\w+ )?draft\b/i;
// Words of a recorded vote; "adopted without a vote" and "by consensus" are none.
const RECORDED_VOTE = /\b(?:vot(?:e|ed|es|ing)|abstain\w*|abstentions?|in favou?r|tally|ballots?|veto\w*)\b|\d{1,3}\s*[-–]\s*\d{1,3}/i;
// ... "without a formal vote", "No committee member called for a vote", "refrained from requesting a vote".
const WITHOUT_VOTE = /\b(?:adopted |approved |passed )?(?:(?:unanimously )?without (?:a |any )?(?:formal |recorded )?(?:vote|voting)|by consensus|no vote was taken|with no vote|no (?:\w+ )?(?:member|delegation|country|state)s? (?:called|asked) for a vote|(?:refrained from|did not|didn['’]t) (?:requesting|request|calling for|call for) a vote)\b/gi;
// A sentence's opening word that stands for the states named before it.
const STANDS_FOR = /^\W*(?:both|they|it|the two|these|those)\b/i;
const CONSENSUS = /\bwithout (?:a |any )?(?:formal |recorded )?(?:vote|voting)\b|\b(?:refrained from|did not|didn['’]t) (?:requesting|request|calling for|call for) a vote\b|\b(?:by|joined|join(?:s|ing)?) (?:the )?consensus\b|\bno vote was taken\b/i;

/** The vote a sentence's last claim speaks of: its last figure's category, or its states' vote. */
function castIn(claims: FoundClaim[]): { vote: Vote; body: Body | null; gap: Gap | null } | null {
  const c = claims.filter((f) => f.kind === 'tally' || f.kind === 'countryVote').at(-1);
  if (!c) return null;
  const vote = c.tally ? CATEGORY_VOTE[(Object.keys(c.tally) as (keyof typeof CATEGORY_VOTE)[]).at(-1)!] : c.votes?.at(-1)?.vote;
  return vote ? { vote, body: c.body, gap: c.gap } : null;
}

/** The one vote a sentence's words cast, where they cast one ("voted against", "abstained"). */
function castWords(text: string): { vote: Vote; body: Body | null; gap: Gap | null } | null {
  const votes = new Set<Vote>();
  if (/\bvot(?:ed|ing) against\b|\bopposed\b/i.test(text)) votes.add('N');
  if (/\bvot(?:ed|ing) (?:in favou?r|for)\b|\bsupported\b|\bbacked\b/i.test(text)) votes.add('Y');
  if (/\babstain(?:ed|ing)\b/i.test(text)) votes.add('A');
  if (votes.size !== 1 || HYPOTHETICAL_WORDS.test(text)) return null;
  return { vote: [...votes][0]!, body: bodyMention(text), gap: recordGap(text) };
}
const HYPOTHETICAL_WORDS = /\b(?:would|could|should|might|may|will|urged|expected to|plans? to)\b/i;

function mergeTallies(before: FoundClaim[], got: FoundClaim[]): FoundClaim[] {
  const prev = before.at(-1);
  const tallies = got.filter((f) => f.kind === 'tally');
  const t = tallies[0];
  if (!prev || prev.kind !== 'tally' || !t || tallies.length !== 1 || t.sentence.index !== prev.sentence.index + 1) return got;
  const kinds = (x: FoundClaim) => Object.keys(x.tally!);
  if (kinds(t).some((k) => kinds(prev).includes(k)) || t.gap !== prev.gap || windowOf(t.clause.text, null) || /\b(?:last|previous) year\b/i.test(t.clause.text)) return got;
  // "... the highest number ever. Last year, the United States and Israel had voted against the resolution and
  // three countries had abstained": a sentence about an earlier vote does not go on with this one's figures.
  if (/^\W*(?:last|the previous) year\b|^\W*(?:in|back in) (?:19|20)\d\d\b|\bhad (?:\w+ )?(?:voted|abstained|backed|supported|opposed)\b/i.test(t.sentence.text)) return got;
  // Two figures or more are a claim of their own ("141 countries voted in favor. 34 countries abstained whilst 5
  // voted against"): judged apart, each is right or wrong on its own.
  if (kinds(t).length >= 2 && kinds(prev).length === 1) return got;
  // Only figures that start their sentence, or follow a state named as their subject, continue a tally.
  const lead = t.sentence.text.slice(0, t.span.start - t.sentence.start);
  if (!/^\W*$/.test(lead) && !got.some((f) => f.kind === 'countryVote' && f.span.start < t.span.start)) return got;
  // "China was among the 53 countries that ...": a group a state belongs to, a claim of its own.
  if (/\b(?:among|amongst|one of)\s+(?:the\s+)?$/i.test(lead)) return got;
  // The vote is sought by the figures together; each sentence's figures are still claims of their own.
  prev.parts = [...(prev.parts ?? [{ span: prev.span, tally: prev.tally! }]), { span: t.span, tally: t.tally! }];
  prev.tally = { ...prev.tally, ...t.tally };
  prev.span = { start: prev.span.start, end: t.span.end };
  prev.clause = { ...prev.clause, end: t.clause.end, text: `${prev.clause.text} ${t.clause.text}` };
  return got.filter((f) => f !== t);
}

// A line that announces a list of states on the lines after it ("Countries that voted against the resolution:").
const LIST_HEADER: [RegExp, Vote][] = [
  [/\b(?:voted|voting|votes?)\s+(?:against|["“]?no["”]?)\b[^.]*:?\s*$|^\s*(?:against|no)\s*(?:\(\d+\))?\s*:?\s*$/i, 'N'],
  [/\b(?:voted|voting|votes?)\s+(?:in favou?r|for|["“]?yes["”]?)\b[^.]*:?\s*$|^\s*(?:in favou?r|yes)\s*(?:\(\d+\))?\s*:?\s*$/i, 'Y'],
  [/\babstain\w*\b[^.]*:?\s*$|^\s*abstentions?\s*(?:\(\d+\))?\s*:?\s*$/i, 'A'],
  [/\b(?:did not vote|absent|non-voting)\b[^.]*:?\s*$/i, 'X'],
];

/**
 * The states listed one per line (or a few per line) under a header that
 * ends in a colon, as Wikipedia and press releases print them: one claim
 * from the header to the last state, or null when the lines after the
 * header are not a list of states.
 */
export function listUnderHeader(registry: Registry, header: Sentence, lines: Sentence[]): FoundClaim | null {
  const vote = LIST_HEADER.find(([re]) => re.test(header.text))?.[1];
  if (!vote) return null;
  const codes: string[] = [];
  let end = header.end;
  for (const line of lines) {
    const ms = countryMentions(registry, line.text).filter((m) => !m.demonym);
    const named = ms.reduce((n, m) => n + m.text.length, 0);
    // A line of the list is mostly names of states.
    if (ms.length === 0 || named < 0.6 * line.text.replace(/[\s,;.•·*-]/g, '').length) break;
    for (const m of ms) if (!codes.includes(m.code)) codes.push(m.code);
    end = line.end;
  }
  if (codes.length === 0) return null;
  return {
    kind: 'countryVote',
    sentence: header,
    span: { start: header.start, end },
    clause: { start: header.start, end: header.end, text: header.text },
    body: bodyMention(header.text),
    gap: recordGap(header.text),
    votes: codes.map((code) => ({ code, vote, negated: false })),
  };
}
