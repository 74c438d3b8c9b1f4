import { describe, expect, it } from 'vitest';
import { findDate } from './article.js';
import { monthDays, sentenceWindow } from './match.js';

describe('sentenceWindow', () => {
  const article = '2023-05-01';
  it('reads a day, a month, a month of last year, and a year, against the article date', () => {
    expect(sentenceWindow('On 23 February 2023 the Assembly voted.', article)).toEqual({ from: '2023-02-20', to: '2023-02-26' });
    expect(sentenceWindow('On February 23, Pakistan abstained.', article)).toEqual({ from: '2023-02-20', to: '2023-02-26' });
    expect(sentenceWindow('In February, Pakistan abstained.', article)).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(sentenceWindow('Last October, India abstained.', article)).toEqual({ from: '2022-10-01', to: '2022-10-31' });
    expect(sentenceWindow('In April last year, Brazil abstained.', article)).toEqual({ from: '2022-04-01', to: '2022-04-30' });
    expect(sentenceWindow('Last year, Brazil abstained.', article)).toEqual({ from: '2022-01-01', to: '2022-12-31' });
  });
  it('reads a bare year that opens the sentence, which chrono-node leaves', () => {
    expect(sentenceWindow('In 2018, 121 member states approved the moratorium.', '2020-12-16')).toEqual({ from: '2018-01-01', to: '2018-12-31' });
    expect(sentenceWindow('Israel, which had been granted membership in 1949, voted against it.', '2020-12-16')).toBeNull();
  });
  it('reads a bare year that names the vote, not one of a comparison', () => {
    expect(sentenceWindow('Nauru, which voted against the 2018 resolution, supported it.', '2020-12-16')).toEqual({ from: '2018-01-01', to: '2018-12-31' });
    expect(sentenceWindow('Guinea voted in favour of the moratorium in 2018.', '2020-12-16')).toEqual({ from: '2018-01-01', to: '2018-12-31' });
    expect(sentenceWindow('The count was 123, against 121 in 2018.', '2020-12-16')).toBeNull();
  });
  it('does not take a month that names another event for the vote\'s', () => {
    expect(sentenceWindow('Russia abstained, citing the September’s peace agreement.', '2019-03-16')).toBeNull();
    expect(sentenceWindow('Russia abstained in September, citing the peace agreement.', '2019-10-16')).toEqual({ from: '2019-09-01', to: '2019-09-30' });
    expect(sentenceWindow('India voted for the text demanding that Washington rescind its December 6 declaration on Jerusalem.', '2017-12-21')).toBeNull();
  });
  it('is null when the sentence names no date', () => {
    expect(sentenceWindow('Pakistan abstained.', article)).toBeNull();
    expect(sentenceWindow('A year after the invasion, the Assembly voted again.', article)).toBeNull();
  });
  it('does not take a mandate\'s end, a deadline, a period\'s start or a later day for the vote\'s', () => {
    expect(sentenceWindow('The Council voted 13 in favor to extend the mission until April 30, 2025.', '2024-04-29')).toBeNull();
    expect(sentenceWindow('Members agreed to end poverty by 2030.', article)).toBeNull();
    expect(sentenceWindow('Since 2019, the United States has voted against it.', article)).toBeNull();
    expect(sentenceWindow('In March 2022, 141 countries voted for it; the mission runs until April 30, 2025.', '2024-04-29')).toEqual({ from: '2022-03-01', to: '2022-03-31' });
    expect(findDate('UN extends mission\n\nThe Council voted 13 in favor to extend the mission until April 30, 2025.')).toBeNull();
    expect(findDate('UN extends mission\n\nOn April 29, 2024 the Council voted 13 in favor.')).toBe('2024-04-29');
    expect(findDate('U.N. General Assembly adopts resolution\n\nPosted December. 20, 2014 07:59,\n\nThe Assembly voted.')).toBe('2014-12-20');
    expect(findDate('Assembly calls on Israel to withdraw\n\nIt called on Israel to withdraw to the Line of June 4, 1967.')).toBeNull();
    // A chronology's first entry is not the article's day.
    expect(findDate('The resolutions\n\nAugust 2, 1990 Resolution 660: Condemned the invasion.\nAugust 6 Resolution 661: Imposed an embargo.\nAugust 9 Resolution 662: Declared the annexation void.')).toBeNull();
  });
});

describe('monthDays', () => {
  it('reads the days of the year a passage names without a year', () => {
    expect(monthDays('Russia on Wednesday, August 30, vetoed the proposal.')).toEqual(['08-30']);
    expect(monthDays('The vote on 2 March and the one of Nov. 14th')).toEqual(['03-02', '11-14']);
    expect(monthDays('On March 2, 2022 the Assembly voted.')).toEqual([]);
    expect(monthDays('It extends the mechanism for six months, until January 10.')).toEqual([]);
    // A force's start is no vote's day.
    expect(monthDays('approved on Thursday a peacekeeping force in Mali starting July 1')).toEqual([]);
    expect(monthDays('sanctions against North Korea over its May 25 nuclear test')).toEqual([]);
    expect(monthDays('since the October 7 attacks, the March 2 vote')).toEqual(['03-02']);
  });
});
