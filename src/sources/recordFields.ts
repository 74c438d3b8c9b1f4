import { DataError } from '../errors.js';
import type { Body } from '../vote.js';
import { parseSession, parseTotal } from './fields.js';
import type { VotingRecord } from './record.js';

/** Reads a column of the current row by name ('' where the file lacks it). */
export type Get = (name: string) => string;
/** Builds the error for a bad value in a named column of the current row. */
export type Complain = (name: string, expected: string) => DataError;

export const CODE = /^[A-Z0-9]{2,4}$/;

// The long text columns come last: RecordBuilder compares only their lengths.
export const RECORD_COLUMNS = [
  'date', 'session', 'resolution', 'total_yes', 'total_no', 'total_abstentions', 'total_non_voting', 'total_ms',
  'title', 'description',
];
export const FIRST_TEXT_COLUMN = RECORD_COLUMNS.indexOf('title');

/** The first record-level field in which two rows of one record disagree, or null. */
export function firstDifference(a: VotingRecord, b: VotingRecord): string | null {
  if (a.date !== b.date) return 'date';
  if (a.session !== b.session) return 'session';
  if (a.symbol !== b.symbol) return 'resolution';
  if (a.title !== b.title) return 'title';
  const t = (r: VotingRecord) => Object.values(r.totals).join(',');
  return t(a) !== t(b) ? 'totals' : null;
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
    symbol,
    date,
    session,
    title: get(body === 'ga' ? 'title' : 'description').trim(),
    draft: get('draft').trim(),
    committeeReport: get('committee_report').trim(),
    meeting: get('meeting').trim(),
    agenda: get(body === 'ga' ? 'agenda_title' : 'agenda').trim(),
    subjects: get('subjects').trim(),
    modality: get('modality').trim(),
    link: get('undl_link').trim(),
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
