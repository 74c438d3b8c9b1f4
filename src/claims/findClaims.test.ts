import { describe, expect, it } from 'vitest';
import { createRegistry } from '../countries/registry.js';
import { readArticle } from './article.js';
import { findClaims } from './findClaims.js';

const reg = createRegistry();
const claims = (text: string) => findClaims(reg, readArticle(text)).map((f) => `${f.kind} ${f.votes?.map((v) => `${v.code}:${v.vote}`).join(' ') ?? JSON.stringify(f.tally)}${f.gap ? ` (${f.gap})` : ''}`);

describe('findClaims', () => {
  it('reads a stance as a vote only where the article reports one', () => {
    expect(claims('The UN resolution was adopted. Brazil backed the resolution on the embargo.')).toEqual(['countryVote BRA:Y']);
    expect(claims('The UN General Assembly adopted the Pact without a vote. Russia declined to support the Pact.')).toEqual([]);
    expect(claims('No committee member called for a vote. Opposing countries, including North Korea, refrained from requesting a vote. The resolution was adopted unanimously without a formal vote. China and Russia opposed the resolution.')).toEqual([]);
    // A statement ("rejects and denounces the resolution") and a vote as a noun ("the upcoming UN vote against the
    // blockade") are not votes cast; "rejected" in the past is.
    expect(claims('The Assembly adopted the resolution. Its foreign ministry said it flatly rejects and denounces the resolution.')).toEqual([]);
    expect(claims('The UN resolution on the embargo: how did Argentina vote in 2024?')).toEqual([]);
    // A year before the subject is not a preposition's object ("in 2024 the U.S. and Israel").
    expect(claims('The UN resolution was adopted. In 2024 the U.S. and Israel voted against the resolution.')).toEqual(['countryVote USA:N ISR:N']);
    expect(claims('Havana said the United States is putting obstacles in the way of the upcoming UN vote against the blockade.')).toEqual([]);
    expect(claims('The resolution was adopted by 120 votes. Belarus rejected the resolution.')).toEqual(['tally {"yes":120}', 'countryVote BLR:N']);
  });

  it('reads states given as examples, a list of company, "a no" and the absent', () => {
    expect(claims('The Assembly adopted the resolution. Some allies, like Australia and Canada, abstained.')).toEqual(['countryVote AUS:A CAN:A']);
    expect(claims('The Assembly adopted the resolution. India voted with Pakistan, Bangladesh and Maldives, in favour of it.')).toEqual(['countryVote IND:Y PAK:Y BGD:Y MDV:Y']);
    expect(claims('The Assembly adopted the resolution. The countries that voted a “no” were Israel, Nauru and Togo.')).toEqual(['countryVote ISR:N NRU:N TGO:N']);
    expect(claims('The Assembly adopted the resolution. The absent countries included Kenya and Ukraine.')).toEqual(['countryVote KEN:X UKR:X']);
    expect(claims('The Assembly adopted the resolution. Those supporting the resolution were Canada and Japan.')).toEqual(['countryVote CAN:Y JPN:Y']);
    expect(claims('China and Russia joined a unanimous Security Council vote on new sanctions.')).toEqual(['countryVote CHN:Y RUS:Y']);
    expect(claims('The Assembly adopted the resolution. Those who opposed it included Syria and Iran.')).toEqual(['countryVote SYR:N IRN:N']);
    // "They included ...", "Others were ...": the states of the sentence before's vote, without a colon.
    expect(claims('Some 17 African countries abstained in the Assembly. They included South Africa and Algeria. Others were Sudan and Namibia.')).toEqual(['countryVote ZAF:A DZA:A', 'countryVote SDN:A NAM:A']);
    expect(claims('In the Assembly, 27 nations abstained. Those nations included Austria and Brazil.')).toEqual(['tally {"abstain":27}', 'countryVote AUT:A BRA:A']);
    expect(claims('Ghana joins 140 other countries to vote in favour of the UN resolution.')).toEqual(['countryVote GHA:Y', 'tally {"yes":141}']);
  });

  it('takes "They are:" and "it" from the sentence before', () => {
    expect(claims('At the UN, five countries voted against. They are: Eritrea, Syria and Russia.')).toEqual(['tally {"no":5}', 'countryVote ERI:N SYR:N RUS:N']);
    // "The two countries were ...", after a sentence whose count is a part, not a tally.
    expect(claims('Two African countries voted against the UN resolution. The two countries were Eritrea and Mali.')).toEqual(['countryVote ERI:N MLI:N']);
  });

  it('takes "both" and "they" for the states that open the sentence before, where it casts no vote', () => {
    expect(claims('Russia and China lay the SMACKDOWN! Both voted no in vetoing the proposed Zimbabwe sanctions resolution.')).toEqual(['countryVote RUS:N CHN:N (veto)']);
    // ... not for states the sentence names elsewhere.
    expect(claims('The talks in Russia and China failed. They voted no on the resolution.')).toEqual([]);
  });

  it('keeps a tally of two figures or more in the next sentence a claim of its own', () => {
    expect(claims('At the UN, 141 countries voted in favor of the resolution. 34 countries abstained from voting whilst 5 voted against.')).toEqual([
      'tally {"yes":141}',
      'tally {"abstain":34,"no":5}',
    ]);
  });

  it('joins a tally printed over two sentences', () => {
    expect(claims('The UN General Assembly adopted the resolution with 143 votes. The United States and eight other countries voted against it.')).toEqual([
      'tally {"yes":143,"no":9}',
      'countryVote USA:N',
    ]);
    // ... but not into a sentence about an earlier vote.
    expect(claims('At the UN, 191 countries supported the measure. Last year, the United States and Israel had voted against the resolution and three countries had abstained.').filter((c) => c.startsWith('tally'))).toEqual([
      'tally {"yes":191}',
      'tally {"abstain":3}',
    ]);
  });

  it('reads a Council sentence next to a veto as about the vetoed draft', () => {
    expect(claims('In the Security Council, 12 of the 15 members voted in favour. Britain and Switzerland abstained, and the United States vetoed the resolution.')).toEqual([
      'tally {"yes":12} (veto)',
      'countryVote GBR:A CHE:A (veto)',
      'countryVote USA:N (veto)',
    ]);
    // ... but not next to a veto of other votes, told in a relative clause.
    expect(claims('The Security Council resolution won 14 votes in favor. The United States, which had previously vetoed three draft resolutions, abstained on Monday, allowing the draft to pass.')).toEqual([
      'tally {"yes":14}',
      'countryVote USA:A',
    ]);
  });
});
