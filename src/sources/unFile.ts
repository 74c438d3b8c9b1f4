import { basename } from 'node:path';
import { DataError } from '../errors.js';
import type { Body } from '../vote.js';
import { streamCsv } from './csvStream.js';
import { parseBool, parseDate, parseSession, parseTotal, parseVote } from './fields.js';
import { type ColumnIndex, type Layout, matchLayout } from './layouts.js';
import type { NameSpan, ParsedFile, ReadAnomalies, VotingRecord } from './record.js';

export interface ReadOptions {
  /** The body the caller expects; detected from the header when absent. */
  body?: Body;
  /** How to name the file in messages (default: its base name). */
  label?: string;
}

type Get = (name: string) => string;

/**
 * Reads a UN Digital Library bulk voting file (GA record 4060887 or SC
 * record 4055387), `.csv` or `.csv.gz`, into voting records. Every row is
 * kept: no row is dropped for an empty field (the `draft` column, for one,
 * is empty in about half of the GA file). A row that cannot be read stops
 * the read with a {@link DataError} naming the file, line and column.
 *
 * @example
 *   const parsed = await readUnFile('2026_02_06_ga_voting.csv');
 *   parsed.records.length // → 5,7xx
 */
export async function readUnFile(path: string, options: ReadOptions = {}): Promise<ParsedFile> {
  const label = options.label ?? basename(path);
  let layout: Layout | undefined;
  let columns: ColumnIndex = new Map();
  let width = 0;
  let ix = { undlId: 0, code: 0, name: 0, vote: 0, date: 0, note: -1, permanent: -1 };
  // Columns that belong to the record, not the member: equal on all its rows.
  let recordFields: number[] = [];
  let textFrom = 0;
  type Entry = { record: VotingRecord; members: Map<string, number>; raw: string[] };
  const byId = new Map<string, Entry>();
  let last: Entry | undefined;
  // code → name → span; nested so the hot path builds no key strings
  const names = new Map<string, Map<string, NameSpan>>();
  const anomalies: ReadAnomalies = { duplicateRows: 0, inconsistentRecords: [], blankLines: 0 };

  // Only error paths and a record's first row build these closures: the hot
  // path below runs 944,204 times on the GA file and allocates as little as it can.
  const getter = (fields: string[]): Get => (name) => {
    const i = columns.get(name);
    return i === undefined ? '' : (fields[i] as string);
  };
  const complain = (fields: string[], line: number) => (name: string, expected: string): DataError =>
    new DataError(
      `${label}: line ${line}, column ${(columns.get(name) ?? 0) + 1} (${name}): expected ${expected}, found "${getter(fields)(name)}"`,
    );
  const readRecord = (body: Body, undlId: string, fields: string[], line: number): VotingRecord => {
    const bad = complain(fields, line);
    const date = parseDate(fields[ix.date] as string);
    if (date === undefined) throw bad('date', 'a date as YYYY-MM-DD');
    return newRecord(body, undlId, date, line, getter(fields), bad);
  };

  const pass = await streamCsv(path, label, (fields, line) => {
    if (!layout) {
      ({ layout, columns } = matchLayout(fields, label, options.body));
      width = fields.length;
      const at = (name: string) => columns.get(name) ?? -1;
      recordFields = RECORD_COLUMNS.map(at).filter((i) => i >= 0);
      textFrom = RECORD_COLUMNS.slice(0, FIRST_TEXT_COLUMN).filter((c) => at(c) >= 0).length;
      ix = {
        undlId: at('undl_id'), code: at('ms_code'), name: at('ms_name'), vote: at('ms_vote'), date: at('date'),
        note: at('vote_note'), permanent: at('permanent_member'),
      };
      return TEXT_COLUMNS.map(at).filter((i) => i >= 0);
    }
    if (fields.length !== width) {
      throw new DataError(`${label}: line ${line}: expected ${width} fields as in the header, found ${fields.length}`);
    }
    const undlId = (fields[ix.undlId] as string).trim();
    if (undlId === '') throw complain(fields, line)('undl_id', 'a UN Digital Library record id');
    const rawCode = fields[ix.code] as string;
    const code = CODE.test(rawCode) ? rawCode : rawCode.trim().toUpperCase();
    if (!CODE.test(code)) throw complain(fields, line)('ms_code', 'a three-letter member state code');
    const vote = parseVote(fields[ix.vote] as string);
    if (vote === undefined) {
      throw complain(fields, line)('ms_vote', 'one of Y, N, A, X (or NV or empty for non-voting)');
    }
    if (ix.permanent >= 0 && parseBool(fields[ix.permanent] as string) === undefined) {
      throw complain(fields, line)('permanent_member', 'True or False');
    }

    // Rows of one record usually come together: skip the map lookup then.
    let entry = undlId === last?.record.undlId ? last : byId.get(undlId);
    if (!entry) {
      const record = readRecord(layout.body, detach(undlId), fields, line);
      entry = { record, members: new Map(), raw: recordFields.map((i) => detach(fields[i] as string)) };
      byId.set(record.undlId, entry);
    } else if (differs(fields, recordFields, textFrom, entry.raw)) {
      // A later row disagrees with the record's first row: each value must
      // still be readable, and the disagreement is reported, not fixed.
      const first = entry.record;
      const field = firstDifference(first, readRecord(layout.body, first.undlId, fields, line));
      if (field && !anomalies.inconsistentRecords.some((a) => a.undlId === first.undlId)) {
        anomalies.inconsistentRecords.push({ undlId: first.undlId, symbol: first.symbol, field, line });
      }
    }
    last = entry;
    const { record, members } = entry;
    const date = record.date;
    const at = members.get(code);
    if (at !== undefined) {
      if (record.votes[at] !== vote) {
        throw new DataError(
          `${label}: line ${line}: ${code} votes ${vote} on ${record.symbol} (record ${undlId}), ` +
            `but an earlier row gives ${record.votes[at]}; a state has one vote per resolution`,
        );
      }
      anomalies.duplicateRows++;
      return;
    }
    members.set(code, record.codes.length);
    record.codes.push(code);
    record.votes.push(vote);
    if (ix.note >= 0) {
      const note = (fields[ix.note] as string).trim();
      if (note) record.notes[code] = detach(note);
    }

    const name = (fields[ix.name] as string).trim();
    let byName = names.get(code);
    if (!byName) names.set(code, (byName = new Map()));
    const span = byName.get(name);
    if (!span) byName.set(name, { code, name: detach(name), first: date, last: date });
    else if (date < span.first) span.first = date;
    else if (date > span.last) span.last = date;
  });

  if (!layout) throw new DataError(`${label}: the file is empty (expected a header line and votes)`);
  if (byId.size === 0) throw new DataError(`${label}: the file has a header but no votes`);
  anomalies.blankLines = pass.blankLines;
  return {
    body: (layout as Layout).body,
    file: label,
    sha256: pass.sha256,
    bytes: pass.bytes,
    rows: pass.rows,
    records: [...byId.values()].map((e) => e.record),
    names: [...names.values()].flatMap((m) => [...m.values()]),
    anomalies,
  };
}

const CODE = /^[A-Z0-9]{2,4}$/;

/** Free-text columns, where a quoted value may span lines. */
const TEXT_COLUMNS = [
  'ms_name', 'title', 'description', 'agenda_title', 'agenda', 'subjects', 'vote_note', 'draft', 'committee_report',
  'meeting',
];

// The long text columns come last: differs() compares only their lengths.
const RECORD_COLUMNS = [
  'date', 'session', 'resolution', 'total_yes', 'total_no', 'total_abstentions', 'total_non_voting', 'total_ms',
  'title', 'description',
];
const FIRST_TEXT_COLUMN = RECORD_COLUMNS.indexOf('title');

/**
 * Whether a row's record-level fields differ from the first row's. Titles
 * are compared by length only: comparing 944,204 titles in full cost about
 * a tenth of the GA import, and a changed title of equal length is not a
 * fault a reader can act on.
 */
function differs(fields: string[], columns: number[], textFrom: number, raw: string[]): boolean {
  for (let k = 0; k < columns.length; k++) {
    const value = fields[columns[k] as number] as string;
    const first = raw[k] as string;
    if (k >= textFrom ? value.length !== first.length : value !== first) return true;
  }
  return false;
}

function firstDifference(a: VotingRecord, b: VotingRecord): string | null {
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
function detach(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8');
}

function newRecord(
  body: Body,
  undlId: string,
  date: string,
  line: number,
  get: Get,
  bad: (name: string, expected: string) => DataError,
): VotingRecord {
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
