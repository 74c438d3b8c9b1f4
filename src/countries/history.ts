/**
 * The UN-specific history that no ISO package carries: member states that no
 * longer exist, which seat continues which, and names the UN and the press
 * used that ISO data lacks. Everything else about a country (ISO codes,
 * names, capitals, demonyms) comes from the `world-countries` package.
 *
 * Sources: UN press release ORG/1469 "Member States of the United Nations"
 * (admission dates); the UN Secretary-General's note on the Russian
 * Federation's continuation of the USSR (letter of 24 December 1991); GA
 * resolution 47/1 (1992-09-22) on the FR Yugoslavia; GA resolution 55/12
 * (2000-11-01) admitting the FR Yugoslavia; Serbia's letter of 3 June 2006
 * continuing the membership of Serbia and Montenegro. Codes for dissolved
 * states follow ISO 3166-3; Zanzibar (a member 1963-12-16 to 1964-04-26,
 * before ISO 3166 existed) has no ISO code, and `ZAN` is the local code the
 * assembled files use (the Correlates of War abbreviation).
 */
export interface HistoricalEntity {
  code: string;
  name: string;
  shortName: string;
  iso2: string | null;
  isoNumeric: string | null;
  /** UN membership, as dates. */
  from: string;
  to: string;
  /** What became of the seat. */
  fate: string;
  aliases: string[];
}

export const HISTORICAL: readonly HistoricalEntity[] = [
  {
    code: 'SUN', name: 'Union of Soviet Socialist Republics', shortName: 'USSR', iso2: 'SU', isoNumeric: '810',
    from: '1945-10-24', to: '1991-12-24',
    fate: 'The Russian Federation continues the USSR\'s membership and Council seat from 1991-12-24.',
    aliases: ['USSR', 'Soviet Union', 'Soviet'],
  },
  {
    code: 'CSK', name: 'Czechoslovakia', shortName: 'Czechoslovakia', iso2: 'CS', isoNumeric: '200',
    from: '1945-10-24', to: '1992-12-31',
    fate: 'Dissolved; Czechia and Slovakia were admitted as new members on 1993-01-19.',
    aliases: ['Czechoslovak Socialist Republic', 'Czech and Slovak Federal Republic', 'Czechoslovak'],
  },
  {
    code: 'DDR', name: 'German Democratic Republic', shortName: 'East Germany', iso2: 'DD', isoNumeric: '278',
    from: '1973-09-18', to: '1990-10-03',
    fate: 'Acceded to the Federal Republic of Germany on 1990-10-03.',
    aliases: ['GDR', 'East Germany', 'East German'],
  },
  {
    code: 'YAR', name: 'Yemen Arab Republic', shortName: 'North Yemen', iso2: 'YE', isoNumeric: '886',
    from: '1947-09-30', to: '1990-05-22',
    fate: 'Merged with Democratic Yemen as Yemen (a single member) on 1990-05-22.',
    aliases: ['North Yemen'],
  },
  {
    code: 'YMD', name: 'Democratic Yemen', shortName: 'South Yemen', iso2: 'YD', isoNumeric: '720',
    from: '1967-12-14', to: '1990-05-22',
    fate: 'Merged with the Yemen Arab Republic as Yemen (a single member) on 1990-05-22.',
    aliases: ["People's Democratic Republic of Yemen", 'South Yemen', 'Southern Yemen'],
  },
  {
    code: 'YUG', name: 'Yugoslavia', shortName: 'Yugoslavia', iso2: 'YU', isoNumeric: '891',
    from: '1945-10-24', to: '2000-11-01',
    fate:
      'The Socialist Federal Republic dissolved in 1991-92; by GA resolution 47/1 (1992-09-22) the FR Yugoslavia ' +
      'did not take its seat (non-voting from then), and it was admitted as a new member on 2000-11-01.',
    aliases: ['Socialist Federal Republic of Yugoslavia', 'SFRY', 'Yugoslav'],
  },
  {
    code: 'SCG', name: 'Serbia and Montenegro', shortName: 'Serbia and Montenegro', iso2: 'CS', isoNumeric: '891',
    from: '2000-11-01', to: '2006-06-03',
    fate: 'Admitted as the FR Yugoslavia (2000), renamed 2003; Serbia continues its membership from 2006-06-03.',
    aliases: ['Federal Republic of Yugoslavia', 'FRY'],
  },
  {
    code: 'ZAN', name: 'Zanzibar', shortName: 'Zanzibar', iso2: null, isoNumeric: null,
    from: '1963-12-16', to: '1964-04-26',
    fate: 'United with Tanganyika on 1964-04-26; the united republic (Tanzania) continues Tanganyika\'s seat.',
    aliases: [],
  },
];

/**
 * Seats that one state continues from an earlier entity. Analysis over time
 * may follow a seat across the change; the record itself keeps both codes.
 */
export const CONTINUES: Readonly<Record<string, string>> = { RUS: 'SUN', SRB: 'SCG' };

/**
 * The earlier seats news copy calls by the present name: "Yemen" voting in 1947 is the Yemen Arab
 * Republic's seat (YAR, to 1990-05-22); "Serbia" voting in 1995 is Yugoslavia's (YUG). The article
 * check reads a vote of the present state as that seat's when the present state was not yet a member.
 */
export const EARLIER_SEATS: Readonly<Record<string, readonly string[]>> = { YEM: ['YAR'], SRB: ['SCG', 'YUG'] };

/**
 * Names the UN or the press use that the ISO package lacks. Former names of
 * renamed states are also learnt from the record (`ms_name` over time).
 */
export const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  USA: ['Washington', 'America', 'the US', 'the United States', 'U.S.'],
  GBR: ['Britain', 'the UK', 'U.K.'],
  RUS: ['the Kremlin'],
  // The Federal Republic's seat is Germany's (the record's DEU from 1973).
  DEU: ['West Germany', 'Federal Republic of Germany', 'FRG'],
  CHN: ['Beijing', "People's Republic of China", 'PRC'],
  IND: ['New Delhi', 'Delhi'],
  PAK: ['Islamabad'],
  MMR: ['Burma'],
  LKA: ['Ceylon'],
  THA: ['Siam'],
  BEN: ['Dahomey'],
  BFA: ['Upper Volta'],
  COD: ['Zaire', 'DR Congo', 'D.R. Congo', 'Congo-Kinshasa'],
  COG: ['Congo-Brazzaville'],
  KHM: ['Kampuchea', 'Democratic Kampuchea', 'Khmer Republic'],
  TUR: ['Turkey'],
  CZE: ['Czech Republic'],
  NLD: ['Holland', 'the Netherlands', 'Netherlands (Kingdom of the)'],
  IRN: ['Iran (Islamic Republic of)'],
  VEN: ['Venezuela (Bolivarian Republic of)'],
  BOL: ['Bolivia (Plurinational State of)'],
  FSM: ['Micronesia (Federated States of)'],
  ARE: ['UAE', 'Emirati'],
  SAU: ['Riyadh', 'Saudi'],
  ISR: ['Jerusalem'],
  UKR: ['Kyiv', 'Kiev'],
};
