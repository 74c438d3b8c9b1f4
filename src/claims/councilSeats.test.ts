import { describe, expect, it } from 'vitest';
import { workspace } from '../analysis/workspace.js';
import { matrixOf } from '../../test/helpers/matrix.js';
import { councilSeats } from './councilSeats.js';

describe('councilSeats', () => {
  // A Council of three seats: DDD sits in 2008, EEE in 2019; the USSR's seat is Russia's.
  const sc = workspace(
    matrixOf(['SUN', 'RUS', 'DDD', 'EEE'], [
      { symbol: 'S/RES/500(1982)', date: '1982-01-28', title: 'Afghanistan', votes: 'Y.Y.' },
      { symbol: 'S/RES/1800(2008)', date: '2008-02-20', title: 'Sudan', votes: '.YY.' },
      { symbol: 'S/RES/2460(2019)', date: '2019-03-15', title: 'Libya', votes: '.Y.Y' },
    ]),
  );
  const seated = councilSeats(sc);

  it('says who sat in the year of a date, from the votes of that year', () => {
    expect(seated('DDD', '2008-07-11')).toBe(true);
    expect(seated('DDD', '2019-02-28')).toBe(false);
    expect(seated('EEE', '2019-02-28')).toBe(true);
    expect(seated('RUS', '1982-06-01')).toBe(true);
  });

  it('says nothing of a year with no recorded vote', () => {
    expect(seated('DDD', '2030-01-01')).toBeNull();
  });
});
