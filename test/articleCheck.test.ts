import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Workspace, workspace } from '../src/analysis/workspace.js';
import { type CheckReport, checkText } from '../src/claims/check.js';
import { scoreCorpus } from '../src/claims/score.js';
import { CONTINUES } from '../src/countries/history.js';
import { loadMatrix } from '../src/matrix/loadMatrix.js';
import { seatsMatrix } from '../src/matrix/seats.js';
import { importFile } from '../src/store/importFile.js';
import { openStore } from '../src/store/store.js';
import { ASSEMBLED_GA, SHARED, tempDir } from './helpers/fixtures.js';
import { registry } from './helpers/store.js';

let ga: Workspace;
let report: CheckReport;
let text: string;

beforeAll(async () => {
  const db = openStore(join(tempDir(), 'check.db'), { create: true });
  await importFile(db, registry, ASSEMBLED_GA);
  ga = workspace(seatsMatrix(loadMatrix(db, 'ga'), CONTINUES));
  text = readFileSync(join(SHARED, '..', 'articles', 'discord-leaks-2023-05-01.txt'), 'utf8');
  report = checkText(text, { ga, registry });
});

describe('the Discord leaks article (2023-05-01)', () => {
  it('finds its date and headline despite the page furniture', () => {
    expect(report.article).toMatchObject({ date: '2023-05-01', title: "'Discord Leaks' reveal Pakistan’s declining support for US" });
  });

  it('matches the General Assembly vote to A/RES/ES-11/6 and supports the tally and Pakistan’s abstention', () => {
    const among = report.claims.filter((c) => c.sentence.startsWith('When the UN General Assembly voted'));
    expect(among.map((c) => [c.kind, c.verdict, c.quote])).toEqual([
      ['countryVote', 'supported', 'Pakistan was among 32 countries that abstained'],
      ['tally', 'supported', '32 countries that abstained'],
    ]);
    const tally = among[1]!;
    expect(tally.resolutions[0]).toMatchObject({ symbol: 'A/RES/ES-11/6', date: '2023-02-23', totals: { yes: 141, no: 7, abstain: 32, nonVoting: 13 } });
    expect(among[0]?.countries).toEqual([{ code: 'PAK', name: 'Pakistan', vote: 'A', claimed: 'A' }]);
    // Both rest on one event, and the spans point into the text checked.
    expect(tally.event).toBe(among[0]?.event);
    expect(report.events[tally.event!]).toMatchObject({ symbol: 'A/RES/ES-11/6', date: '2023-02-23', body: 'ga' });
    expect(text.slice(tally.span.start, tally.span.end)).toBe('32 countries that abstained');
  });

  it('finds the earlier similar resolutions Pakistan abstained on', () => {
    const shift = report.claims.find((c) => c.kind === 'shift' && c.sentence.includes('earlier abstention'));
    expect(shift?.verdict).toBe('supported');
    expect(shift?.earlier?.map((e) => `${e.symbol} ${e.vote}`)).toContain('A/RES/ES-11/4 A');
    expect(shift?.earlier?.every((e) => e.symbol.startsWith('A/RES/ES-11/'))).toBe(true);
  });

  it('shows India’s votes on the ES-11 series for its “principled position”', () => {
    const india = report.claims.find((c) => c.sentence.includes('principled position'));
    expect(india).toMatchObject({ kind: 'shift', verdict: 'supported', countries: [{ code: 'IND', vote: 'A' }] });
    expect(india?.earlier?.map((e) => e.symbol)).toEqual(expect.arrayContaining(['A/RES/ES-11/1', 'A/RES/ES-11/4']));
  });

  it('gives Pakistan’s alignment with the US, China and Russia around 2023, and no verdict on alignment statements', () => {
    const pak = report.context.find((x) => x.code === 'PAK');
    expect(pak?.year).toBe(2023);
    expect(pak?.scores.USA).toBeCloseTo(0.358, 3);
    expect(pak?.trend.years.map((y) => y.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023]);
    const alignment = report.claims.filter((c) => c.kind === 'alignment');
    expect(alignment.length).toBeGreaterThan(0);
    expect(alignment.every((c) => c.verdict === 'unverifiable' && c.explanation.includes('%'))).toBe(true);
  });
});

describe('reading the article, not only the sentence (sentences written for these tests)', () => {
  const check = (t: string) => checkText(t, { ga, registry });
  const on = (r: CheckReport) => r.claims.map((c) => `${c.kind} ${c.verdict} ${c.resolutions[0]?.symbol ?? '-'}`);

  it('takes the vote of the day the article first reports for the claims without figures of their own', () => {
    const r = check('The UN General Assembly adopted the resolution on 2 March 2022. The 5 that opposed the resolution were Belarus, Eritrea, North Korea, Russia and Syria.');
    expect(on(r)).toEqual(['tally supported A/RES/ES-11/1', 'countryVote supported A/RES/ES-11/1']);
  });

  it('chooses the vote all the claims fit, by its year in the series, and reads an opening "Last year," for every clause', () => {
    // A/RES/68/8 (2013) and 69/5 (2014) were both 188-2-3 with Palau, Micronesia and the Marshall Islands abstaining;
    // the 22nd year of the series (from 1992) is 2013, and Palau voted against in 2012 (A/RES/67/4).
    const r = check('The U.N. General Assembly on Tuesday voted for the 22nd time to condemn the U.S. economic embargo against Cuba. There were 188 votes for the resolution. The only country that joined the United States in voting against it was Israel. Last year, there were as many votes for it, though Palau voted with Israel and the United States against the embargo resolution. This year, Palau abstained, along with Micronesia and the Marshall Islands.');
    expect(r.events[0]).toMatchObject({ symbol: 'A/RES/68/8' });
    expect(r.events[0]!.why).toMatch(/year 22 of its series/);
    expect(r.article.dateWhy).toMatch(/claims together identify/);
    expect(r.claims.find((c) => c.quote.startsWith('Palau voted with'))?.resolutions[0]?.symbol).toBe('A/RES/67/4');
  });

  it('settles one figure by the states named with it, and by the one vote of the month with it', () => {
    const r = check('The Assembly condemned the American economic embargo of Cuba. The vote was 185 countries supporting the condemnation, the United States and Israel opposing it, and Brazil and Ukraine abstaining.');
    expect(on(r)).toEqual(['tally supported A/RES/77/7', 'countryVote supported A/RES/77/7', 'countryVote supported A/RES/77/7']);
    expect(r.events[r.claims[0]!.event!]!.why).toMatch(/named states/);
    const m = check('Pakistan was among the 34 other countries that abstained on the UN General Assembly resolution of 2 March 2022.');
    expect(on(m)).toContain('tally supported A/RES/ES-11/1');
  });

  it("takes another year a claim names for that year's vote in the series of the article's vote", () => {
    // A/RES/80/4 (2025): 165-7-12; A/RES/79/7 (2024): 187-2-1, Moldova abstaining.
    const r = check('The Assembly voted 165 to 7, with 12 abstentions, to condemn the US embargo on Cuba. Argentina voted against. In 2024, the U.S. and Israel were the only two to vote against the resolution, with Moldova abstaining.');
    const on = (q: string) => r.events[r.claims.find((c) => c.quote.includes(q))!.event!]!.symbol;
    expect([on('165 to 7'), on('Moldova'), on('two to vote against')]).toEqual(['A/RES/80/4', 'A/RES/79/7', 'A/RES/79/7']);
    expect(r.events.find((e) => e.symbol === 'A/RES/79/7')!.why).toMatch(/series of the article's vote/);
  });

  it("gives each year's figure of a series its own year's vote, though the clause names several years", () => {
    // A/RES/72/4 (2017): 191 in favour; A/RES/77/7 (2022): 185; A/RES/79/7 (2024): 187.
    const r = check('The UN General Assembly voted 165 to 7, with 12 abstentions, to condemn the US embargo on Cuba. The number of countries voting for the resolution has fallen from 191 in 2017 to 185 in 2022 and 187 in 2024.');
    expect(r.claims.map((c) => `${c.quote} ${r.events[c.event!]!.symbol} ${c.verdict}`)).toEqual([
      '165 to 7, with 12 abstentions A/RES/80/4 supported',
      'fallen from 191 in 2017 A/RES/72/4 supported',
      'to 185 in 2022 A/RES/77/7 supported',
      'and 187 in 2024 A/RES/79/7 supported',
    ]);
  });

  it('takes a vote on a text still to go to the full Assembly for a committee vote the record lacks', () => {
    const r = check('Norway voted for a UN motion to open talks on a nuclear weapons ban. In all, 123 voted for, 38 against and 16 abstained. The text will now go to a full General Assembly vote in December.');
    expect(r.claims.map((c) => c.verdict)).toEqual(['unverifiable', 'unverifiable']);
    expect(r.events[r.claims[0]!.event!]!.why).toMatch(/Main Committee/);
    // Figures in the sentence that names the committee are its, though a vote of 1987 had 2 against and 14 abstaining.
    const c = check('The text on the Golan was approved in a General Assembly committee by 151 to 2, with Israel and the United States the only two countries opposing it. Fourteen countries abstained.');
    // (Three tallies: "151 to 2", "two countries opposing", and the next sentence's "Fourteen countries abstained",
    // found with the first and told apart.)
    expect(c.claims.filter((x) => x.kind === 'tally').map((x) => x.verdict)).toEqual(['unverifiable', 'unverifiable', 'unverifiable']);
  });

  it('takes the figures of other years an undated article compares with for those years, not for its own vote', () => {
    // A/RES/78/7 (2023): 187-2-1, Ukraine abstaining; A/RES/77/7 (2022) had 185 in favour, A/RES/75/289 (2021) 184.
    const r = check('The Assembly voted to condemn the US economic embargo of Cuba for a 31st straight year. The vote was 187 in favour, with the United States and Israel opposed and Ukraine abstaining. The yes vote was up from 185 last year and 184 in 2021.');
    expect(on(r).slice(0, 3)).toEqual(['tally supported A/RES/78/7', 'countryVote supported A/RES/78/7', 'countryVote supported A/RES/78/7']);
  });

  it('keeps votes of one day apart by their figures, beside a defeated amendment, and reads "negative ballots" as votes', () => {
    const r = check(
      'The Assembly voted on Hungary. As amended, Resolution 1005 (ES–II) was passed by a vote of 48 to 11, with 16 abstentions. ' +
        'The amendments were then voted on and were defeated by 45 votes to 18, with 12 abstentions. ' +
        'The United States won approval of Resolution 1006 (ES–II) by a vote of 53 to 9, with Hungary, Poland, and the Soviet Union casting negative ballots, while 13 nations abstained. ' +
        'The Austrian draft was adopted (Resolution 1007 (ES–II)) by a vote of 67 to 0, with 8 abstentions. Poland and Hungary voted in favor.',
    );
    expect(on(r)).toEqual(['tally supported A/RES/1005(ES-II)', 'tally unverifiable -', 'tally supported A/RES/1006(ES-II)', 'countryVote supported A/RES/1006(ES-II)', 'tally supported A/RES/1007(ES-II)', 'countryVote supported A/RES/1007(ES-II)']);
  });

  it('tells apart two years of the same figures by the states the article names elsewhere', () => {
    const r = check('UN General Assembly condemns US embargo on Cuba. By a vote of 187-2 with one abstention, the Assembly adopted the resolution. The U.S. and Israel cast the only votes against the resolution, while Ukraine abstained.');
    // "cast the only votes against": two against, a count as well as the two states' votes.
    expect(on(r)).toEqual(['tally supported A/RES/78/7', 'tally supported A/RES/78/7', 'countryVote supported A/RES/78/7', 'countryVote supported A/RES/78/7']);
  });

  it('tells apart votes of the same figures by the one resolution the article names, anywhere in it', () => {
    const r = check('The Assembly adopted resolution ES-11/6 on Ukraine after a long debate. It passed with 141 votes in favour.');
    expect(on(r)).toEqual(['tally supported A/RES/ES-11/6']);
    // The Assembly's early numbering, with its session or after "General Assembly resolution".
    expect(on(check('In 1975, General Assembly resolution 3379 determined that Zionism is a form of racism; 72 countries voted for it.'))).toEqual(['tally supported A/RES/3379(XXX)']);
  });

  it('reads "down 11 from last year" as the comparison\'s year, not this vote\'s', () => {
    const r = check('The U.N. General Assembly on Monday endorsed a Japanese antinuclear resolution. The motion was supported by 156 nations, down 11 from last year. It was opposed by the same four nations as last year — China, North Korea, Russia and Syria — while 24 abstained, up by eight.');
    // ... and the 167 of the year before a claim of its own, on that year's vote.
    expect(on(r)).toEqual(['tally supported A/RES/72/50', 'tally supported A/RES/71/49', 'tally supported A/RES/72/50', 'countryVote supported A/RES/72/50', 'tally supported A/RES/72/50']);
  });

  it('reads the claims of an article whose first word on a vote is a committee\'s as that committee\'s', () => {
    const r = check('A United Nations General Assembly committee has approved a resolution to launch negotiations on a treaty that would outlaw nuclear weapons.\nA total of 16 countries, including China, India and Pakistan, abstained from voting.');
    expect(r.claims.map((c) => [c.kind, c.verdict])).toEqual([['tally', 'unverifiable'], ['countryVote', 'unverifiable']]);
    expect(r.events.map((e) => e.why)).toEqual([expect.stringMatching(/Main Committee/)]);
  });

  it('keeps a Main Committee vote apart from the plenary, and the plenary that confirms one', () => {
    const c = check('The UN Fourth Committee voted on Friday to extend UNRWA’s mandate. Some 170 countries voted in favor, and seven countries, including Guatemala and Canada, abstained.');
    expect(on(c)).toEqual(['tally unverifiable -', 'countryVote unverifiable -']);
    const f = check('The Fourth Committee of the General Assembly overwhelmingly adopted a resolution extending the mandate of UNRWA. 167 States voted in favor, with seven abstentions.');
    expect(on(f)).toEqual(['tally unverifiable -']);
    const p = check('By a vote of 74 to 49, with 59 abstentions, the General Assembly confirmed an earlier vote by its Third Committee in November on a resolution on human rights in the Islamic Republic of Iran.');
    expect(on(p)).toEqual(['tally supported A/RES/64/176']);
  });

  it('reads a year that opens a sentence as its vote, and an undated month backwards where the sentence compares', () => {
    const r = check('123 of the UN’s 193 member states voted in favour of a moratorium on the death penalty. 38 countries were against while 24 abstained. In 2018, 121 member states approved the moratorium.');
    // The second sentence's two figures are a claim of their own, of the same vote.
    expect(on(r)).toEqual(['tally supported A/RES/75/183', 'tally supported A/RES/75/183', 'tally supported A/RES/73/175']);
    const last = check('123 of the UN’s 193 member states voted in favour of a moratorium on the death penalty. Last time, in 2018, 121 countries voted for it.');
    expect(on(last)).toEqual(['tally supported A/RES/75/183', 'tally supported A/RES/73/175']);
  });

  it('takes the vote that all but one of three figures name, and judges the odd one; a group a state is among is a claim of its own', () => {
    // A/RES/78/283 (4 June 2024): 103-9-53, with 28 not voting.
    const three = check('A total of 103 countries supported the resolution on displaced persons from Abkhazia, 9 voted against it, and 52 countries did not participate in the voting.');
    expect(on(three)).toEqual(['tally contradicted A/RES/78/283']);
    expect(three.events[0]!.why).toMatch(/all but one of them match this vote only/);
    const among = check('The UN General Assembly passed a resolution on the return of internally displaced persons to Abkhazia by a vote of 103 in favor to 9 against. China was among the 53 countries that did not participate in the voting.');
    expect(on(among)).toEqual(['tally supported A/RES/78/283', 'countryVote contradicted A/RES/78/283', 'tally contradicted A/RES/78/283']);
  });

  it('takes three Assembly figures that one vote has, though the sentence dates something else', () => {
    // A/RES/73/257 (20 December 2018): 69-4-66; "of 31 March 2004" is the date of the Court's judgment.
    const r = check('The Assembly adopted a resolution related to the judgment of the International Court of Justice of 31 March 2004 concerning Mexican nationals by a recorded vote of 69 in favour to 4 against, with 66 abstentions.');
    expect(on(r)).toEqual(['tally supported A/RES/73/257']);
    expect(r.events[0]!.why).toMatch(/no vote of the dates the passage names has them/);
  });

  it('checks a report in Spanish', () => {
    const r = check('La Asamblea General de la ONU aprobó la resolución sobre el estatus de Jerusalén con 128 votos a favor, 9 en contra y 35 abstenciones. México se abstuvo.');
    expect(on(r)).toEqual(['tally supported A/RES/ES-10/19', 'countryVote supported A/RES/ES-10/19']);
  });

  it('takes the vote on an undated article\'s subject in the terms of the officeholders it names, and reported speech\'s subject as the voter', () => {
    const r = check('Ambassador Nikki Haley said the United States voted against the General Assembly resolution on the status of Jerusalem.');
    expect(on(r)).toEqual(['countryVote supported A/RES/ES-10/19']);
    expect(r.events[0]!.why).toMatch(/terms of the officeholders it names/);
  });

  it('takes no envoy for the subject: "the Permanent Representative" is not "Permanent sovereignty ..."', () => {
    const r = check('The Permanent Representative of Egypt stated the Jerusalem resolution was passed by 129 votes in the General Assembly.');
    expect(on(r)).toEqual(['tally supported A/RES/76/12']);
  });
});

describe('the labelled claim corpora', () => {
  for (const file of ['corpus.json', 'heldout.json']) {
    it(`${file}: verdicts at least 95% right, and never "supported" for a false claim`, () => {
      const items = JSON.parse(readFileSync(join(import.meta.dirname, 'claims', file), 'utf8')).items;
      const score = scoreCorpus(items, (text, date) => checkText(text, { ga, registry }, date).claims);
      expect(score.accuracy).toBeGreaterThanOrEqual(0.95);
      expect(score.falseSupported).toBe(0);
      expect(score.recall).toBeGreaterThanOrEqual(0.9);
    });
  }
});

describe('page furniture', () => {
  it('gives no claims from menus, tickers, polls, captions and comment forms', () => {
    const page = [
      'Home | World | Business | Sport | UN | Opinion',
      'AVN 66.41 Decreased By ▼ -1.58 (-2.32%)   KSE100 41,324.12 Increased By ▲ 205.3 (0.5%)',
      'Poll: Should the UN reform the Security Council? Yes 60% (1,203 votes) No 40% (805 votes)',
      'Comments (35) | Share on Facebook | Share on X | Vote up 12 | Vote down 3',
      'Photo: Delegates at the General Assembly hall, 23-26 February. (Getty Images)',
      'Most read: 5 things to know about the UN vote; 10 countries to watch',
      'Sign up for our newsletter. By signing up you agree to our terms. 2 of 3 free articles left.',
      '© 2023 Example News Network. All rights reserved. Results 1-10 of 193.',
    ].join('\n');
    expect(checkText(page, { ga, registry }).claims).toEqual([]);
    // The same page around a real sentence: only that sentence's claims.
    const withStory = `${page}\n\nThe General Assembly adopted the resolution on 23 February 2023 by 141 votes to 7, with 32 abstentions.\n${page}`;
    expect(checkText(withStory, { ga, registry }).claims.map((c) => [c.quote, c.verdict])).toEqual([['141 votes to 7, with 32 abstentions', 'supported']]);
  });
});

