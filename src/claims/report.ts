import type { Body, Tally, Vote } from '../vote.js';
import type { CountryContext } from './context.js';
import type { Span } from './document.js';
import type { ClaimKind } from './read.js';

/** The article check's report: the `straddle check --json` and `POST /api/v1/check` contract. */
export type Verdict = 'supported' | 'contradicted' | 'partly' | 'unverifiable';

export interface ResolutionRef {
  symbol: string;
  date: string;
  title: string;
  totals: Tally;
  link: string;
}

/** A vote the article reports, resolved once against the record; claims point to it by index. */
export interface CheckedEvent {
  /** The resolution, or null when the record does not hold the vote (a veto, an amendment, ...). */
  symbol: string | null;
  date: string | null;
  body: Body;
  /** Why this resolution was chosen (figures matched, date, subject), or why none could be. */
  why: string;
  link: string | null;
  title: string | null;
  /** For a Council draft not adopted: how it failed (`symbol` is then the draft's, `link` its source). */
  notAdopted?: { outcome: 'vetoed' | 'failed'; vetoedBy: string[] };
}

export interface CheckedClaim {
  sentence: string;
  kind: ClaimKind;
  verdict: Verdict;
  resolutions: ResolutionRef[];
  /** The states the claim names, and their votes on the (first) resolution. */
  countries: { code: string; name: string; vote: Vote | null; claimed?: string }[];
  /** For shifts: the state's votes on earlier similar resolutions, newest first. */
  earlier?: { symbol: string; date: string; vote: Vote }[];
  explanation: string;
  /** The words of the article the claim rests on: character offsets into the text checked. */
  span: Span;
  /** The words of that span. */
  quote: string;
  /** For a claim about a Council draft not adopted (from the veto list): which draft, how it failed. */
  draft?: { symbol: string; date: string; outcome: 'vetoed' | 'failed'; vetoedBy: string[] };
  /** Index into the report's `events`: the vote this claim is about; null for alignment statements. */
  event: number | null;
  /** What the article says, in plain words. */
  says: string;
  /** What the record says, in plain words; null when the record cannot tell. */
  record: string | null;
}

export interface CheckReport {
  article: {
    date: string | null;
    title: string | null;
    /** The date the claims were read against: the article's own, or that of the vote its figures identify; null when nothing dates it. */
    dateUsed: string | null;
    /** Why that date. */
    dateWhy: string;
  };
  events: CheckedEvent[];
  claims: CheckedClaim[];
  context: (CountryContext & { summary: string })[];
  dataset: { version: string; sha256: string };
}
