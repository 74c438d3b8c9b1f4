import { describe, expect, it } from 'vitest';
import { matrixOf } from '../../test/helpers/matrix.js';
import { shifts } from './shifts.js';
import { buildTextIndex, similar } from './similar.js';
import { buildThreads, threadKey } from './threads.js';

const CRIMEA =
  'Situation of human rights in the temporarily occupied Autonomous Republic of Crimea and the city of Sevastopol, Ukraine';
const m = matrixOf(['PAK', 'USA'], [
  { symbol: 'A/RES/76/179', date: '2021-12-16', title: `${CRIMEA} : resolution / adopted by the General Assembly`, votes: 'AY' },
  { symbol: 'A/RES/ES-11/1', date: '2022-03-02', session: 'ES-11', title: 'Aggression against Ukraine', votes: 'AY' },
  { symbol: 'A/RES/ES-11/4', date: '2022-10-12', session: 'ES-11', title: 'Territorial integrity of Ukraine: defending the principles of the Charter', votes: 'AY' },
  { symbol: 'A/RES/77/229', date: '2022-12-15', title: `${CRIMEA} : resolution / adopted by the General Assembly`, votes: 'NY' },
  { symbol: 'A/RES/77/1', date: '2022-12-20', title: 'Cooperation between the United Nations and the Caribbean Community', votes: 'YY' },
  { symbol: 'A/RES/ES-11/6', date: '2023-02-23', session: 'ES-11', title: 'Principles of the Charter underlying a just and lasting peace in Ukraine', votes: 'AY' },
  { symbol: 'A/RES/78/221', date: '2023-12-19', title: `${CRIMEA} : resolution / adopted by the General Assembly`, votes: 'NY' },
]);
const threads = buildThreads(m);

describe('threads', () => {
  it('key a recurring title without the UN suffix, case or punctuation', () => {
    expect(threadKey(`${CRIMEA} : resolution / adopted by the General Assembly`)).toBe(threadKey(CRIMEA.toUpperCase()));
    expect(threadKey('Cooperation between the United Nations and the Caribbean Community [...]')).toBe(
      'cooperation between the united nations and the caribbean community',
    );
  });

  it('group the recurring Crimea resolutions', () => {
    expect(threads.rows[threads.threadOf[0] as number]).toEqual([0, 3, 6]);
  });
});

describe('shifts', () => {
  it('lists changes against the previous resolution of the thread and of the emergency session, newest first', () => {
    const s = shifts(m, threads, 0);
    expect(s.map((x) => `${x.symbol}: ${x.vote} after ${x.previous.vote} on ${x.previous.symbol} (${x.basis})`)).toEqual([
      'A/RES/77/229: N after A on A/RES/76/179 (thread)',
    ]);
    const all = shifts(m, threads, 0, { all: true });
    expect(all.find((x) => x.symbol === 'A/RES/ES-11/6')).toMatchObject({
      vote: 'A', previous: { symbol: 'A/RES/ES-11/4', date: '2022-10-12', vote: 'A' }, basis: 'session', changed: false,
    });
    expect(shifts(m, threads, 0, { since: 2023, all: true }).map((x) => x.symbol)).toEqual(['A/RES/78/221', 'A/RES/ES-11/6']);
    expect(s[0]?.yearsApart).toBe(1);
  });

  it('counts recorded votes only (not voting is no position) and compares within ten years', () => {
    const title = 'Question of a recurring test';
    const x = matrixOf(['PAK'], [
      { symbol: 'A/RES/60/1', date: '2005-06-01', title, votes: 'N' },
      { symbol: 'A/RES/70/1', date: '2015-12-01', title, votes: 'Y' },
      { symbol: 'A/RES/71/1', date: '2016-12-01', title, votes: 'X' },
      { symbol: 'A/RES/72/1', date: '2017-12-01', title, votes: 'Y' },
      { symbol: 'A/RES/73/1', date: '2018-12-01', title, votes: 'A' },
    ]);
    const list = shifts(x, buildThreads(x), 0, { all: true });
    // 71/1 (X) is neither a shift nor the vote 72/1 is compared with; 70/1 is over ten years after 60/1.
    expect(list.map((s) => `${s.symbol} ${s.previous.vote}>${s.vote} on ${s.previous.symbol} ${s.yearsApart}`)).toEqual([
      'A/RES/73/1 Y>A on A/RES/72/1 1', 'A/RES/72/1 Y>Y on A/RES/70/1 2',
    ]);
    expect(shifts(x, buildThreads(x), 0, { maxYears: 11 }).map((s) => s.symbol)).toEqual(['A/RES/73/1', 'A/RES/70/1']);
  });
});

describe('similar', () => {
  it('ranks the same thread first, then by words in common', () => {
    const rows = similar(buildTextIndex(m), threads, 6, 5);
    expect(rows.slice(0, 2).map((r) => [m.resolutions[r.row]?.symbol, r.sameThread])).toEqual([
      ['A/RES/77/229', true],
      ['A/RES/76/179', true],
    ]);
    expect(rows[0]?.score).toBeCloseTo(1, 3);
    const next = rows[2];
    expect(next?.sameThread).toBe(false);
    expect(m.resolutions[next?.row as number]?.title).toMatch(/Ukraine/);
  });

  it('puts the other votes of an emergency special session next, newest first, whatever their titles', () => {
    const sessions = m.resolutions.map((r) => r.session);
    const rows = similar(buildTextIndex(m), threads, 5, 3, sessions);
    expect(rows.map((r) => [m.resolutions[r.row]?.symbol, r.sameSession])).toEqual([
      ['A/RES/ES-11/4', true], ['A/RES/ES-11/1', true], [expect.not.stringMatching(/ES-11/), false],
    ]);
  });
});
