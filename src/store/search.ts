import { type Body, type Tally, tally } from '../vote.js';
import type { Db } from './store.js';

export interface ResolutionSummary {
  symbol: string;
  body: Body;
  date: string;
  title: string;
  totals: Tally;
  link: string;
}

export interface SearchQuery {
  /** Words that must all appear in the symbol or title. */
  q?: string;
  from?: number;
  to?: number;
  body?: Body;
  limit: number;
  offset: number;
}

/**
 * Resolutions matching a search, newest first, with the total count for paging.
 *
 * @example searchResolutions(db, { q: 'Ukraine', from: 2022, limit: 20, offset: 0 }).total
 */
export function searchResolutions(db: Db, s: SearchQuery): { total: number; items: ResolutionSummary[] } {
  const where = ['1 = 1'];
  const params: (string | number)[] = [];
  for (const word of (s.q ?? '').split(/\s+/).filter(Boolean)) {
    where.push("(title LIKE ? ESCAPE '\\' OR symbol LIKE ? ESCAPE '\\')");
    const like = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    params.push(like, like);
  }
  if (s.body) {
    where.push('body = ?');
    params.push(s.body);
  }
  if (s.from !== undefined) {
    where.push('date >= ?');
    params.push(`${s.from}-01-01`);
  }
  if (s.to !== undefined) {
    where.push('date <= ?');
    params.push(`${s.to}-12-31`);
  }
  const clause = where.join(' AND ');
  const total = db.prepare(`SELECT count(*) FROM resolutions WHERE ${clause}`).pluck().get(...params) as number;
  const rows = db
    .prepare(
      `SELECT symbol, body, date, title, link, votes, total_yes, total_no, total_abstain, total_non_voting
       FROM resolutions WHERE ${clause} ORDER BY date DESC, id DESC LIMIT ? OFFSET ?`,
    )
    .all(...params, s.limit, s.offset) as {
    symbol: string; body: Body; date: string; title: string; link: string; votes: string;
    total_yes: number | null; total_no: number | null; total_abstain: number | null; total_non_voting: number | null;
  }[];
  return {
    total,
    items: rows.map((r) => {
      // Stated totals, or the counted votes where the file leaves a total empty.
      const counted = tally(r.votes);
      return {
        symbol: r.symbol,
        body: r.body,
        date: r.date,
        title: r.title,
        link: r.link,
        totals: {
          yes: r.total_yes ?? counted.yes,
          no: r.total_no ?? counted.no,
          abstain: r.total_abstain ?? counted.abstain,
          nonVoting: r.total_non_voting ?? counted.nonVoting,
        },
      };
    }),
  };
}
