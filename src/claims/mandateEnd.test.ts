import { describe, expect, it } from 'vitest';
import { mandateWindow } from './mandateEnd.js';

describe('mandateWindow', () => {
  it('gives the months from thirteen to five before the end of a mandate a vote extends', () => {
    expect(mandateWindow('The resolution extends the mandate of UNMISS until March 15, 2020.')).toEqual({ from: '2019-02-09', to: '2019-10-17' });
    expect(mandateWindow('The Council renewed the mission until 30 April 2025.')).toEqual({ from: '2024-03-26', to: '2024-12-01' });
  });
  it('is null without a renewal or a full date', () => {
    expect(mandateWindow('Members agreed to end poverty by 2030.')).toBeNull();
    expect(mandateWindow('The talks run until March 15, 2020.')).toBeNull();
    expect(mandateWindow('The mandate was extended until March.')).toBeNull();
  });
});
