import { DataError } from '../errors.js';
import type { Tally, Vote } from '../vote.js';
import { CsvTokenizer } from './csvTokenizer.js';
import { parseDate } from './fields.js';

/**
 * Security Council drafts put to the vote and not adopted: what the UN's
 * bulk files leave out ("drafts that failed to be adopted are not
 * included"). The shipped file `data/sc_drafts.csv` was assembled from
 * the Dag Hammarskjöld Library's veto list (research.un.org/en/docs/sc/quick/veto,
 * through a public copy to 8 July 2022) and the UN's press releases of
 * each later meeting; data/sc_drafts.SOURCES.md names the source of every row.
 */
export const DRAFTS_HEADER =
  'draft,date,meeting,agenda,subject,outcome,vetoed_by,yes,no,abstain,non_voting,votes_yes,votes_no,votes_abstain,votes_non_voting,source,second_source,notes';

export const PERMANENT = ['CHN', 'FRA', 'GBR', 'RUS', 'SUN', 'USA'] as const;

export interface Draft {
  /** Draft symbol (S/2022/720), or the meeting record the veto list cites for early votes (S/PV.49); null where not established. */
  symbol: string | null;
  /** A key unique in the file: the symbol, else `draft of DATE` (with `#2` for a second that day). */
  key: string;
  date: string;
  meeting: string | null;
  agenda: string;
  subject: string;
  outcome: 'vetoed' | 'failed';
  /** Permanent members whose no vote was a veto; SUN for the USSR to 1991-12-24. */
  vetoedBy: string[];
  /** True for a vote on an amendment rather than on a draft. */
  amendment: boolean;
  /** Counts where the sources give them (each may be missing). */
  counts: { yes: number | null; no: number | null; abstain: number | null; nonVoting: number | null };
  /** Each member's vote where the sources name it; empty when they do not. */
  votes: { code: string; vote: Vote }[];
  source: string;
  secondSource: string | null;
  notes: string;
  /** Line in the file. */
  line: number;
}

const SYMBOL = /^S\/\d{4}\/\d+$|^S\/\d+(\/Rev\.\d+)?(\/Corr\.\d+)?$|^S\/PV\.\d+$/;
const CODE = /^[A-Z]{3}$/;
const VOTE_COLUMNS: [string, Vote][] = [['votes_yes', 'Y'], ['votes_no', 'N'], ['votes_abstain', 'A'], ['votes_non_voting', 'X']];

/**
 * Reads the drafts file, refusing it whole at the first row that breaks a
 * rule (naming the line and what was expected).
 *
 * @example parseDrafts(readFileSync('data/sc_drafts.csv'), 'sc_drafts.csv').find((d) => d.symbol === 'S/2022/720')?.vetoedBy // → ['RUS']
 */
export function parseDrafts(bytes: Buffer, label: string): Draft[] {
  const rows: string[][] = [];
  const lines: number[] = [];
  const t = new CsvTokenizer(label, (row) => {
    rows.push(Array.from({ length: row.length }, (_, i) => row.text(i)));
    lines.push(row.line);
  });
  t.push(bytes);
  t.end();
  const head = rows[0]?.join(',');
  if (head !== DRAFTS_HEADER) throw new DataError(`${label}: line 1: expected the header ${DRAFTS_HEADER}`);
  const names = rows[0]!;
  const out: Draft[] = [];
  const keys = new Map<string, number>();
  for (let k = 1; k < rows.length; k++) {
    const line = lines[k]!;
    const bad = (what: string): never => {
      throw new DataError(`${label}: line ${line}: ${what}`);
    };
    const cells = rows[k]!;
    if (cells.length !== names.length) bad(`expected ${names.length} fields, found ${cells.length}`);
    const f = Object.fromEntries(names.map((n, i) => [n, cells[i]!])) as Record<string, string>;
    const date = parseDate(f.date!) ?? bad(`date: expected YYYY-MM-DD, found "${f.date}"`);
    const symbol = f.draft === '' ? null : f.draft!;
    if (symbol !== null && !SYMBOL.test(symbol)) bad(`draft: expected a symbol such as S/2022/720, found "${symbol}"`);
    if (f.outcome !== 'vetoed' && f.outcome !== 'failed') bad(`outcome: expected vetoed or failed, found "${f.outcome}"`);
    const vetoedBy = f.vetoed_by === '' ? [] : f.vetoed_by!.split(';');
    for (const c of vetoedBy) if (!(PERMANENT as readonly string[]).includes(c)) bad(`vetoed_by: "${c}" is not a permanent member`);
    if ((f.outcome === 'vetoed') !== vetoedBy.length > 0) bad('vetoed_by: a vetoed draft names its vetoing members, a failed one none');
    const count = (name: string) => {
      const v = f[name]!;
      if (v === '') return null;
      if (!/^\d+$/.test(v)) bad(`${name}: expected a whole number, found "${v}"`);
      return Number(v);
    };
    const counts = { yes: count('yes'), no: count('no'), abstain: count('abstain'), nonVoting: count('non_voting') };
    const votes: Draft['votes'] = [];
    for (const [column, vote] of VOTE_COLUMNS) {
      const list = f[column] === '' ? [] : f[column]!.split(';');
      for (const code of list) {
        if (!CODE.test(code)) bad(`${column}: expected ISO alpha-3 codes separated by ";", found "${code}"`);
        if (votes.some((v) => v.code === code)) bad(`${column}: ${code} has two votes`);
        votes.push({ code, vote });
      }
      const stated = counts[({ Y: 'yes', N: 'no', A: 'abstain', X: 'nonVoting' } as const)[vote]];
      if (list.length > 0 && stated !== list.length) bad(`${column}: ${list.length} members listed, the count says ${stated ?? 'nothing'}`);
    }
    for (const c of vetoedBy) if (votes.length > 0 && !votes.some((v) => v.code === c && v.vote === 'N')) bad(`${c} vetoed but is not among the no votes`);
    const base = symbol ?? `draft of ${date}`;
    const seen = (keys.get(base) ?? 0) + 1;
    keys.set(base, seen);
    out.push({
      symbol, key: seen === 1 ? base : `${base}#${seen}`, date, meeting: f.meeting || null, agenda: f.agenda!, subject: f.subject!,
      outcome: f.outcome as Draft['outcome'], vetoedBy, amendment: /\bamendment\b/i.test(f.subject!), counts, votes,
      source: f.source!, secondSource: f.second_source || null, notes: f.notes!, line,
    });
  }
  return out;
}

/** A draft's votes as a tally, counting the members listed (null when the sources do not list them). */
export function listedTally(d: Draft): Tally | null {
  if (d.votes.length === 0) return null;
  const c = (v: Vote) => d.votes.filter((x) => x.vote === v).length;
  return { yes: c('Y'), no: c('N'), abstain: c('A'), nonVoting: c('X') };
}
