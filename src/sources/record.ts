import type { Body, Vote } from '../vote.js';

/** Totals as the file states them; `null` where the file leaves them empty. */
export interface StatedTotals {
  yes: number | null;
  no: number | null;
  abstain: number | null;
  nonVoting: number | null;
  members: number | null;
}

/**
 * One voting record of a UN bulk file: a resolution and the vote of every
 * state that was a member (GA) or on the Council (SC) at the time.
 */
export interface VotingRecord {
  body: Body;
  /** UN Digital Library record id of the voting record. */
  undlId: string;
  /** The symbol as the file spells it, e.g. `A/RES/ES-11/6`. */
  symbol: string;
  date: string;
  /** GA session (`76`, `ES-11`, `S-28`); null for the Council. */
  session: string | null;
  /** GA `title`; SC `description`. */
  title: string;
  draft: string;
  committeeReport: string;
  meeting: string;
  /** GA `agenda_title`; SC `agenda`. */
  agenda: string;
  subjects: string;
  /** SC only: adopted with or without a vote. */
  modality: string;
  link: string;
  totals: StatedTotals;
  /** Member codes, in file order, and their votes at the same index. */
  codes: string[];
  votes: Vote[];
  /** `vote_note` by member code, where the file gives one. */
  notes: Record<string, string>;
  /** Line of the record's first row, for messages. */
  line: number;
}

/** The name a code carried in a file, and the dates it was seen. */
export interface NameSpan {
  code: string;
  name: string;
  first: string;
  last: string;
}

/** Oddities of a file that are not errors: they are kept, counted and shown. */
export interface ReadAnomalies {
  /** Rows that repeat an earlier (record, member) row exactly; one copy kept. */
  duplicateRows: number;
  /** Records whose rows disagree on a record-level field; the first row's value is kept. */
  inconsistentRecords: { undlId: string; symbol: string; field: string; line: number }[];
  blankLines: number;
}

export interface ParsedFile {
  body: Body;
  /** Name of the file as given (for provenance and messages). */
  file: string;
  sha256: string;
  bytes: number;
  rows: number;
  records: VotingRecord[];
  names: NameSpan[];
  anomalies: ReadAnomalies;
}
