/**
 * Correlates of War (COW) state codes for every state in the UN record, so
 * exports join to political-science data keyed by COW (Bailey, Strezhnev and
 * Voeten's ideal points, Voeten's UNGA files, the COW datasets themselves).
 *
 * Source: Correlates of War Project, "State System Membership List, v2016"
 * (correlatesofwar.org; the `COW-country-codes.csv` list of StateAbb, CCode,
 * StateNme). ISO3-to-COW pairs as Bailey, Strezhnev and Voeten's June 2024
 * ideal-point file (Harvard Dataverse doi:10.7910/DVN/LEJUQZ) joins them;
 * the dissolved and merged states by hand from the COW list: the USSR is COW
 * 365 (COW keeps one code for Russia), Serbia and Montenegro and Serbia are
 * 345 (COW's Yugoslavia continues), Zanzibar 511, the two Yemens 678 and 680
 * and united Yemen 679. Two seats change COW code with the date: Germany's
 * (the Federal Republic is 260 until unification, 1990-10-03, Germany 255
 * from then) and China's, which the Republic of China held until GA
 * resolution 2758 (1971-10-25): COW 713 (Taiwan) until then, 710 after, as
 * BSV code the seat. `src/countries/cow.test.ts` checks every pair against the COW
 * list in ../shared/data/ideal_points.
 */
export interface CowCode {
  /** COW numeric code (CCode). */
  code: number;
  /** COW three-letter abbreviation (StateAbb); not always the ISO code (Germany GMY, Czechia CZR). */
  abbrev: string;
}

// UN record code : COW CCode : COW StateAbb, one per state in the record.
const TABLE = [
  'AFG:700:AFG AGO:540:ANG ALB:339:ALB AND:232:AND ARE:696:UAE ARG:160:ARG ARM:371:ARM ATG:58:AAB ',
  'AUS:900:AUL AUT:305:AUS AZE:373:AZE BDI:516:BUI BEL:211:BEL BEN:434:BEN BFA:439:BFO BGD:771:BNG ',
  'BGR:355:BUL BHR:692:BAH BHS:31:BHM BIH:346:BOS BLR:370:BLR BLZ:80:BLZ BOL:145:BOL BRA:140:BRA ',
  'BRB:53:BAR BRN:835:BRU BTN:760:BHU BWA:571:BOT CAF:482:CEN CAN:20:CAN CHE:225:SWZ CHL:155:CHL ',
  'CHN:710:CHN CIV:437:CDI CMR:471:CAO COD:490:DRC COG:484:CON COL:100:COL COM:581:COM CPV:402:CAP ',
  'CRI:94:COS CSK:315:CZE CUB:40:CUB CYP:352:CYP CZE:316:CZR DDR:265:GDR DEU:255:GMY DJI:522:DJI ',
  'DMA:54:DMA DNK:390:DEN DOM:42:DOM DZA:615:ALG ECU:130:ECU EGY:651:EGY ERI:531:ERI ESP:230:SPN ',
  'EST:366:EST ETH:530:ETH FIN:375:FIN FJI:950:FIJ FRA:220:FRN FSM:987:FSM GAB:481:GAB GBR:200:UKG ',
  'GEO:372:GRG GHA:452:GHA GIN:438:GUI GMB:420:GAM GNB:404:GNB GNQ:411:EQG GRC:350:GRC GRD:55:GRN ',
  'GTM:90:GUA GUY:110:GUY HND:91:HON HRV:344:CRO HTI:41:HAI HUN:310:HUN IDN:850:INS IND:750:IND ',
  'IRL:205:IRE IRN:630:IRN IRQ:645:IRQ ISL:395:ICE ISR:666:ISR ITA:325:ITA JAM:51:JAM JOR:663:JOR ',
  'JPN:740:JPN KAZ:705:KZK KEN:501:KEN KGZ:703:KYR KHM:811:CAM KIR:946:KIR KNA:60:SKN KOR:732:ROK ',
  'KWT:690:KUW LAO:812:LAO LBN:660:LEB LBR:450:LBR LBY:620:LIB LCA:56:SLU LIE:223:LIE LKA:780:SRI ',
  'LSO:570:LES LTU:368:LIT LUX:212:LUX LVA:367:LAT MAR:600:MOR MCO:221:MNC MDA:359:MLD MDG:580:MAG ',
  'MDV:781:MAD MEX:70:MEX MHL:983:MSI MKD:343:MAC MLI:432:MLI MLT:338:MLT MMR:775:MYA MNE:341:MNG ',
  'MNG:712:MON MOZ:541:MZM MRT:435:MAA MUS:590:MAS MWI:553:MAW MYS:820:MAL NAM:565:NAM NER:436:NIR ',
  'NGA:475:NIG NIC:93:NIC NLD:210:NTH NOR:385:NOR NPL:790:NEP NRU:970:NAU NZL:920:NEW OMN:698:OMA ',
  'PAK:770:PAK PAN:95:PAN PER:135:PER PHL:840:PHI PLW:986:PAL PNG:910:PNG POL:290:POL PRK:731:PRK ',
  'PRT:235:POR PRY:150:PAR QAT:694:QAT ROU:360:ROM RUS:365:RUS RWA:517:RWA SAU:670:SAU SCG:345:YUG ',
  'SDN:625:SUD SEN:433:SEN SGP:830:SIN SLB:940:SOL SLE:451:SIE SLV:92:SAL SMR:331:SNM SOM:520:SOM ',
  'SRB:345:YUG SSD:626:SSD STP:403:STP SUN:365:RUS SUR:115:SUR SVK:317:SLO SVN:349:SLV SWE:380:SWD ',
  'SWZ:572:SWA SYC:591:SEY SYR:652:SYR TCD:483:CHA TGO:461:TOG THA:800:THI TJK:702:TAJ TKM:701:TKM ',
  'TLS:860:ETM TON:955:TON TTO:52:TRI TUN:616:TUN TUR:640:TUR TUV:947:TUV TZA:510:TAZ UGA:500:UGA ',
  'UKR:369:UKR URY:165:URU USA:2:USA UZB:704:UZB VCT:57:SVG VEN:101:VEN VNM:816:DRV VUT:935:VAN ',
  'WSM:990:WSM YAR:678:YAR YEM:679:YEM YMD:680:YPR YUG:345:YUG ZAF:560:SAF ZAN:511:ZAN ZMB:551:ZAM ',
  'ZWE:552:ZIM',
].join('');

const BY_CODE: ReadonlyMap<string, CowCode> = new Map(
  TABLE.split(' ').map((item) => {
    const [un, code, abbrev] = item.split(':') as [string, string, string];
    return [un, { code: Number(code), abbrev }];
  }),
);

// Seats whose holder, and so COW code, changed: [UN code, first day of the later code, the earlier code].
const BEFORE: readonly [string, string, CowCode][] = [
  ['DEU', '1990-10-03', { code: 260, abbrev: 'GFR' }],
  ['CHN', '1971-10-25', { code: 713, abbrev: 'TAW' }],
];

/**
 * The COW code of a state in the record, on a date where it matters
 * (Germany, China); undefined for a code COW does not list.
 *
 * @example cowCode('PAK') // → { code: 770, abbrev: 'PAK' }
 * @example cowCode('DEU', '1985-12-13') // → { code: 260, abbrev: 'GFR' }
 */
export function cowCode(unCode: string, date?: string): CowCode | undefined {
  if (date !== undefined) for (const [un, from, earlier] of BEFORE) if (un === unCode && date < from) return earlier;
  return BY_CODE.get(unCode);
}

/** A span of dates with one COW code: `from` inclusive, `to` exclusive, either open. */
export interface CowSpell {
  from: string | null;
  to: string | null;
  cow: CowCode;
}

/**
 * The spans of a seat's COW codes: one for most states, two for Germany and China.
 *
 * @example cowSpells('CHN') // → [{ from: null, to: '1971-10-25', cow: 713 TAW }, { from: '1971-10-25', to: null, cow: 710 CHN }]
 */
export function cowSpells(unCode: string): CowSpell[] {
  const today = BY_CODE.get(unCode);
  if (!today) return [];
  const change = BEFORE.find(([un]) => un === unCode);
  if (!change) return [{ from: null, to: null, cow: today }];
  return [{ from: null, to: change[1], cow: change[2] }, { from: change[1], to: null, cow: today }];
}

/** Every pair of the table, for tests and exports. */
export function cowTable(): ReadonlyMap<string, CowCode> {
  return BY_CODE;
}
