import type { Body } from '../vote.js';

/**
 * SQL conditions on the resolutions table for a body and a range of
 * calendar years, with their parameters.
 *
 * @example bodyAndYears({ body: 'ga', from: 2022 }) // → { clauses: ['body = ?', 'date >= ?'], params: ['ga', '2022-01-01'] }
 */
export function bodyAndYears(q: { body?: Body; from?: number; to?: number }): { clauses: string[]; params: (string | number)[] } {
  const clauses: string[] = ['1 = 1'];
  const params: (string | number)[] = [];
  if (q.body) {
    clauses.push('body = ?');
    params.push(q.body);
  }
  if (q.from !== undefined) {
    clauses.push('date >= ?');
    params.push(`${q.from}-01-01`);
  }
  if (q.to !== undefined) {
    clauses.push('date <= ?');
    params.push(`${q.to}-12-31`);
  }
  return { clauses, params };
}

/** Stated totals (columns total_*), or the counted votes where the file leaves a total empty. */
export function totalsOf(
  row: { total_yes: number | null; total_no: number | null; total_abstain: number | null; total_non_voting: number | null },
  counted: { yes: number; no: number; abstain: number; nonVoting: number },
) {
  return {
    yes: row.total_yes ?? counted.yes,
    no: row.total_no ?? counted.no,
    abstain: row.total_abstain ?? counted.abstain,
    nonVoting: row.total_non_voting ?? counted.nonVoting,
  };
}
