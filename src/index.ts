/**
 * Straddle as a library: the UN General Assembly and Security Council
 * roll-call record in a local store, with the CLI's views as typed calls.
 * Make the store with the CLI first (`straddle sync`, or `straddle import
 * FILE` offline); {@link openStraddle} reads it. The data are the UN's:
 * non-commercial use, with attribution ({@link citation}).
 *
 * @packageDocumentation
 * @example
 * ```ts
 * import { openStraddle } from 'straddle';
 * const un = openStraddle(); // the CLI's store: $STRADDLE_DB, else ~/.local/share/straddle/straddle.db
 * const r = un.resolution('ES-11/6');
 * console.log(r.totals, r.link); // { yes: 141, no: 7, abstain: 32, nonVoting: 13 } https://digitallibrary.un.org/record/…
 * un.close();
 * ```
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
export type { ClaimKind } from './claims/read.js';
export type { Span } from './claims/document.js';
export type { CountryContext, Scores } from './claims/context.js';
export type { ImportSummary, StoredAnomalies, UnknownCode } from './store/importSummary.js';
export type { SuspectRecord, TotalsMismatch } from './sources/checks.js';
export type { StatedTotals } from './sources/record.js';
export type { Sides } from './analysis/sides.js';
export { type DraftQuery, type DraftSides, SEATS, type Seat, type VetoSummary } from './analysis/vetoes.js';
export type { DraftView, VetoesView } from './views/drafts.js';
export type { Draft } from './sources/drafts.js';
export type { Body, Tally, Vote } from './vote.js';
export { type CowCode, cowCode } from './countries/cow.js';
export { type Citation, citation } from './citation.js';
export { BusyError, DataError, NotFoundError, RemoteError, StraddleError, UsageError } from './errors.js';
