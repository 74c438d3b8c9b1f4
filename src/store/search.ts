import { type Body, type Tally, tally } from '../vote.js';
import type { Db } from './store.js';
import { symbolQuery } from './lookup.js';
import { bodyAndYears, totalsOf } from './where.js';

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
  const { clauses: where, params } = bodyAndYears(s);
  // A symbol in the spellings journalists use ("Resolution 2334", "ES11/6") is searched as the record spells it;
  // a draft symbol ("A/ES-11/L.7") meets the draft column where the files give it.
  const q = /\d/.test(s.q ?? '') ? symbolQuery(s.q ?? '') : (s.q ?? '');
  for (const word of q.split(/\s+/).filter(Boolean)) {
    where.push("(title LIKE ? ESCAPE '\\' OR symbol LIKE ? ESCAPE '\\' OR draft LIKE ? ESCAPE '\\')");
    const like = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    params.push(like, like, like);
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
    items: rows.map((r) => ({
      symbol: r.symbol,
      body: r.body,
      date: r.date,
      title: r.title,
      link: r.link,
      totals: totalsOf(r, tally(r.votes)),
    })),
  };
}
