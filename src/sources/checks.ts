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
