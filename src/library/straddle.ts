import type { PairAgreement } from '../analysis/agreement.js';
import type { Blocs } from '../analysis/blocs.js';
import type { IdealPoint } from '../analysis/idealPoints.js';
import type { Metric, Weighting } from '../analysis/measures.js';
import type { PeriodKind } from '../analysis/selection.js';
import type { Shift } from '../analysis/shifts.js';
import type { CheckReport } from '../claims/check.js';
import { type Citation, citation } from '../citation.js';
import { NotFoundError, UsageError } from '../errors.js';
import type { DraftQuery } from '../analysis/vetoes.js';
import { type DraftView, type VetoesView, draftView, draftsRecord, findDraft, vetoesView } from '../views/drafts.js';
import { readIdealPoints } from '../store/idealStore.js';
import { findCountries, findCountry, findResolution } from '../store/lookup.js';
import { resolveDbPath } from '../store/paths.js';
import { BODIES, type Body } from '../vote.js';
import {
  type AlignView, type ProfileView, type SimilarView,
  agreementView, alignView, blocsView, profileView, shiftsView, similarView,
} from '../views/alignment.js';
import { articleDate, checkView } from '../views/check.js';
import { type CountryView, countriesView } from '../views/countries.js';
import { fitAndStoreIdeal, storedIdealFit } from '../views/ideal.js';
import { type InfoView, infoView } from '../views/info.js';
import { type ResolutionView, resolutionView } from '../views/resolution.js';
import { type SelectionQuery, selectionFor } from '../views/selectionQuery.js';
import { openSession } from '../views/session.js';
import { type CountryVote, countryVotes } from '../views/votes.js';

/** Options that choose a body and its resolutions (every analysis call takes them). */
export interface AnalysisOptions extends SelectionQuery {
  /** `'ga'` (default) or `'sc'`. */
  body?: Body;
}

/** A country's votes as `straddle votes --json` gives them. */
export interface CountryVotes {
  code: string;
  name: string;
  votes: CountryVote[];
}

/**
 * The record in a store, with the CLI's views as typed calls. Countries are
 * codes or names (`'PAK'`, `'Pakistan'`, `'Islamabad'`); resolutions any
 * spelling of their symbol (`'ES-11/6'`, `'A/RES/ES-11/6'`, `'2334'`).
 * Errors are the CLI's typed errors (`UsageError`, `NotFoundError`,
 * `DataError`, `BusyError`), each with a message that names what was wrong.
 */
export interface Straddle {
  /** The store's path. */
  readonly storePath: string;
  /** How to cite the UN's data (non-commercial use, with attribution). */
  readonly citation: Citation;
  /**
   * What the store holds: datasets, versions, anomalies (`straddle info`).
   * @example un.info().datasets.map((d) => d.version) // → ['ga_voting_assembled', 'sc_voting_assembled']
   */
  info(): InfoView;
  /**
   * Every state in the record, with ISO and COW codes and recorded spans (`straddle countries`).
   * @example un.countries().find((c) => c.code === 'PAK')?.cow // → 770
   */
  countries(): CountryView[];
  /**
   * One resolution and every member's vote (`straddle resolution`).
   * @example un.resolution('2334', { body: 'sc' }).totals // → { yes: 14, no: 0, abstain: 1, nonVoting: 0 }
   */
  resolution(symbol: string, options?: { body?: Body }): ResolutionView;
  /**
   * A country's votes, oldest first (`straddle votes`); with `body: 'sc'`, Council drafts not adopted too, marked `failed`.
   * @example un.votes('Pakistan', { from: 2023, to: 2023 }).votes.length // → 88
   */
  votes(country: string, options?: { body?: Body; from?: number; to?: number }): CountryVotes;
  /**
   * Two states' agreement by every measure, each with its counts (`straddle agreement`).
   * @example un.agreement('PAK', 'USA', { year: 2023 })[0]?.coincidence // → 0.358 (n 88)
   */
  agreement(a: string, b: string, options?: AnalysisOptions & { by?: PeriodKind; weighting?: Weighting }): PairAgreement[];
  /**
   * Every member's score with each anchor (`straddle align`); anchors default to USA, CHN, RUS.
   * @example un.align({ year: 2023 }).find((r) => r.code === 'IND')?.scores // → { USA: 0.369, CHN: 0.816, RUS: 0.699 }
   */
  align(options?: AnalysisOptions & { with?: string[]; metric?: Metric }): AlignView;
  /**
   * A state by year in the GA: scores with the anchors, side-taking, shifts, allies (`straddle profile`).
   * @example un.profile('India', { from: 2023, to: 2023 }).years[0]?.scores.CHN // → 0.816
   */
  profile(country: string, options?: { with?: string[]; metric?: Metric; from?: number; to?: number }): ProfileView;
  /**
   * GA votes that changed against the previous of their kind, newest first (`straddle shifts`).
   * @example un.shifts('PAK', { since: 2023 })[0] // → { symbol: 'A/RES/80/224', vote: 'Y', previous: { symbol: 'A/RES/79/185', vote: 'A', … }, … }
   */
  shifts(country: string, options?: { since?: number; all?: boolean }): Shift[];
  /**
   * Resolutions of the same thread, then the most alike (`straddle similar`).
   * @example un.similar('ES-11/6', { limit: 1 })[0]?.symbol // → 'A/RES/ES-11/7'
   */
  similar(symbol: string, options?: { body?: Body; limit?: number }): SimilarView[];
  /**
   * Blocs by agreement and a 2-D layout (`straddle blocs`); needs a year or a span.
   * @example un.blocs({ year: 2023, k: 4 }).blocs.length // → 4
   */
  blocs(options: AnalysisOptions & { k?: number }): Blocs;
  /**
   * Dynamic ideal points by state and year; fitted and stored on first use (a few seconds).
   * @example un.ideal({ countries: ['PAK'], from: 2023, to: 2023 }) // → [{ code: 'PAK', year: 2023, idealPoint: -0.10, lower: -0.20, upper: 0, n: 88 }]
   */
  ideal(options?: { from?: number; to?: number; countries?: string[] }): IdealPoint[];
  /**
   * Checks a news article's claims about UN votes (text or HTML, `straddle check --json`).
   * @example (await un.check('Pakistan abstained on ES-11/6 on 23 February 2023.')).claims[0]?.verdict // → 'supported'
   */
  check(article: string | Uint8Array, options?: { date?: string; label?: string }): Promise<CheckReport>;
  /**
   * Council drafts not adopted, with vetoes per permanent member and joint vetoes (`straddle vetoes`).
   * @example un.vetoes({ by: 'RUS', from: 2022, to: 2022 }).summary.bySeat.find((s) => s.seat === 'RUS')?.vetoes // → 4
   */
  vetoes(options?: DraftQuery): VetoesView;
  /**
   * A Council draft not adopted, by symbol (`straddle resolution S/2022/720`); NotFoundError when the veto list lacks it.
   * @example un.draft('S/2022/720').status // → 'not adopted: vetoed by Russia'
   */
  draft(symbol: string): DraftView;
  /** Closes the store. */
  close(): void;
}

function bodyOption(body: unknown): Body {
  if (body === undefined) return 'ga';
  if ((BODIES as readonly unknown[]).includes(body)) return body as Body;
  throw new UsageError(`body: expected "ga" or "sc", found ${JSON.stringify(body)}`);
}

function positive(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`${name}: expected a positive whole number, found ${value}`);
  return value;
}

const DEFAULT_ANCHORS = ['USA', 'CHN', 'RUS'];

/**
 * Opens a store read-only for the views (the ideal points' first fit is the
 * one write). The path is as the CLI's: the argument, else `$STRADDLE_DB`,
 * else `~/.local/share/straddle/straddle.db`. Matrices are built on first
 * use and kept: later calls answer in microseconds to milliseconds.
 *
 * @example
 * ```ts
 * import { openStraddle } from 'straddle';
 * const un = openStraddle('straddle.db');
 * un.resolution('ES-11/6').totals; // → { yes: 141, no: 7, abstain: 32, nonVoting: 13 }
 * un.profile('Pakistan', { from: 2022 }).years[0]?.scores.USA;
 * const report = await un.check(articleText, { date: '2023-02-24' });
 * un.close();
 * ```
 */
export function openStraddle(storePath?: string): Straddle {
  const session = openSession(resolveDbPath(storePath));
  const codes = (list: string[] | undefined, fallback: string[]) =>
    list === undefined ? fallback : findCountries(session.db(), session.registry(), list.join(','));
  const code = (country: string) => findCountry(session.db(), session.registry(), country).code;
  return {
    storePath: session.storePath,
    citation,
    info: () => infoView(session.db(), session.storePath),
    countries: () => countriesView(session.db(), session.registry()),
    resolution: (symbol, o = {}) =>
      resolutionView(session.db(), session.registry(), findResolution(session.db(), symbol, o.body && bodyOption(o.body))),
    votes(country, o = {}) {
      const e = findCountry(session.db(), session.registry(), country);
      const body = o.body && bodyOption(o.body);
      // As `straddle votes --body sc`: the Council's drafts not adopted too, marked `failed`.
      return { code: e.code, name: e.shortName, votes: countryVotes(session.db(), e, { ...o, ...(body && { body }), ...(body === 'sc' && { drafts: draftsRecord() }) }) };
    },
    agreement(a, b, o = {}) {
      const [ca, cb] = codes([a, b], []) as [string, string];
      const ws = session.workspace(bodyOption(o.body));
      return agreementView(ws, ca, cb, selectionFor(session, ws, o), o.by ?? 'year', o.weighting ?? 'linear');
    },
    align(o = {}) {
      const ws = session.workspace(bodyOption(o.body));
      return alignView(ws, session.registry(), codes(o.with, DEFAULT_ANCHORS), selectionFor(session, ws, o), o.metric ?? 'coincidence');
    },
    profile(country, o = {}) {
      return profileView(session.workspace('ga'), session.registry(), code(country), codes(o.with, DEFAULT_ANCHORS), o.metric ?? 'coincidence', {
        ...(o.from !== undefined && { from: o.from }),
        ...(o.to !== undefined && { to: o.to }),
      });
    },
    shifts: (country, o = {}) => shiftsView(session.workspace('ga'), code(country), o.since, o.all ?? false),
    similar(symbol, o = {}) {
      const row = findResolution(session.db(), symbol, o.body && bodyOption(o.body));
      return similarView(session.workspace(row.body), row.id, positive(o.limit, 'limit', 20));
    },
    blocs(o) {
      if (o.year === undefined && o.from === undefined) throw new UsageError('blocs: give year, or from and to');
      const ws = session.workspace(bodyOption(o.body));
      return blocsView(ws, selectionFor(session, ws, o), positive(o.k, 'k', 5));
    },
    ideal(o = {}) {
      const ws = session.workspace('ga');
      const db = session.db();
      const stored = storedIdealFit(db, ws) ?? fitAndStoreIdeal(db, ws, new Date()).stored;
      return readIdealPoints(db, stored.id, {
        ...(o.from !== undefined && { from: o.from }),
        ...(o.to !== undefined && { to: o.to }),
        ...(o.countries && { codes: codes(o.countries, []) }),
      });
    },
    check: async (article, o = {}) =>
      checkView(session, Buffer.from(typeof article === 'string' ? Buffer.from(article, 'utf8') : article), o.label ?? 'article', articleDate(o.date, 'date')),
    vetoes: (o = {}) => vetoesView(draftsRecord(), o),
    draft(symbol) {
      const d = findDraft(draftsRecord(), symbol);
      if (!d) throw new NotFoundError(`no Council draft of the veto list matches "${symbol}" (try a symbol such as S/2022/720)`);
      return draftView(draftsRecord(), session.registry(), d);
    },
    close: () => session.close(),
  };
}
