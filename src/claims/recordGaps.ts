/**
 * Votes the record does not hold. The UN Digital Library's voting files list
 * resolutions adopted by a recorded vote ("drafts that failed to be adopted
 * are not included", GA record 4060887 and SC record 4055387): vetoed and
 * failed drafts, amendments, Main Committee votes, elections by secret ballot
 * and procedural motions are not in them. A claim about one of these is
 * unverifiable here, never judged against another vote.
 */
export type Gap = 'veto' | 'failedDraft' | 'amendment' | 'paragraph' | 'committee' | 'election' | 'procedural' | 'otherBody';

export const GAP_REASONS: Record<Gap, string> = {
  veto: 'a vetoed Security Council draft: the record lists adopted resolutions only',
  failedDraft: 'a draft that was not adopted: the record lists adopted resolutions only',
  amendment: 'a vote on an amendment: the record holds the votes on whole resolutions only',
  paragraph: 'a separate vote on part of a text: the record holds the votes on whole resolutions only',
  committee: 'a Main Committee vote: the record holds the plenary votes only',
  election: 'an election by secret ballot: the record holds recorded votes on resolutions only',
  procedural: 'a procedural vote: the record holds votes on resolutions only',
  otherBody: 'a vote of another UN body: the record holds the General Assembly and the Security Council only',
};

// Rules as data: the first that matches names the gap. Examples in recordGaps.test.ts.
const RULES: [RegExp, Gap][] = [
  // "veto power" and "the veto-wielding members" are not a veto cast.
  [/\b(?:vetoed|vetoes|vetoing|(?<!\b(?:no|without(?: a)?|any|power of|right of|powers of|rights of|power to|right to) )veto(?![-\s]+(?:powers?|rights?|wielding|holders?|holding|-wielding))|used (?:its|their) veto)\b|\b(?:vet(?:ó|aron|ou|aram|ada|ado|adas|ados)|voto negativo)(?![\p{L}])/iu, 'veto'],
  [/(?<!\b(?:from|in|of|to|on|into) (?:the )?(?:UN )?)\b(?:Human Rights Council|UNESCO|World Health Assembly|IAEA|Board of Governors|ECOSOC|Economic and Social Council)(?: in Geneva)?,? (?:\w+ ){0,2}(?:voted|adopted|passed|approved|rejected)\b|\b(?:at|by) the (?:UN )?(?:Human Rights Council|IAEA|UNESCO|World Health Assembly)\b|\bGeneva-based\b/i, 'otherBody'],
  // The nuclear ban treaty was adopted by a negotiating conference (7 July 2017, 122-1-1), not the Assembly.
  [/\b(?:adopted|adoption of|approved) (?:a |the )?(?:landmark |historic |global |UN |new |first )*(?:nuclear[- ](?:weapons? )?ban treaty|treaty (?:on the prohibition of|banning|to ban|prohibiting) nuclear weapons)\b|\b(?=nuclear|Treaty|TPNW)(?<!\b(?:resolution|text|draft|measure)\b[^.;]{0,200})(?:nuclear[- ](?:weapons? )?ban treaty|Treaty on the Prohibition of Nuclear Weapons|TPNW)\b[^.;]{0,40}\b(?:was|were|is|has been) (?:\w+ )?(?:adopted|approved)\b(?![^.;]*\bGeneral Assembly\b)/i, 'otherBody'],
  // An election to a seat or an office, not "the military overthrew the elected government" or "after the election".
  [/\b(?:(?:was|were|been|being|is|are|got|get|gets|be) (?:re-?)?elected|(?:re-?)?elected (?:to|as|for|with|by)\b(?! (?:the )?(?:people|voters|citizens))|elections? (?:to|for|of) (?:the |a |its )?(?:Security Council|Human Rights Council|Council|seat|non-permanent|members|ICJ|International Court|judges?|president of the (?:General )?Assembly|Secretary-General)|(?:Security Council|Human Rights Council|council|seat) elections?|ballots? cast|rounds? of (?:voting|balloting)|secret ballot|\bvotes went to\b|(?:won|secured|gained|lost) (?:a|its|the) seat|non-permanent seat|candidacy|bid for a seat|race for (?:a |the )?(?:seat|non-permanent|two|Eastern|Western|African|Asia|Latin))\b/i, 'election'],
  // "Algeria proposed two amendments ..., but these were not adopted": the amendments failed, not the text.
  [/\bamendments?\b[^.;]{0,100}?\b(?:(?:was|were) not (?:adopted|passed|approved)|(?:was|were) (?:defeated|rejected|voted down)|failed)\b/i, 'amendment'],
  [/\b(?:failed to (?:pass|be adopted|adopt|approve|win|secure|garner|get|gain|muster|receive|obtain)|did not pass|(?:was|were) not (?:adopted|passed|approved)|did not (?:get|receive|obtain|win|gather) the (?:required|necessary)|fell short|\b(?:was|were|fell) (?:\w+ )?short of the (?:nine|seven|9|7) (?:votes? )?(?:needed|required)|(?:Council|members) refused to (?:approve|adopt|pass)\b|\b(?:needed|required)\s+(?:nine|seven|9|7)\s+(?:affirmative\s+)?votes\b[^.;]{0,60}?\b(?:got|received|won|secured|garnered|mustered|obtained)\s+(?:only|just)\b|(?:was|were) (?:defeated|voted down)|\b(?:draft|resolution|proposal|motion)\b[^.;]{0,200}?\b(?:was|were) rejected\b(?! (?:by|in) (?:the )?(?:Israel|Russia|Moscow|Washington|government|regime|authorities)\b)|(?<!\b(?:after|following|despite)\s+(?:[\w-]+\s+){0,3})failed\b(?!\s+["“‘']?to\s+(?!pass\b|be (?:adopted|approved|passed)\b|win\b|gain\b|secure\b|get\b|garner\b|receive\b|obtain\b|muster\b|attract\b|achieve\b|reach\b|carry\b|command\b))|blocked|(?<!\b(?:threat\w*|vow\w*|promis\w*|would|could|may|might|to) )blocking (?:the|a|this|that) (?:measure|resolution|draft|text|proposal)\b|\b(?:resolution|draft|text|measure)['’]s failure\b(?!\s+to\s+(?!pass\b|be\s+adopted\b|win\b|gain\b|secure\b|get\b|garner\b|receive\b))|\b(?:Council|UNSC|members)\s+(?:\w+\s+)?(?:to\s+)?reject(?:s|ed)?\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:draft|resolution)\b)/i, 'failedDraft'],
  // "adopted after all amendments had been rejected" is the vote on the whole text.
  // ... nor "after European states' amendments were accepted".
  // ... nor "Algeria, having earlier proposed two amendments to the US draft, did not vote" (the vote on the draft).
  [/^(?:(?!\bafter (?:an|the|all|all the|several|the two|[\w-]+ [\w-]+['’]s?|[\w-]+['’]s?) (?:\w+ )?amendments?\b|\bhaving (?:\w+ ){0,2}(?:proposed|tabled|submitted|introduced|put forward|offered) (?:\w+ ){0,2}amendments?\b).)*\bamendments?\b/i, 'amendment'],
  // "voted against a key part of the resolution", "a separate vote on operative paragraph 4".
  [/\bvot\w*\s+(?:for|against|in favou?r of|on)\s+(?:a|the)\s+(?:key\s+|operative\s+|preambular\s+)?(?:part|paragraph|clause|section)\s+(?:\d+\s+)?of\s+(?:the|a|this)\s+(?:\w+\s+)?(?:resolution|text|draft)\b|\bseparate (?:recorded )?votes? on (?:(?:operative|preambular) )?paragraphs?\b|\bvot\w*\s+(?:for|against|in favou?r of|on)\s+(?:a|the)\s+(?:key\s+)?provisions?\b|\b(?:provision|paragraph)s?\s+(?:\d+\s+)?(?:was|were)\s+(?:retained|kept|deleted|removed)\b|\b(?:abstained|voted \w+) on (?:operative |preambular )?paragraphs? \d/i, 'paragraph'],
  // The committee voting, not the plenary adopting what a committee recommended ("recommended by the First Committee");
  // "A United Nations committee has endorsed", "The General Assembly's Third Committee, which focuses on human rights, on Thursday passed".
  [/\b(?:in|at|by) (?:the |its |a )?(?:(?:UN|U\.N\.|United Nations) )?(?:General Assembly |(?:General )?[Aa]ssembly['’]s )?(?:(?:Third|First|Second|Fourth|Fifth|Sixth|Main|Special Political(?: and Decolonization)?|Disarmament|Human Rights) )?Committee\b(?<!(?:recommended|proposed|submitted|forwarded) by (?:the |its )?(?:\w+ |U\.N\. )*Committee)|\b(?:Third|First|Second|Fourth|Fifth|Sixth|Main) Committee(?: of the (?:UN |U\.N\. )?General Assembly)?(?:\s*\([^()]{1,80}\))?(?:['’]s)?,? (?:\w+ )?(?:voted|approved|adopted|passed|vote)\b|\bThe Committee (?:also |then |later |further |next )?(?:approved|adopted|voted|passed)\b|\b(?:UN|U\.N\.|United Nations|Third|First|Second|Fourth|Fifth|Sixth|Main)\s+Committee['’]s\s+(?:\w+\s+)?(?:resolution|draft|text|vote)\b|\bcommittee (?:stage|level|vote)\b|\b(?:(?:UN|U\.N\.|United Nations|Assembly['’]s|(?:General )?Assembly|Third|First|Second|Fourth|Fifth|Sixth|Main)\s+)[Cc]ommittee\b(?:\s*,[^,.;]{1,60},)?(?:\s+\w+){0,3}?\s+(?:has\s+|have\s+)?(?:voted|approved|adopted|passed|endorsed|backed)\b/i, 'committee'],
  // "casting negative ballots" on a resolution is a recorded vote: ballots only as an election's.
  [/\bprocedural (?:vote|motion)\b|\bno-action motion\b|\bmotion to adjourn\b/i, 'procedural'],
];

/**
 * The kind of vote outside the record that a passage speaks of, if any.
 *
 * @example recordGap('Russia vetoed the draft') // → 'veto'
 */
export function recordGap(text: string): Gap | null {
  // "chose not to veto it", "refused to veto": a vote cast, not a veto.
  // (Only where a veto is named at all: this runs for every clause.)
  // ... nor "signaling that Moscow may choose to veto the resolution", "threatened to veto": a veto not cast.
  const t = /veto/i.test(text) ? text.replace(NO_VETO, ' ').replace(MAYBE_VETO, ' ') : text;
  for (const [re, gap] of RULES) if (re.test(t) && !(gap === 'committee' && PLENARY.test(t))) return gap;
  return null;
}

// ... nor "While neither France nor the UK vetoed the measure".
const NO_VETO = /\bneither\b[^.;]{0,60}\bnor\b[^.;]{0,40}\bvetoed\b|\b(?:chose not to|did not|didn't|refused to|refuses to|refusing to|declined to|declines to|decided not to|opted not to|not to)\s+(?:use (?:its|their|a) )?veto(?:es|ed|ing)?\b(?: (?:it|the (?:resolution|draft|text|measure)))?(?:,? which would have [^.;]*)?/gi;

const MAYBE_VETO = /\b(?:may|might|could|would|will|(?:threaten|vow|promis|pledg|warn)(?:s|ed|ing)? (?:that it would |it would )?(?:to )?|(?:is|was|were|are) (?:likely|expected|set|poised|ready|prepared|widely expected) to|(?:may |might |could )?(?:choose|decide|opt) to)\s*(?:\w+\s+){0,3}?veto(?:es|ed|ing)?\b/gi;

// "the General Assembly confirmed an earlier vote by its Third Committee": the plenary's vote, the committee's only named.
const PLENARY = /(?<!\bCommittee of (?:the )?(?:UN |U\.N\. )?)\b(?:General Assembly|the Assembly)\b(?!['’]s|\s+(?:\w+\s+)?[Cc]ommittee\b)(?:\s+\w+){0,3}?\s+(?:confirmed|adopted|approved|endorsed|passed|voted|backed)\b|\bplenary (?:vote|session|meeting)\b/i;

// A text still to go before the plenary ("will now go to a full General Assembly vote in December"):
// the vote the article reports was a Main Committee's.
const COMMITTEE_AHEAD = /\b(?:will|would|is (?:expected )?to|are (?:expected )?to|goes|go|now goes|heads?|moves?)\s+(?:now\s+)?(?:be\s+)?(?:go\s+|sent\s+|put\s+|forwarded\s+|submitted\s+)?(?:on\s+)?(?:to|before)\s+(?:a\s+|the\s+)?(?:full|plenary|final)\s+(?:session\s+of\s+the\s+|meeting\s+of\s+the\s+)?(?:(?:UN|U\.N\.|United Nations)\s+)?(?:General Assembly|Assembly|vote)\b|\bfinal (?:approval|vote) (?:by|in|at) the (?:full |plenary )?(?:(?:UN|U\.N\.)\s+)?General Assembly\b/i;

/**
 * Does the passage say the text has still to go before the full Assembly (so the vote reported was a committee's)?
 *
 * @example committeeAhead('The resolution will now go to a full General Assembly vote in December.') // → true
 */
export function committeeAhead(text: string): boolean {
  return COMMITTEE_AHEAD.test(text);
}
