/**
 * Straddle as a library: the UN General Assembly and Security Council
 * roll-call record in a local store, with the CLI's views as typed calls.
 *
 * @example
 *   import { openStraddle } from 'straddle';
 *   const un = openStraddle();                 // the CLI's store ($STRADDLE_DB or ~/.local/share/straddle)
 *   const r = un.resolution('ES-11/6');
 *   console.log(r.totals, r.link);
 *
 * @packageDocumentation
 */
export { type AnalysisOptions, type CountryVotes, type Straddle, openStraddle } from './library/straddle.js';
export type { SelectionQuery } from './views/selectionQuery.js';
export type { ResolutionView } from './views/resolution.js';
export type { CountryVote } from './views/votes.js';
export type { CountryView } from './views/countries.js';
export type { DatasetInfo, InfoView } from './views/info.js';
export type { AlignView, ProfileView, SimilarView } from './views/alignment.js';
export type { PairAgreement, AlignRow } from './analysis/agreement.js';
export type { Agreement, AgreementCounts, AgreementScores, Metric, Weighting } from './analysis/measures.js';
export { METRICS } from './analysis/measures.js';
export type { PeriodKind } from './analysis/selection.js';
export type { Profile, ProfileYear, Neighbour } from './analysis/profile.js';
export type { Shift } from './analysis/shifts.js';
export type { Bloc, Blocs } from './analysis/blocs.js';
export type { IdealPoint } from './analysis/idealPoints.js';
export type { CheckReport, CheckedClaim, CheckedEvent, ResolutionRef, Verdict } from './claims/check.js';
export type { Body, Tally, Vote } from './vote.js';
export { type CowCode, cowCode } from './countries/cow.js';
export { type Citation, citation } from './citation.js';
export { BusyError, DataError, NotFoundError, RemoteError, StraddleError, UsageError } from './errors.js';
