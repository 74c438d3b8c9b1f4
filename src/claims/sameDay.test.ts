import { describe, expect, it } from 'vitest';
import { sameDay } from './sameDay.js';

// Claims stand for lone figures: where each was matched alone, and the votes each fits, by day.
interface C { name: string; at: string; fits: string[] }
const dateOf = (c: C) => c.at;
const onDay = (c: C, w: { from: string; to: string }) => c.fits.find((d) => d >= w.from && d <= w.to) ?? null;

describe('sameDay', () => {
  it('moves a lone figure to the day of the article\'s other votes where it has a vote that day', () => {
    const jerusalem = { name: '129', at: '1976-12-16', fits: ['1976-12-16', '2021-12-01'] };
    const golan = { name: '94', at: '2021-12-01', fits: ['2021-12-01'] };
    expect([...sameDay([jerusalem, golan], dateOf, onDay)]).toEqual([[jerusalem, '2021-12-01']]);
  });
  it('moves nothing when no day gathers more claims than one already does', () => {
    const a = { name: 'a', at: '2020-01-01', fits: ['2020-01-01'] };
    const b = { name: 'b', at: '2022-01-01', fits: ['2022-01-01'] };
    expect(sameDay([a, b], dateOf, onDay).size).toBe(0);
    const c = { name: 'c', at: '2022-01-01', fits: ['2022-01-01', '2020-01-02'] };
    // Two are on 2022-01-01 already; 2020-01-01 would gather only two as well.
    expect(sameDay([a, b, c], dateOf, onDay).size).toBe(0);
    expect(sameDay([a], dateOf, onDay).size).toBe(0);
  });
});
