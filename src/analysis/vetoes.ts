import type { Draft } from '../sources/drafts.js';
import type { Vote } from '../vote.js';

/** The Council's five seats; Russia's seat carries the USSR's vetoes (the UN counts them together). */
export const SEATS = ['CHN', 'FRA', 'GBR', 'RUS', 'USA'] as const;
export type Seat = (typeof SEATS)[number];

/** The seat a vetoing code sits in: SUN (the USSR) is Russia's seat. */
export const seatOf = (code: string): Seat => (code === 'SUN' ? 'RUS' : code) as Seat;

export interface DraftQuery {
  /** Vetoed by this seat (RUS includes the USSR). */
  by?: Seat;
  from?: number;
  to?: number;
  /** Words that must all appear in the subject or agenda (case-insensitive). */
  topic?: string;
  /** Keep drafts that failed without a veto (default true; `by` keeps vetoed ones only). */
  failed?: boolean;
}

/**
 * The drafts a query keeps, oldest first.
 *
 * @example selectDrafts(drafts, { by: 'USA', topic: 'Gaza', from: 2023 }).length // → 6 on the shipped file
 */
export function selectDrafts(drafts: readonly Draft[], q: DraftQuery = {}): Draft[] {
  const words = q.topic?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
  return drafts.filter((d) => {
    const year = Number(d.date.slice(0, 4));
    if (q.from !== undefined && year < q.from) return false;
    if (q.to !== undefined && year > q.to) return false;
    if (q.by !== undefined && !d.vetoedBy.some((c) => seatOf(c) === q.by)) return false;
    if (q.failed === false && d.outcome === 'failed') return false;
    const text = `${d.subject} ${d.agenda}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

export interface VetoSummary {
  /** Vetoes per seat (one per vetoing member per draft, the UN's count), with the USSR's share of Russia's. */
  bySeat: { seat: Seat; vetoes: number; ussr: number; first: string | null; last: string | null }[];
  /** Vetoes per seat by year, years with a veto only. */
  byYear: { year: number; vetoes: Record<Seat, number> }[];
  /** Drafts vetoed by more than one seat, by the seats together (e.g. CHN+RUS). */
  joint: { seats: Seat[]; drafts: number; last: string }[];
  vetoedDrafts: number;
  failedDrafts: number;
}

const zero = (): Record<Seat, number> => ({ CHN: 0, FRA: 0, GBR: 0, RUS: 0, USA: 0 });

/**
 * Vetoes per permanent member, over time and together.
 *
 * @example vetoSummary(drafts).bySeat.find((s) => s.seat === 'GBR')?.vetoes // → 29
 */
export function vetoSummary(drafts: readonly Draft[]): VetoSummary {
  const years = new Map<number, Record<Seat, number>>();
  const seats = new Map<Seat, VetoSummary['bySeat'][number]>(SEATS.map((s) => [s, { seat: s, vetoes: 0, ussr: 0, first: null, last: null }]));
  const joint = new Map<string, VetoSummary['joint'][number]>();
  for (const d of drafts) {
    if (d.outcome !== 'vetoed') continue;
    const year = Number(d.date.slice(0, 4));
    const y = years.get(year) ?? zero();
    years.set(year, y);
    for (const code of d.vetoedBy) {
      const s = seats.get(seatOf(code))!;
      s.vetoes++;
      if (code === 'SUN') s.ussr++;
      s.first ??= d.date;
      s.last = d.date;
      y[seatOf(code)]++;
    }
    if (d.vetoedBy.length > 1) {
      const together = [...new Set(d.vetoedBy.map(seatOf))].sort();
      const k = together.join('+');
      const j = joint.get(k) ?? { seats: together, drafts: 0, last: d.date };
      j.drafts++;
      j.last = d.date;
      joint.set(k, j);
    }
  }
  return {
    bySeat: [...seats.values()],
    byYear: [...years].sort((a, b) => a[0] - b[0]).map(([year, vetoes]) => ({ year, vetoes })),
    joint: [...joint.values()].sort((a, b) => b.drafts - a.drafts || b.last.localeCompare(a.last)),
    vetoedDrafts: drafts.filter((d) => d.outcome === 'vetoed').length,
    failedDrafts: drafts.filter((d) => d.outcome === 'failed').length,
  };
}

/** How one Council member voted on drafts a seat vetoed. */
export interface DraftSides {
  seat: Seat;
  /** Drafts that seat vetoed on which the member's vote is known. */
  n: number;
  /** Voted no with the vetoing power. */
  withVeto: number;
  /** Voted yes, with the majority that the veto overrode. */
  withMajority: number;
  abstained: number;
  /** Present but not voting. */
  notVoting: number;
  drafts: { key: string; date: string; subject: string; vote: Vote }[];
}

/**
 * Side-taking on failed drafts: for each seat that vetoed drafts on which
 * `code` voted (where the sources name each member's vote), whether it
 * sided with the veto, with the majority, or abstained. The vetoing power's
 * own votes are left out.
 *
 * @example draftSides(drafts, 'IND').find((s) => s.seat === 'RUS')?.abstained
 */
export function draftSides(drafts: readonly Draft[], code: string): DraftSides[] {
  const out = new Map<Seat, DraftSides>();
  for (const d of drafts) {
    if (d.outcome !== 'vetoed') continue;
    const vote = d.votes.find((v) => v.code === code)?.vote;
    if (vote === undefined) continue;
    for (const seat of new Set(d.vetoedBy.map(seatOf))) {
      if (seatOf(code) === seat) continue;
      const s = out.get(seat) ?? { seat, n: 0, withVeto: 0, withMajority: 0, abstained: 0, notVoting: 0, drafts: [] };
      out.set(seat, s);
      s.n++;
      if (vote === 'N') s.withVeto++;
      else if (vote === 'Y') s.withMajority++;
      else if (vote === 'A') s.abstained++;
      else s.notVoting++;
      s.drafts.push({ key: d.key, date: d.date, subject: d.subject, vote });
    }
  }
  return [...out.values()].sort((a, b) => b.n - a.n || a.seat.localeCompare(b.seat));
}
