/**
 * What each /api/v1 endpoint answers, by operationId: the views' own types
 * (the ones the CLI prints and the dashboard imports), and the few envelopes
 * the routes wrap around them. This file is what `npm run schemas:api` reads
 * to write the OpenAPI document's schemas (responseSchemas.ts), so a view's
 * type and its documented schema cannot drift apart; routes.ts checks each
 * handler's answer against the same entry. Only types go here: the
 * generator reads every type this file exports.
 */
import type { PairAgreement } from '../analysis/agreement.js';
import type { Blocs } from '../analysis/blocs.js';
import type { IdealPoint } from '../analysis/idealPoints.js';
import type { Shift } from '../analysis/shifts.js';
import type { DraftSides } from '../analysis/vetoes.js';
import type { Citation } from '../citation.js';
import type { CheckReport } from '../claims/check.js';
import type { ResolutionSummary } from '../store/search.js';
import type { AlignView, ProfileView, SimilarView } from '../views/alignment.js';
import type { CountryView } from '../views/countries.js';
import type { DraftView, DraftsRecord, VetoesView } from '../views/drafts.js';
import type { InfoView } from '../views/info.js';
import type { ResolutionView } from '../views/resolution.js';
import type { CountryVote } from '../views/votes.js';

/** `GET /countries`: every entity in the store, with the UN citation. */
export interface CountryList {
  citation: Citation;
  countries: CountryView[];
}

/** `GET /resolutions`: one page of a search, and how many match in all. */
export interface ResolutionPage {
  total: number;
  items: ResolutionSummary[];
}

/** `GET /countries/{code}/votes`: a member's votes, newest first. */
export interface CountryVotes {
  code: string;
  name: string;
  votes: CountryVote[];
}

/** `GET /countries/{code}/drafts`: how a member voted on the Council drafts each permanent member vetoed. */
export interface CountryDrafts {
  code: string;
  name: string;
  sides: DraftSides[];
  dataset: DraftsRecord['dataset'];
}

/** The 200 answer of each operation, by its operationId. */
export interface ApiResponses {
  info: InfoView;
  countries: CountryList;
  country: CountryView;
  profile: ProfileView;
  shifts: Shift[];
  resolutions: ResolutionPage;
  countryVotes: CountryVotes;
  /** A resolution from the UN's files, or a Council draft not adopted (`kind: "draft"`), from the veto list. */
  resolution: ResolutionView | DraftView;
  vetoes: VetoesView;
  countryDrafts: CountryDrafts;
  similar: SimilarView[];
  agreement: PairAgreement[];
  align: AlignView;
  blocs: Blocs;
  ideal: IdealPoint[];
  check: CheckReport;
}

export type OperationId = keyof ApiResponses;

/** The JSON form of a `POST /check` body; a text/plain or text/html body is the article itself. */
export interface CheckText {
  text: string;
}

/**
 * Every error the API answers, whatever its status: a stable code to branch
 * on (bad_parameter, bad_request, not_found, too_large, busy, internal, …)
 * and a message meant for a person, naming the parameter or value at fault.
 */
export interface ApiError {
  error: {
    code: string;
    message: string;
  };
}
