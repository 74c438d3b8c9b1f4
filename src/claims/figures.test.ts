import { describe, expect, it } from 'vitest';
import { tallies } from './figures.js';

const read = (text: string) => tallies(text).map((t) => t.tally);

describe('tallies', () => {
  it('reads the printed forms of a tally', () => {
    expect(read('It passed 141-5-35.')).toEqual([{ yes: 141, no: 5, abstain: 35 }]);
    expect(read('The vote was 141-5 with 35 abstentions.')).toEqual([{ yes: 141, no: 5, abstain: 35 }]);
    expect(read('adopted by a recorded vote of 156 in favour to 4 against, with 24 abstentions')).toEqual([{ yes: 156, no: 4, abstain: 24 }]);
    expect(read('IN FAVOR: 14 AGAINST: 0 ABSTAIN: 1 (US)')).toEqual([{ yes: 14, no: 0, abstain: 1 }]);
    expect(read('94 countries voted in favor, 13 - against, 74 - abstained')).toEqual([{ yes: 94, no: 13, abstain: 74 }]);
    expect(read('by 14 votes to none, with one abstention')).toEqual([{ yes: 14, no: 0, abstain: 1 }]);
    expect(read('the resolution was carried by 104 votes against 18, with 18 abstentions')).toEqual([{ yes: 104, no: 18, abstain: 18 }]);
    expect(read('One hundred countries voted in favor of the resolution, with 11 against and 58 abstaining.')).toEqual([{ yes: 100, no: 11, abstain: 58 }]);
    expect(read('approved with 119 countries voting “yes,” and 36 countries abstaining')).toEqual([{ yes: 119, abstain: 36 }]);
  });

  it('reads counts told with the body they sit in, and support told as approval, thumbs up or "passed with"', () => {
    expect(read('A total of 116 countries in the 193-nation assembly voted in favor.')).toEqual([{ yes: 116 }]);
    expect(read('184 of the 193-member United Nations’ General Assembly voted in favour.')).toEqual([{ yes: 184 }]);
    expect(read('The resolution got the thumbs up from 143 of the 193-member states, while 35 States abstained.')).toEqual([{ yes: 143, abstain: 35 }]);
    expect(read('a draft submitted by Japan obtaining the approval of 144 nations')).toEqual([{ yes: 144 }]);
    expect(read('The vote passed with 120 nations.')).toEqual([{ yes: 120 }]);
    expect(read('It passed with 120 nations voting in favour and 14 against.')).toEqual([{ yes: 120, no: 14 }]);
  });

  it('reads "N countries to abstain", "the number of countries abstaining was N", "N countries adopted the motion"', () => {
    expect(read('South Africa was one of 26 countries to abstain.')).toEqual([{ abstain: 26 }]);
    expect(read('128 countries voted in favor, and 35 countries voting to abstain, including Canada.')).toEqual([{ yes: 128, abstain: 35 }]);
    expect(read('The number of countries abstaining from voting was 35.')).toEqual([{ abstain: 35 }]);
    expect(read('Fourteen countries adopted the motion.')).toEqual([{ yes: 14 }]);
    expect(read('32 countries including Pakistan remained neutral.')).toEqual([{ abstain: 32 }]);
    expect(read('General Assembly Condemns Panama Invasion 75-20')).toEqual([{ yes: 75, no: 20 }]);
    expect(read('163 countries supported it, with five voting against it and nine choosing to abstain from the vote.')).toEqual([{ yes: 163, no: 5, abstain: 9 }]);
    // Words in brackets between the figures.
    expect(read('The vote was 187 (supporting the resolution condemning the embargo) to 2 (the United States and Israel), with 3 abstaining.')).toEqual([{ yes: 187, no: 2, abstain: 3 }]);
    // A day of the month is no count.
    expect(read('The United Nations General Assembly on December 17 adopted a resolution criticizing Iran.')).toEqual([]);
  });

  it('reads a record\'s list of counts, each side and its count set off by a comma', () => {
    expect(read('The result of the vote was: in favor, 59; against, three; abstentions, 71; absences, 46.')).toEqual([{ yes: 59, no: 3, abstain: 71, nonVoting: 46 }]);
    expect(read('1993: In favor, 88; against, four; abstentions, 57.')).toEqual([{ yes: 88, no: 4, abstain: 57 }]);
    expect(read('He voted in favor, 12 years after the war.')).toEqual([]);
  });

  it('reads the figures of a factbox row after its day, not a day for figures', () => {
    expect(read('661 Aug. 6 13-0 Cuba and Yemen abstain')).toEqual([{ yes: 13, no: 0 }]);
    expect(read('662 Aug. 9 15-0')).toEqual([{ yes: 15, no: 0 }]);
    expect(read('The vote on Aug. 6 13-0 was expected.')).toEqual([]);
  });

  it('reads counts of states by what they did', () => {
    expect(read('Thirteen countries, including Azerbaijan and Venezuela, simply did not participate in the vote.')).toEqual([{ nonVoting: 13 }]);
    expect(read("22 countries skipped the meeting and didn't vote.")).toEqual([{ nonVoting: 22 }]);
    expect(read('Additional 21 countries failed to turn up on the vote.')).toEqual([{ nonVoting: 21 }]);
    expect(read('The Assembly adopted the resolution on Myanmar by 119 votes.')).toEqual([{ yes: 119 }]);
    expect(read('The Assembly approved the text sponsored by 50 countries.')).toEqual([]);
    expect(read('A two-thirds majority of 129 votes is needed to win a seat.')).toEqual([]);
    expect(read('The 15-member Security Council vote was 13-2 in favor of the resolution.')).toEqual([{ yes: 13, no: 2 }]);
    expect(read('The resolution was endorsed by the other 14 members of the council.')).toEqual([{ yes: 14 }]);
    expect(read('All of the 14 other member approved the resolution.')).toEqual([{ yes: 14 }]);
    expect(read('They were among the 17 countries that joined the United States in opposing the resolution.')).toEqual([{ no: 17 }]);
    expect(read('Thirty-five countries, primarily from Africa and Latin America abstained from the vote.')).toEqual([{ abstain: 35 }]);
    expect(read('Eleven of the 15 members of the United Nations Security Council voted in favour of the resolution.')).toEqual([{ yes: 11 }]);
    expect(read('Adopted at the 906th meeting by 8 votes to 2 (Poland, Union of Soviet Socialist Republics), with I abstention')).toEqual([{ yes: 8, no: 2, abstain: 1 }]);
    expect(read('A total of 14 African countries abstained from voting while two voted against the resolution.')).toEqual([]);
    expect(read('Mali and Eritrea were the two African countries that voted against the resolution.')).toEqual([]);
    expect(read('Another 32 abstained from voting while seven including Russia voted against the resolution.')).toEqual([{ abstain: 32, no: 7 }]);
    expect(read('It was adopted by the General Assembly by 128 to nine with 35 abstentions.')).toEqual([{ yes: 128, no: 9, abstain: 35 }]);
    expect(read('The resolution passed by eleven votes to two.')).toEqual([{ yes: 11, no: 2 }]);
    expect(read('Eleven of the council’s 15 members voted for the motion')).toEqual([{ yes: 11 }]);
    expect(read('141 out of 193 United Nations member states voted for the resolution')).toEqual([{ yes: 141 }]);
    expect(read('Al-Jazeera reports that 143 countries — backed a resolution')).toEqual([{ yes: 143 }]);
    expect(read("143 countries voted against Russia's claim")).toEqual([{ yes: 143 }]);
    expect(read('30 countries voted against Putin at the Assembly')).toEqual([{ yes: 30 }]);
    expect(read('The seven countries voting against Thursday’s resolution were Belarus')).toEqual([{ no: 7 }]);
    expect(read('India was elected with 184 votes')).toEqual([{ yes: 184 }]);
    expect(read("123 of the UN's 193 member states voted in favour of a new resolution, 38 countries were against while 24 abstained.")).toEqual([{ yes: 123, no: 38, abstain: 24 }]);
    expect(read("Thirteen of the council's 15 members voted to extend the mandate.")).toEqual([{ yes: 13 }]);
    expect(read('The Assembly saw 141 of 180 members, who were present, vote in favour of the resolution.')).toEqual([{ yes: 141 }]);
    expect(read('The 104-to-18 vote (with 18 abstentions) was a defeat for Moscow.')).toEqual([{ yes: 104, no: 18, abstain: 18 }]);
    expect(read('143 member countries of the United Nations General Assembly (out of 193), including Serbia, voted in favor')).toEqual([{ yes: 143 }]);
    expect(read("The resolution was approved by 14 out of the Council's 15 members")).toEqual([{ yes: 14 }]);
    expect(read("the resolution's passage with a majority vote of 124")).toEqual([{ yes: 124 }]);
    expect(read('a majority of 60 per cent')).toEqual([]);
    expect(read('Kenya was one of the countries that abstained')).toEqual([]);
    expect(read('India was one of 35 countries that abstained')).toEqual([{ abstain: 35 }]);
    expect(read('Pakistan, China among 35 other coutries abstained')).toEqual([{ abstain: 35 }]);
    expect(read('Death Penalty Moratorium Passes by 104 Votes')).toEqual([{ yes: 104 }]);
    expect(read('The resolution received support from 12 out of the 15 council members')).toEqual([{ yes: 12 }]);
    expect(read('Nine of the 15-member council countries, including the United States, voted in favor')).toEqual([{ yes: 9 }]);
    expect(read('The 12 members who were left cast yes votes.')).toEqual([{ yes: 12 }]);
    expect(read('Ten UNSC members voted in favour.')).toEqual([{ yes: 10 }]);
    expect(read('Thirteen of the SC’s 15 members voted for the resolution.')).toEqual([{ yes: 13 }]);
    expect(read('Although 141 countries did vote for the resolution, and “only 5” voted against, there are 193 countries')).toEqual([{ yes: 141, no: 5 }]);
    // A day between the verb and its side, "voting to", "in voting", a count's number, Assembly members.
    expect(read('A total of 128 members of the U.N. General Assembly voted on Thursday for a resolution')).toEqual([{ yes: 128 }]);
    expect(read('with 141 of 193 member nations voting to condemn the invasion')).toEqual([{ yes: 141 }]);
    expect(read('Russia voted against it, joining 11 other countries in voting "no."')).toEqual([{ no: 11 }]);
    expect(read('The number of “no” votes is 9, like last year.')).toEqual([{ no: 9 }]);
    expect(read('The remaining 37 General Assembly members did not vote.')).toEqual([{ nonVoting: 37 }]);
  });

  it('leaves out parts, years, amounts and member counts', () => {
    expect(read('seven nations in the region voted in favour')).toEqual([]);
    expect(read('including 12 African states that abstained')).toEqual([]);
    expect(read('The vote on 2023-02-23 came in 2023, when 2,000 people and 1.5 million refugees ...')).toEqual([]);
    expect(read('the 193-member General Assembly')).toEqual([]);
    // The rule of adoption, before or after its figure, is no count.
    expect(read('A resolution needs nine votes in favour to pass.')).toEqual([]);
    expect(read('confident of garnering the nine "yes" votes needed for adoption')).toEqual([]);
  });

  it('keeps the figures of different votes apart, with their own dates', () => {
    const groups = tallies('The resolution received 187 votes in favour, up from 185 last year and 184 in 2021.');
    expect(groups.map((g) => [g.tally, g.dateText ?? null])).toEqual([
      [{ yes: 187 }, null],
      [{ yes: 185 }, 'last year'],
      [{ yes: 184 }, 'in 2021'],
    ]);
    // A series of earlier years after a comma, and one told with "was".
    expect(tallies('Only 38 abstained, compared to 48 in 1994, 57 in 1993 and 71 in 1992.').map((g) => [g.tally, g.dateText ?? null])).toEqual([
      [{ abstain: 38 }, null],
      [{ abstain: 48 }, 'in 1994'],
      [{ abstain: 57 }, 'in 1993'],
      [{ abstain: 71 }, 'in 1992'],
    ]);
    expect(tallies('The highest number of votes for the resolution was 89 in 2011.').map((g) => [g.tally, g.dateText])).toEqual([[{ yes: 89 }, 'in 2011']]);
    expect(tallies('It tied the 2019 vote of 187.').map((g) => [g.tally, g.dateText])).toEqual([[{ yes: 187 }, 'in 2019']]);
    // An aside in brackets on another year's vote: the figures after it go on with the vote before it.
    expect(read('It passed with 123 votes in favor (more than 121 yes in 2018), 38 against and 24 abstentions.')).toEqual([
      { yes: 123, no: 38, abstain: 24 },
      { yes: 121 },
    ]);
    expect(read('The amendment passed 60-46-53 and the resolution was then adopted 93-8-73.')).toEqual([
      { yes: 60, no: 46, abstain: 53 },
      { yes: 93, no: 8, abstain: 73 },
    ]);
  });

  it("reads an election's counts one per candidate, and only in a sentence about an election", () => {
    expect(read('Kenya polled only 81 votes and lost to Chile, which received 150 votes, and Peru, which got 119 for the two seats.')).toEqual([
      { yes: 81 },
      { yes: 150 },
      { yes: 119 },
    ]);
    expect(read('Spain was elected with 152 votes, Sweden with 140 and Austria with 97.')).toEqual([{ yes: 152 }, { yes: 140 }, { yes: 97 }]);
    expect(read('In the second round 120 votes went to Estonia, 60 to Romania and 3 to Ukraine.')).toEqual([{ yes: 120 }, { yes: 60 }, { yes: 3 }]);
    // A bare count after a name is a vote only in an election: here it is a count of years.
    expect(read('Norway with 12 years of service chaired the committee.')).toEqual([]);
  });

  it("reads the counts of a series' earlier years, their side from the words before them", () => {
    const at = (text: string) => tallies(text).map((t) => [t.tally, t.dateText]);
    expect(at('The number of states voting in favour has risen from 104 in 2007 to 121 in 2018 and 123 in 2020.')).toEqual([
      [{ yes: 104 }, 'in 2007'],
      [{ yes: 121 }, 'in 2018'],
      [{ yes: 123 }, 'in 2020'],
    ]);
    expect(at('The yes vote dropped to 83, down from 86 in 2013, and from 89 in 2011.')).toEqual([
      [{ yes: 83 }, undefined],
      [{ yes: 86 }, 'in 2013'],
      [{ yes: 89 }, 'in 2011'],
    ]);
    // Both sides named before the figure: no side to give it.
    expect(at('Votes in favour and against have risen from 12 in 2007.')).toEqual([]);
    expect(read('Thirty-five nations supported Iran by voting “no,” and another 68 abstained.')).toEqual([{ no: 35, abstain: 68 }]);
  });

  it('reads absences as not voting', () => {
    expect(read('It passed with 84 member states in favor, 19 against, 68 abstentions, and 20 absences.')).toEqual([{ yes: 84, no: 19, abstain: 68, nonVoting: 20 }]);
  });

  it('gives each figure its place in the text', () => {
    const text = 'When the Assembly voted, 32 countries abstained.';
    const [g] = tallies(text, 100);
    expect(g).toMatchObject({ start: 125, end: 147 });
    expect(text.slice(g!.start - 100, g!.end - 100)).toBe('32 countries abstained');
  });
});
