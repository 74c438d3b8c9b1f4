import { type Tally, tally } from '../vote.js';
import type { StatedTotals, VotingRecord } from './record.js';

/** A record whose counted votes differ from the totals the file states. */
export interface TotalsMismatch {
  symbol: string;
  undlId: string;
  date: string;
  counted: Tally & { members: number };
  stated: StatedTotals;
}

/**
 * Compares each record's counted votes with its stated `total_*` columns.
 * Mismatches are listed, never fixed or dropped: the votes stand as recorded.
 * A total the file leaves empty is not compared.
 *
 * @example
 *   checkTotals(records) // → [] when every count agrees
 */
export function checkTotals(records: readonly VotingRecord[]): TotalsMismatch[] {
  const out: TotalsMismatch[] = [];
  for (const r of records) {
    const counted = { ...tally(r.votes.join('')), members: r.codes.length };
    const s = r.totals;
    const differs = (stated: number | null, n: number) => stated !== null && stated !== n;
    if (
      differs(s.yes, counted.yes) ||
      differs(s.no, counted.no) ||
      differs(s.abstain, counted.abstain) ||
      differs(s.nonVoting, counted.nonVoting) ||
      differs(s.members, counted.members)
    ) {
      out.push({ symbol: r.symbol, undlId: r.undlId, date: r.date, counted, stated: s });
    }
  }
  return out;
}

/** A record that the file gives but that cannot be right as it stands. */
export interface SuspectRecord {
  symbol: string;
  undlId: string;
  date: string;
  problem: 'noYes' | 'titleSymbol';
  detail: string;
}

/**
 * What is wrong on the face of a record, whatever its totals say. The files
 * hold adopted resolutions, so a record with no vote in favour contradicts
 * its adoption (42 Council and 3 GA records of the assembled files, S/RES/726
 * among them: 0-0-0 with 15 non-voting); and a Council title names its own number
 * ("Security Council resolution 2806 (2025)"), so another number is a
 * title copied from a neighbour (S/RES/2808 carries 2806's).
 *
 * @example recordProblems({ body: 'sc', symbol: 'S/RES/2808(2025)', title: 'Security Council resolution 2806 (2025) [on ...]', yes: 13 })[0] // → 'its title is that of resolution 2806'
 */
export function recordProblems(r: { body: string; symbol: string; title: string; yes: number }): { problem: SuspectRecord['problem']; detail: string }[] {
  const out: { problem: SuspectRecord['problem']; detail: string }[] = [];
  if (r.yes === 0) out.push({ problem: 'noYes', detail: 'no vote in favour is recorded, yet the resolution was adopted: its recorded votes are incomplete' });
  if (r.body === 'sc') {
    const own = /^S\/RES\/(\d+)/.exec(r.symbol)?.[1];
    const named = /^Security Council resolution (\d+)\b/i.exec(r.title)?.[1];
    if (own && named && own !== named) out.push({ problem: 'titleSymbol', detail: `its title is that of resolution ${named}` });
  }
  return out;
}

/** The suspect records of a file, for the import's anomalies. */
export function checkRecord(r: VotingRecord): SuspectRecord[] {
  const yes = tally(r.votes.join('')).yes;
  return recordProblems({ body: r.body, symbol: r.symbol, title: r.title, yes }).map((p) => ({ symbol: r.symbol, undlId: r.undlId, date: r.date, ...p }));
}
