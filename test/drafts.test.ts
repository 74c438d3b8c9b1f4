import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectDrafts, vetoSummary } from '../src/analysis/vetoes.js';
import { draftsRecord } from '../src/views/drafts.js';
import { cli } from './helpers/cli.js';
import { ASSEMBLED_SC, tempDir } from './helpers/fixtures.js';

const rec = draftsRecord();
const upTo = (date: string) => vetoSummary(rec.drafts.filter((d) => d.date <= date && !d.amendment));
const seat = (s: ReturnType<typeof vetoSummary>, code: string) => s.bySeat.find((x) => x.seat === code)!;

describe('the shipped drafts file (data/sc_drafts.csv)', () => {
  it('holds every veto of the UN list with the totals its publishers give', () => {
    // Statista, "UN Security Council resolutions vetoed", 1946-2017: USSR 90, US 79, China 11.
    const y2017 = upTo('2017-12-01');
    expect([seat(y2017, 'RUS').ussr, seat(y2017, 'USA').vetoes, seat(y2017, 'CHN').vetoes]).toEqual([90, 79, 11]);
    // The UN list as copied on 8 July 2022: US 82, UK 29, France 16, China 17 (gksansar, c. 2022).
    const y2022 = upTo('2022-07-08');
    expect(['USA', 'GBR', 'FRA', 'CHN'].map((c) => seat(y2022, c).vetoes)).toEqual([82, 29, 16, 17]);
    // Sievers and Daws, Procedure of the UN Security Council (updated 8 July 2022): 43 drafts vetoed since 2000.
    expect(rec.drafts.filter((d) => d.outcome === 'vetoed' && d.date >= '2000-01-01' && d.date <= '2022-07-08').length).toBe(43);
    // UN, Highlights of Security Council Practice 2023: seven vetoes on five drafts and one amendment.
    const y2023 = vetoSummary(rec.drafts.filter((d) => d.date.startsWith('2023')));
    expect(y2023.bySeat.reduce((n, s) => n + s.vetoes, 0)).toBe(7);
    expect(rec.drafts.filter((d) => d.date.startsWith('2023') && d.outcome === 'vetoed' && !d.amendment).length).toBe(5);
  });

  it('gives the full votes of the 30 September 2022 and 22 March 2024 drafts', () => {
    const of = (symbol: string) => rec.drafts.find((d) => d.symbol === symbol)!;
    const by = (symbol: string, vote: string) => of(symbol).votes.filter((v) => v.vote === vote).map((v) => v.code).sort();
    expect(of('S/2022/720')).toMatchObject({ date: '2022-09-30', vetoedBy: ['RUS'], counts: { yes: 10, no: 1, abstain: 4 } });
    expect(by('S/2022/720', 'A')).toEqual(['BRA', 'CHN', 'GAB', 'IND']);
    expect(by('S/2022/720', 'Y')).toHaveLength(10);
    expect(of('S/2024/239')).toMatchObject({ date: '2024-03-22', counts: { yes: 11, no: 3, abstain: 1 } });
    expect(of('S/2024/239').vetoedBy.sort()).toEqual(['CHN', 'RUS']);
    expect(by('S/2024/239', 'N')).toEqual(['CHN', 'DZA', 'RUS']);
    expect(by('S/2024/239', 'A')).toEqual(['GUY']);
    expect(selectDrafts(rec.drafts, { by: 'USA', topic: 'Gaza', from: 2023 }).filter((d) => !d.amendment).length).toBe(6);
  });
});

describe('the CLI on drafts', () => {
  let db: string;
  beforeAll(async () => {
    db = join(tempDir(), 's.db');
    expect((await cli(['import', '--db', db, ASSEMBLED_SC])).code).toBe(0);
  });

  it('straddle vetoes lists drafts and counts vetoes per member', async () => {
    const r = await cli(['--db', db, 'vetoes', '--by', 'RUS', '--from', '2022', '--to', '2022']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2022-09-30\s+S\/2022\/720\s+vetoed\s+RUS\s+10\s+1\s+4\s+annexation referendums/);
    expect(r.out).toMatch(/RUS {2}4, 2022-02-25 to 2022-09-30/);
    const json = JSON.parse((await cli(['--db', db, 'vetoes', '--json'])).out);
    expect(json.summary.bySeat.find((s: { seat: string }) => s.seat === 'GBR').vetoes).toBe(29);
    expect(json.dataset.version).toMatch(/^sc_drafts to \d{4}-\d\d-\d\d$/);
    expect((await cli(['--db', db, 'vetoes', '--by', 'IND'])).err).toMatch(/--by: expected one of CHN, FRA, GBR, RUS, USA, found "IND"/);
    expect((await cli(['--db', db, 'vetoes', '--from', '2040'])).out).toMatch(/No Council draft in the veto list matches \(the list runs 1946-02-16 to/);
  });

  it('straddle resolution S/2022/720 shows the draft, its votes and "not adopted: vetoed by"', async () => {
    const r = await cli(['--db', db, 'resolution', 's/2022/720']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^S\/2022\/720 · Security Council draft · 2022-09-30 · meeting S\/PV\.9143/);
    expect(r.out).toMatch(/not adopted: vetoed by Russia\n10 in favour, 1 against, 4 abstentions/);
    expect(r.out).toMatch(/Abstained \(4\): Brazil, China, Gabon, India/);
    const json = JSON.parse((await cli(['--db', db, 'resolution', 'S/2024/239', '--json'])).out);
    expect(json).toMatchObject({ kind: 'draft', outcome: 'vetoed', counted: { yes: 11, no: 3, abstain: 1, nonVoting: 0 } });
  });

  it('agreement --body sc --with-drafts adds the drafts whose member votes the sources name', async () => {
    // Russia's seat is the USSR's before 1992 (as the agreement reads it).
    const seat = (code: string) => (code === 'SUN' ? 'RUS' : code);
    const voteOf = (d: (typeof rec.drafts)[number], c: string) => d.votes.find((v) => seat(v.code) === c);
    const both = rec.drafts.filter((d) => ['IND', 'RUS'].every((c) => voteOf(d, c) && voteOf(d, c)!.vote !== 'X'));
    const plain = JSON.parse((await cli(['--db', db, 'agreement', 'IND', 'RUS', '--body', 'sc', '--by', 'all', '--json'])).out)[0];
    const withDrafts = JSON.parse((await cli(['--db', db, 'agreement', 'IND', 'RUS', '--body', 'sc', '--by', 'all', '--with-drafts', '--json'])).out)[0];
    expect(both.length).toBeGreaterThan(3);
    expect(withDrafts.nVoted - plain.nVoted).toBe(both.length);
    // India voted no with Russia on the climate draft (S/2021/990): one more same vote among them.
    expect(withDrafts.same - plain.same).toBe(both.filter((d) => voteOf(d, 'IND')!.vote === voteOf(d, 'RUS')!.vote).length);
    expect((await cli(['--db', db, 'agreement', 'IND', 'RUS', '--with-drafts'])).err).toMatch(/--with-drafts: the drafts not adopted are the Security Council's; add --body sc/);
  });

  it('straddle votes --body sc marks drafts as failed', async () => {
    const r = await cli(['--db', db, 'votes', 'India', '--body', 'sc', '--from', '2022', '--to', '2022', '--json']);
    const rows = JSON.parse(r.out).votes as { symbol: string; vote: string; failed?: { outcome: string; vetoedBy: string[] } }[];
    expect(rows.find((v) => v.symbol === 'S/2022/720')).toMatchObject({ vote: 'A', failed: { outcome: 'vetoed', vetoedBy: ['RUS'] } });
    expect(rows.some((v) => !v.failed)).toBe(true);
    const text = await cli(['--db', db, 'votes', 'India', '--body', 'sc', '--from', '2022', '--to', '2022']);
    expect(text.out).toMatch(/S\/2022\/720\s+A\s+\[failed: vetoed by RUS\] annexation referendums/);
  });
});
