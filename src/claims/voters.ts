import type { CountryMention } from './mentions.js';

/**
 * Which of the states named around a vote phrase cast that vote. Before the
 * phrase, the clause's subject ("India and China abstained", "Pakistan was
 * among 32 countries that abstained", "Belarus ... joined Russia in
 * opposing"); after it, only states a list marker introduces ("including
 * China", "along with Israel", "were Armenia, Belarus, ...", "voting
 * against: ..."). Objects are not voters: "voted against Russia's claim",
 * "condemning Russia", "the military coup in Myanmar", "the Ukrainian
 * president", "the American resolution".
 */

// Words before a name that make it an object, not a voter.
const OBJECT_BEFORE = new Set([
  'on', 'against', 'of', 'for', 'about', 'over', 'into', 'from', 'to', 'toward', 'towards', 'by', 'in', 'at', 'between',
  'regarding', 'than', 'condemning', 'condemn', 'condemned', 'condemns', 'demanding', 'urging', 'urged', 'invaded', 'invading',
  'occupying', 'sanctioning', 'targeting', 'thanked', 'thanking', 'praised', 'accused', 'accusing', 'criticised', 'criticized',
  'told', 'warned', 'pressed', 'asked', 'called', 'against', 'within', 'inside', 'across', 'with', 'without', 'like', 'said', 'says',
  'calls', 'blamed', 'blaming', 'accuses', 'accuse', 'supporting', 'backing', 'help', 'helping', 'aid', 'arming', 'recognising', 'recognizing', 'isolate', 'isolating',
]);
// Words after a name that make it part of a noun phrase, not a voter: "US envoy", "Russia's forces", "the Ukraine resolution".
const NOUN_AFTER = /^\s*(?:(?:treaty|close|key|staunch|main|major)\s+)?(?:allies|ally|partners?|neighbou?rs?|friends|backers|president|prime|foreign|minister|envoy|ambassador|forces|troops|army|military|officials?|leaders?|media|people|citizens|soldiers|strikes|invasion|war|aggression|attack|annexation|claims?|proposals?|drafts?|resolutions?|texts?|motion|conflict|crisis|territory|border|region|issue|question|situation|mission|delegate\b|representatives? said|authorities|regime|government said|-(?!-))/i;
const DELEGATE = /^\s+(?:delegates?|delegations?|representatives?)\b/i;
// "the U.S. ambassador would not vote for it": the envoy casts the state's vote.
const ENVOY = /^\s+(?:(?:UN|U\.N\.|permanent|deputy)\s+)*(?:ambassador|envoy|representative|delegate|delegation|mission)\s*$/i;
// Between a name and a later "countries that ...": is the name one of those countries?
const MEMBER_OF = /\b(?:(?:are|were|is|was) (?:the|all|all the)|among|amongst|one of|two of|three of|four of|five of|part of|joined|joining|as did|as were|like|with|included|including|only)\b/i;
const THOSE_THAT = /\b(?:countries|states|nations|members|others|those|delegations|governments)\s+(?:that|which|who)\b/i;
const SPEECH = new Set(['said', 'says', 'told', 'stated', 'noted', 'added', 'explained', 'announced', 'confirmed', 'reported', 'recalled']);
// ... and the "y", "e", "et" of Spanish, Portuguese, Italian and French copy ("Rusia, Bielorrusia y Siria se opusieron").
const LIST_GLUE = /^\s*(?:,|and|or|nor|&|as well as|,\s*and|,\s*as well as|y|e|et)\s*$/i;
const ABSOLUTE_WITH = /^\W*(?:with|and with)\s+(?:the\s+)?$/i;
// Markers after a vote phrase that introduce the states who cast it.
export const LIST_AFTER =
  /\b(?:including|includes|include|included|among them|among whom|such as|dont|parmi lesquels|parmi lesquelles|entre ellos|entre eles|incluindo|incluyendo|along with|together with|joined by|joining|as well as|namely|notably|led by|these being|they being|were|was|are|is|fueron|foram|furono|sont|étaient|são)\b|:|\(|\s[–—]\s|\s?--\s?(?=(?:the\s+)?[A-Z])/i;

/** The word just before `index` in `text`, lower-cased, skipping "the". */
function wordBefore(text: string, index: number): string {
  const words = text.slice(Math.max(0, index - 40), index).toLowerCase().match(/[a-z0-9']+/g) ?? [];
  let w = words.pop();
  if (w === 'the') w = words.pop();
  return w ?? '';
}

/**
 * The states in `mentions` (relative to `text`) that are subjects of a vote
 * phrase starting at `cueStart`, looking back to `from`.
 */
export function subjectsBefore(text: string, mentions: CountryMention[], from: number, cueStart: number): CountryMention[] {
  const inZone = mentions.filter((m) => m.index >= from && m.index + m.text.length <= cueStart);
  const out: CountryMention[] = [];
  let prevOk: CountryMention | null = null;
  let prev: CountryMention | null = null;
  for (const m of inZone) {
    // A name right before the vote phrase is its subject ("... in Libya, India abstained"), whatever came before.
    const adjacent = /^\s*(?:(?:also|then|too|again|all|both|had|has|have|instead|itself|finally|eventually),?\s*)*$/i.test(text.slice(m.index + m.text.length, cueStart));
    // A name's own parenthesis ("Congo (Republic of), Guinea") is part of it.
    const glued = !adjacent && prev !== null && LIST_GLUE.test(text.slice(prev.index + prev.text.length, m.index).replace(/^\s*\([^()]{0,40}\)/, ''));
    let ok: boolean;
    if (glued) ok = prevOk === prev;
    else {
      const before = wordBefore(text, m.index);
      const lead = text.slice(from, m.index);
      // "13-0 with Russia and China abstaining": an absolute "with", whatever comes before it.
      const absolute = /\bwith\s+(?:the\s+)?$/i.test(lead) && /^(?:abstaining|voting|opposing|casting|dissenting|backing|supporting)\b/i.test(text.slice(cueStart));
      // "Officials said the United States voted against": reported speech, whose subject votes.
      const reported = adjacent && SPEECH.has(before);
      // "the tiny Pacific island nation of Palau voted": the nation is Palau.
      const nationOf = before === 'of' && /\b(?:nation|country|state|kingdom|republic|island)\s+of\s+$/i.test(text.slice(Math.max(0, m.index - 30), m.index));
      // "some of US' allies like Australia and Canada, abstained": states named as examples of the voters.
      const example = before === 'like' && /(?:\b\w+s|,)\s+like\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.index - 40), m.index));
      ok = !OBJECT_BEFORE.has(before) || nationOf || example || reported || ABSOLUTE_WITH.test(lead) || absolute || /\b(?:(?:along|together) with|in addition to|alongside|besides|as well as|joined by)\s+(?:the\s+)?$/i.test(lead);
    }
    const after = text.slice(m.index + m.text.length, m.index + m.text.length + 24);
    // "the Russian delegate voted against": the state's delegation casts its vote.
    if (m.demonym && DELEGATE.test(after)) ok = ok || !OBJECT_BEFORE.has(wordBefore(text, m.index));
    else if (ENVOY.test(text.slice(m.index + m.text.length, cueStart))) ok = ok || !OBJECT_BEFORE.has(wordBefore(text, m.index));
    else if (m.demonym || m.possessive || NOUN_AFTER.test(after)) ok = false;
    if (ok) {
      // "Zelensky thanked the countries that endorsed": the subject of "endorsed" is "the countries".
      const between = text.slice(m.index + m.text.length, cueStart);
      const those = THOSE_THAT.exec(between);
      if (those && !MEMBER_OF.test(between.slice(0, those.index))) ok = false;
    }
    // "Russia vs Ukraine: Nigeria votes against": a headline's topic before its colon votes nothing.
    if (ok && text.slice(m.index + m.text.length, cueStart).includes(':')) ok = false;
    if (ok) {
      out.push(m);
      prevOk = m;
    }
    prev = m;
  }
  return out;
}

const NEW_PHRASE = /\b(?:accus\w*|blam\w*|criticis\w*|criticiz\w*|condemn\w*|saying|said|says|citing|arguing|noting|warning|complain\w*|because|since|despite)\b/i;

/** States a list marker introduces after a vote phrase ending at `cueEnd`, up to `to`. */
export function listedAfter(text: string, mentions: CountryMention[], cueEnd: number, to: number): CountryMention[] {
  const rest = text.slice(cueEnd, to);
  // "The United States was joined in abstaining by Israel"
  if (/\bjoined in\s*$/i.test(text.slice(Math.max(0, cueEnd - 40), cueEnd).replace(/\s*\S+\s*$/, ' ')) && /^\s+by\b/i.test(rest)) {
    return mentions.filter((m) => m.index >= cueEnd && m.index < to && !m.demonym && !m.possessive);
  }
  const marker = LIST_AFTER.exec(rest);
  const trailing = /,\s*([^,]+?)\s+among them\b/i.exec(rest);
  if (!marker && !trailing) return [];
  const from = cueEnd + (trailing && (!marker || trailing.index < marker.index) ? trailing.index : marker!.index);
  // A copula lists voters only when the names follow it ("were Armenia, Belarus"), not "which was drafted by France".
  if (marker && from === cueEnd + marker.index && /^(?:were|was|are|is|fueron|foram|furono|sont|étaient|são)$/i.test(marker[0])) {
    const next = from + marker[0].length;
    const first = mentions.find((m) => m.index >= next);
    if (!first || !/^\s*(?::\s*)?(?:the\s+)?$/i.test(text.slice(next, first.index))) return [];
  }
  // "joining Russia in voting against": the states are the next vote phrase's.
  if (marker && /^join/i.test(marker[0]) && /\bin\s+(?:voting|opposing|abstaining|backing|supporting)\b/i.test(text.slice(cueEnd + marker.index, to + 40))) return [];
  // What comes before the marker must be the vote's object at most ("voted against it, along with Israel"),
  // not a sentence of its own.
  if (from - cueEnd > 80) return [];
  // ... nor a new phrase of its own: "abstained, accusing some members including the United States of ...".
  if (NEW_PHRASE.test(text.slice(cueEnd, from))) return [];
  // A parenthesis lists the voters only right after the vote phrase ("voted against (Canada, ...)").
  if (marker && from === cueEnd + marker.index && marker[0] === '(' && marker.index > 15) return [];
  // ... and not after another count of the tally ("votes in favour to 3 against (Israel, ...)": the 3's list).
  if (marker && from === cueEnd + marker.index && marker[0] === '(' && /\d|\b(?:against|in favou?r|abstain\w*|abstentions?)\b/i.test(rest.slice(0, marker.index))) return [];
  // ... nor a dash after another count ("11 votes in favour, one abstention – from Guyana": the abstention's).
  if (marker && from === cueEnd + marker.index && /[–—-]/.test(marker[0]) && /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b[^,;]*\b(?:against|in favou?r|abstain\w*|abstentions?|votes?)\b/i.test(rest.slice(0, marker.index))) return [];
  return mentions.filter((m) => m.index >= from && m.index < to && !m.demonym && !m.possessive && !NOUN_AFTER.test(text.slice(m.index + m.text.length, m.index + m.text.length + 24)));
}

// After a figure, the marker of the states it counts: "12 against, including Israel", "4 against (China, ...)".
// A parenthesis right after the figure's words; a marker a little further ("12 against, including ...").
// "one abstention, from the United States", "one abstention – from Guyana".
const FIGURE_LIST = /^(?:[^(–—]{0,60}?(?:,?\s*\b(?:including|among them|among whom|such as|dont|parmi lesquels|parmi lesquelles|entre ellos|entre eles|incluindo|incluyendo|notably|led by|these being|they being|the latter being|namely)\b|\s[–—-]\s|[–—](?=\s?(?:the\s+)?[A-Z]))|[^(–—,;]{0,25}?\(|[^(–—,;]{0,30}?,?\s*(?:[–—-]\s*)?(?:from|by)\s+(?=(?:the\s+)?[A-Z]))/i;
const LIST_STOP = /\b(?:voted|voting|abstained|abstaining|opposed|supported|backed|condemn\w*|demand\w*|call(?:ed|ing|s)|urg\w*|reject\w*|approv\w*|adopt\w*|endors\w*|while|whereas|but)\b|;/i;

/**
 * The states a figure's list names ("12 against, including Israel and the
 * US", "7 against (Canada, ..., United States)", "36 countries abstaining,
 * including China and India, along with Russia"), up to `to` (where the
 * next figure starts).
 */
export function figureList(text: string, mentions: CountryMention[], from: number, to: number): CountryMention[] {
  const region = text.slice(from, to);
  const m = FIGURE_LIST.exec(region);
  if (!m) return bareList(text, mentions, from, to);
  const start = from + m.index + m[0].length;
  let end = to;
  const close = m[0].endsWith('(') ? ')' : /[–—]\s$/.test(m[0]) ? m[0].trim().slice(-1) : null;
  // A spaced hyphen opens a list that runs to the end of the clause ("seven against - Belarus, ...").
  const shut = close ? text.slice(start).indexOf(close) : -1;
  if (close && (shut !== -1 || close === ')')) end = Math.min(to, start + Math.max(0, shut));
  else {
    // "10 other "no" votes — Armenia, Belarus, ...": a dash no second dash closes runs on to the clause's end.
    const stop = LIST_STOP.exec(text.slice(start, to));
    if (stop) end = start + stop.index;
  }
  return mentions.filter((x) => x.index >= start && x.index < end && !x.demonym && !x.possessive);
}

// "with only two abstentions, China and Zimbabwe": a side's word, then the states, and nothing else to the clause's end.
const SIDE_THEN_NAMES = /^[^(–—,;]{0,25}?\b(?:abstentions?|abstaining|against)\s*,?\s+(?=(?:the\s+)?[A-Z])/i;

/** The states listed right after a figure's side with no marker, where they are all the clause holds after it. */
function bareList(text: string, mentions: CountryMention[], from: number, to: number): CountryMention[] {
  const m = SIDE_THEN_NAMES.exec(text.slice(from, to));
  if (!m) return [];
  const out = listAt(text, mentions, from + m[0].length, to);
  const end = out.at(-1);
  return end && /^\s*(?:[.;)]|$)/.test(text.slice(end.index + end.text.length, to)) ? out : [];
}

const LIST_JOIN = /^\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?$/i;

/**
 * The states a list names from `at` on ("Russia and China ...", "China, Poland and Spain"): the first
 * right there (after "the", or after what `lead` allows), each next one joined by a comma or "and";
 * demonyms and possessives end it.
 *
 * @example listAt('Russia and China lay the SMACKDOWN!', mentions, 0).map((m) => m.code) // → ['RUS', 'CHN']
 */
export function listAt(text: string, mentions: readonly CountryMention[], at: number, to = text.length, lead = /^\s*(?:the\s+)?$/i): CountryMention[] {
  const out: CountryMention[] = [];
  for (const x of mentions) {
    if (x.index < at) continue;
    if (x.index >= to || x.demonym || x.possessive || !(out.length === 0 ? lead : LIST_JOIN).test(text.slice(at, x.index))) break;
    out.push(x);
    at = x.index + x.text.length;
  }
  return out;
}
