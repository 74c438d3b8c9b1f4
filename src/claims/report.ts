import type { Tally, Vote } from '../vote.js';
import type { CountryContext } from './context.js';
import type { ClaimKind } from './detect.js';

/** The article check's report: the `straddle check --json` and `POST /api/v1/check` contract. */
export type Verdict = 'supported' | 'contradicted' | 'partly' | 'unverifiable';

export interface ResolutionRef {
  symbol: string;
  date: string;
  title: string;
  totals: Tally;
  link: string;
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
}

export interface CheckReport {
  article: { date: string | null; title: string | null; dateUsed: string };
  claims: CheckedClaim[];
  context: (CountryContext & { summary: string })[];
  dataset: { version: string; sha256: string };
}
