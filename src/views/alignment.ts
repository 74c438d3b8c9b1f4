import { type AlignRow, type PairAgreement, align, pairAgreement } from '../analysis/agreement.js';
import { type Blocs, blocs } from '../analysis/blocs.js';
import type { Metric, Weighting } from '../analysis/measures.js';
import { type Mover, movers } from '../analysis/movers.js';
import { type Profile, profile } from '../analysis/profile.js';
import { type PeriodKind, type Selection, periods, select } from '../analysis/selection.js';
import { type Shift, shifts } from '../analysis/shifts.js';
import { similar } from '../analysis/similar.js';
import type { Workspace } from '../analysis/workspace.js';
import type { Registry } from '../countries/registry.js';
import { NotFoundError } from '../errors.js';
import type { DraftSides } from '../analysis/vetoes.js';
import { draftSidesView, draftsRecord } from './drafts.js';

const nameOf = (registry: Registry, code: string) => registry.get(code)?.shortName ?? code;

/** `straddle agreement A B`: one row per period. */
export function agreementView(
  ws: Workspace,
  a: string,
  b: string,
  sel: Selection,
  by: PeriodKind,
  weighting: Weighting,
): PairAgreement[] {
  const rows = select(ws.matrix, sel, ws.threads());
  return pairAgreement(ws.bits(), ws.column(a), ws.column(b), periods(ws.matrix, rows, by), weighting);
}

export type AlignView = (AlignRow & { name: string })[];

/** `straddle align`: every member's agreement with each anchor. */
export function alignView(ws: Workspace, registry: Registry, anchors: string[], sel: Selection, metric: Metric): AlignView {
  const rows = select(ws.matrix, sel, ws.threads());
  const cols = anchors.map((a) => ws.column(a));
  return align(ws.bits(), cols, rows, metric).map((r) => ({
    code: r.code,
    name: nameOf(registry, r.code),
    n: r.n,
    scores: r.scores,
    ns: r.ns,
  }));
}

export type ProfileView = Profile & {
  name: string;
  /** On Council drafts a permanent member vetoed, how this state voted where it sat and the sources name its vote. */
  failedDrafts: DraftSides[];
};

/** `straddle profile COUNTRY`. */
export function profileView(ws: Workspace, registry: Registry, code: string, anchors: string[], metric: Metric, span?: { from?: number; to?: number }): ProfileView {
  const p = profile(ws.bits(), ws.column(code), {
    anchors: anchors.map((a) => ws.column(a)),
    metric,
    years: ws.years(),
    threads: ws.threads(),
    ...(span && (span.from !== undefined || span.to !== undefined) && { span }),
  });
  return { ...p, name: nameOf(registry, code), failedDrafts: draftSidesView(draftsRecord(), code, span) };
}

/** `straddle shifts COUNTRY`. */
export function shiftsView(ws: Workspace, code: string, since: number | undefined, all: boolean): Shift[] {
  return shifts(ws.matrix, ws.threads(), ws.column(code), { ...(since !== undefined && { since }), all });
}

export interface SimilarView {
  symbol: string;
  date: string;
  session: string | null;
  title: string;
  score: number;
  sameThread: boolean;
  /** Of the same emergency special session (one series whatever the titles). */
  sameSession: boolean;
  link: string;
}

/** `straddle similar SYMBOL`: the resolution is found in the store first, by any spelling. */
export function similarView(ws: Workspace, resolutionId: number, limit: number): SimilarView[] {
  const r = ws.matrix.resolutions.findIndex((x) => x.id === resolutionId);
  if (r === -1) throw new NotFoundError(`resolution ${resolutionId} is not in the ${ws.matrix.body.toUpperCase()} matrix`);
  return similar(ws.text(), ws.threads(), r, limit, ws.matrix.resolutions.map((x) => x.session)).map((s) => {
    const x = ws.matrix.resolutions[s.row]!;
    return { symbol: x.symbol, date: x.date, session: x.session, title: x.title, score: s.score, sameThread: s.sameThread, sameSession: s.sameSession, link: x.link };
  });
}

/** `straddle blocs --year YYYY`. */
export function blocsView(ws: Workspace, sel: Selection, k: number): Blocs {
  return blocs(ws.bits(), select(ws.matrix, sel, ws.threads()), k);
}

/** `straddle movers --year YYYY --with USA`: change against the year before. */
export function moversView(ws: Workspace, registry: Registry, anchor: string, year: number, metric: Metric) {
  const years = ws.years();
  const now = years.get(year);
  const before = years.get(year - 1);
  if (!now || !before) throw new NotFoundError(`no ${ws.matrix.body.toUpperCase()} votes in ${now ? year - 1 : year}`);
  return movers(ws.bits(), ws.column(anchor), now, before, metric).map((m: Mover) => ({ ...m, name: nameOf(registry, m.code) }));
}
