import type { Span } from './document.js';
import { COUNT, countValue } from './numbers.js';
import { VOTED_FOR } from './voteCues.js';

/** Which count of a vote a figure is. */
export type Category = 'yes' | 'no' | 'abstain' | 'nonVoting';

/** The figures a text gives for one vote; only those it gives. */
export type ClaimedTally = Partial<Record<Category, number>>;

/** The vote each figure's side is, and back. */
export const CATEGORY_VOTE = { yes: 'Y', no: 'N', abstain: 'A', nonVoting: 'X' } as const;
export const VOTE_CATEGORY = { Y: 'yes', N: 'no', A: 'abstain', X: 'nonVoting' } as const;

/** One figure of a tally as printed ("35 abstentions", "AGAINST: 0"), where. */
export interface Figure extends Span {
  category: Category;
  value: number;
  /** "72 other countries": the states the sentence names come on top. */
  others: boolean;
  /** Where a parenthesised list after the figure names its states ("7 against (Canada, ...)"). */
  list?: Span;
}

/** The figures of one vote, as one claim. */
export interface TallyGroup extends Span {
  tally: ClaimedTally;
  figures: Figure[];
  /** Date words that belong to these figures only ("up from 185 last year"). */
  dateText?: string;
}

// Not inside a word: "none" holds no "one".
const N = `(?<![A-Za-z])(${COUNT})`;
// Dashed tallies are printed in digits: "thirty-two" is one number, not 30-2.
const D = '((?<![\\d.,])\\d{1,3})';
// "141-5", "141 to 5", "104-to-18".
const TO = '(?:[-–—](?:to[-–—])?|to)';
// Nouns of a count of states, with the misspellings real copy has ("35 other coutries").
const NOUN = `(?:out\\s+of\\s+(?:the\\s+)?(?:\\d{3}|all)\\s+)?(?:(?:other|more|UN|U\\.N\\.|UNSC|UNGA|United Nations|General Assembly|Assembly|member|council|Council|Security|of the \\d{3}|of its \\d{3})\\s+)*(?:countries|states|nations|members|member states|member-states|member|delegations|governments|votes?|ballots|others|coutries|countires|contries|counties|votos|voti|voix|países|paises|paesi|pays|Estados|Stati|États|Etats|naciones|nações|nazioni|miembros|membros|membri|membres|Paesi)(?:\\s+(?:of|in|on|from)\\s+(?:the\\s+)?(?:\\d{2,3}-(?:nation|member|strong)\\s+)?(?:UN\\s+|U\\.N\\.\\s+|United Nations\\s+)?(?:Security\\s+)?(?:Council|Assembly|General Assembly|body|chamber)(?:['’]s)?)?`;
// ... and the nouns of a count ("12 supports, 2 opposes", "ayes", "nays").
// ... and their words in Spanish, Portuguese, Italian and French reports ("128 votos a favor, 9 en contra").
const YES = 'in favou?r|for|yes|in support|in the affirmative|supports|ayes|yeas|a favor|a favore|pour|en faveur|afirmativos|favoráveis';
const NO = 'against|no|opposed|in opposition|in the negative|opposes|nays|noes|en contra|contra|contrari|contre|opposés|opposées';
// With the misspellings real copy has ("absatained", "abstaned").
const ABSTAIN = 'abstain(?:ed|ing|ers)?|abstentions?|refrained from voting|remained neutral|stayed neutral|absatained|abstaned|abstianed|abstenc(?:ión|iones)|absten(?:ção|ções)|astension[ei]|abstuvieron|abstiveram(?:-se)?|se abstiveram|abstenus|abstenues';
const NONVOTING = 'absences|absentees|did not vote(?! for| in favou?r| against| yes| no)|didn[’\']t vote(?! for| in favou?r| against| yes| no)|did not cast (?:a |their )?votes?|skipped the (?:vote|voting|meeting|session)|failed to (?:turn up|show up)|did not (?:turn|show) up|were not present|did not take part|did not participate|not voting|non-voting|were absent|absent|left the (?:hall|room|chamber|assembly|Assembly)|stayed away|ausentes|assenti';

const CATEGORY_WORDS: [RegExp, Category][] = [
  [new RegExp(`^(?:${YES}|voted (?:in favou?r|for|yes)|backed|supported|approved|endorsed|adopted|condemned|supporting|backing|voted to \\w+|voting to \\w+)$`), 'yes'],
  [new RegExp(`^(?:${NO}|voted (?:against|no)|rejected|opposing)$`), 'no'],
  [new RegExp(`^(?:${ABSTAIN}|cho(?:se|osing) to abstain)$`), 'abstain'],
  [new RegExp(`^(?:${NONVOTING})$`), 'nonVoting'],
];
function category(word: string): Category | undefined {
  const w = word.toLowerCase();
  return CATEGORY_WORDS.find(([re]) => re.test(w))?.[1];
}

// Noun phrases that make a count a part of a tally, not the tally ("seven nations in the region").
const PART_BEFORE = /\b(?:African|Arab|Asian|European|EU|Latin American|Caribbean|Pacific|Gulf|Western|Nordic|Muslim|Islamic|Commonwealth|ASEAN|NATO|BRICS|G20|G7|regional|neighbou?ring|developing|small island)\s*$/i;
const PART_AFTER = /^\s*(?:(?:African|Arab|Asian|European|EU|Latin American|Caribbean|Pacific|Gulf|Western|Nordic|Muslim|Islamic|Commonwealth|ASEAN|NATO|BRICS|regional|neighbou?ring|developing|small island)\s+(?:island\s+)?(?:countries|states|nations|members|governments)\b|more\b|(?:countries|states|nations|members)?\s*(?:in|from|of) (?:the )?(?:region|Africa|Asia|Europe|Latin America|Caribbean|EU|European Union|Gulf|Arab League|ASEAN|NATO|Commonwealth|them|those|which|whom|these)\b)/i;
const PART_COUNT = new RegExp(`${N}\\s+(?:other\\s+)?(?:African|Arab|Asian|European|EU|Latin American|Caribbean|Pacific|Gulf|Western|Nordic|Muslim|Islamic|Commonwealth|ASEAN|NATO|BRICS)\\s+(?:island\\s+)?(?:countries|states|nations|members|governments)\\s+(?:\\w+\\s+){0,2}?(?:abstained|voted|opposed|supported|backed|rejected|did not vote)\\b`, 'i');
const ELLIPTIC = /^\S+\s+(?:(?:also|had|have)\s+)?(?:voted|abstained|opposed|supported|backed|rejected)\b/i;
const COUNT_NOUN = /\b(?:countries|states|nations|members|delegations|governments|votes?|others|abstentions?)\b/i;
const PART_LEAD = /\b(?:including|among them|of which|of whom|of these|of those)\s+(?:the\s+)?$/i;

const SUPPORT_OBJECT = /^\s+(?:[A-Z][\w.]+(?:'s|’s)\s+(?:\w+\s+)?(?:attack|invasion|war|aggression|occupation|annexation|offensive|bombing|strikes|actions|blockade|embargo)|the (?:invasion|annexation|war|aggression|occupation|embargo|blockade|attack))/;

const BY_VOTING_NO = /^\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s+by\s+(?:voting|casting)\s+["“‘']?(?:no|against)\b/;

/**
 * "voted against Russia's claim", "against the invasion", "against Russian aggression": against what the text condemns.
 * A day's or month's resolution ("voting against Thursday's resolution") is the text itself.
 */
export const AGAINST_OBJECT = /^\s+(?!it\b|this\b|that\b|them\b|the (?:resolution|measure|text|draft|motion|proposal|amendments?|document|bill)\b)(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday|Last|This|Next)\b)[A-Z][\w.]+(?:'s|’s)|the (?:annexation|invasion|war|claim|referendums?|aggression|occupation|embargo|blockade|attack)|(?:the )?(?:Russian|Israeli|Soviet|American|U\.S\.|Chinese|Iranian|Syrian|Iraqi|Moroccan|Indonesian|Ethiopian) (?:invasion|aggression|occupation|annexation|war|attack|actions|settlements|embargo|blockade)|Russia|Israel|Putin|Moscow(?!['’]s)|the Kremlin)/;

/** Rules as data: a pattern and the categories of its numbered groups. */
interface Rule {
  re: RegExp;
  /** Categories of the count groups, in order; `verb` takes the category from a matched word group. */
  read: (m: RegExpExecArray) => { category: Category; group: number }[];
  /** Bare dashed numbers ("141-5") are a tally only beside words of a vote, and not a span of days. */
  bare?: boolean;
  /** Words the sentence must hold besides, for the figure to be a count of votes; asked first (a pattern that
   * opens with a count tries every place of a sentence: 256 KB of figures take twice as long). */
  when?: RegExp;
}

// ... and a headline's verb with the Assembly or Council ("General Assembly Condemns Panama Invasion 75-20").
const VOTE_WORDS = /\b(?:vot\w*|passed|adopted|approved|margin|tally|resolution|motion|measure|abstain\w*|in favou?r|against|ballot)\b|\b(?:Assembly|Council)\s+(?:condemns|condemned|deplores|deplored|demands|demanded|rejects|rejected|backs|backed|approves|adopts|urges|calls)\b/i;
/** A factbox row's number and day before its figures ("661 Aug. 6 13-0 ..."): the number is the resolution's (symbolNamed.ts). */
export const FACTBOX_LEAD = String.raw`^\s*(\d{2,4})\s+(?:jan|feb|mar|apr|may|june?|july?|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\s+`;
const TABLE_ROW = new RegExp(`${FACTBOX_LEAD}$`, 'i');
const MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/i;

const g = (category: Category, group: number) => ({ category, group });
// A sentence about an election to a seat: a bare count after a candidate's name is its votes.
const ELECTION_WORDS = /\b(?:(?:re-?)?elected|elections?|polled|vacanc(?:y|ies)|seats?|ballots?)\b/i;

const RULES: Rule[] = [
  // 141-7-32, 141–7–32, "141 to 7 to 32"
  { re: new RegExp(`(?<![\\d][-–/])${D}\\s*${TO}\\s*${D}\\s*${TO}\\s*${D}(?![-–—/]?\\d)`, 'gi'), read: () => [g('yes', 1), g('no', 2), g('abstain', 3)], bare: true },
  // "141-5", "141 to 5", "by 141 votes to 5", "141 votes in favour to 5"
  // ... and "187 (supporting Cuba's resolution) to 2 (voting against it: ...)".
  { re: new RegExp(`(?<![\\d][-–/])${D}\\s*(?:\\((?!(?:19|20)\\d\\d\\))[^()]{1,120}\\)\\s*)?(?:votes?\\s+)?(?:in favou?r\\s+)?${TO}\\s*${D}(?![-–—/]?\\d)(?!\\s*(?:${ABSTAIN}|against|in favou?r(?!\\s+of\\b)))`, 'gi'), read: () => [g('yes', 1), g('no', 2)], bare: true },
  // "carried by 104 votes against 18": 104 in favour, 18 against.
  { re: new RegExp(`\\b${N}\\s+votes\\s+against\\s+${N}\\b(?!\\s*(?:${NOUN}\\s+)?(?:voted|abstain))`, 'gi'), read: () => [g('yes', 1), g('no', 2)] },
  // "by 128 to nine with 35 abstentions", "by eleven votes to two": counts in words too, after "by".
  { re: new RegExp(`\\bby\\s+(?:a\\s+vote\\s+of\\s+)?${N}\\s+(?:votes\\s+)?(?:in favou?r\\s+)?to\\s+${N}(?!\\s*(?:percent|per cent|%|million|billion|(?:votes?\\s+)?(?:against|in favou?r|${ABSTAIN})))\\b`, 'gi'), read: () => [g('yes', 1), g('no', 2)], when: VOTE_WORDS },
  // "with I abstention": a 1 read as a letter in scanned UN records ("by 8 votes to 2 (...), with I abstention").
  { re: /\bwith I abstention\b/g, read: () => [{ category: 'abstain', group: -2 }] },
  // "by 14 votes to none"
  { re: new RegExp(`\\b${N}\\s*(?:votes?\\s+)?(?:in favou?r\\s+)?to\\s+(?:none|nil|zero)\\b`, 'gi'), read: () => [g('yes', 1), { category: 'no', group: -1 }] },
  // "Eleven of the Council's 15 members voted for", "123 of the UN's 193 member states voted in favour",
  // "Thirteen of the council's 15 members voted to extend", "Nine of the 15-member council countries, including
  // the United States, voted in favor": the eleven, the 123, the thirteen, the nine.
  { re: new RegExp(`\\b${N}\\s+(?:out\\s+)?of\\s+(?:the\\s+)?(?:(?:UN|U\\.N\\.|United Nations|(?:Security\\s+)?Council|SC|UNSC|UNGA|General Assembly|Assembly|world body)['’]s\\s+|its\\s+)?(15|fifteen|1[5-9]\\d)(?:-member|\\s+(?:UN\\s+|U\\.N\\.\\s+|Council\\s+|council\\s+)?(?:members?|member states|member-states|countries|states|nations))?(?:\\s+of\\s+the\\s+(?:UN\\s+|U\\.N\\.\\s+|United Nations\\s+)?(?:Security\\s+)?(?:Council|General Assembly|Assembly))?(?:\\s+[\\w’']+){0,4}?(?:\\s*,\\s*(?:including|among them|led by|who were present|present)\\b[^,]{0,60},)?\\s+(?:voted\\s+|voting\\s+|vote\\s+|were\\s+)?(voted to \\w+|voting to \\w+|for|in favou?r|against|abstained|supported|backed|opposed)\\b`, 'gi'), read: (m) => [g(category(m[3]!) ?? (/^oppos/i.test(m[3]!) ? 'no' : 'yes'), 1)] },
  // A record's list of counts: "The result of the vote was: in favor, 59; against, three; abstentions, 71; absences, 46".
  { re: new RegExp(`(?:^|(?<=[:;(]\\s*|\\.\\s+|\\bwas\\s+))(${YES}|${NO}|${ABSTAIN}|absences|absent|not voting)\\s*,\\s*${N}(?=\\s*(?:[;).]|$))`, 'gi'), read: (m) => [g(category(m[1]!) ?? (/absen|not voting/i.test(m[1]!) ? 'nonVoting' : 'yes'), 2)] },
  // "IN FAVOR: 14", "Against - 0", "Abstentions: 1", "yes=94"
  { re: new RegExp(`\\b(${YES}|${NO}|${ABSTAIN}|${NONVOTING}|non-votes)\\s*(?:[:=]|[-–—]\\s)\\s*${N}`, 'gi'), read: (m) => [g(category(m[1]!) ?? (/non/i.test(m[1]!) ? 'nonVoting' : 'yes'), 2)] },
  // "35 abstentions", "35 abstaining", "14 votes in favour", "13 - against", "94 countries voted in favor", "43 (including India) abstained"
  {
    re: new RegExp(
      `${N}["”’]?(?!\\s+of\\s+(?!the\\s+\\d{3}\\b|its\\s+\\d{3}\\b))\\s*(?:[-–—]\\s*)?(?:${NOUN}\\s*)?(?:[–—]\\s*(?:[^–—]{1,200}?[–—]\\s*)?|\\([^)]{0,200}\\)\\s*|,\\s*(?:including|dont|parmi lesquels|parmi lesquelles|entre ellos|incluidos?) [^;]{1,160}?,\\s*|\\s+including\\s+(?:[A-Z][\\w.’'-]*(?:\\s+[A-Z][\\w.’'-]*){0,3}(?:,\\s*|\\s+and\\s+)){0,12}[A-Z][\\w.’'-]*(?:\\s+[A-Z][\\w.’'-]*){0,3}\\s+|,?\\s*among them [^;]{1,160}?,\\s*|,\\s*(?:mostly|mainly|primarily|largely|chiefly|many|most|all)\\s+(?:of them\\s+)?(?:from|in)\\s+[^,;.()]{1,60}?,?\\s+(?=(?:\\w+\\s+){0,2}(?:voted|abstained|opposed|supported|backed|rejected)\\b)|(?:joined|joining)\\s+[A-Z][^;.,]{0,60}?\\s+(?:in|to)\\s+|,\\s*(?:[A-Z][\\w.’'-]*(?:\\s+[A-Z][\\w.’'-]*){0,3},\\s*){2,12}(?:and\\s+)?[A-Z][\\w.’'-]*(?:\\s+[A-Z][\\w.’'-]*){0,3},\\s*){0,2}(?:(?:\\w+\\s+){0,3}?(?:that|which|who|qui)\\s+(?:(?:joined|joining)\\s+(?:the\\s+)?[A-Z][^;.,]{0,60}?\\s+(?:in|to)\\s+)?)?(?:(?:had|have|did|also|all|simply|either|then|instead|on \\w+day|yesterday|today|last \\w+)\\s+)*(?:(?:ont|avaient|han|habían|hubo)\\s+vot(?:é|ado)s?\\s+|(?:se\\s+sont|s['’]étaient|s['’]y\\s+sont|se)\\s+(?=abst|oppos)|(?:voting\\s+)?to\\s+(?=abstain\\b|oppose\\b)|cast\\s+(?:their\\s+)?votes?\\s+|were\\s+|voted\\s+(?:(?:on\\s+\\w+day|yesterday|today)\\s+)?|voting\\s+|(?:to\\s+)?vote\\s+|in\\s+voting\\s+(?=["“‘']?(?:no|yes|against|in favou?r)\\b)|in\\s+(?=supporting|backing|opposing|voting))?["“‘']?(${YES}|${NO}|${ABSTAIN}|${NONVOTING}|voted (?:in favou?r|for|yes|against|no)|voted to (?:${VOTED_FOR})|supporting|backing|opposing|backed|supported|approved|endorsed|condemned|rejected|cho(?:se|osing) to abstain|(?<=\\b(?:countries|states|nations|members)\\s+(?:eventually\\s+|then\\s+|finally\\s+)?)adopted(?=\\s+(?:the|a|this|that)\\s+(?:[\\w-]+\\s+){0,2}(?:resolution|motion|text|draft|measure)\\b))\\b`,
      'gi',
    ),
    read: (m) => {
      const c = category(m[2]!);
      // "143 countries voted against Russia's claim": against what the resolution condemns, for the resolution.
      if (c === 'no' && AGAINST_OBJECT.test(m.input.slice(m.index + m[0].length))) return [g('yes', 1)];
      // "14 countries supported Israel's violent attack on Gaza": for what the text condemns, against it.
      if (c === 'yes' && /^(?:supported|backed|supporting|backing)$/i.test(m[2]!) && SUPPORT_OBJECT.test(m.input.slice(m.index + m[0].length))) return [g('no', 1)];
      // "Thirty-five nations supported Iran by voting “no”": the vote they cast.
      if (c === 'yes' && /^(?:supported|backed|sided with)$/i.test(m[2]!) && BY_VOTING_NO.test(m.input.slice(m.index + m[0].length))) return [g('no', 1)];
      return c ? [g(c, 1)] : [];
    },
  },
  // "with 35 abstentions", "and 35 abstaining" are above; "backed by 141 countries", "supported by 124 member states"
  // ... "adopted the resolution on Myanmar by 119 votes" (not "approved the text sponsored by 50 countries").
  { re: new RegExp(`\\b(?:backed|supported|approved|endorsed|adopted|passed|carried|approuvée?s?|adoptée?s?|aprobada|adoptada|aprovada)(?:\\s+(?:the|a|its|this|that)\\s+(?:(?!\\b(?:sponsored|co-sponsored|drafted|proposed|tabled|submitted|introduced|presented|put|led|backed|supported)\\b)[^,.;:]){1,60}?)?\\s+(?:by|par|por)\\s+(?:a\\s+(?:vote|margin)\\s+of\\s+|(?:all\\s+)?(?:of\\s+)?the\\s+(?:other\\s+)?)?${N}\\s+(?:${NOUN}|(?:out\\s+)?of\\s+(?:the\\s+)?(?:[\\w.]+['’]s\\s+)?(?:15|fifteen|1\\d\\d)(?:-member)?\\s+(?:\\w+\\s+)?(?:members?|member states|states|countries|nations))(?!\\s*(?:to|[-–—])\\s*\\d)`, 'gi'), read: () => [g('yes', 1)] },
  // "The “yes” vote was up from 185", "the no vote dropped to 3"
  { re: new RegExp(`["“]?\\b(yes|no|in favou?r|against|abstentions?)\\b["”]?\\s+(?:votes?|tally|count)\\s+(?:was\\s+|were\\s+|has\\s+)?(?:up|down|rose|fell|dropped|increased|decreased|grew|climbed)\\s+(?:from|to)\\s+${N}`, 'gi'), read: (m) => [g(category(m[1]!) ?? (/abst/i.test(m[1]!) ? 'abstain' : 'yes'), 2)] },
  // "The number of “no” votes is 9", "the number of abstentions was 35"
  { re: new RegExp(`\\bnumber of\\s+(?:["“‘']?\\b(yes|no|in favou?r|against)\\b["”’']?\\s+votes|(abstentions))\\s+(?:is|was|stood at|reached|came to)\\s+${N}`, 'gi'), read: (m) => [g(m[2] ? 'abstain' : (category(m[1]!) ?? 'yes'), 3)] },
  // "the number of countries abstaining from voting was 35"
  { re: new RegExp(`\\bnumber of\\s+(?:countries|states|nations|members|member states)\\s+(abstaining|voting against|voting (?:in favou?r|for)|opposing|supporting)(?:\\s+from\\s+(?:the\\s+)?vot(?:e|ing))?\\s+(?:is|was|stood at|reached|came to)\\s+${N}`, 'gi'), read: (m) => [g(/abst/i.test(m[1]!) ? 'abstain' : /against|oppos/i.test(m[1]!) ? 'no' : 'yes', 2)] },
  // "secured support from 139 countries", "won the backing of 143 states"
  { re: new RegExp(`\\b(?:with|secured|won|gained|garnered|received|drew|got|had|enjoyed|obtaining|obtained)\\s+(?:the\\s+)?(?:(?:overwhelming|broad|strong|wide)\\s+)?(?:support|backing|approval|thumbs[- ]up)\\s+(?:of|from)\\s+${N}\\s+(?:(?:out\\s+)?of\\s+(?:the\\s+)?(?:15|fifteen|193)(?:-member)?\\s+)?(?:${NOUN})`, 'gi'), read: () => [g('yes', 1)] },
  // "none against", "no country voted against"
  { re: /\b(none|no one|nobody|no countr(?:y|ies)|no states?|no members?|no votes?)\s+(?:voted\s+|were\s+|cast\s+)?(against|opposed|in opposition)\b/gi, read: () => [{ category: 'no', group: -1 }] },
  // "It was opposed by the same four nations as last year", "rejected by only five countries"
  { re: new RegExp(`\\b(?:opposed|rejected)\\s+by\\s+(?:the\\s+same\\s+|only\\s+|just\\s+)?${N}\\s+(?:${NOUN})`, 'gi'), read: () => [g('no', 1)] },
  // "The 12 members who were left cast yes votes", "nine countries cast negative votes"
  { re: new RegExp(`${N}\\s+(?:${NOUN})(?:\\s+(?:who|that)\\s+[^,.;]{1,30}?)?\\s+cast\\s+(?:["“‘']?(yes|no)["”’']?|affirmative|positive|favou?rable|(negative|dissenting))\\s+votes\\b`, 'gi'), read: (m) => [g(/^no$/i.test(m[2] ?? '') || m[3] ? 'no' : 'yes', 1)] },
  // "140 positive votes", "eight negative votes"
  // ... "muster 10 other "no" votes" (the others of the state named before).
  { re: new RegExp(`${N}\\s+(?:other\\s+)?(?:(positive|affirmative|favou?rable|negative)|["“‘']?(yes|no|aye|nay)["”’']?)\\s+votes\\b`, 'gi'), read: (m) => [g(/neg/i.test(m[2] ?? '') || /^(?:no|nay)$/i.test(m[3] ?? '') ? 'no' : 'yes', 1)] },
  // "received 141 votes", "garnered 14 votes in favour"
  { re: new RegExp(`\\b(?:received|garnered|won|got|secured|gained|obtained|drew|attracted)\\s+(?:the\\s+support\\s+of\\s+)?${N}\\s+(?:votes?|${NOUN})(?!\\s*(?:to|[-–—])\\s*\\d)`, 'gi'), read: () => [g('yes', 1)] },
  // "while Palestine required nine votes to attain statehood, it got only eight": the votes it got, short of those needed.
  { re: new RegExp(`\\b(?:needed|required|needs|requires)\\s+(?:nine|seven|9|7)\\s+(?:affirmative\\s+)?votes\\b[^.;]{0,60}?\\b(?:got|received|won|secured|garnered|mustered|obtained)\\s+(?:only|just)\\s+${N}\\b(?!\\s*(?:%|per\\s*cent))`, 'gi'), read: () => [g('yes', 1)] },
  // "tied the 2019 vote of 187": an earlier year's count, dated below.
  { re: new RegExp(`(?<=\\bthe\\s+(?:19|20)\\d\\d\\s+(?:vote|tally|total)\\s+of\\s+)${N}\\b(?!\\s*(?:%|per\\s*cent|-|–|to\\b))`, 'gi'), read: () => [g('yes', 1)] },
  // "Death Penalty Moratorium Passes by 104 Votes"
  { re: new RegExp(`\\b(?:pass(?:es|ed)?|adopted|approved|carried)\\s+by\\s+${N}\\s+votes\\b(?!\\s*(?:in favou?r\\s+)?(?:to|[-–—])\\s*\\d)`, 'gi'), read: () => [g('yes', 1)] },
  // "passage with a majority vote of 124"
  { re: new RegExp(`\\bmajority(?:\\s+vote)?\\s+of\\s+${N}\\b(?!\\s*(?:to|[-–—])\\s*\\d)(?!\\s*(?:per ?cent|%))`, 'gi'), read: () => [g('yes', 1)] },
  // "elected with 184 votes", "adopted with 93 votes"
  { re: new RegExp(`\\bwith\\s+${N}\\s+votes\\b(?!\\s*(?:in favou?r|against|to\\b|[-–—]))`, 'gi'), read: () => [g('yes', 1)] },
  // "The vote passed with 120 nations"
  { re: new RegExp(`\\b(?:passed|adopted|approved|carried)\\s+with\\s+${N}\\s+(?:nations|countries|states|member states)\\b(?!\\s*(?:in favou?r|against|to\\b|[-–—]|abstain\\w*|voting))`, 'gi'), read: () => [g('yes', 1)] },
  // An election's counts, one per candidate: "Russia polled only 83 votes", "144 votes went to Hungary, 114 to
  // Croatia", "Cuba was elected with 146 votes, Brazil with 144", "Kuwait that polled 183 votes, and Japan that got 175".
  { re: new RegExp(`\\bpolled\\s+(?:only\\s+|just\\s+|a mere\\s+)?${N}(?:\\s+votes)?\\b`, 'gi'), read: () => [g('yes', 1)], when: /\bpolled\b/i },
  { re: new RegExp(`\\b${N}\\s+votes\\s+went\\s+to\\b`, 'gi'), read: () => [g('yes', 1)], when: /\bvotes went to\b/i },
  { re: new RegExp(`(?<=,\\s*|\\band\\s+)${N}\\s+to\\s+(?=(?:the\\s+)?[A-Z])`, 'g'), read: () => [g('yes', 1)], when: /\bvotes went to\b/i },
  { re: new RegExp(`(?<=[A-Z][\\w.’'-]*\\s+(?:(?:that|which)\\s+)?)(?:with|got|received)\\s+${N}\\b(?!\\s*(?:%|per\\s*cent|-|–|to\\b|votes?\\b))`, 'g'), read: () => [g('yes', 1)], when: ELECTION_WORDS },
  // "abstentions by 35 countries"
  { re: new RegExp(`\\b(abstentions|votes against|votes in favou?r)\\s+(?:by|from)\\s+${N}\\b`, 'gi'), read: (m) => [g(/abst/i.test(m[1]!) ? 'abstain' : /against/i.test(m[1]!) ? 'no' : 'yes', 2)] },
];

// "the nine \"yes\" votes needed for adoption": the rule, told after the figure.
const NEEDED_AFTER = /^["”']?\s*(?:(?:affirmative\s+)?votes?\s+)?(?:(?:is|are|was|were|being)\s+)?(?:needed|required|necessary)\b/i;
const NEEDED = /\b(?:needs?|needed|requires?|required|requiring|must (?:have|get|win|receive|secure)|(?<!\b(?:able|managed|only|just)\s)to (?:get|win|secure|muster)|short of)\s+(?:at least\s+|a minimum(?: of)?\s+|the(?: minimum(?: of)?)?\s+|only\s+)?$/i;

// Between two figures, words that start another vote's figures.
const ANOTHER_VOTE = /\b(?:amendments?|the final (?:vote|text)|the (?:earlier|previous|first|second) (?:vote|resolution|text)|up from|down from|compared (?:with|to)|than the|a year (?:ago|earlier)|last year|in (?:19|20)\d\d)\b/i;
// ... and "has risen from 104 in 2007 to 121 in 2018", "down from 86 in 2013, and from 89 in 2011".
const YEAR_AFTER = '(?=\\s+(?:(?:the previous|last|this) year|a year (?:ago|earlier)|in (?:19|20)\\d\\d))';
// ... and a series: "101 in 1994, 88 in 1993 and 59 in 1992", "was 89 in 2011".
const INHERIT = new RegExp(
  `\\b(?:up|down|rising|falling|risen|grown|fallen|dropped|slipped|increased|decreased|rose|fell|compar(?:es|ed|ing) (?:with|to)|against)\\s+(?:from\\s+|to\\s+)?${N}${YEAR_AFTER}|\\b(?:and\\s+)?(?:from|to)\\s+${N}${YEAR_AFTER}|\\band\\s+${N}${YEAR_AFTER}|(?<=\\d\\d\\d\\d,\\s+|\\bwas\\s+)${N}${YEAR_AFTER}`,
  'gi',
);
// A count of earlier votes with no figure before it in the sentence takes its side from the words before it
// ("The number of states voting in favour of these resolutions has risen from 104 in 2007"): one side named only.
const SIDE_WORDS: [RegExp, Category][] = [
  [/\b(?:in favou?r|vot(?:ing|ed|es) for|yes|supporting|support(?:ed)?|backing|backed)\b/i, 'yes'],
  [/\b(?:against|opposing|opposed|no votes)\b/i, 'no'],
  [/\babstain\w*|\babstentions?\b/i, 'abstain'],
];
function sideBefore(text: string): Category | undefined {
  const sides = SIDE_WORDS.filter(([re]) => re.test(text));
  return sides.length === 1 ? sides[0]![1] : undefined;
}
const DATE_AFTER = /^\s*(?:votes?\s+)?(?:(?:last|the previous) year|a year (?:ago|earlier)|in (?:19|20)\d\d|in (?:January|February|March|April|May|June|July|August|September|October|November|December)(?: (?:19|20)\d\d)?)/i;

/**
 * The tallies a sentence prints, one group of figures per vote: "141-5 with
 * 35 abstentions" is one tally; "187 in favour, up from 185 last year" two.
 * Counts above 193 are not tallies; a count of a part ("seven nations in the
 * region voted in favour", "including 12 African states") is left out.
 *
 * @example tallies('It passed 141-5, with 35 abstentions.')[0].tally // → { yes: 141, no: 5, abstain: 35 }
 */
export function tallies(text: string, offset = 0): TallyGroup[] {
  const figures: Figure[] = [];
  const taken: Span[] = [];
  const overlaps = (a: Span) => taken.some((t) => a.start < t.end && t.start < a.end);
  // Where the sentence first counts a part ("14 African countries abstained"), which no rule reads as a figure.
  let partAt = PART_COUNT.exec(text)?.index ?? Infinity;
  for (const rule of RULES) {
    if (rule.when && !rule.when.test(text)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (overlaps(span)) continue;
      // A row of a factbox ("661 Aug. 6 13-0 Cuba and Yemen abstain"): a resolution's number, its day, its figures.
      if (rule.bare && !TABLE_ROW.test(text.slice(0, m.index)) && (!VOTE_WORDS.test(text) || MONTH.test(text.slice(Math.max(0, m.index - 10), m.index)) || MONTH.test(text.slice(span.end, span.end + 10)))) continue;
      const read = rule.read(m);
      if (read.length === 0) continue;
      // Group -1: a figure printed as a word for nothing ("to none"); -2, for one ("with I abstention").
      const values = read.map((r) => (r.group === -1 ? 0 : r.group === -2 ? 1 : countValue(m![r.group]!)));
      if (values.some((v) => v === undefined || v > 193)) continue;
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const rest = text.slice(m.index + (m[1]?.length ?? 0));
      if (read.length === 1 && (PART_BEFORE.test(before) || PART_LEAD.test(before) || PART_AFTER.test(rest))) {
        partAt = Math.min(partAt, m.index);
        continue;
      }
      // "A resolution needs nine votes in favour and no veto": the rule, not a count.
      if (read.length === 1 && (NEEDED.test(before) || NEEDED_AFTER.test(text.slice(span.end, span.end + 40)))) continue;
      taken.push(span);
      const others = /\bothers?\b/i.test(m[0]);
      const list = /\(([^)]*)\)/.exec(m[0]);
      read.forEach((r, i) =>
        figures.push({
          category: r.category,
          value: values[i]!,
          start: offset + span.start,
          end: offset + span.end,
          others,
          ...(list && { list: { start: offset + m!.index + list.index, end: offset + m!.index + list.index + list[0].length } }),
        }),
      );
    }
  }
  // "14 African countries abstained while two voted against": a bare count after a part is of that part.
  if (partAt !== Infinity) {
    for (let i = figures.length - 1; i >= 0; i--) {
      const f = figures[i]!;
      const alone = figures.filter((x) => x.start === f.start).length === 1;
      const words = text.slice(f.start - offset, f.end - offset);
      if (alone && f.start - offset > partAt && !COUNT_NOUN.test(words) && ELLIPTIC.test(words)) figures.splice(i, 1);
    }
  }
  figures.sort((a, b) => a.start - b.start);
  // "up from 185 last year and 184 in 2021": the same count of earlier votes.
  INHERIT.lastIndex = 0;
  for (let m = INHERIT.exec(text); m; m = INHERIT.exec(text)) {
    const at = offset + m.index;
    const prev = figures.filter((f) => f.end <= at).at(-1);
    const v = countValue((m[1] ?? m[2] ?? m[3] ?? m[4])!);
    const side = prev?.category ?? sideBefore(text.slice(0, m.index));
    if (!side || v === undefined || v > 193 || overlaps({ start: m.index, end: m.index + m[0].length })) continue;
    figures.push({ category: side, value: v, start: at, end: at + m[0].length, others: false });
    figures.sort((a, b) => a.start - b.start);
  }
  const groups: TallyGroup[] = [];
  let current: TallyGroup | undefined;
  // "123 votes in favor (more than 121 yes in 2018), 38 against and 24 abstentions": an aside in brackets about
  // another year's vote is a group of its own, and the figures after it go on with the group before it.
  let aside: { close: number; resume: TallyGroup } | undefined;
  for (const f of figures) {
    let from = current ? current.end - offset : 0;
    if (aside && f.start - offset > aside.close) {
      if (!(f.category in aside.resume.tally) && !ANOTHER_VOTE.test(text.slice(aside.close + 1, f.start - offset))) {
        current = aside.resume;
        from = aside.close + 1;
      }
      aside = undefined;
    }
    const between = current ? text.slice(from, f.start - offset) : '';
    const sameMatch = current?.figures.some((x) => x.start === f.start);
    // (Looked for between the two figures only: a sentence of 256 KB holds thousands of them.)
    const gapStart = current ? current.end - offset : 0;
    const inGap = current ? text.slice(gapStart, f.start - offset).lastIndexOf('(') : -1;
    const open = inGap === -1 ? -1 : gapStart + inGap;
    const shut = open === -1 ? -1 : text.slice(open, open + 200).indexOf(')');
    const close = shut === -1 ? -1 : open + shut;
    const bracketed = current && open !== -1 && close > f.start - offset && DATE_AFTER.test(text.slice(f.end - offset, f.end - offset + 40));
    if (bracketed) aside = { close, resume: current! };
    if (!current || bracketed || (!sameMatch && (f.category in current.tally || ANOTHER_VOTE.test(between)))) {
      current = { start: f.start, end: f.end, tally: {}, figures: [] };
      groups.push(current);
    }
    current.tally[f.category] = f.value;
    current.figures.push(f);
    current.end = Math.max(current.end, f.end);
    const date = DATE_AFTER.exec(text.slice(f.end - offset));
    if (date) {
      current.dateText = date[0].trim();
      // The group's words run to the end of its date ("up from 185 last year").
      current.end = Math.max(current.end, f.end + date[0].length);
    }
  }
  // "the 2019 vote of 187": the year told before the figure.
  for (const g of groups) {
    const year = g.dateText ? null : /\bthe\s+((?:19|20)\d\d)\s+(?:vote|tally|total)\s+of\s+$/i.exec(text.slice(Math.max(0, g.start - offset - 30), g.start - offset));
    if (year) g.dateText = `in ${year[1]}`;
  }
  return groups;
}
