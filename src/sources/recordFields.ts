import { DataError } from '../errors.js';
import type { Body } from '../vote.js';
import { parseSession, parseTotal } from './fields.js';
import type { VotingRecord } from './record.js';

/** Reads a column of the current row by name ('' where the file lacks it). */
export type Get = (name: string) => string;
/** Builds the error for a bad value in a named column of the current row. */
export type Complain = (name: string, expected: string) => DataError;

export const CODE = /^[A-Z0-9]{2,4}$/;

/** Free-text columns, where a quoted value may span lines. */
export const TEXT_COLUMNS = [
  'ms_name', 'title', 'description', 'agenda_title', 'agenda', 'subjects', 'vote_note', 'draft', 'committee_report',
  'meeting',
];

// The long text columns come last: differs() compares only their lengths.
export const RECORD_COLUMNS = [
  'date', 'session', 'resolution', 'total_yes', 'total_no', 'total_abstentions', 'total_non_voting', 'total_ms',
  'title', 'description',
];
export const FIRST_TEXT_COLUMN = RECORD_COLUMNS.indexOf('title');

/**
 * Whether a row's record-level fields differ from the first row's. Titles
 * are compared by length only: comparing 944,204 titles in full cost about
 * a tenth of the GA import, and a changed title of equal length is not a
 * fault a reader can act on.
 */
export function differs(fields: string[], columns: number[], textFrom: number, raw: string[]): boolean {
  for (let k = 0; k < columns.length; k++) {
    const value = fields[columns[k] as number] as string;
    const first = raw[k] as string;
    if (k >= textFrom ? value.length !== first.length : value !== first) return true;
  }
  return false;
}

export function firstDifference(a: VotingRecord, b: VotingRecord): string | null {
  if (a.date !== b.date) return 'date';
  if (a.session !== b.session) return 'session';
  if (a.symbol !== b.symbol) return 'resolution';
  if (a.title !== b.title) return 'title';
  const t = (r: VotingRecord) => Object.values(r.totals).join(',');
  return t(a) !== t(b) ? 'totals' : null;
}

/**
 * A copy of a string that does not point into the parser's chunk. V8 keeps
 * substrings as slices of their parent, so holding one field of a row would
 * hold the whole 256 KB chunk it came from; without this the GA import
 * peaked near 460 MB instead of the 400 MB target.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8');
}

/** The record-level fields of a record's first row; its members are added row by row. */
export function newRecord(body: Body, undlId: string, date: string, line: number, get: Get, bad: Complain): VotingRecord {
  const symbol = get('resolution').trim();
  if (symbol === '') throw bad('resolution', 'a resolution symbol');
  let session: string | null = null;
  if (body === 'ga') {
    const s = parseSession(get('session'));
    if (s === undefined) throw bad('session', 'a session number, ES-n or S-n');
    session = s;
  }
  const total = (name: string) => {
    const t = parseTotal(get(name));
    if (t === undefined) throw bad(name, 'a whole number (such as 141 or 141.0)');
    return t;
  };
  return {
    body,
    undlId,
    symbol: detach(symbol),
    date,
    session,
    title: detach(get(body === 'ga' ? 'title' : 'description').trim()),
    draft: detach(get('draft').trim()),
    committeeReport: detach(get('committee_report').trim()),
    meeting: detach(get('meeting').trim()),
    agenda: detach(get(body === 'ga' ? 'agenda_title' : 'agenda').trim()),
    subjects: detach(get('subjects').trim()),
    modality: detach(get('modality').trim()),
    link: detach(get('undl_link').trim()),
    totals: {
      yes: total('total_yes'),
      no: total('total_no'),
      abstain: total('total_abstentions'),
      nonVoting: total('total_non_voting'),
      members: total('total_ms'),
    },
    codes: [],
    votes: [],
    notes: {},
    line,
  };
}
