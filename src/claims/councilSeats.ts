import type { Workspace } from '../analysis/workspace.js';
import { voteAt } from '../matrix/voteMatrix.js';

// One per record: the Council's years are read once, not once per check.
const known = new WeakMap<Workspace, (code: string, date: string) => boolean | null>();

/**
 * Who sat on the Security Council in a year, read from the record: the states
 * with a vote on any of the Council's resolutions that year (seats change on 1
 * January; Charter Art. 23). "South Africa, Libya and Vietnam voted against" is
 * a claim about a Council of 2008, not of 2019, when Libya and Vietnam did not
 * sit: it tells apart drafts vetoed by the same members.
 *
 * @example councilSeats(sc)('LBY', '2008-07-11') // → true; ('LBY', '2019-02-28') // → false
 */
export function councilSeats(sc: Workspace): (code: string, date: string) => boolean | null {
  const cached = known.get(sc);
  if (cached) return cached;
  const byYear = new Map<number, Set<string> | null>();
  const m = sc.matrix;
  const seats = (code: string, date: string) => {
    const year = Number(date.slice(0, 4));
    let seated = byYear.get(year);
    if (seated === undefined) {
      const rows = m.resolutions.flatMap((r, i) => (r.year === year ? [i] : []));
      // A year without a recorded vote (or the latest, not yet in the record) says nothing.
      seated = rows.length === 0 ? null : new Set(m.codes.filter((_, c) => rows.some((r) => voteAt(m, r, c) !== null)));
      byYear.set(year, seated);
    }
    return seated ? seated.has(code) || (code === 'RUS' && seated.has('SUN')) || (code === 'SUN' && seated.has('RUS')) : null;
  };
  known.set(sc, seats);
  return seats;
}
