import { describe, expect, it } from 'vitest';
import { eraOf } from './era.js';

describe('eraOf', () => {
  it('bounds an undated article by the terms of the officeholders it names', () => {
    expect(eraOf('The Biden administration voted against the resolution.')).toEqual({ from: '2021-01-20', to: '2025-02-20' });
    // In office together: the intersection of the terms.
    expect(eraOf('Ambassador Nikki Haley spoke after Secretary-General Guterres.')).toEqual({ from: '2017-01-27', to: '2019-01-31' });
    // The two Bushes by their initials; "the Bush administration" with an ambassador of one of its terms.
    expect(eraOf('George W. Bush praised the council decision.')).toEqual({ from: '2001-01-20', to: '2009-02-20' });
    expect(eraOf('The Bush administration, through Ambassador John Bolton, voted against it.')).toEqual({ from: '2005-08-02', to: '2007-01-09' });
    expect(eraOf('The Bush administration voted against it.')).toBeNull();
  });
  it('reads "former" as after the term, and gives no span where the names disagree or a term recurs', () => {
    expect(eraOf('The Biden administration continued former President Donald Trump’s opposition.')).toEqual({ from: '2021-01-20', to: '2025-02-20' });
    expect(eraOf('The late Kofi Annan had warned of this.')).toEqual({ from: '2006-12-31', to: '2100-01-01' });
    expect(eraOf('Obama and Biden agreed.')).toBeNull();
    expect(eraOf('President Trump said the vote was a disgrace.')).toBeNull();
    expect(eraOf('Pakistan abstained.')).toBeNull();
    // A president named bare may not be in office yet ("pressure from Trump", December 2016).
    expect(eraOf('Despite pressure from Trump, Samantha Power raised her hand to abstain.')).toEqual({ from: '2013-08-05', to: '2017-02-20' });
  });
});
