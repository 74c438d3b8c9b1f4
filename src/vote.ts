/**
 * A recorded vote as the UN Digital Library writes it: Y yes, N no,
 * A abstention, X non-voting (present or not, the state cast no vote).
 * A state that was not a member (or not on the Council) has no vote at all,
 * which is never written as one of these.
 */
export type Vote = 'Y' | 'N' | 'A' | 'X';

/** The bodies whose roll calls Straddle reads. */
export type Body = 'ga' | 'sc';

export const BODIES: readonly Body[] = ['ga', 'sc'];

/** Vote counts of one resolution, in the UN's four categories. */
export interface Tally {
  yes: number;
  no: number;
  abstain: number;
  nonVoting: number;
}

/** Counts the votes in a string of vote letters (one per member). */
export function tally(votes: string): Tally {
  const t: Tally = { yes: 0, no: 0, abstain: 0, nonVoting: 0 };
  for (let i = 0; i < votes.length; i++) {
    const c = votes.charCodeAt(i);
    if (c === 89) t.yes++;
    else if (c === 78) t.no++;
    else if (c === 65) t.abstain++;
    else if (c === 88) t.nonVoting++;
  }
  return t;
}
