import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Workspace, workspace } from '../src/analysis/workspace.js';
import { type CheckReport, checkText } from '../src/claims/check.js';
import { CONTINUES } from '../src/countries/history.js';
import { loadMatrix } from '../src/matrix/loadMatrix.js';
import { seatsMatrix } from '../src/matrix/seats.js';
import { importFile } from '../src/store/importFile.js';
import { openStore } from '../src/store/store.js';
import { draftsRecord } from '../src/views/drafts.js';
import { ASSEMBLED_GA, ASSEMBLED_SC, tempDir } from './helpers/fixtures.js';
import { registry } from './helpers/store.js';

// Sentences of the shape news reports of vetoes use, written here from the veto list.
let check: (text: string, date?: string) => CheckReport;
// The same, with the member votes of one draft left out (as for the drafts whose sources name none).
let checkWithout: (symbol: string, text: string) => CheckReport;
beforeAll(async () => {
  const db = openStore(join(tempDir(), 'veto.db'), { create: true });
  await importFile(db, registry, ASSEMBLED_GA);
  await importFile(db, registry, ASSEMBLED_SC);
  const ga: Workspace = workspace(seatsMatrix(loadMatrix(db, 'ga'), CONTINUES));
  const sc: Workspace = workspace(seatsMatrix(loadMatrix(db, 'sc'), CONTINUES));
  const drafts = draftsRecord().drafts;
  check = (text, date) => checkText(text, { ga, sc: () => sc, registry, drafts }, date);
  checkWithout = (symbol, text) => checkText(text, { ga, sc: () => sc, registry, drafts: drafts.map((d) => (d.symbol === symbol ? { ...d, votes: [] } : d)) });
});

const verdicts = (r: CheckReport) => r.claims.map((c) => [c.quote, c.verdict, c.event === null ? null : r.events[c.event]!.symbol]);

describe('claims about vetoed and failed Council drafts', () => {
  it('matches the 30 September 2022 veto and its abstentions to S/2022/720', () => {
    const r = check('Russia vetoed a draft condemning the referendums; China, India, Brazil and Gabon abstained.', '2022-09-30');
    expect(verdicts(r)).toEqual([
      ['Russia vetoed', 'supported', 'S/2022/720'],
      ['China, India, Brazil and Gabon abstained', 'supported', 'S/2022/720'],
    ]);
    expect(r.events[0]).toMatchObject({ body: 'sc', date: '2022-09-30', notAdopted: { outcome: 'vetoed', vetoedBy: ['RUS'] } });
    expect(r.events[0]!.why).toMatch(/veto list.*vetoed by RUS/);
    expect(r.claims[0]!.draft).toEqual({ symbol: 'S/2022/720', date: '2022-09-30', outcome: 'vetoed', vetoedBy: ['RUS'] });
  });

  it('contradicts a wrong figure, and does not pin a veto on a draft another member vetoed', () => {
    const r = check('Russia vetoed the draft on the referendums in Ukraine, which won 11 votes in favour.', '2022-10-01');
    const tally = r.claims.find((c) => c.kind === 'tally')!;
    expect([tally.verdict, r.events[tally.event!]!.symbol]).toEqual(['contradicted', 'S/2022/720']);
    expect(tally.explanation).toMatch(/10 in favour, 1 against, 4 abstaining, not 11 in favour/);
    // No draft vetoed by China in those weeks: not judged on Russia's veto.
    const wrong = check('At the Security Council, China vetoed the draft on the referendums in Ukraine.', '2022-10-01');
    expect(wrong.claims.map((c) => c.verdict)).toEqual(['unverifiable']);
    expect(wrong.claims[0]!.explanation).toMatch(/no draft of the UN veto list fits/);
  });

  it('reads the 22 March 2024 veto by Russia and China with the votes around it', () => {
    const r = check(
      'Russia and China on Friday vetoed a US-sponsored resolution calling for an immediate ceasefire in Gaza. Algeria also voted against it, and Guyana abstained. The draft received 11 votes in favour.',
      '2024-03-23',
    );
    expect(verdicts(r)).toEqual([
      ['Russia and China on Friday vetoed', 'supported', 'S/2024/239'],
      ['Algeria also voted against', 'supported', 'S/2024/239'],
      ['Guyana abstained', 'supported', 'S/2024/239'],
      ['11 votes in favour', 'supported', 'S/2024/239'],
    ]);
  });

  it('takes a failed draft ("13 in favour, one against") and a veto dated by the passage', () => {
    const r = check('In July 2023, Russia blocked the renewal of cross-border aid into Syria: the draft won 13 votes in favour, one against.', '2023-12-01');
    const tally = r.claims.find((c) => c.kind === 'tally')!;
    expect([tally.verdict, r.events[tally.event!]!.symbol]).toEqual(['supported', 'S/2023/506']);
  });

  it('never judges a veto against an adopted resolution, and says so when no draft fits', () => {
    const r = check('France vetoed a draft on fisheries, which won 12 votes in favour.', '2015-06-01');
    for (const c of r.claims) {
      expect(c.verdict).toBe('unverifiable');
      expect(c.resolutions).toEqual([]);
    }
    expect(r.claims[0]!.explanation).toMatch(/no draft of the UN veto list fits the passage/);
  });

  it('takes the latest of drafts that fit equally, and names the others; two drafts of one day stay untold', () => {
    // S/2023/970 (8 December 2023) and S/2024/173 (20 February 2024): both 13-1-1, vetoed by the US, the UK abstaining.
    const r = check('The United States vetoed a draft resolution calling for a ceasefire in Gaza. Thirteen members voted in favour and the United Kingdom abstained.');
    expect(verdicts(r).map((v) => v[2])).toEqual(['S/2024/173', 'S/2024/173', 'S/2024/173']);
    expect(r.events[0]!.why).toMatch(/as well as it fit S\/2023\/970 \(2023-12-08\), the latest taken/);
    // The two European amendments Russia vetoed on 24 February 2025 cannot be told apart; the adopted text can.
    const two = check('At the Security Council, Russia vetoed two European amendments to the US draft on the war in Ukraine. The US text then passed by 10 votes with 5 abstentions.');
    expect(verdicts(two)).toEqual([
      ['Russia vetoed', 'unverifiable', null],
      ['passed by 10 votes with 5 abstentions', 'supported', 'S/RES/2774(2025)'],
    ]);
  });

  it('dates an undated report of a veto by the adopted vote its figures identify', () => {
    // A/RES/38/7 (2 November 1983) on Grenada; the US had vetoed S/16077/Rev.1 on 28 October.
    const r = check('The General Assembly deplored the armed intervention in Grenada by 108 votes to 9, with 27 abstentions. Days before, the United States had vetoed a Council draft on Grenada.');
    expect(verdicts(r)).toEqual([
      ['108 votes to 9, with 27 abstentions', 'supported', 'A/RES/38/7'],
      ['the United States had vetoed', 'supported', 'S/16077/Rev.1'],
    ]);
    expect(r.events[1]!.why).toMatch(/in the weeks before A\/RES\/38\/7, the vote the article's figures identify/);
  });

  it('keeps Assembly figures off a veto the sentence likens the text to', () => {
    const r = check('The resolution on Syria, similar to one Russia and China vetoed in the Security Council, received 137 votes in favor, 12 against and 17 abstentions.');
    expect(verdicts(r)).toEqual([
      ['Russia and China vetoed', 'supported', 'S/2012/77'],
      ['137 votes in favor, 12 against and 17 abstentions', 'supported', 'A/RES/66/253A'],
    ]);
  });
});

describe('Council drafts not adopted, read from the article', () => {
  it('reads "failed to adopt" as a failed draft, and the rule of nine votes as no count', () => {
    const r = check('The Security Council failed to adopt a Russian-drafted resolution condemning the strikes on Syria. Only Russia, China and Bolivia voted in favour of the draft resolution. Eight countries voted against the draft, while four abstained. A resolution needs nine votes in favor and no vetoes by Russia, China, France, Britain or the United States to pass.');
    // "Only Russia, China and Bolivia voted in favour": three in favour (a tally), and the three states' votes.
    expect(verdicts(r)).toEqual([
      ['Russia, China and Bolivia voted in favour', 'supported', 'draft of 2018-04-14'],
      ['Russia, China and Bolivia voted in favour', 'supported', 'draft of 2018-04-14'],
      ['Eight countries voted against the draft, while four abstained', 'supported', 'draft of 2018-04-14'],
    ]);
  });

  it('ties no one draft to "vetoed three resolutions"', () => {
    const r = check('Russia and China, which have vetoed three UN Security Council resolutions on Syria, voted against the Assembly text.');
    expect(r.claims.filter((c) => c.draft).length).toBe(0);
  });

  it('takes the day of the year an undated passage names for the day of the veto', () => {
    const r = check('Russia on Wednesday, August 30, vetoed the proposal brought by France and the United Arab Emirates to extend UN sanctions against Mali.');
    expect(verdicts(r)).toEqual([['Russia on Wednesday, August 30, vetoed', 'supported', 'S/2023/638']]);
    // ... and of an adopted vote: 141 in favour was A/RES/ES-11/1 (2 March 2022) and A/RES/ES-11/6 (23 February 2023).
    expect(verdicts(check('On Wednesday, March 2, the UN General Assembly demanded that Russia withdraw from Ukraine. 141 countries voted in favour.'))).toEqual([['141 countries voted in favour', 'supported', 'A/RES/ES-11/1']]);
  });

  it('reads a permanent member\'s vote against a Council text as its veto', () => {
    // S/2024/239 (22 March 2024): 11-3-1, vetoed by Russia and China; the article never says "veto".
    const r = check('Russia and China on Friday voted against a US-drafted Security Council resolution that had stressed the need for an immediate ceasefire in Gaza. The draft resolution received 11 votes in favour, one abstention – from Guyana, and three votes against, including veto-wielding Russia, China and Algeria.');
    expect(verdicts(r)).toEqual([
      ['Russia and China on Friday voted against', 'supported', 'S/2024/239'],
      ['11 votes in favour, one abstention – from Guyana, and three votes against', 'supported', 'S/2024/239'],
      ['one abstention – from Guyana', 'supported', 'S/2024/239'],
      ['three votes against, including veto-wielding Russia, China and Algeria', 'supported', 'S/2024/239'],
    ]);
  });

  it('takes an article whose only recorded-vote claims name no body for the Council when it reports a veto', () => {
    const r = check('Russia vetoed a Council draft that would have renewed the Mali sanctions regime. The draft won 13 votes in favor. Russia voted against it. China abstained.');
    expect(verdicts(r).map((v) => v[2])).toEqual(['S/2023/638', 'S/2023/638', 'S/2023/638', 'S/2023/638']);
  });
});

describe('Council votes the article names', () => {
  it('tells apart drafts vetoed by the same members by who sat on the Council', () => {
    // S/2008/447 (Zimbabwe, 11 July 2008), read without the member votes its sources give: S/2019/186 (Venezuela)
    // has South Africa and Indonesia voting as here, but Libya, Viet Nam and Burkina Faso did not sit in 2019.
    const text = 'Russia, China veto UN sanctions on Mugabe. China and Russia joined South Africa, Libya and Vietnam in opposing the Security Council draft, while Indonesia abstained. Voting in favor were the United States, Britain, France, Burkina Faso, Belgium and Costa Rica.';
    const r = checkWithout('S/2008/447', text);
    expect(new Set(r.claims.map((c) => c.draft?.symbol))).toEqual(new Set(['S/2008/447']));
    expect(r.events.find((e) => e.symbol === 'S/2008/447')!.why).toMatch(/elected members named who sat on the Council then/);
    // ... and with them, by the states' votes.
    expect(check(text).events.find((e) => e.symbol === 'S/2008/447')!.why).toMatch(/14 states' votes/);
  });

  it('takes a passage matched by its states\' votes and words alone to the draft the article names on firmer clues', () => {
    // S/2015/562 (MH17 tribunal, 29 July 2015): its sources list the abstainers only; S/2022/155 lists all 15 votes.
    const r = check('Russia vetoes UN tribunal on downed flight MH17 over Ukraine. Eleven of the 15 members of the Security Council voted in favour, while Angola, China and Venezuela abstained.\nThe resolution was supported by Britain, France and the United States, which accuse pro-Russian separatist rebels of shooting down the plane.');
    expect(new Set(r.claims.map((c) => c.draft?.symbol))).toEqual(new Set(['S/2015/562']));
  });

  it('reads an undated veto told sentence by sentence as one vote', () => {
    // S/2017/172 (28 February 2017): 9-3-3, Bolivia against with the two vetoing members; Egypt, Ethiopia, Kazakhstan abstaining.
    const one = check('Russia cast a veto at the Security Council. The text was drafted by France and Britain. It called for sanctions over chemical weapons. Envoys spoke for an hour. Nine members voted in favour, Bolivia voted against, while Ethiopia, Kazakhstan and Egypt abstained.');
    expect(new Set(one.claims.map((c) => [c.draft?.symbol, c.verdict].join(' ')))).toEqual(new Set(['S/2017/172 supported']));
    // S/2011/612 (4 October 2011): 9-2-4, read from the figures, the abstentions and the veto together.
    const four = check('Nine of the 15-member council countries, including the United States, voted in favour of the text. Security Council members India, Brazil, South Africa and Lebanon abstained from voting on the draft.\n\nRussia and China on Tuesday vetoed a draft that would have condemned the crackdown in Syria.');
    expect(four.claims.map((c) => [c.quote, c.draft?.symbol, c.verdict])).toEqual([
      ['Nine of the 15-member council countries, including the United States, voted in favour', 'S/2011/612', 'supported'],
      ['Nine of the 15-member council countries, including the United States', 'S/2011/612', 'supported'],
      ['India, Brazil, South Africa and Lebanon abstained', 'S/2011/612', 'supported'],
      ['Russia and China on Tuesday vetoed', 'S/2011/612', 'supported'],
    ]);
  });

  it('takes the draft the figures name for the veto and the votes around them', () => {
    // S/2023/970 (8 December 2023): 13-1-1, vetoed by the United States, the United Kingdom abstaining.
    const r = check('Washington vetoed a Security Council text on Gaza on Friday. Diplomats said they were dismayed.\n\nIn the council the result was 13-1, with Britain abstaining.', '2023-12-09');
    expect(r.claims.map((c) => [c.quote, c.draft?.symbol, c.verdict])).toEqual([
      ['Washington vetoed', 'S/2023/970', 'supported'],
      ['13-1', 'S/2023/970', 'supported'],
      ['Britain abstaining', 'S/2023/970', 'supported'],
    ]);
  });

  it('keeps a vote of another year a leading clause dates off the draft the article reports', () => {
    const r = check('Russia vetoed the Council draft on Crimea on Saturday; China abstained. When the Council took up a similar crisis, over Georgia in 2008, Beijing abstained.', '2014-03-16');
    expect(r.claims.map((c) => [c.quote, c.draft?.symbol ?? null])).toEqual([
      ['Russia vetoed', 'S/2014/189'],
      ['China abstained', 'S/2014/189'],
      ['Beijing abstained', null],
    ]);
  });

  it('weighs the names in a draft\'s subject above its common words', () => {
    // S/2024/255 (DPRK Panel of Experts) and S/2024/302 (nuclear weapons in outer space): both 13-1-1, Russia vetoing, China abstaining.
    const r = check('Thirteen members voted in favour, China abstained and Russia vetoed the draft, ending the experts who monitor sanctions on North Korea over its nuclear weapons.');
    expect(new Set(r.claims.map((c) => c.draft?.symbol))).toEqual(new Set(['S/2024/255']));
  });

  it('takes figures the matched draft contradicts for the other draft of that day that has them', () => {
    // 30 August 2023: S/2023/638 on Mali (13-1-1, vetoed by Russia) and Russia's own draft (1-1-13, Japan against).
    const r = check('Russia on Wednesday vetoed the French and Emirati draft to extend sanctions on Mali, and China abstained. Japan voted no, and 13 other members abstained.', '2023-08-31');
    expect(r.claims.map((c) => [c.quote, c.draft?.symbol, c.verdict])).toEqual([
      ['Russia on Wednesday vetoed', 'S/2023/638', 'supported'],
      ['China abstained', 'S/2023/638', 'supported'],
      ['Japan voted no', 'draft of 2023-08-30', 'supported'],
      ['13 other members abstained', 'draft of 2023-08-30', 'supported'],
    ]);
  });

  it('takes the resolution a line names for the figures on the line after it', () => {
    const r = check('August 6 Resolution 661: Imposed a trade and financial embargo on Iraq and occupied Kuwait.\n\n(Adopted 13-0; Cuba and Yemen abstained)\n\nSeptember 13 Resolution 666: Specified guidelines for the delivery of food.\n\n(Adopted 13-2; Cuba and Yemen against)');
    expect(verdicts(r)).toEqual([
      ['13-0', 'supported', 'S/RES/661(1990)'],
      ['Cuba and Yemen abstained', 'supported', 'S/RES/661(1990)'],
      ['13-2', 'supported', 'S/RES/666(1990)'],
      ['Cuba and Yemen against', 'supported', 'S/RES/666(1990)'],
    ]);
    // A chronology: its first entry's day does not date the article, and the line naming the resolution
    // may be a sentence or two above the figures.
    const c = check('August 2, 1990 Resolution 660: Condemned the invasion of Kuwait.\n\n(Adopted 14-0; Yemen did not participate)\n\nSeptember 13 Resolution 666: Reaffirmed that Iraq was responsible for foreign nationals. Specified guidelines for the delivery of food.\n\n(Adopted 13-2; Cuba and Yemen against)\n\nSeptember 16 Resolution 667: Condemned Iraqi aggression against diplomats.');
    expect(c.article.date).toBeNull();
    expect(verdicts(c).slice(2)).toEqual([
      ['13-2', 'supported', 'S/RES/666(1990)'],
      ['Cuba and Yemen against', 'supported', 'S/RES/666(1990)'],
    ]);
  });

  it('takes the resolution the article names over figures pooled with another vote\'s "unanimously"', () => {
    // Xinhua, 1 December 2023: S/RES/2713 (14-0-1, France abstaining) and S/RES/2714 (unanimous) that day.
    const r = check('The Security Council on Friday adopted two resolutions on Somalia. Resolution 2713 renews the sanctions regime on Al-Shabaab. The resolution won 14 votes in favor out of the 15 Security Council members. France abstained. The Security Council on Friday unanimously adopted a resolution to lift the arms embargo on the Somali government.');
    expect(verdicts(r).slice(0, 2)).toEqual([
      ['14 votes in favor', 'supported', 'S/RES/2713(2023)'],
      ['France abstained', 'supported', 'S/RES/2713(2023)'],
    ]);
  });

  it('puts claims that name no body in the body the article\'s first sentence about a vote names', () => {
    // No headline, no figures: the Council's vote on the mission, not an Assembly vote of those weeks.
    const r = check('The U.N. Security Council has approved a resolution extending the mandate of the U.N. peacekeeping mission in conflict-wracked Central African Republic.\nRussia and China abstained from voting.', '2018-12-14');
    expect(r.claims.map((c) => [c.kind, c.verdict, c.resolutions[0]?.symbol])).toEqual([['countryVote', 'supported', 'S/RES/2448(2018)']]);
  });

  it('puts claims that name no body in the Council where the article reports a veto and names no body', () => {
    const r = check('The Emirates on Friday abstained from voting on a United Nations draft resolution to condemn the aggression against Ukraine.\nRussia vetoed the draft, while China and India also abstained.');
    expect(r.claims.map((c) => [c.quote, c.verdict, c.event == null ? null : r.events[c.event]!.symbol])).toEqual([
      ['Emirates on Friday abstained', 'supported', 'S/2022/155'],
      ['Russia vetoed', 'supported', 'S/2022/155'],
      ['China and India also abstained', 'supported', 'S/2022/155'],
    ]);
  });

  it('reads drafts that failed for want of votes: "three short of the nine needed", "required nine votes ... got only eight", too few to pass', () => {
    const bosnia = check('The United States joined the five sponsor nations to vote for the resolution lifting the Bosnia arms embargo. But all other members of the Security Council, including Britain and France, abstained and the six “aye” votes were three short of the nine needed for passage.');
    expect(bosnia.claims.map((c) => [c.kind, c.verdict, c.draft?.symbol])).toEqual([
      ['countryVote', 'supported', 'draft of 1993-06-29'],
      ['countryVote', 'supported', 'draft of 1993-06-29'],
      ['tally', 'supported', 'draft of 1993-06-29'],
    ]);
    const palestine = check('So while Palestine required nine votes in the Security Council to attain statehood, it got only eight, with Nigeria, South Korea, Rwanda, the United Kingdom and Lithuania abstaining.');
    expect(palestine.claims.map((c) => [c.kind, c.verdict, c.draft?.symbol])).toEqual([
      ['tally', 'supported', 'S/2014/916'],
      ['countryVote', 'supported', 'S/2014/916'],
    ]);
    // Seven in favour and eight abstaining: no Council resolution passes so; the failed deferral of 15 November 2013.
    const kenya = check('Only seven of the 15 Security Council members voted in favour of deferring the trials of Kenya’s leaders, while eight abstained.', '2013-11-16');
    expect(kenya.claims.map((c) => [c.kind, c.verdict, c.draft?.symbol])).toEqual([['tally', 'supported', 'draft of 2013-11-15']]);
  });

  it('takes the one resolution the article names for figures that settle no vote firmly and fit it', () => {
    // A text headed by its symbol, whose abstainers are cut off by a line break.
    const r = check('Resolution 502 (1982) of 3 April 1982\nThe Security Council,\nRecalling the statement made by the President of the Council on 1 April 1982.\nDeeply disturbed at reports of an invasion on 2 April 1982.\nDetermining that there exists a breach of the peace in the region.\nDemands an immediate withdrawal of all Argentine forces from the Falkland Islands (Islas Malvinas).\nAdopted at the 2350th meeting by 10 votes to 1 (Panama), with 4 abstentions (China, Poland, Spain, Union of Soviet\nSocialist Republics).');
    expect(r.claims.filter((c) => c.kind === 'tally').map((c) => [c.verdict, c.resolutions[0]?.symbol])).toEqual([['supported', 'S/RES/502(1982)']]);
    // Since the ninth session's subject weights the figures settle it alone (before, a closer subject overrode them
    // and the named resolution brought them back); either way the vote is the one the article names.
    expect(r.events[0]!.why).toMatch(/the article names S\/RES\/502\(1982\), whose figures these are|its figures \(10 in favour, 1 against, 4 abstentions\) match this vote only/);
  });

  it('reads a factbox of resolutions: each row\'s number names its vote', () => {
    const r = check('Since Iraq invaded Kuwait on Aug. 2, the Security Council has passed eight resolutions.\n\n661 Aug. 6 13-0 Cuba and Yemen abstain\n\nOrders an embargo on trade with Iraq and occupied Kuwait\n\n662 Aug. 9 15-0\n\nDeclares the annexation of Kuwait null and void.');
    expect(r.claims.map((c) => [c.kind, c.verdict, c.resolutions[0]?.symbol])).toEqual([
      ['tally', 'supported', 'S/RES/661(1990)'],
      ['countryVote', 'supported', 'S/RES/661(1990)'],
      ['tally', 'supported', 'S/RES/662(1990)'],
    ]);
  });

  it('judges figures of a veto report on the vetoed draft they fit, not on an adopted text of another decade', () => {
    const r = check('The United States on Thursday vetoed a resolution at the UNSC that would have paved the way for the state of Palestine to gain full membership at the UN.\n\nTwelve countries voted in favour of the resolution, which was brought up for a vote during an hours-long Security Council session in New York on Thursday, while two other countries – Britain and Switzerland – abstained.');
    const tally = r.claims.find((c) => c.kind === 'tally');
    expect([tally?.verdict, tally?.draft?.symbol]).toEqual(['supported', 'S/2024/312']);
  });

  it('reads "(Adopted by unanimous vote)" under a line that names a Council resolution as that one\'s', () => {
    const r = check('August 6 Resolution 661: Imposed a trade and financial embargo on Iraq.\n\n(Adopted 13-0; Cuba and Yemen abstained)\n\nAugust 9 Resolution 662: Declared Iraq\'s annexation of Kuwait null and void.\n\n(Adopted by unanimous vote)');
    expect(r.claims.filter((c) => c.kind === 'tally').map((c) => [c.verdict, c.resolutions[0]?.symbol])).toEqual([['supported', 'S/RES/661(1990)'], ['supported', 'S/RES/662(1990)']]);
  });
});
