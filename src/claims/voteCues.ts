import type { Vote } from '../vote.js';

/** "voted to have Russia bear the legal consequences", "voted to condemn": for the text, what it does. */
export const VOTED_FOR = String.raw`demand|condemn|adopt|approve|back|support|endorse|suspend|recogni[sz]e|call for|reaffirm|deplore|have|make|hold|extend|renew|grant|admit|declare|impose|lift|establish|create|urge|request|ask|set up|send|refer|end|keep|give|authori[sz]e|welcome|affirm|upgrade|elevate|restore|expel|remove|censure|denounce|reject the annexation`;

/**
 * The words news copy uses for casting a vote, as data: each cue's pattern,
 * the vote it means, and whether it is negated ("did not support": anything
 * but yes). Order matters: the first cue that matches at a place wins, so the
 * negated forms come before the plain ones. Examples of each are in
 * read.test.ts.
 */
export interface VoteCue {
  re: RegExp;
  vote: Vote;
  negated: boolean;
  /** "was backed by India": the voters come after the cue, not before it. */
  passive?: boolean;
  /** "vetoed": a vote on a draft that was not adopted. */
  veto?: boolean;
  /** "backed", "opposed": words of politics at large, a vote only where the sentence speaks of one. */
  general?: boolean;
  /** Words the sentence must hold besides, for this cue to be a vote. */
  context?: RegExp;
  /** "voted with Israel and the United States against": the states inside the cue voted so too. */
  company?: boolean;
}

// Spanish, Portuguese, Italian and French: "México se abstuvo", "votou contra", "ont voté pour".
// (Their words begin with an ASCII letter: \b marks their start; only their end needs \p{L}.)
const FOREIGN_VOTE_CUES: VoteCue[] = [
  { re: /\b(?:vot(?:ó|aron|ou|aram|a|an|am)|ha(?:nno)? votato|a voté|ont voté|avaient voté)\s+(?:a favor|a favore|en favor|pour|sí)(?![\p{L}])/giu, vote: 'Y', negated: false },
  { re: /\b(?:vot(?:ó|aron|ou|aram|a|an|am)|ha(?:nno)? votato|a voté|ont voté|avaient voté)\s+(?:en contra|contra|contro|contre)(?![\p{L}])/giu, vote: 'N', negated: false },
  { re: /\b(?:(?:fue |foi |fueron |foram )?vetad[oa]s? (?:por(?: parte de)?|pel[oa]s?)|(?:voto negativo|veto) (?:\([^)]{0,30}\) )?(?:por parte de|de|da|do|dos))(?![\p{L}])/giu, vote: 'N', negated: false, veto: true, passive: true },
  { re: /\bvet(?:ó|aron|ou|aram)(?![\p{L}])/giu, vote: 'N', negated: false, veto: true },
  { re: /\b(?:respald(?:ó|aron|a|an)|apoy(?:ó|aron)|apoi(?:ou|aram)|ont soutenu|a soutenu)(?![\p{L}])/giu, vote: 'Y', negated: false, general: true },
  { re: /\b(?:rechaz(?:ó|aron)|rejeit(?:ou|aram)|ont rejeté|a rejeté)(?![\p{L}])/giu, vote: 'N', negated: false, general: true },
  // "También se opusieron Irán, Kazajistán, Bolivia y Cuba": the subject after the verb, as Spanish often puts it.
  { re: /\b(?:se opusieron|se opuso|se opuseram|se opôs)(?=\s+(?:(?:la|el|los|las|o|os|a|as)\s+)?[A-ZÁÉÍÓÚ])/gu, vote: 'N', negated: false, passive: true },
  { re: /\b(?:se opusieron|se opuso|se opuseram|se opôs|s['’]est opposée?|se sont opposée?s|s['’]y sont opposée?s|ont exprimé leur opposition)(?![\p{L}])/giu, vote: 'N', negated: false },
  { re: /\b(?:se abstuvo|se abstuvieron|s['’]étaient abstenue?s|se absteve|se abstiveram|abstiveram-se|absteve-se|optó por la abstención|optaram pela abstenção|optou pela abstenção|si è astenut[oa]|si sono astenut[ie]|s['’]est abstenue?|se sont abstenu(?:e)?s|se abstiene|se abstienen|se abstém)(?![\p{L}])/giu, vote: 'A', negated: false },
];

/** Words that make "backed" or "opposed" a vote. */
// "Only North Korea, Syria, Nicaragua, Belarus and Russia opposed it": "it", in an article about a vote, is the text.
export const VOTE_CONTEXT = /\b(?:resolutions?|votes?|voted|voting|ballots?|abstain\w*|veto\w*|draft|text|motion|measure|General Assembly|Security Council|UNGA|UNSC|the Assembly|the Council|in favou?r)\b|\b(?:opposed|backed|supported|endorsed) it\b|\b(?:resoluci[óo]n|resoluç[ãa]o|r[ée]solution|risoluzione|votaci[óo]n|votaç[ãa]o|votos?|Asamblea General|Assembleia Geral)(?![\p{L}])/iu;

export const VOTE_CUES: VoteCue[] = [
  { re: /\b(?:did not|didn't|refused to|declined to|failed to|would not|wouldn't|will not|chose not to|do not|don't) (?:vote for|vote in favou?r(?: of)?|vote yes)\b/gi, vote: 'Y', negated: true },
  // (Not "will not support": an intent before the vote, "Jamaica will not support the embargo".)
  { re: /\b(?:did not|didn't|refused to|declined to|failed to|would not|wouldn't|chose not to|do not|don't) (?:back|support|endorse)\b/gi, vote: 'Y', negated: true, general: true },
  { re: /\b(?:did not|didn't|refused to|declined to|chose not to) (?:oppose|vote against|vote no)\b/gi, vote: 'N', negated: true },
  { re: /\b(?:did not|didn't|refused to) abstain\b/gi, vote: 'A', negated: true },
  { re: /\b(?:did not|didn't|chose not to|opted not to|decided not to|failed to|declined to|refused to|refusing to|refuses to) (?:vote|take part|participate|cast (?:a|its|their) (?:vote|ballot))\b|\b(?:was|were) (?:absent|not present)\b|\bstayed away\b|\b(?:did not|didn['’]t|failed to) (?:show|turn) up\b|\bskip(?:s|ped)? (?:the |a )?(?:UN |U\.N\. |United Nations )?(?:General Assembly |Security Council )?vote\b|\bnot participating\b|\b(?:sat|sits|sitting|sit) out (?:the |this |that |a )?(?:\w+ )?vote\b|\babsented (?:itself|themselves)\b|\bnon-voting\b|\bdid not vote\b/gi, vote: 'X', negated: false },
  { re: /\b(?:(?:was|were) (?:backed|supported|endorsed|approved)|(?:backed|supported|endorsed)) by\b/gi, vote: 'Y', negated: false, passive: true, general: true },
  { re: /\b(?:(?:was|were) (?:opposed|rejected)) (?:only )?by\b/gi, vote: 'N', negated: false, passive: true, general: true },
  // 'because of "No" votes from Russia and China', "sole objections by the U.S. and Israel": the states after the noun.
  { re: /["“‘']?\b(?:no|negative)\b["”’']? votes? (?:from|by|of)\b(?=\s+(?:the\s+)?[A-Z])/gi, vote: 'N', negated: false, passive: true },
  { re: /\bobjections? (?:by|from)\b(?=\s+(?:the\s+)?[A-Z])/gi, vote: 'N', negated: false, passive: true, context: /\b(?:resolution|vote[sd]?|passed|adopted)\b/i },
  // "Sudan joined the “no” vote", "Iran’s ‘yes’ vote", "changed their vote to back the moratorium".
  { re: /\bjoin(?:ed|s|ing)? (?:the )?["“‘']?(?:no|negative)["”’']? (?:votes?|camp|side)\b|['’]s ["“‘']no["”’'] vote\b/gi, vote: 'N', negated: false },
  { re: /\bjoin(?:ed|s|ing)? (?:a |the )?unanimous (?:UN |U\.N\. |Security Council |Council )?vote\b|\bjoin(?:ed|s|ing)? (?:the )?["“‘']?(?:yes|affirmative)["”’']? (?:votes?|camp|side)\b|['’]s ["“‘']yes["”’'] vote\b|\b(?:changed|switched|shifted|moved) (?:(?:its|their) votes? )?to (?:back|support(?:ing)?|backing|endorse|vote for|vote in favou?r of|a ["“]?yes["”]? vote)\b|\bgave (?:its|their) (?:support|backing) to (?:the|this|that) (?:\S+ ){0,3}?(?:resolution|draft|text|measure|motion|proposal)\b/gi, vote: 'Y', negated: false },
  { re: /\bjoin(?:ed|s|ing)? (?:the )?(?:abstentions|abstainers|abstaining (?:countries|states|nations))\b|\b(?:changed|switched|shifted|moved) (?:(?:its|their) votes? )?to (?:abstain|abstaining|abstention|an abstention)\b/gi, vote: 'A', negated: false },
  // "changed their vote to back the moratorium", "switched to support", "moved to abstention": the vote now.
  { re: /\b(?:changed|switched|shifted|moved) (?:(?:its|their) votes? )?to (?:oppose|opposing|opposition|reject|vote against|a ["“]?no["”]? vote)\b/gi, vote: 'N', negated: false },
  // "the US was the lone abstention", "Israel cast the lone no vote" is above.
  { re: /\b(?:was|were) (?:the|a) (?:lone|only|sole) abstentions?\b/gi, vote: 'A', negated: false },
  { re: /\b(?:was|were) (?:the|a) (?:lone|only|sole) (?:["“]no["”]|negative|dissenting) votes?\b/gi, vote: 'N', negated: false },
  // "marked by abstentions from Russia and Mozambique": the states after the noun.
  { re: /\babstentions? (?:by|from|of)\b/gi, vote: 'A', negated: false, passive: true },
  { re: /\b(?:abstained|abstaining|abstains|abstain|chose to abstain|opted to abstain|abstainers|refrain(?:ed|s|ing)? from voting|absatained|abstaned|abstianed|cast(?:ing|s)? (?:their |its )?abstentions?)\b/gi, vote: 'A', negated: false },
  // "Palau voted with Israel and the United States against the resolution"
  // ... "Brazil voted alongside the United States to reject an annual resolution", "India voted with Pakistan,
  // Bangladesh and Maldives, in favour": a list's commas only before a name.
  { re: /\bvot(?:ed|ing|es) (?:(?:along |together )?with|alongside)\b(?:[^.;:,]|,(?=\s+(?:and\s+)?(?:the\s+)?[A-Z])){1,80}?,?\s*\b(?:against|to (?:reject|oppose))\b/gi, vote: 'N', negated: false, company: true },
  { re: /\bvot(?:ed|ing|es) (?:(?:along |together )?with|alongside)\b(?:[^.;:,]|,(?=\s+(?:and\s+)?(?:the\s+)?[A-Z])){1,80}?,?\s*\b(?:in favou?r(?: of)?|in support(?: of)?|for|to (?:back|support|adopt|approve|endorse))\b/gi, vote: 'Y', negated: false, company: true },
  // "South Africa joining China and Russia in the opposition", "China joins Russia in rare double veto": the
  // company kept voted so too (S/2007/14 on Myanmar, 12 January 2007).
  { re: /\bjoin(?:ed|s|ing)\b(?:[^.;:,]|,(?=\s+(?:and\s+)?(?:the\s+)?[A-Z])){1,60}?\s+in (?:the |their )?(?:opposition|opposing (?:it|the (?:\S+ ){0,3}?(?:resolution|draft|text|measure))|voting (?:against|no))\b/gi, vote: 'N', negated: false, company: true },
  { re: /\bjoin(?:ed|s|ing)\b(?:[^.;:,]|,(?=\s+(?:and\s+)?(?:the\s+)?[A-Z])){1,60}?\s+in (?:a |the |their )?(?:rare |joint |double |second |new )*(?:veto(?:es)?|vetoing)\b/gi, vote: 'N', negated: false, company: true, veto: true },
  { re: /\bjoin(?:ed|s|ing)\b(?:[^.;:,]|,(?=\s+(?:and\s+)?(?:the\s+)?[A-Z])){1,60}?\s+in abstaining\b/gi, vote: 'A', negated: false, company: true },
  // "U.S. Refuses To Veto U.N. Resolution": a Council vote cast, but not against (S/RES/2334, the US abstaining).
  { re: /\b(?:refus(?:ed|es|ing)|declin(?:ed|es|ing)|chose not|did not|didn't|does not|failed) to veto\b|\b(?:did not|didn't) veto\b/gi, vote: 'N', negated: true, context: /\bSecurity Council\b|\bUNSC\b|\bthe Council\b|\bU\.?N\.? resolution\b/i },
  { re: /\b(?:(?:was|were|been) )?vetoed (?:jointly )?by\b/gi, vote: 'N', negated: false, veto: true, passive: true },
  // "swiftly blocked by Russia", "voted to block a humanitarian resolution": in the Council, a veto.
  { re: /\b(?:(?:was|were|been) )?(?:swiftly |quickly )?blocked by\b/gi, vote: 'N', negated: false, veto: true, passive: true, context: /\bSecurity Council\b|\bUNSC\b|\bthe Council\b|\bveto\w*\b/i },
  { re: /\bvoted to block\b/gi, vote: 'N', negated: false, veto: true, context: /\bSecurity Council\b|\bUNSC\b|\bthe Council\b|\bveto\w*\b/i },
  // "after the United States blocked the request": in the Council, a draft is blocked by a veto.
  // ... "blocked the adoption of a UN Security Council resolution", "blocked efforts ... to pass", "prevented the
  // Council from adopting".
  { re: /\b(?:blocked|blocks|blocking)\b(?=\s+(?:(?:a|an|the|its|their|this|that)\s+(?:\S+\s+){0,6}?(?:resolution|draft|request|bid|text|measure|proposal)\b|(?:efforts|attempts|moves|a bid|a move)\b[^.;]{0,40}?\bto (?:pass|adopt)\b))|\bprevented (?:the )?(?:UN |U\.N\. |United Nations )?(?:Security )?Council from (?:adopting|passing)\b/gi, vote: 'N', negated: false, veto: true, context: /\bSecurity Council\b|\bUNSC\b|\bthe Council\b|\bveto\w*\b/i },
  // "neither France nor the UK vetoed the measure": both did not.
  // (The look behind comes after the word, so that it is tried only where the word is: a look behind at every
  // position cost a quarter of a second on 256 KB.) Listed first, it takes the place of the veto below.
  { re: /\bvetoed\b(?<=\bneither\b[^.;]{0,60}\bnor\b[^.;]{0,40}vetoed)/gi, vote: 'N', negated: true },
  { re: /\b(?:vetoed|vetoes|vetoing|(?:use[ds]?|using) (?:its |their |the )?vetoe?s?(?: powers?)?|cast(?:ing)? (?:a|its|their|the) (?:[\w-]+ )?vetoe?s?)\b/gi, vote: 'N', negated: false, veto: true },
  { re: /\b(?:cast(?:ing|s)? (?:the )?(?:sole|lone|only) (?:vote against|negative vote|["“]?no["”]? vote)|voted down\b(?= (?:a|an|the|this|that|its) )|voted (?:["“‘']?against|in the negative|(?:an? )?["“‘']?no\b)|voting (?:["“‘']?against|["“‘']?no\b)|(?<!\b(?:the|upcoming|annual|UN|U\.N\.|Assembly) )votes? against|vote ["“‘']?no\b|cast(?:ing|s)? (?:a |their |its )?["“‘']?(?:no|negative)["”’']? (?:votes?|ballots?)|cast (?:the|a) (?:lone|only|sole) (?:dissenting|negative|no) vote|in opposition to (?:the|this|that|it)\b|(?:negative|["“]no["”]) votes)\b/gi, vote: 'N', negated: false },
  // "which was rejected" is the text's fate, not a state's vote.
  { re: /\b(?:(?<![-\w])(?<!\b(?:was|were|been|be|is|are) )opposed|opposing|opposes|oppose|(?<![-\w])(?<!\b(?:was|were|been|be|is|are) )rejected)\b/gi, vote: 'N', negated: false, general: true },
  // "despite opposition from China, Russia": the states after the noun.
  // Only beside a resolution or a vote: "no press statement, owing to opposition from China" is no vote.
  // ... and not "dropped from the final resolution amid opposition from Russia and China": a reason, no vote.
  { re: /\bopposition(?<!\bamid (?:\w+ )?opposition) (?:once again |again )?(?:from|of|by)\b/gi, vote: 'N', negated: false, passive: true, general: true, context: /\b(?:resolution|vote[sd]?)\b/i },
  // "Brazil voted this Friday (25) in favor", "voted on Thursday against": a time between the verb and its side.
  { re: /\bvoted\s+(?:(?:on|this|last|late|early)\s+\w+|yesterday|today|again|unanimously|overwhelmingly)(?:\s+\(\d{1,2}\))?,?\s+(?:in favou?r(?: of)?|for)\b/gi, vote: 'Y', negated: false },
  { re: /\bvoted\s+(?:(?:on|this|last|late|early)\s+\w+|yesterday|today|again|unanimously|overwhelmingly)(?:\s+\(\d{1,2}\))?,?\s+against\b/gi, vote: 'N', negated: false },
  { re: new RegExp(String.raw`\b(?:(?<=\bto\s)vote (?:for|yes)\b(?=\s+(?:the|a|an|this|that|it)\b)|voted (?:["“‘']?in favou?r|in ["“‘']favou?r|for|in the affirmative|["“‘']?yes\b)|voting (?:["“‘']?in favou?r|for|["“‘']?yes\b)|votes? in favou?r|cast(?:ing|s)? (?:a |their |its )?["“‘']?(?:yes|affirmative|favou?rable)["”’']? votes?|voted to (?:${VOTED_FOR})|voted in support(?: of)?|(?:affirmative|positive|["“]yes["”]) votes)\b`, 'gi'), vote: 'Y', negated: false },
  // ... not "China backed the Syrian government", "backed Moscow": a side taken, not a vote cast.
  { re: /\b(?:(?<![-\w])backed|(?<![-\w])supported|(?<![-\w])endorsed|backs|supports|endorses)\b(?!\s+(?:the\s+)?(?:[A-Z][\w-]+\s+){0,2}(?:government|regime|president|leader|leadership|ally|allies|side|position|stance|army|forces|people)\b|\s+(?:Russia|Moscow|Israel|Syria|Damascus|Iran|Tehran|Washington|Beijing|Ukraine|Kyiv|Kiev|Assad)\b|\s+(?:its|their|his|her)\s+(?:[\w-]+\s+)?(?:partner|ally|allies|friend|neighbou?r|patron|sponsor)s?\b)/gi, vote: 'Y', negated: false, general: true },
  // "Egypt voted with the majority", "Norway threw its support behind the resolution".
  { re: /\bvot(?:ed|ing) with the (?:overwhelming |vast )?majority\b|\bthrew (?:its|their) (?:weight|support|backing) behind\b/gi, vote: 'Y', negated: false },
  // "Kenya on Monday joined 93 other countries in supporting a UN resolution"
  { re: /\bin (?:supporting|backing|voting for|voting in favou?r of)(?= (?:a|the|this) (?:\S+ ){0,3}?(?:resolution|draft|text|measure|motion)\b)/gi, vote: 'Y', negated: false },
  // "with Britain and the United States backing the resolution, China and Russia opposing it".
  // (Right after a name only: "and backing the resolution would jeopardise ..." is no vote.)
  { re: /(?<=\b[A-Z][\w.’'-]*\s)(?:backing|supporting)(?= (?:it\b|(?:a|the|this) (?:\S+ ){0,3}?(?:resolution|draft|text|measure|motion)\b))/g, vote: 'Y', negated: false, general: true },
  ...FOREIGN_VOTE_CUES,
];


/** "Voting against: Belarus, ...", "IN FAVOUR: ...": a label before a list of states. */
export const LABEL_CUES: { re: RegExp; vote: Vote }[] = [
  // "Among the abstentions, France and Great Britain"
  { re: /\bamong (?:the )?(?:abstentions|abstainers|those (?:who )?abstain(?:ing|ed))\s*(?:were\s*)?[,:]?/gi, vote: 'A' },
  { re: /\bamong (?:the )?(?:negative votes|votes against|["“]?no["”]? votes|those (?:who )?(?:voting|voted) against)\s*(?:(?:were|are)\s*)?[,:]?/gi, vote: 'N' },
  { re: /\bamong (?:the )?(?:supporters|those (?:who )?(?:voting|voted) (?:in favou?r|for|yes))\s*(?:were\s*)?[,:]?/gi, vote: 'Y' },
  // 'In addition to Russia, "no" votes came from Armenia, Belarus, ...'
  { re: /["“‘']?\b(?:no|negative)\b["”’']? votes? (?:came|come) from\b/gi, vote: 'N' },
  { re: /["“‘']?\b(?:yes|positive|affirmative)\b["”’']? votes? (?:came|come) from\b/gi, vote: 'Y' },
  { re: /\babstentions? (?:came|come|were) from\b|\babstainers (?:were|included|include)\b|\b(?:other )?abstentions (?:included|include|were)\s*:?/gi, vote: 'A' },
  // "Opponents of the resolution included Russia, Syria, ...", "Supporters included ..."
  { re: /\b(?:opponents|those opposed|those opposing(?: it)?)(?: of (?:the|this) (?:resolution|text|draft|measure))? (?:included|include|were|are)\s*:?/gi, vote: 'N' },
  { re: /\b(?:supporters|backers|those in favou?r)(?: of (?:the|this) (?:resolution|text|draft|measure))? (?:included|include|were|are)\s*:?/gi, vote: 'Y' },
  // "those supporting the anti-Russian resolution were the US, Canada, ...", "those who opposed it included"
  { re: /\bthose (?:supporting|backing|who (?:supported|backed|voted for))(?: it| (?:the|this) (?:[\w-]+ ){0,2}(?:resolution|text|draft|measure))? (?:included|include|were|are)\s*:?/gi, vote: 'Y' },
  { re: /\bthose (?:who (?:opposed|voted against|rejected))(?: it| (?:the|this) (?:[\w-]+ ){0,2}(?:resolution|text|draft|measure))? (?:included|include|were|are)\s*:?/gi, vote: 'N' },
  { re: /\b(?:voting|voted|votes?)? ?(?:in favou?r|yes|for)\s*(?:\(\d{1,3}\))?\s*:/gi, vote: 'Y' },
  { re: /\b(?:voting|voted|votes?)? ?(?:against|no)\s*(?:\(\d{1,3}\))?\s*:/gi, vote: 'N' },
  { re: /\b(?:abstain(?:ed|ing)?|abstentions?)\s*(?:\(\d{1,3}\))?\s*:/gi, vote: 'A' },
  { re: /\b(?:did not vote|absent|non-voting|not voting)\s*(?:\(\d{1,3}\))?\s*:/gi, vote: 'X' },
  // "The absent countries included Kenya, ...", "Those absent were ..."
  { re: /\b(?:(?:the )?(?:absent|non-voting) (?:countries|states|nations|members|delegations)|absentees|those (?:absent|not voting|who did not vote))(?: from the vote)? (?:included|include|were|are)\s*:?/gi, vote: 'X' },
  // "hubo dos votos en contra: Guatemala y Honduras", "Os votos contrários foram da própria Rússia", "As abstenções foram da
  // África do Sul", "Los países que respaldaron la resolución fueron: Bolivia, ...".
  { re: /\bvotos? (?:a favor|favoráveis)(?:\s*:|\s+(?:fueron|foram)(?:\s+d[aeo]s?)?\b\s*:?)/giu, vote: 'Y' },
  { re: /\bvotos? (?:en contra|contrários|contra)(?:\s*:|\s+(?:fueron|foram)(?:\s+d[aeo]s?)?\b\s*:?)/giu, vote: 'N' },
  { re: /\b(?:abstenções|abstenciones|abstenção|abstención)(?:\s*:|\s+(?:fueron|foram|fue|foi)(?:\s+d[aeo]s?)?\b\s*:?)/giu, vote: 'A' },
  { re: /\b(?:los|las|os|as) (?:países|estados|naciones|nações) que (?:respaldaron|apoyaron|votaron a favor|votaram a favor|apoiaram)(?: (?:de )?(?:la|a) (?:resolución|resolução|medida|texto))?\s+(?:fueron|foram|son|são)\s*:?/giu, vote: 'Y' },
  { re: /\b(?:los|las|os|as) (?:países|estados|naciones|nações) que (?:rechazaron|votaron en contra|votaram contra|rejeitaram)(?: (?:de )?(?:la|a) (?:resolución|resolução|medida|texto))?\s+(?:fueron|foram|son|são)\s*:?/giu, vote: 'N' },
  // "A favor: 4 (China, ...)", "Contra: 2", "Abstenções: 9"
  { re: /\b(?:a favor|a favore|pour)\s*(?::\s*\d{1,3}\s*\(|\(\d{1,3}\)\s*:)/giu, vote: 'Y' },
  { re: /\b(?:en contra|contra|contrari|contre)\s*(?::\s*\d{1,3}\s*\(|\(\d{1,3}\)\s*:)/giu, vote: 'N' },
  { re: /\b(?:abstenções|abstenciones|astensioni)\s*(?::\s*\d{1,3}\s*\(|\(\d{1,3}\)\s*:)/giu, vote: 'A' },
];

/**
 * "among those to abstain", "the six countries to vote against", "the only other country to vote
 * against", "was forced to vote against", "had to cast a veto": an infinitive that reports a vote cast;
 * unless someone urged it.
 */
export const CAST_INFINITIVE = /(?:\b(?:decided|chose|chosen|choosing|opted|voted|continued|went on|moved|had|(?:was|were) (?:forced|compelled|obliged))\s|\bjoin(?:s|ed|ing)?\b[^,;]{1,40}\s|\bjoin(?:s|ed|ing)?\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+other\s+(?:countries|states|nations|members)\b[^;.]{0,120}?\s|\b(?:among|one of|the only|the first|the last)\b[^,.;]{0,50}|\b(?:the (?:\w+ )?(?:other )?(?:countries|states|nations|members)|those|ones|(?:the )?(?:only|sole|lone|one) (?:other )?(?:\w+ )?(?:country|state|nation|member|one))\s)to\s*$/i;
export const URGED = /\b(?:urg|ask|call|press|push|lobb|encourag|persuad|want|plan|intend|expect|prepar)\w*\b[^,.;]{0,60}$/i;

// Words that make what follows a possibility, an intention or a demand, not a vote cast; or a question ("How
// did Argentina vote in 2024", "Why Didn't China Vote?").
export const HYPOTHETICAL = /\b(?:would|could|should|might|may|will|shall|can|(?<!\b(?:owing|due|thanks|according|prior|close|next|up|opposed|similar|contrary|relating|related|compared) )to|urged|urging|needs?|needed|requires?|required|requiring|pressure[sd]?|pressing|if|whether|unless|expected to|likely to|plans? to|threaten(?:s|ed)? to|vow(?:s|ed)? to|pledg(?:es|ed) to|promis(?:es|ed) to|ask(?:s|ed)? \w+ to|call(?:s|ed)? on \w+ to)\s+(?:\S+\s+){0,2}$|\b(?:how|why) (?:did|does|do|will|would|didn['’]t|doesn['’]t)\s+(?:\S+\s+){0,3}$/i;

export type ShiftCue = 'earlier' | 'again' | 'consistent' | 'firstTime' | 'change';

/** Words that compare a state's vote with its earlier votes. */
export const SHIFT_CUES: [RegExp, ShiftCue, Vote?][] = [
  [/\babstained again\b|\bagain abstained\b|\babstained for (?:a|the) \w+ (?:consecutive|straight|successive|running) (?:year|time)\b|\bonce again abstained\b/i, 'again', 'A'],
  [/\bvoted against (?:it )?for (?:a|the) \w+ (?:consecutive|straight|successive|running) (?:year|time)\b/i, 'again', 'N'],
  [/\bpreviously abstained\b/i, 'earlier', 'A'],
  [/\bpreviously (?:voted against|opposed)\b/i, 'earlier', 'N'],
  [/\bpreviously (?:voted in favou?r|voted for|supported|backed)\b/i, 'earlier', 'Y'],
  [/\bagain voted against\b|\bvoted against again\b/i, 'again', 'N'],
  [/\bagain (?:voted in favou?r|backed|supported)\b/i, 'again', 'Y'],
  [/\b(?:earlier|previous|prior) abstentions?\b|\b(?:had|having) (?:also |previously |earlier )?abstained\b|\babstained (?:before|previously)\b|\bas it had on the earlier\b/i, 'earlier', 'A'],
  [/\b(?:earlier|previous|prior) (?:vote|votes) (?:against|in opposition)\b|\b(?:had|having) (?:also |previously |earlier )?(?:voted against|opposed)\b/i, 'earlier', 'N'],
  [/\b(?:had|having) (?:also |previously |earlier )?(?:voted in favou?r|backed|supported)\b|\bafter voting in favou?r of the earlier\b/i, 'earlier', 'Y'],
  [/\bprincipled position\b|\bnot deviate from\b|\bconsistent (?:position|stance|with (?:its|their) (?:past|previous|earlier))\b|\bas it had (?:done )?in the past\b|\bas it (?:has|had) (?:done|on|in) (?:on |in )?(?:the )?(?:previous|earlier|past|all|every)\b/i, 'consistent'],
  // "a change from its abstention in 2019", "breaking with its previous support", "departing from its long-standing practice of voting against".
  [/\b(?:a (?:change|shift|departure|reversal|switch) from|break(?:ing|s)? with|broke with|depart(?:ing|ed|s)? from|abandon(?:ing|ed|s)?|revers(?:ed|ing|es|e)) (?:its|their) (?:[\w-]+ ){0,2}(?:abstentions?|practice of abstaining)\b/i, 'earlier', 'A'],
  [/\b(?:a (?:change|shift|departure|reversal|switch) from|break(?:ing|s)? with|broke with|depart(?:ing|ed|s)? from|abandon(?:ing|ed|s)?|revers(?:ed|ing|es|e)) (?:its|their) (?:[\w-]+ ){0,2}(?:support|backing|yes votes?|practice of (?:voting (?:for|in favou?r)|supporting))\b/i, 'earlier', 'Y'],
  [/\b(?:a (?:change|shift|departure|reversal|switch) from|break(?:ing|s)? with|broke with|depart(?:ing|ed|s)? from|abandon(?:ing|ed|s)?|revers(?:ed|ing|es|e)) (?:its|their) (?:[\w-]+ ){0,2}(?:opposition|no votes?|practice of (?:voting against|opposing))\b/i, 'earlier', 'N'],
  // "reversed its earlier position", "Unlike in 2021, Colombia voted against".
  [/\breversed? (?:its|their) (?:[\w-]+ ){0,2}(?:position|stance|vote|policy)\b|\bunlike (?:in (?:19|20)\d\d|(?:its|their) (?:previous|earlier|past) votes?)\b(?!,? when)/i, 'change'],
  [/\bfor the first time\b/i, 'firstTime'],
  // "Nigeria had previously voted at the General Assembly in March to condemn the invasion", "it traditionally
  // supported the resolution", "opposition once again from China, Russia", "a 180-degree turn in Argentina's stance",
  // "continuing former President Donald Trump's opposition".
  [/\b(?:had|having) (?:also )?previously voted\b[^.;]{0,80}?\bto (?:condemn|support|back|endorse|demand|adopt)\b/i, 'earlier', 'Y'],
  [/\btraditionally (?:supported|backed|voted (?:for|in favou?r of))\b/i, 'earlier', 'Y'],
  [/\bopposition once again (?:from|of|by)\b/i, 'again', 'N'],
  [/\b180-degree turn\b|\babout-face\b|\bvolte-face\b/i, 'change'],
  [/\b(?:continu(?:ed|ing|es)|maintain(?:ed|ing|s)?)\s+(?:[\w’'.-]+\s+){0,5}?(?:opposition|vote against|no vote)\b/i, 'again', 'N'],
  // "The US has abstained from the vote in the past", "Nigeria's abstention deviates from its previous position".
  [/\b(?:has|have) (?:also )?abstained (?:\w+ ){0,4}in the past\b/i, 'earlier', 'A'],
  [/\b(?:has|have) (?:also )?(?:voted against|opposed) (?:\w+ ){0,4}in the past\b/i, 'earlier', 'N'],
  [/\b(?:has|have) (?:also )?(?:voted (?:for|in favou?r)|supported|backed) (?:\w+ ){0,4}in the past\b/i, 'earlier', 'Y'],
  [/\b(?:deviat|depart|differ)(?:es|ed|ing|s)? from (?:its|their) (?:previous|earlier|past|usual|traditional) (?:position|stance|votes?)\b/i, 'change'],
  // "voted against it instead of abstaining", "abstained once again", "reversed course", "Unlike last year, Chile abstained".
  // "For the second year in a row, Brazil voted against", "Germany continued to abstain", "as usual".
  [/\bcontinued to abstain\b/i, 'again', 'A'],
  [/\bcontinued to (?:vote against|oppose)\b/i, 'again', 'N'],
  [/\bfor (?:a|the) \w+ (?:year|time) in a row\b|\bcontinued to (?:vote|back|support)\b|\bas usual\b/i, 'again'],
  [/\binstead of abstaining\b|\brather than abstain(?:ing)?\b/i, 'earlier', 'A'],
  // "voted in favour after abstaining on the two earlier resolutions".
  [/\bafter (?:having )?(?:abstaining|abstained)\b/i, 'earlier', 'A'],
  [/\bafter (?:having )?(?:voting against|voted against|opposing)\b/i, 'earlier', 'N'],
  [/\binstead of (?:voting against|opposing)\b/i, 'earlier', 'N'],
  [/\binstead of (?:voting (?:for|in favou?r)|supporting|backing)\b/i, 'earlier', 'Y'],
  [/\babstained (?:\w+ ){0,4}once again\b|\bonce again abstained\b/i, 'again', 'A'],
  [/\bvoted against (?:\w+ ){0,4}once again\b|\bonce again (?:voted against|opposed)\b/i, 'again', 'N'],
  [/\bvoted (?:for|in favou?r of) (?:\w+ ){0,4}once again\b|\bonce again (?:voted (?:for|in favou?r)|backed|supported)\b/i, 'again', 'Y'],
  [/\bchanged (?:its|their) (?:position|stance|mind)\b|\breversed course\b|\bu-turn\b|\bno longer (?:opposes|opposed|supports|supported|backs|backed|votes?|voted|abstains|abstained)\b|\bunlike (?:last year|the previous year|a year (?:ago|earlier))\b(?!,? when)/i, 'change'],
  [/\bshift(?:ed)? (?:in|its|their) .{0,30}(?:position|stance)\b|\breversed? (?:its|their) (?:position|stance|vote)\b|\bchanged (?:its|their) vote\b(?!s?\s+from\b)|\bswitched (?:its|their) vote\b(?!s?\s+from\b)/i, 'change'],
];

/** A named state's general stance, not one vote. */
export const ALIGNMENT =
  // ... "the highest voting coincidence with the United States", "allegiance to", "for 24 consecutive years",
  // "the third time in nine months", "To date, the U.S. has vetoed three", "will continue to vote against",
  // "broke a longstanding tradition", "has never failed to veto", "had not cast a double veto since 1972".
  /\bvoting coincidence\b|\ballegiance to\b|\bfor \d+ (?:consecutive|straight|successive) years\b|\bthe (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) time in (?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:days?|weeks?|months?|years?)\b|\bto date,? [^;]{0,40}?\b(?:vetoed|voted|abstained)\b|\bcontinue to (?:vote|veto|abstain|oppose|support)\b|\b(?:long-?standing|decades-old|historical) (?:tradition|practice|position|stance|policy)\b|\bha(?:s|d|ve) never (?:before )?(?:failed to|voted|abstained|vetoed|supported|opposed)\b|\bha(?:d|s) not (?:cast|used) [^.;]{0,30}\bsince (?:19|20)\d\d\b|\b(?:declining|growing|waning|increasing|dwindling|eroding|weakening) support for\b|\bavoid\w* taking sides\b|\btaking sides\b|\bmiddle ground\b|\bstraddl\w*\b|\bsupport for (?:Russia|China|the US|the United States|Washington|Moscow|Beijing)\b|\bclose(?:r)? ties\b|\balign\w* (?:with|itself)\b|\bdrift\w* (?:away|towards?)\b|\btilt\w* towards?\b|\bsid(?:e|ing) with\b|\bneutral(?:ity)?\b|\bfence-sitt\w*\b|\b(?:often|usually|routinely|consistently|always|regularly|traditionally|invariably|repeatedly)\s+(?:\w+\s+)?(?:backs?|backed|supports?|supported|votes?|voted|sides?|sided|opposes?|opposed|abstains?|abstained)\b|\b(?:voted|votes|opposed|backed|supported) [^.;]{0,40}?\b(?:each|every) year\b|\b(?:abstained|voted(?: \w+)?|backed|supported|opposed) (?:on|in) (?:every|all (?:the )?|each) (?:resolutions?|votes?)\b/i;
