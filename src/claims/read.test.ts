import { describe, expect, it } from 'vitest';
import { createRegistry } from '../countries/registry.js';
import { sentences } from './document.js';
import { listUnderHeader } from './findClaims.js';
import { readSentence } from './read.js';

const reg = createRegistry();
const read = (text: string, last: string | null = null) => readSentence(reg, sentences(text)[0]!, last ? [last] : null);
/** Each claim as `kind: CODE:vote ...` or `tally: {...}`, in the order of the text. */
const found = (text: string, last: string | null = null) =>
  read(text, last).map((c) =>
    c.kind === 'tally'
      ? `tally ${JSON.stringify(c.tally)}`
      : c.kind === 'countryVote'
        ? `votes ${c.votes!.map((v) => `${v.code}:${v.negated ? '!' : ''}${v.vote}`).join(' ')}`
        : c.kind === 'shift'
          ? `shift ${c.shift!.code} ${c.shift!.cue}${c.shift!.earlierVote ?? ''}`
          : `alignment ${c.alignment!.codes.join(' ')}`,
  );
const votes = (text: string) => found(text).filter((f) => f.startsWith('votes'));

describe('readSentence: tallies', () => {
  it('reads tallies in digits, dashes and words', () => {
    expect(found('It passed 141-7-32.')).toEqual(['tally {"yes":141,"no":7,"abstain":32}']);
    expect(found('Adopted by 141 votes to 7, with 32 abstentions.')).toEqual(['tally {"yes":141,"no":7,"abstain":32}']);
    expect(found('Thirty-two countries abstained.')).toEqual(['tally {"abstain":32}']);
    expect(found('The vote was 141-5 with 35 abstentions.')).toEqual(['tally {"yes":141,"no":5,"abstain":35}']);
  });

  it('reads a Council acting unanimously as no vote against and no abstention', () => {
    for (const t of ['The Security Council unanimously agreed Friday to ban the exports.', 'The Security Council today voted unanimously in favour of the British draft.', 'The Security Council unanimously stepped up sanctions.', 'The text won unanimous support of the 15 members of the Council.']) {
      expect(found(t), t).toEqual(['tally {"no":0,"abstain":0}']);
    }
  });

  it('reads "only" and "the sole ... to" of named states as a count of their vote', () => {
    expect(found('Only Belarus voted against it.')).toEqual(['tally {"no":1}', 'votes BLR:N']);
    expect(found('Russia was the only country on Friday to abstain.')).toEqual(['tally {"abstain":1}', 'votes RUS:A']);
    expect(found('Belarus was the only country to oppose it, while 36 abstained.')).toEqual(['tally {"no":1}', 'votes BLR:N', 'tally {"abstain":36}']);
    // ... but not the only ones of a group, nor where a figure of that vote is printed.
    expect(found('The US was the only G7 nation to vote against it.')).toEqual(['votes USA:N']);
    expect(found('Only five countries voted against it.')).toEqual(['tally {"no":5}']);
    // A dateline's country votes nothing; a name before an aside's dash does.
    expect(votes('KABUL, AFGHANISTAN – The UN Security Council on Monday voted to renew the mission.')).toEqual([]);
    expect(votes('India – which abstained – said so.')).toEqual(['votes IND:A']);
    // "Ghana and 57 countries abstained": 58; "countries that voted to abstain ... include ...".
    expect(found('Ghana and 57 countries on Thursday abstained.')).toEqual(['votes GHA:A', 'tally {"abstain":58}']);
    expect(votes("Ghana was one of 141 nations that voted 'IN FAVOUR' of the resolution with 7 countries voting against.")).toEqual(['votes GHA:Y']);
    // The Charter's rule of a veto names no vote cast.
    expect(found('Adoption requires nine votes and the absence of a negative vote by any of the five permanent members -- Britain, China, France, Russia and the United States.')).toEqual([]);
    expect(found('A draft needs at least nine positive votes, on the condition of no negative votes from the five permanent members -- Britain, China, France, Russia and the United States -- to pass.')).toEqual([]);
    // "with Britain and the United States backing the resolution": the absolute "with" of a vote.
    expect(votes('It was adopted with Britain and the United States backing the resolution and France abstaining.')).toEqual(['votes GBR:Y USA:Y', 'votes FRA:A']);
    expect(votes('Islamabad can negotiate deals with Russia, and backing the resolution could jeopardize those ties.')).toEqual([]);
    // More votes against than for in the Assembly: a text not adopted.
    expect(read('A competing text received 50 votes for, 67 against and 36 abstentions.').map((c) => c.gap)).toEqual(['failedDraft']);
    expect(votes('Other African countries that voted to abstain from the resolution include Nigeria, Cameroon and South Africa.')).toEqual(['votes NGA:A CMR:A ZAF:A']);
    // "X and Y are the (African) countries who abstained": the states are those countries.
    expect(votes('Algeria, Angola and Zimbabwe are the African countries who abstained from the resolution.')).toEqual(['votes DZA:A AGO:A ZWE:A']);
    expect(votes('Four nations voted against the resolution--China, Russia, North Korea and Syria.')).toEqual(['votes CHN:N RUS:N PRK:N SYR:N']);
    // "muster four other "no" votes — ...": the four and the state named; a dash no second dash closes lists to the end.
    expect(found('Russia was only able to muster four other "no" votes — Syria, North Korea, Belarus and Eritrea.')).toEqual(['tally {"no":5}', 'votes SYR:N PRK:N BLR:N ERI:N']);
    expect(found('Only Israel joined the United States in voting against.')[0]).toBe('tally {"no":2}');
  });

  it('reads every figure of a printed tally', () => {
    expect(found('94 countries voted in favor, 13 - against, 74 - abstained.')).toEqual(['tally {"yes":94,"no":13,"abstain":74}']);
    expect(found('IN FAVOR: 14 AGAINST: 0 ABSTAIN: 1 (US)')[0]).toBe('tally {"yes":14,"no":0,"abstain":1}');
    expect(found('It was supported by 124 countries, while 43 (including India) abstained and 14 (including Israel and the United States) voted against it.')[0]).toBe(
      'tally {"yes":124,"abstain":43,"no":14}',
    );
  });

  it('reads nouns of a count, and adds the company a count keeps', () => {
    expect(found('This was adopted with 12 supports, 2 opposes (USSR and German Democratic Republic), with 1 abstention (Zambia).')[0]).toBe('tally {"yes":12,"no":2,"abstain":1}');
    expect(found('Apart from 32 abstentions, only six countries – Belarus, North Korea, Eritrea, Mali, Nicaragua and Syria – voted against the resolution, along with Russia.')[0]).toBe('tally {"abstain":32,"no":7}');
  });

  it('reads a count whose list has no commas around it, and "voted to" with the text\'s own verb', () => {
    expect(found('Ninety-four countries including Kenya, Ghana, Somalia and Djibouti voted to have Russia bear the legal consequences.')).toEqual([
      'tally {"yes":94}', 'votes KEN:Y GHA:Y SOM:Y DJI:Y',
    ]);
  });

  it('reads tallies and votes in Spanish, Portuguese, Italian and French copy', () => {
    expect(found('La resolución fue aprobada con 128 votos a favor y 9 en contra y con 35 abstenciones.')).toEqual(['tally {"yes":128,"no":9,"abstain":35}']);
    expect(found('Foi aprovada por 188 votos a favor, três contra (EUA, Israel e Palau) e duas abstenções (Ilhas Marshall e Micronésia).')).toEqual([
      'tally {"yes":188,"no":3,"abstain":2}', 'votes USA:N ISR:N PLW:N', 'votes MHL:A FSM:A',
    ]);
    expect(found('123 voti a favore, 38 contrari, 24 astensioni, 8 Paesi assenti.')).toEqual(['tally {"yes":123,"no":38,"abstain":24,"nonVoting":8}']);
    expect(votes('México se abstuvo y Brasil votó a favor.')).toEqual(['votes MEX:A', 'votes BRA:Y']);
    expect(votes('La France a voté pour.')).toEqual(['votes FRA:Y']);
    // Lists after a label, and a subject after its verb as Spanish puts it.
    expect(votes('Los países que respaldaron la resolución fueron: Bolivia, Ecuador y Perú.')).toEqual(['votes BOL:Y ECU:Y PER:Y']);
    expect(votes('Os votos contrários foram da própria Rússia e Bielorrússia.')).toEqual(['votes RUS:N BLR:N']);
    expect(votes('As abstenções foram da Argélia e da Armênia.')).toEqual(['votes DZA:A ARM:A']);
    expect(votes('Nicaragua y Siria se opusieron a la resolución.')).toEqual(['votes NIC:N SYR:N']);
    expect(votes('También se opusieron Irán y Cuba.')).toEqual(['votes IRN:N CUB:N']);
    // French counts by verb, written-out tens, asides with "dont" and "parmi lesquels".
    expect(found('Au total, 120 pays ont voté pour, 12 se sont abstenus et quatre ont voté contre.')).toEqual(['tally {"yes":120,"abstain":12,"no":4}']);
    expect(found('Six pays ont voté contre, et quarante-deux, parmi lesquels le Brésil, se sont abstenus.')[0]).toBe('tally {"no":6,"abstain":42}');
    expect(found('Le texte a été approuvé par 99 voix.')).toEqual(['tally {"yes":99}']);
    expect(found('Onze Etats, dont la Syrie, avaient voté contre.')[0]).toBe('tally {"no":11}');
    expect(found('Au total, 18 s’y sont opposés.')).toEqual(['tally {"no":18}']);
    expect(votes('Neuf États, dont le Brésil, se sont abstenus.')).toEqual(['votes BRA:A']);
    expect(votes('Trois États, dont la Syrie, ont exprimé leur opposition.')).toEqual(['votes SYR:N']);
  });

  it('gives a relative clause the states it follows, and reads a habit of years as no count', () => {
    expect(votes('Israel’s decision to abstain was made in conjunction with the United States, which also abstained.')).toEqual(['votes ISR:A', 'votes USA:A']);
    expect(found('Israel and the United States were always the only two countries to vote against these resolutions.')).toEqual([]);
  });

  it('counts "N others" with every name the list prints', () => {
    expect(found('India, China, Iran, Iran, Pakistan, UAE and 29 others abstained.')).toContain('tally {"abstain":35}');
  });

  it('reads what a count means, not only its words', () => {
    // Voting against Russia's claim is voting for the resolution.
    expect(found("143 countries voted against Russia's claim.")).toEqual(['tally {"yes":143}']);
    // 72 others and Pakistan.
    expect(found('Pakistan was among the 72 other countries that abstained.')).toEqual(['votes PAK:A', 'tally {"abstain":73}']);
    expect(found('Kenya joins 142 other countries to vote in favor of the resolution.').filter((c) => c.startsWith('tally'))).toEqual(['tally {"yes":143}']);
    expect(found('Kenya votes with 142 other countries in support of the resolution.').filter((c) => c.startsWith('tally'))).toEqual(['tally {"yes":143}']);
    // A part is not the tally.
    expect(found('Seven nations in the region voted in favour.')).toEqual([]);
    expect(found('Twelve African states abstained.')).toEqual([]);
  });

  it('keeps the figures of different votes apart', () => {
    expect(found('The amendment passed 60-46-53 and the resolution was then adopted 93-8-73.').filter((f) => f.startsWith('tally'))).toEqual([
      'tally {"yes":60,"no":46,"abstain":53}',
      'tally {"yes":93,"no":8,"abstain":73}',
    ]);
    expect(found('The resolution received 187 votes in favour, up from 185 last year and 184 in 2021.')).toEqual([
      'tally {"yes":187}',
      'tally {"yes":185}',
      'tally {"yes":184}',
    ]);
  });

  it('does not read dates, years or amounts as tallies', () => {
    expect(found('The vote on 2023-02-23 came in 2023.')).toEqual([]);
    expect(found('The resolution cost 2,000 dollars and 1.5 million people fled.')).toEqual([]);
  });
});

describe('readSentence: who voted how', () => {
  it('reads lists in every form', () => {
    expect(votes('India and China abstained.')).toEqual(['votes IND:A CHN:A']);
    expect(votes('The 11 that opposed the resolution were Armenia, Belarus, Nicaragua and Russia.')).toEqual(['votes ARM:N BLR:N NIC:N RUS:N']);
    expect(votes('Voting against: Belarus, North Korea, Eritrea, Russia, Syria.')).toEqual(['votes BLR:N PRK:N ERI:N RUS:N SYR:N']);
    expect(votes('The United States voted against it, along with Israel, Argentina and Hungary.')).toEqual(['votes USA:N ISR:N ARG:N HUN:N']);
    expect(votes('Others who abstained on the resolution included the United Kingdom.')).toEqual(['votes GBR:A']);
    expect(votes('Belarus and Syria voted no, joining Russia.')).toEqual(['votes BLR:N SYR:N RUS:N']);
    expect(votes('Only Belarus, Syria, North Korea and Eritrea joined Russia in opposing the resolution.')).toEqual(['votes BLR:N SYR:N PRK:N ERI:N RUS:N']);
    expect(votes('Thirty-two countries abstained, including China and India.')).toEqual(['votes CHN:A IND:A']);
  });

  it('reads staying out of a vote as not voting', () => {
    expect(votes('The resolution, adopted by an 11-0 vote with three abstentions and Algeria refusing to participate, said autonomy may be the basis.')).toEqual(['votes DZA:X']);
    expect(votes('Algeria refused to take part in the vote.')).toEqual(['votes DZA:X']);
    expect(votes('Venezuela did not participate in the vote on the resolution.')).toEqual(['votes VEN:X']);
  });

  it('keeps the Oxford comma list whole', () => {
    expect(votes('Kyrgyzstan, Tajikistan, and Turkmenistan did not vote.')).toEqual(['votes KGZ:X TJK:X TKM:X']);
  });

  it('reads "as did" and "so did" with the vote before them', () => {
    expect(votes('India abstained, as did Pakistan.')).toEqual(['votes IND:A', 'votes PAK:A']);
    expect(votes('Brazil voted in favour, and so did South Africa.')).toEqual(['votes BRA:Y', 'votes ZAF:Y']);
  });

  it('reads several votes in one sentence', () => {
    expect(votes('Moldova voted in favour, while Kazakhstan and Uzbekistan abstained.')).toEqual(['votes MDA:Y', 'votes KAZ:A UZB:A']);
    expect(votes('Brazil voted in favour, while Russia voted against.')).toEqual(['votes BRA:Y', 'votes RUS:N']);
    expect(votes('It was supported by 124 countries, while 43 (including India) abstained and 14 (including Israel and the United States) voted against it.')).toEqual([
      'votes IND:A',
      'votes ISR:N USA:N',
    ]);
    expect(votes('The resolution garnered 14 votes in favour, with the United States abstaining.')).toEqual(['votes USA:A']);
  });

  it('reads a relative clause as its own vote', () => {
    expect(found('India, which had abstained in October, voted in favour this time.')).toEqual(['votes IND:A', 'votes IND:Y', 'shift IND earlierA']);
  });

  it('reads negations', () => {
    expect(votes('Pakistan did not support the resolution.')).toEqual(['votes PAK:!Y']);
  });

  it('leaves out what would, could or should happen', () => {
    expect(found('Supporting the measure would signal a shift.')).toEqual([]);
    expect(found('Washington urged India to back the resolution.')).toEqual([]);
    expect(found('The Western-backed resolution was debated.')).toEqual([]);
    expect(found('Russia could veto the draft resolution.')).toEqual([]);
  });

  it('does not take objects, adjectives or regions for voters', () => {
    expect(votes('Ukrainian President Volodymyr Zelensky thanked the countries that endorsed the resolution.')).toEqual([]);
    expect(votes('Many countries in Latin America voted in favour of the resolution.')).toEqual([]);
    expect(votes('Pacific island nations backed the resolution.')).toEqual([]);
    expect(votes('The American resolution was adopted.')).toEqual([]);
    expect(votes('The Assembly voted to condemn the military coup in Myanmar.')).toEqual([]);
    expect(votes("Most states voted against Russia's annexation.")).toEqual([]);
  });

  it('reads a veto in the words news uses for one', () => {
    const vetoes = (t: string) => read(t).map((c) => `${c.votes?.map((v) => `${v.code}:${v.vote}`).join(' ')} ${c.gap}`);
    expect(vetoes('Britain and France cast a double veto on the Security Council draft.')).toEqual(['GBR:N FRA:N veto']);
    expect(vetoes('Russia and China blocked the adoption of a UN Security Council resolution on Syria.')).toEqual(['RUS:N CHN:N veto']);
    expect(vetoes('Russia and China blocked efforts by the West to pass a Security Council resolution.')).toEqual(['RUS:N CHN:N veto']);
    expect(vetoes('Russia, China use veto to defeat a resolution at the Security Council.')).toEqual(['RUS:N CHN:N veto']);
    expect(vetoes('Moscow had prevented the Security Council from adopting a text.')).toEqual(['RUS:N veto']);
  });

  it('marks votes the record does not hold', () => {
    const veto = read('Russia vetoed a draft condemning the referendums; China, India, Brazil and Gabon abstained.');
    expect(veto.map((c) => [c.votes?.map((v) => v.code).join(' '), c.gap])).toEqual([
      ['RUS', 'veto'],
      ['CHN IND BRA GAB', 'veto'],
    ]);
    expect(read('After Russia vetoed a Council draft, the Assembly voted 141-5-35.').map((c) => [c.kind, c.gap])).toEqual([
      ['countryVote', 'veto'],
      ['tally', null],
    ]);
    expect(read('The amendment was rejected by 60 votes to 46, with 53 abstentions.')[0]?.gap).toBe('amendment');
    // The figures of a text the next clause says failed.
    expect(read('Canada’s proposal was supported by 88 states, but we regret that it fell short of 8 more votes.').map((c) => [c.kind, c.gap])).toEqual([['tally', 'failedDraft']]);
    expect(read('The draft received 11 votes in favour, but was vetoed by Russia.').map((c) => [c.kind, c.gap])).toEqual([['tally', 'veto'], ['countryVote', 'veto']]);
    expect(read('The resolution received 120 votes in favour, and Russia voted against.').map((c) => [c.kind, c.gap])).toEqual([['tally', null], ['countryVote', null]]);
    expect(read('In the Third Committee, the text passed 80-28-68.')[0]?.gap).toBe('committee');
    expect(read('India was elected with 184 votes out of the 192 ballots cast.')[0]?.gap).toBe('election');
  });
});

describe('readSentence: the forms real reports use', () => {
  it('reads vetoes named by the noun, and states listed after a figure', () => {
    expect(votes('Arab states condemned the US veto.')).toEqual(['votes USA:N']);
    expect(votes('It failed owing to a veto from permanent member the United States.')).toEqual(['votes USA:N']);
    expect(votes('The Russian and Chinese vetoes torpedoed earlier efforts.')).toEqual(['votes RUS:N CHN:N']);
    expect(votes('Paris and London could have used their veto power.')).toEqual([]);
    expect(votes('149 nations voted in favor, 12 against, including Israel and the US, and 19 abstained, including India.')).toEqual(['votes ISR:N USA:N', 'votes IND:A']);
    expect(votes('It passed with 4 against (China, Democratic People’s Republic of Korea, Russian Federation, Syria) and 24 abstentions.')).toEqual(['votes CHN:N PRK:N RUS:N SYR:N']);
  });

  it('counts the states named with "others"', () => {
    expect(found('The US voted against it along with Russia and 16 other countries.')).toEqual(['tally {"no":18}', 'votes USA:N RUS:N']);
  });

  it('counts the states joined, in any sentence of the article, not only the first', () => {
    const text = 'The Assembly voted on Ukraine. Only four countries joined Russia in voting against it.';
    const second = readSentence(reg, sentences(text)[1]!, null);
    expect(second.filter((c) => c.kind === 'tally').map((c) => c.tally)).toEqual([{ no: 5 }]);
    const along = readSentence(reg, sentences(`The Assembly voted. ${'The US voted against it along with Russia and 16 other countries.'}`)[1]!, null);
    expect(along.filter((c) => c.kind === 'tally').map((c) => c.tally)).toEqual([{ no: 18 }]);
  });

  it('reads the states listed before a veto, and no state named after it', () => {
    expect(votes('Russia, China veto US resolution on North Korean sanctions')).toEqual(['votes RUS:N CHN:N']);
    expect(votes('Kenya skips UN General Assembly vote on Jerusalem')).toEqual(['votes KEN:X']);
  });

  it('reads the company a state voted with, and a draft blocked in the Council', () => {
    expect(votes('Palau voted with Israel and the United States against the resolution.')).toEqual(['votes PLW:N ISR:N USA:N']);
    expect(votes('The Security Council rejected the draft after the United States blocked the request.')).toEqual(['votes USA:N']);
    expect(votes('Russia could block the Security Council resolution.')).toEqual([]);
  });

  it('reads a time between the verb and its side, "vote no", and a veto refused', () => {
    expect(votes('Brazil voted this Friday (25) in favor of a resolution in the United Nations Security Council.')).toEqual(['votes BRA:Y']);
    expect(votes('Only four countries joined with Moscow to vote no: Belarus, Eritrea, North Korea and Syria.')).toEqual(['votes BLR:N ERI:N PRK:N SYR:N']);
    expect(votes('U.S. Refuses To Veto U.N. Resolution On Israeli Settlements')).toEqual(['votes USA:!N']);
    expect(votes('Hungary and Poland joined the Soviet Union in opposition to the resolution.')).toEqual(['votes HUN:N POL:N SUN:N']);
    expect(votes('The United States and Israel were the only two countries that opposed the resolution.')).toEqual(['votes USA:N ISR:N']);
  });

  it('leaves out a headline topic before its colon, the drafters after a copula, the object condemned and an ally named by its friend', () => {
    expect(votes('Russia vs Ukraine: Nigeria votes against')).toEqual(['votes NGA:N']);
    expect(votes('China and Russia abstained from the voting on the draft resolution, which was drafted by France, Lebanon, the UK and the US.')).toEqual(['votes CHN:A RUS:A']);
    expect(found('141 countries, including Nigeria, the United States and Canada, condemned Russia.').filter((f) => f.startsWith('votes'))).toEqual(['votes NGA:Y USA:Y CAN:Y']);
    expect(votes('Important states such as Vietnam and U.S. treaty ally Thailand abstained.')).toEqual(['votes VNM:A THA:A']);
  });

  it('reads a habit as alignment, not one vote', () => {
    expect(found('China often backs Russia at the council, especially on Syria-related votes.')).toEqual(['alignment CHN RUS']);
    expect(found('The U.S. and Israel have voted against the resolution each year but one.')).toEqual(['alignment USA ISR']);
    expect(found('South Africa has abstained on every resolution on Ukraine.')).toEqual(['alignment ZAF UKR']);
    expect(votes('Bangladesh voted in support of the resolution.')).toEqual(['votes BGD:Y']);
    expect(votes('It was adopted with 14 votes in favour and one abstention, from the United States.')).toEqual(['votes USA:A']);
    expect(votes('Russia cast the lone dissenting vote.')).toEqual(['votes RUS:N']);
    expect(votes('Even so, the U.S. ambassador would not vote FOR the resolution.')).toEqual(['votes USA:!Y']);
    expect(votes('The Chinese UN ambassador abstained.')).toEqual(['votes CHN:A']);
    expect(found('Only five countries, Russia, Belarus, North Korea, Syria, and Nicaragua, opposed the resolution.')).toEqual(['tally {"no":5}', 'votes RUS:N BLR:N PRK:N SYR:N NIC:N']);
    expect(found('There were no votes against, while Russia, China and Pakistan abstained from voting.')).toEqual(['tally {"no":0}', 'votes RUS:A CHN:A PAK:A']);
    expect(votes('Only North Korea, Syria, Nicaragua, Belarus and Russia opposed it.')).toEqual(['votes PRK:N SYR:N NIC:N BLR:N RUS:N']);
    expect(votes('Russia opposed the plan to build a new port.')).toEqual([]);
    expect(votes('The proposal was swiftly blocked by Russia, which exercised its veto power as a permanent Security Council member.')).toEqual(['votes RUS:N']);
    expect(votes('The Russian Federation, a permanent member of the Security Council voted to block a humanitarian resolution.')).toEqual(['votes RUS:N']);
    expect(found('14 countries supported Israel’s violent attack on Gaza Strip.')).toEqual(['tally {"no":14}']);
    expect(found('Argentina was one of only seven countries that backed the embargo.').filter((f) => f.startsWith('tally'))).toEqual(['tally {"no":7}']);
    expect(found('Fiji was amongst the 141 countries that voted in support.')).toEqual(['votes FJI:Y', 'tally {"yes":141}']);
    expect(found('5 voted against, these being Russia, North Korea, Syria, Eritrea and Belarus.')).toEqual(['tally {"no":5}', 'votes RUS:N PRK:N SYR:N ERI:N BLR:N']);
    expect(votes('Ukrainian ambassador accuse Russia of genocide, 141 out of 193 United Nations member states voted for the resolution.')).toEqual([]);
    expect(votes('Israel and the US were joined by Hungary, Argentina and Paraguay in voting against.')).toEqual(['votes ISR:N USA:N HUN:N ARG:N PRY:N']);
  });

  it('reads "refrained from voting" as abstaining, and a list after a double hyphen', () => {
    expect(found('Bangladesh is among 32 countries that refrained from voting.')).toEqual(['votes BGD:A', 'tally {"abstain":32}']);
    expect(found('Six countries joined Russia to vote no -- Belarus, North Korea, Eritrea, Mali, Nicaragua and Syria.')).toEqual(['tally {"no":7}', 'votes RUS:N BLR:N PRK:N ERI:N MLI:N NIC:N SYR:N']);
    expect(votes('Nepal was among the 141 members who voted against Russian invasion of Ukraine.')).toEqual(['votes NPL:Y']);
    expect(found('Kenya on Monday joined 93 other countries in supporting a UN resolution.')).toEqual(['votes KEN:Y', 'tally {"yes":94}']);
    expect(votes('It was adopted by 150 votes in favour to 3 against (Israel, United States, Federated States of Micronesia) with 2 abstentions (Swaziland, Marshall Islands).')).toEqual(['votes ISR:N USA:N FSM:N', 'votes SWZ:A MHL:A']);
  });

  it('keeps a sentence whole across an abbreviation', () => {
    expect(votes('Brazil, led by a pro-U.S. president, joined the United States and Israel in voting against the resolution.')).toEqual(['votes BRA:N USA:N ISR:N']);
  });
});

describe('readSentence: states with their own sides', () => {
  it('gives each state listed before its side that side, not the next cue\'s', () => {
    expect(votes('The vote in the 15-member council was 13 in favor, Russia against and China abstaining.')).toEqual(['votes RUS:N', 'votes CHN:A']);
    expect(votes('Britain and France in favour, the US abstaining.')).toEqual(['votes GBR:Y FRA:Y', 'votes USA:A']);
    // A list that shares the cue's side keeps it.
    expect(votes('The resolution passed 13-0, with Russia and China abstaining.')).toEqual(['votes RUS:A CHN:A']);
  });

  it('reads "joining X in the opposition" and "joins X in a double veto" as the company\'s vote too', () => {
    expect(votes('The vote was 9-3, with South Africa joining China and Russia in the opposition.')).toEqual(['votes ZAF:N CHN:N RUS:N']);
    const veto = read('China joins Russia in rare double veto of U.S. resolution criticizing Myanmar.');
    expect(veto.map((c) => [c.votes!.map((v) => v.code).join(' '), c.gap])).toEqual([['CHN RUS', 'veto']]);
  });

  it('takes no voter from "veto of" a state\'s own text', () => {
    expect(votes('The council saw a veto of U.S. resolution on the crisis.')).toEqual([]);
    expect(votes('It was blocked by a veto of the United States.')).toEqual(['votes USA:N']);
  });

  it('reads a choice made as the vote: "has chosen to abstain", "for choosing to abstain"', () => {
    expect(votes('India has chosen to abstain on this resolution.')).toEqual(['votes IND:A']);
    expect(votes('Indonesia has explained the reasons for choosing to abstain.')).toEqual(['votes IDN:A']);
  });

  it('reads the states right after a figure\'s side with no marker, only where nothing else follows', () => {
    expect(votes('The resolution passed by a vote of 13 to 0 with only two abstentions, China and Zimbabwe.')).toEqual(['votes CHN:A ZWE:A']);
    expect(votes('The mandate was renewed with two abstentions China and Russia.')).toEqual(['votes CHN:A RUS:A']);
    expect(votes('There were two abstentions, China said.')).toEqual([]);
  });

  it('reads the year before\'s figure a change states as a claim of its own', () => {
    expect(found('It was supported by 156 nations, down 11 from last year.')).toEqual(['tally {"yes":156}', 'tally {"yes":167}']);
    expect(read('It was supported by 107 countries—four more than last year.')[1]!.dateText).toBe('last year');
  });

  it('reads "the only/one ... country to vote for", "casting the sole vote against", "Among the votes against are"', () => {
    expect(votes('Rwanda was the one African country to vote for the resolution.')).toEqual(['votes RWA:Y']);
    expect(votes('Washington urged members to vote for the resolution.')).toEqual([]);
    expect(found('Palau, the country casting the sole vote against the resolution, said nothing.')).toEqual(['tally {"no":1}', 'votes PLW:N']);
    expect(votes('Among the votes against are the United States, Israel and Hungary.')).toEqual(['votes USA:N ISR:N HUN:N']);
    expect(votes('It passed, with only the US and Israel casting “no” votes.')).toEqual(['votes USA:N ISR:N']);
    // "switched to support", "did not show up".
    expect(votes('Comoros switched to support this year, and Eswatini did not show up.')).toEqual(['votes COM:Y', 'votes SWZ:X']);
    expect(found('Bolivia and Madagascar, which abstained in 2019, switched to support.')).toContain('shift BOL earlierA');
    // The states after a passive cue end at the next verb.
    expect(votes('The 13-0 vote with abstentions from China and Pakistan came after the United States deleted the word.')).toEqual(['votes CHN:A PAK:A']);
    expect(votes('It got 11 votes, with China, India, and the United Arab Emirates casting abstentions.')).toEqual(['votes CHN:A IND:A ARE:A']);
    // A state alone on one side after the figures of the others, the "and" inside brackets no clause's end: one tally.
    expect(found('Eleven countries voted in favor, three abstained (Britain, Togo, and Zaire), and the US alone voted against it.')).toEqual(['tally {"yes":11,"abstain":3,"no":1}', 'votes GBR:A TGO:A COD:A', 'votes USA:N']);
  });

  it('takes no vote from backing a partner: "backed its Russian partner and voted against"', () => {
    expect(votes('China, hardly surprisingly, backed its Russian partner and voted against.')).toEqual(['votes CHN:N']);
  });

  it('reads sides in quotes, and takes no vote from an intent: "will not support"', () => {
    expect(votes('The US was among the nine members that voted ‘against’ on Friday.')).toEqual(['votes USA:N']);
    expect(votes('France, Japan and India voted in ‘favour’.')).toEqual(['votes FRA:Y JPN:Y IND:Y']);
    expect(votes('Jamaica will not support the embargo.')).toEqual([]);
  });

  it('reads "Ambassador X said he voted" as the envoy\'s state, and no state for an envoy of none', () => {
    expect(votes('U.S. Ambassador Vernon Walters said he voted against the UN resolution.')).toEqual(['votes USA:N']);
    expect(votes("Pakistan's ambassador Munir Akram said he abstained.")).toEqual(['votes PAK:A']);
    expect(votes('The Ambassador said he voted against it.')).toEqual([]);
  });

  it('reads an envoy before a relative clause as the state, and "votes with N other countries in support of"', () => {
    expect(votes("Russia's UN Ambassador Vassily Nebenzia, who voted against the resolution, called it biased.")).toEqual(['votes RUS:N']);
    expect(found('Kenya votes with 142 other countries in support of the UN General Assembly Resolution.')).toEqual(['votes KEN:Y', 'tally {"yes":143}']);
  });
});

describe('readSentence: counts beside the states named apart, and shifts of a list', () => {
  it('puts states counted with an Assembly-sized figure in the Assembly, whatever Council resolutions the clause names', () => {
    const [vote, tally] = read('The Philippines and 34 other countries abstained on the vote on the resolution demanding all countries comply with Security Council resolutions on Jerusalem.');
    expect([vote!.kind, vote!.body, tally!.kind, tally!.body]).toEqual(['countryVote', 'ga', 'tally', 'ga']);
  });

  it('counts the states an absolute "with" lists between a tally\'s figures as that side', () => {
    expect(found('The resolution was adopted with 143 nations voting in favour, with Russia, Belarus, North Korea, Syria, Nicaragua voting against and 35 abstentions.')[0]).toBe('tally {"yes":143,"abstain":35,"no":5}');
    // ... not a count where the figure of that side is printed.
    expect(found('It passed 13-1 with Russia voting against.')[0]).toBe('tally {"yes":13,"no":1}');
  });

  it('counts the states "besides" which a figure is given', () => {
    expect(found('Besides Russia, 12 countries voted against the resolution, 78 abstained.')).toContain('tally {"no":13,"abstain":78}');
  });

  it('reads "joined 13 other countries including X and Y ... to vote against": the subject votes, and the named are of the 13', () => {
    expect(found('South Africa joined 13 other countries including North Korea and Sudan on Wednesday to vote against the declaration.')).toEqual(['votes ZAF:N', 'tally {"no":14}', 'votes PRK:N SDN:N']);
  });

  it('takes no earlier vote from a speech about what the UN did for a state', () => {
    expect(found('Klaus Werner Iohannis, President of Romania, said that, in the aftermath of the cold war, the United Nations had also supported his country in its transition to democracy.')).toEqual([]);
    expect(found('These Member States had also voted against the resolution last year.', 'AUT')).toContain('shift AUT earlierN');
  });

  it('reads "has abstained ... in the past" as an earlier vote, not this one, and "deviates from its previous position" as a change', () => {
    expect(found('The US has abstained from the vote in the past.')).toEqual(['shift USA earlierA']);
    expect(found('Nigeria’s abstention deviates from its previous position.')).toEqual(['votes NGA:A', 'shift NGA change']);
  });

  it('reads earlier votes and changes told in other words', () => {
    expect(found('Nigeria had previously voted at the United Nations General Assembly in March to condemn the invasion of Ukraine.')).toEqual(['shift NGA earlierY']);
    expect(found('Romania stated that it traditionally supported the resolution.')[0]).toBe('shift ROU earlierY');
    expect(found('The resolution passed despite opposition once again from China, Russia and some regional countries.')).toContain('shift CHN againN');
    expect(found('It marked a 180-degree turn in Argentina’s diplomatic stance.')).toEqual(['shift ARG change']);
  });

  it('gives every state of the subject a shift "from against to for"', () => {
    expect(found('The Philippines, Guinea, Nauru and the Republic of Congo changed their vote from against to for.')).toEqual(['shift PHL earlierN', 'shift GIN earlierN', 'shift NRU earlierN', 'shift COG earlierN']);
    expect(found('Gambia changed its vote this year.')).toEqual(['shift GMB change']);
  });
});

describe('listUnderHeader', () => {
  it('reads the states listed under a header line', () => {
    const text = 'Countries that voted against the resolution\n- Russia\n- Belarus\n- North Korea\nThe vote came after a debate.';
    const all = sentences(text);
    const claim = listUnderHeader(reg, all[0]!, all.slice(1));
    expect(claim?.votes?.map((v) => `${v.code}:${v.vote}`)).toEqual(['RUS:N', 'BLR:N', 'PRK:N']);
    expect(text.slice(claim!.span.start, claim!.span.end)).toBe('Countries that voted against the resolution\n- Russia\n- Belarus\n- North Korea');
    expect(listUnderHeader(reg, all[3]!, [])).toBeNull();
  });
});

describe('readSentence: shifts and alignment', () => {
  it('finds shifts, taking "its" for the last state named', () => {
    expect(found('It followed its earlier abstention on a similar resolution.', 'PAK')).toEqual(['shift PAK earlierA']);
    expect(found('India again abstained.')).toContain('shift IND againA');
    // A vote changed "from" one "to" another; an earlier vote dated in a relative clause, taken into the shift.
    expect(found('Yemen and Zimbabwe switched from opposition to abstention.')).toEqual(['shift YEM earlierN', 'shift ZWE earlierN']);
    expect(read('Yemen and Zimbabwe switched from opposition to abstention.').map((c) => c.shift!.now?.vote)).toEqual(['A', 'A']);
    const shiftOf = (t: string) => found(t).filter((c) => c.startsWith('shift'));
    // "For the first time" of a vote cast, not of a text's wording or a split "since 2006".
    expect(shiftOf('The resolution included for the first time language on the International Criminal Court, Japan said.')).toEqual([]);
    expect(shiftOf('Russia and China vetoed the draft, dividing the Council for the first time since 2006.')).toEqual([]);
    expect(shiftOf('The United States abstained for the first time in 25 years on the resolution.')).toEqual(['shift USA firstTime']);
    // A change, a break or a departure from an earlier vote; a reversal; "unlike in 2021".
    expect(shiftOf('Ukraine voted in favour, a change from its abstention in 2019.')).toEqual(['shift UKR earlierA']);
    expect(shiftOf('Kenya abstained, breaking with its previous support for the resolution.')).toEqual(['shift KEN earlierY']);
    expect(shiftOf('The United States abstained, departing from its long-standing practice of voting against.')).toEqual(['shift USA earlierN']);
    expect(shiftOf('India reversed its earlier position and voted in favour of the resolution.')).toEqual(['shift IND change']);
    expect(shiftOf('Unlike in 2021, Colombia voted against the text.')).toEqual(['shift COL change']);
    // "instead of abstaining", "once again" after the vote, "changed its position", "reversed course", "unlike last year".
    expect(shiftOf('The US voted against it instead of abstaining.')).toEqual(['shift USA earlierA']);
    expect(shiftOf('Japan voted against the resolution once again.')).toEqual(['shift JPN againN']);
    expect(shiftOf('Unlike last year, Chile abstained.')).toEqual(['shift CHL change']);
    expect(shiftOf('Kenya reversed its abstention and voted yes.')).toEqual(['shift KEN earlierA']);
    expect(shiftOf('For the second year in a row, Brazil voted against.')).toEqual(['shift BRA again']);
    expect(shiftOf('Germany continued to abstain.')).toEqual(['shift DEU againA']);
    expect(shiftOf('The UN adopted a resolution condemning North Korea for the 20th year in a row.')).toEqual([]);
    expect(shiftOf('India voted in favour after abstaining on the two earlier resolutions.')).toEqual(['shift IND earlierA']);
    expect(found('Nigeria no longer opposes the resolution.')).toEqual(['votes NGA:!N', 'shift NGA change']);
    expect(shiftOf('Russia no longer has allies at the UN, and the resolution passed.')).toEqual([]);
    expect(read('Mexico changed its position and abstained.').filter((c) => c.shift).map((c) => c.shift!.now?.vote)).toEqual(['A']);
    // "had voted in favour last year but abstained this time": the subject of the first vote casts the second, which is the present one.
    expect(found('France had voted in favour last year but abstained this time.')).toEqual(['votes FRA:Y', 'votes FRA:A', 'shift FRA earlierY']);
    expect(read('France had voted in favour last year but abstained this time.').filter((c) => c.shift).map((c) => c.shift!.now?.vote)).toEqual(['A']);
    expect(found('Yemen and Zimbabwe, shifting from opposition to abstention, joined the majority.')).toEqual(['shift YEM earlierN', 'shift ZWE earlierN']);
    expect(found('Gambia switched to voting against the resolution.')).toEqual(['shift GMB change']);
    // The clause's vote against an earlier one its words give.
    expect(found('Pakistan abstained, as it did last year.')).toEqual(['votes PAK:A', 'shift PAK earlierA']);
    expect(found('Armenia voted in favour this year, after abstaining last year.')).toEqual(['votes ARM:Y', 'shift ARM earlierA']);
    expect(found('Unlike last year, when it abstained, India voted in favour.')).toEqual(['shift IND earlierA', 'votes IND:Y']);
    expect(found('Congo (Republic of), Guinea and Nauru, which voted against the 2018 resolution, supported it today.')).toEqual([
      'votes COG:Y GIN:Y NRU:Y', 'shift COG earlierN', 'shift GIN earlierN', 'shift NRU earlierN',
    ]);
    // The states after the sentence's colon, for "The following Members".
    expect(found('The following Members opposed the text on Wednesday, having abstained at the earlier vote: Argentina, Hungary, Tonga.')).toEqual([
      'shift ARG earlierA', 'shift HUN earlierA', 'shift TON earlierA', 'votes ARG:N HUN:N TON:N',
    ]);
    // With no earlier date, the relative clause is a vote of its own.
    expect(found('Nauru, which voted against the resolution, called it unfair.')).toEqual(['votes NRU:N']);
    expect(votes('The vote was 13-0 with Russia and China abstaining.')).toEqual(['votes RUS:A CHN:A']);
    expect(votes('The decision was marked by abstentions from Russia and Mozambique, while Algeria opted not to vote.')).toEqual(['votes RUS:A MOZ:A', 'votes DZA:X']);
    expect(votes('Russia voted down a UN resolution on Srebrenica.')).toEqual(['votes RUS:N']);
    expect(votes("Ankara's decision to vote 'no' surprised the West, as did Brazil's decision to abstain.")).toEqual(['votes TUR:N', 'votes BRA:A']);
    // A side taken is not a vote cast.
    expect(votes('At the vote on the resolution, China backed the Syrian government for a sixth time.')).toEqual([]);
    expect(votes('While neither France nor the UK vetoed the measure, both nations abstained from the vote.')[0]).toBe('votes FRA:!N GBR:!N');
    // The envoy's state for "her delegation"; a label noun before a list; states with a bare side.
    expect(votes('The representative of Sri Lanka said her delegation abstained on the resolution.')).toEqual(['votes LKA:A']);
    expect(votes('Opponents of the resolution included Russia, Syria and Belarus.')).toEqual(['votes RUS:N SYR:N BLR:N']);
    expect(votes('Iraq’s annexation of Kuwait declared null (Adopted 13-2; Cuba and Yemen against).')).toEqual(['votes CUB:N YEM:N']);
    expect(votes('Russia and China against the plan, the talks stalled.')).toEqual([]);
    // A side joined, a possessor's vote, votes that came from states, objections by them, company and a changed vote.
    expect(votes('At the vote, Sudan joined the “no” vote and Mali dropped out.')).toEqual(['votes SDN:N']);
    expect(votes('Iran’s ‘yes’ vote on the resolution was in line with its policy.')).toEqual(['votes IRN:Y']);
    expect(votes('In addition to Russia, "no" votes came from Armenia, Belarus and Cuba.')).toEqual(['votes ARM:N BLR:N CUB:N']);
    expect(votes('The draft failed because of "No" votes from Russia and China.')).toEqual(['votes RUS:N CHN:N']);
    expect(votes('The resolution passed with sole objections by the U.S. and Israel.')).toEqual(['votes USA:N ISR:N']);
    expect(votes('Brazil voted alongside the United States to reject an annual resolution.')).toEqual(['votes BRA:N USA:N']);
    expect(votes('Egypt gave its support to the draft resolution tabled by Serbia.')).toEqual(['votes EGY:Y']);
    expect(votes('Bhutan and Togo changed their vote to back the moratorium resolution.')).toEqual(['votes BTN:Y TGO:Y']);
    // A count of vetoes over the years is no veto cast; two vetoes the article reports are.
    expect(votes('The US has vetoed more than 40 resolutions critical of Israel since 1972.')).toEqual([]);
    expect(votes('In the Council, Russia has used its veto 17 times on Syria.')).toEqual([]);
    expect(votes('In the Council, Russia vetoed two resolutions on Syria.')).toEqual(['votes RUS:N']);
    // With the majority; support thrown behind; a vote cast "as it has done since 2018" (a habit alone is none).
    expect(votes('In the vote on the resolution, Egypt voted with the majority.')).toEqual(['votes EGY:Y']);
    expect(votes('Norway threw its support behind the resolution.')).toEqual(['votes NOR:Y']);
    expect(votes('Nepal also voted in favour of the resolution, as it has done since 2018.')).toEqual(['votes NPL:Y']);
    expect(votes('India has voted against the resolution since 2015.')).toEqual([]);
    // "not among" those who voted so is anything but that vote; a vote sat out; the lone abstention.
    expect(votes('Chile was not among the 93 countries that voted in favour of the resolution.')).toEqual(['votes CHL:!Y']);
    expect(votes('South Africa sat out the vote on the resolution.')).toEqual(['votes ZAF:X']);
    expect(votes('In the Council vote, the US was the lone abstention.')).toEqual(['votes USA:A']);
    // An obligation fulfilled is a vote cast.
    expect(votes('At the Council, the Russian delegation was forced to vote against this draft resolution.')).toEqual(['votes RUS:N']);
    // A list after a dash or "the latter being".
    expect(votes('It was adopted 13-0 with 2 abstentions—China and Russia.')).toEqual(['votes CHN:A RUS:A']);
    expect(votes('It passed with 185 votes in favor and two against, the latter being the United States and Israel.')).toEqual(['votes USA:N ISR:N']);
    // The states a new phrase names after the vote are not voters.
    expect(votes('Russia abstained from the decision, accusing some members including the United States of delay.')).toEqual(['votes RUS:A']);
  });

  it('marks alignment statements', () => {
    expect(found('India is avoiding taking sides between Washington and Moscow.')).toEqual(['alignment IND USA RUS']);
    // A record over the years, not one vote.
    const aligned = (t: string) => found(t).filter((c) => c.startsWith('alignment'));
    expect(aligned('In 2018, Israel had the highest voting coincidence with the United States.')).toEqual(['alignment ISR USA']);
    expect(aligned('The U.S. voted against the resolution for 24 consecutive years.')).toEqual(['alignment USA']);
    expect(aligned('It was the third time in nine months that Russia and China blocked resolutions on Syria.')).toEqual(['alignment RUS CHN SYR']);
    expect(aligned('To date, the U.S. has vetoed three resolutions concerning the Gaza war.')).toEqual(['alignment USA']);
    expect(aligned('Both Russia and China, which had not cast a double veto since 1972, blocked it.')).toEqual(['alignment RUS CHN']);
    expect(aligned('The United States has never failed to veto a resolution condemning Israel until now.')).toEqual(['alignment USA ISR']);
  });

  it('gives each claim the words it rests on', () => {
    const text = 'When the Assembly voted, Pakistan was among 32 countries that abstained.';
    const [vote, tally] = read(text);
    expect(text.slice(vote!.span.start, vote!.span.end)).toBe('Pakistan was among 32 countries that abstained');
    expect(text.slice(tally!.span.start, tally!.span.end)).toBe('32 countries that abstained');
  });
});
