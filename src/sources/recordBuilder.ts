import { DataError } from '../errors.js';
import type { Vote } from '../vote.js';
import type { CsvRow } from './csvTokenizer.js';
import { parseBool, parseDate, parseVote } from './fields.js';
import type { ColumnIndex, Layout } from './layouts.js';
import type { NameSpan, ReadAnomalies, VotingRecord } from './record.js';
import {
  CODE, type Complain, FIRST_TEXT_COLUMN, type Get, RECORD_COLUMNS, firstDifference, newRecord,
} from './recordFields.js';

/** A record as a builder holds it: the first row's raw record fields, and the line of each member's row. */
export interface BuiltRecord extends VotingRecord {
  raw: Buffer[];
  id: Buffer;
  lines: number[];
}

/** What a builder saw besides its records: the names each code carried, and the oddities. */
export interface Built {
  names: NameSpan[];
  anomalies: ReadAnomalies;
}

/**
 * The error for a record whose rows come again after other records. The
 * builder hands each record on once its rows end, so that an import holds one
 * record at a time, never the file; the UN's files keep a record's rows
 * together (both bulk files checked: 5,678 and 2,809 records, none apart).
 */
export function recordApart(label: string, record: { undlId: string; symbol: string }, line: number): DataError {
  return new DataError(
    `${label}: line ${line}: a row of record ${record.undlId} (${record.symbol}) after rows of other records; ` +
      "the rows of one record must be together, as in the UN's files",
  );
}

interface Entry {
  record: BuiltRecord;
  /** Member code → index in the record. */
  members: Map<string, number>;
}

/**
 * Turns rows of a UN bulk file into voting records: validates each value,
 * groups rows by record, refuses a second, different vote of one state on
 * one record, and counts what is odd but not wrong.
 */
export class RecordBuilder {
  // The record being read; it is handed to onRecord when a row of another begins, or at the end.
  private last: Entry | undefined;
  // code → name → span; nested so the hot path builds no key strings
  private readonly names = new Map<string, Map<string, NameSpan>>();
  private readonly anomalies: ReadAnomalies = { duplicateRows: 0, inconsistentRecords: [], blankLines: 0 };
  private readonly ix;
  private readonly recordFields: number[];
  private readonly textFrom: number;

  constructor(
    private readonly layout: Layout,
    private readonly columns: ColumnIndex,
    private readonly label: string,
    private readonly onRecord: (record: BuiltRecord) => void,
  ) {
    const at = (name: string) => columns.get(name) ?? -1;
    this.ix = {
      undlId: at('undl_id'), code: at('ms_code'), name: at('ms_name'), vote: at('ms_vote'), date: at('date'),
      note: at('vote_note'), permanent: at('permanent_member'),
    };
    this.recordFields = RECORD_COLUMNS.map(at).filter((i) => i >= 0);
    this.textFrom = RECORD_COLUMNS.slice(0, FIRST_TEXT_COLUMN).filter((c) => at(c) >= 0).length;
  }

  // Only error paths and a record's first row build these closures: row()
  // runs 944,204 times on the GA file and makes as few strings as it can.
  private getter(row: CsvRow): Get {
    return (name) => {
      const i = this.columns.get(name);
      return i === undefined ? '' : row.text(i);
    };
  }

  private complain(row: CsvRow): Complain {
    return (name, expected) =>
      new DataError(
        `${this.label}: line ${row.line}, column ${(this.columns.get(name) ?? 0) + 1} (${name}): ` +
          `expected ${expected}, found "${this.getter(row)(name)}"`,
      );
  }

  private readRecord(undlId: string, row: CsvRow): BuiltRecord {
    const bad = this.complain(row);
    const date = parseDate(row.text(this.ix.date));
    if (date === undefined) throw bad('date', 'a date as YYYY-MM-DD');
    const raw = this.recordFields.map((i) => row.copy(i));
    const record = newRecord(this.layout.body, undlId, date, row.line, this.getter(row), bad);
    return { ...record, raw, id: row.copy(this.ix.undlId), lines: [] };
  }

  /** Whether a row's record-level fields differ from those of its record's first row. */
  private differs(row: CsvRow, raw: Buffer[]): boolean {
    const fields = this.recordFields;
    for (let k = 0; k < fields.length; k++) {
      const i = fields[k] as number;
      const first = raw[k] as Buffer;
      // Titles are compared by length only: comparing every row's title in
      // full cost a tenth of the GA import, and a changed title of the same
      // length is not a fault a reader could act on.
      if (k >= this.textFrom ? row.byteLength(i) !== first.length : !row.equals(i, first)) return true;
    }
    return false;
  }

  /** Adds one data row. */
  row(row: CsvRow): void {
    const ix = this.ix;
    if (row.length !== this.columns.size) {
      throw new DataError(
        `${this.label}: line ${row.line}: expected ${this.columns.size} fields as in the header, found ${row.length}`,
      );
    }
    // Rows of one record usually come together: then neither the id's
    // string nor a map lookup is needed.
    let entry = this.last && row.equals(ix.undlId, this.last.record.id) ? this.last : undefined;
    if (!entry) {
      const undlId = row.text(ix.undlId).trim();
      if (undlId === '') throw this.complain(row)('undl_id', 'a UN Digital Library record id');
      if (this.last && this.last.record.undlId === undlId) entry = this.last; // the same id, spelt with spaces
      else {
        if (this.last) this.onRecord(this.last.record);
        entry = { record: this.readRecord(undlId, row), members: new Map() };
      }
    }
    if (entry.record.line !== row.line && this.differs(row, entry.record.raw)) {
      // A later row disagrees with the record's first row: each value must
      // still be readable, and the disagreement is reported, not fixed.
      this.noteInconsistency(entry.record, this.readRecord(entry.record.undlId, row));
    }
    const code = this.code(row);
    const vote = this.cached(row, ix.vote, this.voteCache, parseVote);
    if (vote === undefined) throw this.complain(row)('ms_vote', 'one of Y, N, A, X (or NV or empty for non-voting)');
    if (ix.permanent >= 0 && this.cached(row, ix.permanent, this.boolCache, parseBool) === undefined) {
      throw this.complain(row)('permanent_member', 'True or False');
    }
    this.last = entry;
    const note = ix.note >= 0 && row.byteLength(ix.note) > 0 ? row.text(ix.note).trim() : '';
    this.addMember(entry, code, vote, row.line, note === '' ? undefined : note);
    this.addName(code, row, entry.record.date);
  }

  // Short values repeat: read each distinct one once, by its bytes.
  private readonly codeCache = new Map<number, string>();
  private readonly voteCache = new Map<number, Vote | undefined>();
  private readonly boolCache = new Map<number, boolean | undefined>();

  private cached<T>(row: CsvRow, i: number, cache: Map<number, T>, parse: (s: string) => T): T {
    const key = row.key(i);
    if (key === -1) return parse(row.text(i));
    if (!cache.has(key)) cache.set(key, parse(row.text(i)));
    return cache.get(key) as T;
  }

  private code(row: CsvRow): string {
    const code = this.cached(row, this.ix.code, this.codeCache, (raw) => {
      const c = raw.trim().toUpperCase();
      return CODE.test(c) ? c : '';
    });
    if (code === '') throw this.complain(row)('ms_code', 'a three-letter member state code');
    return code;
  }

  private noteInconsistency(first: VotingRecord, later: VotingRecord): void {
    const field = firstDifference(first, later);
    if (field && !this.anomalies.inconsistentRecords.some((a) => a.undlId === first.undlId)) {
      this.anomalies.inconsistentRecords.push({ undlId: first.undlId, symbol: first.symbol, field, line: later.line });
    }
  }

  private addMember(entry: Entry, code: string, vote: Vote, line: number, note: string | undefined): void {
    const { record, members } = entry;
    const at = members.get(code);
    if (at !== undefined) {
      if (record.votes[at] !== vote) {
        throw new DataError(
          `${this.label}: line ${line}: ${code} votes ${vote} on ${record.symbol} (record ${record.undlId}), ` +
            `but line ${record.lines[at]} gives ${record.votes[at]}; a state has one vote per resolution`,
        );
      }
      this.anomalies.duplicateRows++;
      return;
    }
    members.set(code, record.codes.length);
    record.codes.push(code);
    record.votes.push(vote);
    record.lines.push(line);
    if (note !== undefined) record.notes[code] = note;
  }

  // The last name each code carried, by its bytes: names change rarely.
  private readonly lastName = new Map<string, { bytes: Buffer; span: NameSpan }>();

  private addName(code: string, row: CsvRow, date: string): void {
    const last = this.lastName.get(code);
    let span: NameSpan;
    if (last && row.equals(this.ix.name, last.bytes)) span = last.span;
    else {
      const name = row.text(this.ix.name).trim();
      let byName = this.names.get(code);
      if (!byName) this.names.set(code, (byName = new Map()));
      span = byName.get(name) ?? { code, name, first: date, last: date };
      byName.set(name, span);
      this.lastName.set(code, { bytes: row.copy(this.ix.name), span });
    }
    if (date < span.first) span.first = date;
    else if (date > span.last) span.last = date;
  }

  /** Ends the rows: hands on the last record, and returns the names and oddities seen. */
  end(): Built {
    if (this.last) this.onRecord(this.last.record);
    this.last = undefined;
    return {
      names: [...this.names.values()].flatMap((m) => [...m.values()]),
      anomalies: this.anomalies,
    };
  }
}
