/**
 * "Only Belarus voted against it", "Russia was the only country to abstain",
 * "Belarus cast the sole negative vote": the states named are all who voted
 * so, which is a count of that vote (one against, one abstention) as well as
 * their votes. Not where "only" picks them out of a group ("the only G7
 * nation not to back", "of the Central Asian states, only Kazakhstan
 * abstained"), where it is no count of the whole vote.
 */

// "only" right before the states named, opening their clause.
const ONLY_BEFORE = /(?:^|[,;:(]\s*|\b(?:and|but|while|whereas|with)\s+)(?:only|just|solely)\s+(?:the\s+)?$/i;
// "... was the only country to ...", "... were the only two? ..." (no number: a number is a figure of its own).
// "on Friday", "at the council": words of when and where only.
const SOLE_BETWEEN = /^[^,;]*?\b(?:was|is|became|remained)\s+(?:the|a)\s+(?:only|sole|lone)\s+(?:(?:country|nation|state|member(?: state)?|one|delegation|government)\s+)(?:(?:on|at|in)\s+(?:the\s+)?\w+\s+)?(?:to|that|which|who)\b/i;
// "cast the sole negative vote", "was the lone abstention", "the sole vote against".
const SOLE_NOUN = /\b(?:the|a)\s+(?:only|sole|lone|single)\s+(?:["“‘']?(?:no|negative|dissenting|yes)["”’']?\s+votes?|votes?\s+against|abstentions?|objection)\b/i;
// "the US alone voted against it": alone right after the state, before its vote.
const ALONE = /^(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s+alone\s+(?:voted|abstained|opposed|cast)\b/;
// A group the states are the only ones of: a count of that group, not of the vote.
const GROUP = /\b(?:of|among|amongst|from|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:states|countries|nations|members|region|neighbou?rs|allies|bloc|group|continent|Africa|Asia|Europe|America|Caribbean|Pacific|Gulf|EU|G7|G20|BRICS|ASEAN|NATO|Commonwealth)\b|\b(?:G7|G20|EU|NATO|BRICS|ASEAN|European|Asian|African|Arab|Western|Latin|Muslim|Islamic|Nordic|permanent|non-permanent|other)\s+(?:country|nation|state|member|one|delegation|government)\b/i;

/**
 * Are the states of a vote phrase said to be the only ones who cast it?
 * `lead` is their clause's text before the first state named; `between`,
 * from the first state named to the end of the vote phrase.
 *
 * @example soleVoters('', 'Belarus was the only country to oppose') // → true
 * @example soleVoters('Of the Central Asian states, only ', 'Kazakhstan abstained') // → false
 */
export function soleVoters(lead: string, between: string): boolean {
  if (GROUP.test(lead) || GROUP.test(between)) return false;
  return ONLY_BEFORE.test(lead) || SOLE_BETWEEN.test(between) || SOLE_NOUN.test(between) || ALONE.test(between);
}
