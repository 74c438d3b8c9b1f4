import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Small synthetic files in the UN Digital Library bulk layouts (GA record
 * 4060887, 2026 header; SC record 4055387). The votes are made up for tests;
 * they are not extracts of the UN's data.
 */
export const GA_HEADER_2026 =
  'undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,committee_report,meeting,title,agenda_title,subjects,vote_note,total_yes,total_no,total_abstentions,total_non_voting,total_ms,undl_link';
export const GA_HEADER_2024 = GA_HEADER_2026.replace(',vote_note', '');
export const SC_HEADER =
  'undl_id,ms_code,ms_name,permanent_member,ms_vote,date,resolution,draft,meeting,description,agenda,subjects,vote_note,total_yes,total_no,total_abstentions,total_non_voting,total_ms,modality,undl_link';

export interface GaVote {
  code: string;
  name: string;
  vote: string;
  note?: string;
}

export interface GaRecord {
  id: string;
  date: string;
  session: string;
  symbol: string;
  title: string;
  votes: GaVote[];
  /** Stated totals [yes, no, abstain, nonVoting, members]; counted from `votes` when absent. */
  totals?: [number, number, number, number, number];
  subjects?: string;
}

function q(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function counted(votes: GaVote[]): [number, number, number, number, number] {
  const c = (v: string) => votes.filter((x) => x.vote === v).length;
  const nonVoting = votes.length - c('Y') - c('N') - c('A');
  return [c('Y'), c('N'), c('A'), nonVoting, votes.length];
}

/** GA rows in the 2026 layout (or 2024, without `vote_note`). */
export function gaCsv(records: GaRecord[], layout: '2026' | '2024' = '2026'): string {
  const lines = [layout === '2026' ? GA_HEADER_2026 : GA_HEADER_2024];
  for (const r of records) {
    const t = (r.totals ?? counted(r.votes)).map((n) => `${n}.0`);
    for (const v of r.votes) {
      const cells = [
        r.id, v.code, q(v.name), v.vote, r.date, r.session, r.symbol, '', '', '', q(r.title), '', q(r.subjects ?? ''),
        ...(layout === '2026' ? [q(v.note ?? '')] : []),
        ...t, `https://digitallibrary.un.org/record/${r.id}`,
      ];
      lines.push(cells.join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}

const FIVE = (votes: string): GaVote[] => {
  const states: [string, string][] = [
    ['USA', 'UNITED STATES'], ['RUS', 'RUSSIAN FEDERATION'], ['CHN', 'CHINA'], ['PAK', 'PAKISTAN'], ['IND', 'INDIA'],
  ];
  return states.map(([code, name], i) => ({ code, name, vote: votes[i] as string }));
};

/** Three GA records: a peace resolution, one with a multi-line title, one whose totals disagree. */
export const GA_RECORDS: GaRecord[] = [
  {
    id: '9000001', date: '2023-02-23', session: 'ES-11', symbol: 'A/RES/ES-11/6',
    title: 'Principles of the Charter underlying a just peace, in a test', votes: [...FIVE('YNAAA'), { code: 'BRA', name: 'BRAZIL', vote: 'Y' }],
    subjects: 'UKRAINE--PEACE',
  },
  {
    id: '9000002', date: '2023-12-12', session: '78', symbol: 'A/RES/78/10',
    title: 'A title with "quotes",\nand a second line', votes: [...FIVE('YYNYX'), { code: 'BRA', name: 'BRAZIL', vote: 'NV', note: 'Did not participate' }],
  },
  {
    id: '9000003', date: '2024-01-15', session: '78', symbol: 'A/RES/78/200',
    title: 'Totals that disagree', votes: [...FIVE('YYYNA'), { code: 'BRA', name: 'BRAZIL', vote: '' }],
    totals: [4, 1, 1, 0, 6],
  },
];

export const SC_CSV = `${SC_HEADER}
8000001,USA,UNITED STATES,True,A,2016-12-23,S/RES/2334(2016),S/2016/1092,S/PV.7853,Security Council resolution 2334 (2016) [on a test],,,,2.0,0.0,1.0,0.0,3.0,Voting,https://digitallibrary.un.org/record/8000001
8000001,RUS,RUSSIAN FEDERATION,True,Y,2016-12-23,S/RES/2334(2016),S/2016/1092,S/PV.7853,Security Council resolution 2334 (2016) [on a test],,,,2.0,0.0,1.0,0.0,3.0,Voting,https://digitallibrary.un.org/record/8000001
8000001,EGY,EGYPT,False,Y,2016-12-23,S/RES/2334(2016),S/2016/1092,S/PV.7853,Security Council resolution 2334 (2016) [on a test],,,,2.0,0.0,1.0,0.0,3.0,Voting,https://digitallibrary.un.org/record/8000001
`;

/** A fresh temporary directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'straddle-test-'));
}

/** Writes `text` to `name` in `dir` (gzipped when the name ends in .gz) and returns the path. */
export function writeFixture(dir: string, name: string, text: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, name.endsWith('.gz') ? gzipSync(text) : text);
  return path;
}

/** The real files CI provides beside the repository. */
export const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared', 'data');
export const ASSEMBLED_GA = join(SHARED, 'assembled', 'ga_voting_assembled.csv.gz');
export const ASSEMBLED_SC = join(SHARED, 'assembled', 'sc_voting_assembled.csv.gz');
