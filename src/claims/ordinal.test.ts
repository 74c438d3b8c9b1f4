import { describe, expect, it } from 'vitest';
import { seriesOrdinal } from './ordinal.js';

describe('seriesOrdinal', () => {
  it('reads a recurring vote’s place in its series', () => {
    expect(seriesOrdinal('The Assembly voted overwhelmingly for the 22nd time to condemn the embargo.')).toBe(22);
    expect(seriesOrdinal('It condemned the embargo for the 30th consecutive year.')).toBe(30);
    expect(seriesOrdinal('It was adopted for the twenty-second time.')).toBe(22);
  });

  it('reads no place from other ordinals', () => {
    expect(seriesOrdinal('Israel abstained for the first time.')).toBeNull();
    expect(seriesOrdinal('Russia vetoed for the third time this year.')).toBeNull();
    expect(seriesOrdinal('the 22nd session of the General Assembly')).toBeNull();
    expect(seriesOrdinal('for the second time in a week')).toBeNull();
  });
});
