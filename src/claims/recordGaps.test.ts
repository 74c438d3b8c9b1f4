import { describe, expect, it } from 'vitest';
import { committeeAhead, recordGap } from './recordGaps.js';

describe('recordGap', () => {
  it('names the votes the record does not hold', () => {
    expect(recordGap('Russia vetoed a draft condemning the referendums')).toBe('veto');
    expect(recordGap('It failed owing to a veto from permanent member the United States')).toBe('veto');
    expect(recordGap('The draft failed to pass, with 7 votes in favour')).toBe('failedDraft');
    expect(recordGap('Additional 21 countries failed to turn up on the vote.')).toBeNull();
    expect(recordGap('144 votes went to Hungary, 114 to Croatia and 112 to Russia.')).toBe('election');
    expect(recordGap('The envoy would not comment, signaling that Moscow may choose to veto the resolution.')).toBeNull();
    expect(recordGap('Russia threatened to veto the draft.')).toBeNull();
    expect(recordGap('They made clear they would have voted to veto the resolution if it had won enough support.')).toBeNull();
    expect(recordGap('The six “aye” votes were three short of the nine needed for passage.')).toBe('failedDraft');
    expect(recordGap('So while Palestine required nine votes to attain statehood, it got only eight.')).toBe('failedDraft');
    expect(recordGap('The Security Council refused to approve an American-endorsed proposal.')).toBe('failedDraft');
    expect(recordGap('Algeria, having earlier proposed two amendments to the US draft, did not vote.')).toBeNull();
    expect(recordGap('It approved (120 to 14) a resolution, the first to be adopted by a UN body after four failed attempts by the Security Council.')).toBeNull();
    expect(recordGap('A UN General Assembly committee on Thursday voted to launch negotiations.')).toBe('committee');
    expect(recordGap('Eighty-four members voted for it at the assembly’s Third Committee.')).toBe('committee');
    expect(recordGap('The passage in a plenary vote followed the approval by the assembly’s First Committee in October.')).toBeNull();
    expect(recordGap('Washington was isolated in blocking the measure.')).toBe('failedDraft');
    expect(recordGap('Russia threatened blocking the measure.')).toBeNull();
    expect(recordGap('The amendment was rejected by 60 votes to 46')).toBe('amendment');
    expect(recordGap("Russia abstained to protest the resolution's failure to welcome the peace agreement")).toBeNull();
    expect(recordGap('Algeria proposed two amendments aimed at a political solution, but these were not adopted.')).toBe('amendment');
    expect(recordGap('In the Third Committee, the text passed 80-28-68')).toBe('committee');
    expect(recordGap('A United Nations committee has endorsed a resolution on Myanmar')).toBe('committee');
    // UN press style: the committee's full name in brackets, then "The Committee also approved".
    expect(recordGap('The First Committee of the UN General Assembly (Disarmament and International Security) approved six drafts')).toBe('committee');
    expect(recordGap('By a recorded vote of 105 to 51, the Committee also approved a text on Iran')).toBe('committee');
    expect(recordGap('India on Thursday abstained from voting on a UN Committee’s resolution on Myanmar')).toBe('committee');
    expect(recordGap('Acting on the recommendation of its Fourth Committee (Special Political and Decolonization), the Assembly adopted')).toBeNull();
    // The nuclear ban treaty was adopted by its negotiating conference; the Assembly's resolutions on it are recorded votes.
    expect(recordGap('The Treaty on the Prohibition of Nuclear Weapons was adopted on 7 July by 122 votes')).toBe('otherBody');
    expect(recordGap('A resolution calling on states to ratify the Treaty on the Prohibition of Nuclear Weapons was also adopted')).toBeNull();
    expect(recordGap('The US joined India to vote against a key part of the resolution on a nuclear-weapon-free world')).toBe('paragraph');
    expect(recordGap('Japan abstained on paragraph 4 of the text')).toBe('paragraph');
    expect(recordGap('Japan abstained on the resolution as a whole')).toBe(null);
    expect(recordGap('In a separate vote on operative paragraph 5, India abstained')).toBe('paragraph');
    // The text voted after amendments to it passed is a whole resolution's vote.
    expect(recordGap("The United States abstained on its own text, after European states' amendments were accepted")).toBe(null);
    expect(recordGap('Hungary voted for the amendments')).toBe('amendment');
    expect(committeeAhead('The resolution will now go to a full General Assembly vote in December.')).toBe(true);
    expect(committeeAhead('The text goes before the plenary Assembly next month.')).toBe(true);
    expect(committeeAhead('The General Assembly adopted the resolution in December.')).toBe(false);
    expect(recordGap("The General Assembly's Third Committee, which deals with human rights, on Thursday passed the text")).toBe('committee');
    expect(recordGap('India was elected with 184 votes out of the 192 ballots cast')).toBe('election');
    expect(recordGap('The Human Rights Council in Geneva adopted the text by 25 votes')).toBe('otherBody');
    expect(recordGap('a no-action motion was carried')).toBe('procedural');
  });

  it('does not take the plenary for a committee, or a vote on the Human Rights Council for one in it', () => {
    expect(recordGap('The Assembly adopted draft resolution II, recommended by the First Committee, by 156 votes to 4')).toBeNull();
    expect(recordGap('The Assembly voted to suspend Russia from the Human Rights Council')).toBeNull();
    expect(recordGap('The US resolution was only passed after an amendment proposed by France')).toBeNull();
    expect(recordGap('The resolution was adopted by 141 votes to 5')).toBeNull();
    // An elected government, or an election at home, is no election at the UN.
    expect(recordGap('It was adopted months after the military overthrew the elected government in a February 1 coup')).toBeNull();
    expect(recordGap('Russia failed in its bid for a seat on the Human Rights Council')).toBe('election');
    expect(recordGap('Slovenia beat Belarus in the race for Eastern Europe, receiving 153 votes')).toBe('election');
    expect(recordGap('Russia and China abstained but chose not to veto it, which would have killed the mission')).toBeNull();
    expect(recordGap('The abstentions included China and Russia, which have the power of veto')).toBeNull();
    expect(recordGap('U.S. Refuses To Veto U.N. Resolution On Israeli Settlements')).toBeNull();
    expect(recordGap('While neither France nor the UK vetoed the measure, both abstained')).toBeNull();
    // Spanish and Portuguese vetoes; failures in other words.
    expect(recordGap('A proposta foi vetada pela Rússia e pela China')).toBe('veto');
    expect(recordGap('The Security Council failed to adopt a Russian-drafted resolution')).toBe('failedDraft');
    expect(recordGap('Nebenzia expressed regret over the resolution’s failure')).toBe('failedDraft');
    // A draft rejected by the members' votes; not a text a government rejected.
    expect(recordGap('A Yugoslav draft resolution recommending a renewed call for cease-fire was rejected by one vote in favour and seven votes against it')).toBe('failedDraft');
    expect(recordGap('The resolution was rejected by Israel as one-sided')).toBeNull();
    // "failed to" of anything but adoption is no failed draft.
    expect(recordGap('Dhaka said the resolution failed “to adequately reflect on the Rohingya crisis”')).toBeNull();
    expect(recordGap('The resolution failed to achieve the nine votes needed')).toBe('failedDraft');
    // A vote on part of a text.
    expect(recordGap('India, along with the US and Pakistan, has voted against a provision of the resolution')).toBe('paragraph');
    expect(recordGap('The provision was retained by a recorded vote of 165 in favour')).toBe('paragraph');
  });
});
