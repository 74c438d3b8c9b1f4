import type { SuspectRecord, TotalsMismatch } from '../sources/checks.js';
import type { ReadAnomalies } from '../sources/record.js';
import type { Body } from '../vote.js';

/** A code the registry does not know; its votes are kept under that code. */
export interface UnknownCode {
  code: string;
  names: string[];
  rows: number;
}

/**
 * What an import did, as data: the CLI prints it, `info` shows the anomalies
 * again later, tests assert on it.
 */
export interface ImportSummary {
  body: Body;
  file: string;
  version: string;
  sha256: string;
  /** True when this exact file (same SHA-256) is already the body's current dataset. */
  unchanged: boolean;
  /** The dataset this import replaced, if any. */
  replaced: { file: string; version: string; sha256: string } | null;
  rows: number;
  resolutions: number;
  votes: number;
  firstDate: string;
  lastDate: string;
  importedAt: string;
  mismatches: TotalsMismatch[];
  unknownCodes: UnknownCode[];
  duplicateRows: number;
  inconsistentRecords: ReadAnomalies['inconsistentRecords'];
  /** Records wrong on their face: no vote in favour, a title of another resolution (absent in stores made before this check). */
  suspectRecords?: SuspectRecord[];
  blankLines: number;
}

/** The anomalies part of a summary, as stored with the dataset. */
export type StoredAnomalies = Pick<
  ImportSummary,
  'mismatches' | 'unknownCodes' | 'duplicateRows' | 'inconsistentRecords' | 'suspectRecords' | 'blankLines'
>;
