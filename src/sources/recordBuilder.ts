import { DataError } from '../errors.js';
import type { Vote } from '../vote.js';
import { parseBool, parseDate, parseVote } from './fields.js';
import type { ColumnIndex, Layout } from './layouts.js';
import type { NameSpan, ReadAnomalies, VotingRecord } from './record.js';
import {
  CODE, type Complain, FIRST_TEXT_COLUMN, type Get, RECORD_COLUMNS, TEXT_COLUMNS, detach, differs, firstDifference,
  newRecord,
} from './recordFields.js';

/** A record as a builder holds it: the first row's raw record fields, and the line of each member's row. */
export interface BuiltRecord extends VotingRecord {
  raw: string[];
  lines: number[];
}

/** What a builder made of the rows it was given. */
export interface Built {
  records: BuiltRecord[];
  names: NameSpan[];
  anomalies: ReadAnomalies;
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
  private readonly byId = new Map<string, Entry>();
  private last: Entry | undefined;
  // code → name → span; nested so the hot path builds no key strings
  private readonly names = new Map<string, Map<string, NameSpan>>();
  private readonly anomalies: ReadAnomalies = { duplicateRows: 0, inconsistentRecords: [], blankLines: 0 };
  private readonly ix;
  private readonly recordFields: number[];
  private readonly textFrom: number;
  /** Columns whose values may span lines. */
  readonly textColumns: number[];

  constructor(
    private readonly layout: Layout,
    private readonly columns: ColumnIndex,
    private readonly label: string,
  ) {
    const at = (name: string) => columns.get(name) ?? -1;
    this.ix = {
      undlId: at('undl_id'), code: at('ms_code'), name: at('ms_name'), vote: at('ms_vote'), date: at('date'),
      note: at('vote_note'), permanent: at('permanent_member'),
    };
    this.recordFields = RECORD_COLUMNS.map(at).filter((i) => i >= 0);
    this.textFrom = RECORD_COLUMNS.slice(0, FIRST_TEXT_COLUMN).filter((c) => at(c) >= 0).length;
    this.textColumns = TEXT_COLUMNS.map(at).filter((i) => i >= 0);
  }

  // Only error paths and a record's first row build these closures: row()
  // runs 944,204 times on the GA file and allocates as little as it can.
  private getter(fields: string[]): Get {
    return (name) => {
      const i = this.columns.get(name);
      return i === undefined ? '' : (fields[i] as string);
    };
  }

  private complain(fields: string[], line: number): Complain {
    return (name, expected) =>
      new DataError(
        `${this.label}: line ${line}, column ${(this.columns.get(name) ?? 0) + 1} (${name}): ` +
          `expected ${expected}, found "${this.getter(fields)(name)}"`,
      );
  }

  private readRecord(undlId: string, fields: string[], line: number): BuiltRecord {
    const bad = this.complain(fields, line);
    const date = parseDate(fields[this.ix.date] as string);
    if (date === undefined) throw bad('date', 'a date as YYYY-MM-DD');
    const raw = this.recordFields.map((i) => detach(fields[i] as string));
    return { ...newRecord(this.layout.body, undlId, date, line, this.getter(fields), bad), raw, lines: [] };
  }

  /** Adds one data row (already split into fields) found on `line`. */
  row(fields: string[], line: number): void {
    const ix = this.ix;
    if (fields.length !== this.columns.size) {
      throw new DataError(
        `${this.label}: line ${line}: expected ${this.columns.size} fields as in the header, found ${fields.length}`,
      );
    }
    const undlId = (fields[ix.undlId] as string).trim();
    if (undlId === '') throw this.complain(fields, line)('undl_id', 'a UN Digital Library record id');
    const rawCode = fields[ix.code] as string;
    const code = CODE.test(rawCode) ? rawCode : rawCode.trim().toUpperCase();
    if (!CODE.test(code)) throw this.complain(fields, line)('ms_code', 'a three-letter member state code');
    const vote = parseVote(fields[ix.vote] as string);
    if (vote === undefined) {
      throw this.complain(fields, line)('ms_vote', 'one of Y, N, A, X (or NV or empty for non-voting)');
    }
    if (ix.permanent >= 0 && parseBool(fields[ix.permanent] as string) === undefined) {
      throw this.complain(fields, line)('permanent_member', 'True or False');
    }
    // Rows of one record usually come together: skip the map lookup then.
    let entry = undlId === this.last?.record.undlId ? this.last : this.byId.get(undlId);
    if (!entry) {
      entry = { record: this.readRecord(detach(undlId), fields, line), members: new Map() };
      this.byId.set(entry.record.undlId, entry);
    } else if (differs(fields, this.recordFields, this.textFrom, entry.record.raw)) {
      // A later row disagrees with the record's first row: each value must
      // still be readable, and the disagreement is reported, not fixed.
      this.noteInconsistency(entry.record, this.readRecord(entry.record.undlId, fields, line));
    }
    this.last = entry;
    const note = ix.note >= 0 ? (fields[ix.note] as string).trim() : '';
    this.addMember(entry, code, vote, line, note === '' ? undefined : detach(note));
    const name = (fields[ix.name] as string).trim();
    this.addName(code, name, entry.record.date);
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

  private addName(code: string, name: string, date: string): void {
    let byName = this.names.get(code);
    if (!byName) this.names.set(code, (byName = new Map()));
    const span = byName.get(name);
    if (!span) byName.set(name, { code, name: detach(name), first: date, last: date });
    else if (date < span.first) span.first = date;
    else if (date > span.last) span.last = date;
  }

  /** Everything built so far. */
  built(): Built {
    return {
      records: [...this.byId.values()].map((e) => e.record),
      names: [...this.names.values()].flatMap((m) => [...m.values()]),
      anomalies: this.anomalies,
    };
  }
}
