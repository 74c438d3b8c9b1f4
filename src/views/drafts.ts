import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type DraftQuery, type DraftSides, type VetoSummary, draftSides, seatOf, selectDrafts, vetoSummary } from '../analysis/vetoes.js';
import { TERMS } from '../citation.js';
import type { Registry } from '../countries/registry.js';
import { type Draft, listedTally, parseDrafts } from '../sources/drafts.js';
import { type Workspace, workspace } from '../analysis/workspace.js';
import { CONTINUES } from '../countries/history.js';
import { seatsMatrix } from '../matrix/seats.js';
import { withDrafts } from '../matrix/withDrafts.js';
import type { Tally } from '../vote.js';
import type { Session } from './session.js';

/** The drafts file shipped in the package (data/sc_drafts.csv, with its SOURCES and TOTALS beside it). */
export const DRAFTS_FILE = fileURLToPath(new URL('../../data/sc_drafts.csv', import.meta.url));

/** The drafts not adopted, with the provenance every answer carries. */
export interface DraftsRecord {
  drafts: Draft[];
  /** Drafts by symbol and by key, normalised (the first of a symbol wins), for lookups on every request. */
  index: ReadonlyMap<string, Draft>;
  dataset: { file: string; version: string; sha256: string };
  citation: string;
}

const CITE_DRAFTS =
  'United Nations Dag Hammarskjöld Library, Security Council - Veto List (research.un.org/en/docs/sc/quick/veto), ' +
  'and UN meetings coverage of each vote (press.un.org); assembled by Straddle, sources per row in data/sc_drafts.SOURCES.md. ' +
  TERMS;

const loaded = new Map<string, DraftsRecord>();
const normal = (s: string) => s.trim().toUpperCase().replace(/\s+/g, '');

/**
 * The Council's drafts not adopted, read once per process from the shipped
 * file (or another in the same layout).
 *
 * @example draftsRecord().drafts.length // → 248
 */
export function draftsRecord(path = DRAFTS_FILE): DraftsRecord {
  let r = loaded.get(path);
  if (!r) {
    const bytes = readFileSync(path);
    const drafts = parseDrafts(bytes, path.split('/').pop() ?? path);
    const last = drafts.reduce((m, d) => (d.date > m ? d.date : m), '');
    const index = new Map<string, Draft>();
    for (const d of drafts) for (const k of [d.key, d.symbol]) if (k !== null && !index.has(normal(k))) index.set(normal(k), d);
    r = {
      drafts,
      index,
      dataset: { file: 'sc_drafts.csv', version: `sc_drafts to ${last}`, sha256: createHash('sha256').update(bytes).digest('hex') },
      citation: CITE_DRAFTS,
    };
    loaded.set(path, r);
  }
  return r;
}

/** A draft as users see it: `straddle resolution S/2022/720` and the API. */
export interface DraftView {
  kind: 'draft';
  symbol: string | null;
  key: string;
  body: 'sc';
  date: string;
  outcome: Draft['outcome'];
  /** "not adopted: vetoed by the Russian Federation", "not adopted: fewer than nine votes in favour". */
  status: string;
  vetoedBy: { code: string; name: string }[];
  amendment: boolean;
  meeting: string | null;
  agenda: string;
  subject: string;
  /** Counts where the sources give them; each may be null. */
  counts: Draft['counts'];
  /** The counted member votes, where the sources name them. */
  counted: Tally | null;
  votes: { code: string; name: string; vote: string }[];
  source: string;
  secondSource: string | null;
  notes: string;
  dataset: DraftsRecord['dataset'];
  citation: string;
}

/** A failed draft by symbol or key (any case), or undefined. */
export function findDraft(rec: DraftsRecord, query: string): Draft | undefined {
  return rec.index.get(normal(query));
}

const nameOf = (registry: Registry, code: string) => registry.get(code)?.shortName ?? code;

export function draftView(rec: DraftsRecord, registry: Registry, d: Draft): DraftView {
  const vetoers = d.vetoedBy.map((code) => ({ code, name: nameOf(registry, code) }));
  const threshold = d.date < '1966-01-01' ? 'seven' : 'nine';
  const status = d.outcome === 'vetoed'
    ? `not adopted: vetoed by ${vetoers.map((v) => v.name).join(' and ')}`
    : `not adopted: fewer than ${threshold} votes in favour`;
  const order = { Y: 0, N: 1, A: 2, X: 3 } as Record<string, number>;
  return {
    kind: 'draft', symbol: d.symbol, key: d.key, body: 'sc', date: d.date, outcome: d.outcome, status, vetoedBy: vetoers,
    amendment: d.amendment, meeting: d.meeting, agenda: d.agenda, subject: d.subject, counts: d.counts, counted: listedTally(d),
    votes: d.votes.map((v) => ({ code: v.code, name: nameOf(registry, v.code), vote: v.vote }))
      .sort((a, b) => order[a.vote]! - order[b.vote]! || a.name.localeCompare(b.name)),
    source: d.source, secondSource: d.secondSource, notes: d.notes, dataset: rec.dataset, citation: rec.citation,
  };
}

/** `straddle vetoes` and `/api/v1/vetoes`: the drafts a query keeps and the counts over them. */
export interface VetoesView {
  query: DraftQuery;
  summary: VetoSummary;
  drafts: {
    key: string; symbol: string | null; date: string; outcome: Draft['outcome']; vetoedBy: string[]; seats: string[];
    amendment: boolean; subject: string; agenda: string; meeting: string | null; counts: Draft['counts'];
  }[];
  dataset: DraftsRecord['dataset'];
  citation: string;
}

export function vetoesView(rec: DraftsRecord, q: DraftQuery): VetoesView {
  const kept = selectDrafts(rec.drafts, q);
  return {
    query: q,
    summary: vetoSummary(kept),
    drafts: kept.map((d) => ({
      key: d.key, symbol: d.symbol, date: d.date, outcome: d.outcome, vetoedBy: d.vetoedBy,
      seats: [...new Set(d.vetoedBy.map(seatOf))], amendment: d.amendment, subject: d.subject, agenda: d.agenda,
      meeting: d.meeting, counts: d.counts,
    })),
    dataset: rec.dataset,
    citation: rec.citation,
  };
}

/** A member's votes on failed drafts (where the sources name them), for `votes --body sc`. */
export function draftVotesOf(rec: DraftsRecord, code: string, from?: number, to?: number) {
  return rec.drafts.flatMap((d) => {
    const v = d.votes.find((x) => x.code === code);
    const year = Number(d.date.slice(0, 4));
    if (!v || (from !== undefined && year < from) || (to !== undefined && year > to)) return [];
    return [{ key: d.key, symbol: d.symbol, date: d.date, vote: v.vote, subject: d.subject, outcome: d.outcome, vetoedBy: d.vetoedBy }];
  });
}

/** A Council member's side-taking on vetoed drafts, for its profile (within its span of years, if one is asked for). */
export function draftSidesView(rec: DraftsRecord, code: string, span?: { from?: number; to?: number }): DraftSides[] {
  const year = (d: { date: string }) => Number(d.date.slice(0, 4));
  const kept = span ? rec.drafts.filter((d) => (span.from === undefined || year(d) >= span.from) && (span.to === undefined || year(d) <= span.to)) : rec.drafts;
  return draftSides(kept, code);
}


const withDraftsBySession = new WeakMap<object, Workspace>();

/**
 * The Council's workspace with the drafts not adopted added (`--with-drafts`),
 * built once per session. Seats are followed as in the plain workspace.
 */
export function councilWithDrafts(session: Pick<Session, 'workspace'>, rec = draftsRecord()): Workspace {
  let ws = withDraftsBySession.get(session);
  if (!ws) {
    const plain = session.workspace('sc').matrix;
    withDraftsBySession.set(session, (ws = workspace(seatsMatrix(withDrafts(plain, rec.drafts), CONTINUES))));
  }
  return ws;
}
