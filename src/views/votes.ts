import type { Entity } from '../countries/registry.js';
import { requireVotes } from '../store/datasets.js';
import type { Db } from '../store/store.js';
import { bodyAndYears } from '../store/where.js';
import type { Body, Vote } from '../vote.js';
import { type DraftsRecord, draftVotesOf } from './drafts.js';

/** One vote of one country. */
export interface CountryVote {
  body: Body;
  symbol: string;
  date: string;
  vote: Vote;
  title: string;
  link: string;
  /** On a Council draft not adopted (from the veto list; not in the UN's files): how it failed. */
  failed?: { outcome: 'vetoed' | 'failed'; vetoedBy: string[] };
}

export interface VotesQuery {
  body?: Body;
  from?: number;
  to?: number;
  /** Council drafts not adopted to add, where the sources name the member's vote (`votes --body sc`). */
  drafts?: DraftsRecord;
}

/**
 * A country's recorded votes, oldest first, in a year range.
 *
 * @example countryVotes(db, pak, { from: 2023, to: 2023 }).length // → 88 on the assembled GA file
 */
export function countryVotes(db: Db, entity: Entity, q: VotesQuery = {}): CountryVote[] {
  requireVotes(db, q.body);
  const id = db.prepare('SELECT id FROM entities WHERE code = ?').pluck().get(entity.code) as number | undefined;
  if (id === undefined) return [];
  const { clauses, params } = bodyAndYears(q);
  const rows = db
    .prepare(
      `SELECT body, symbol, date, title, link, members, votes FROM resolutions WHERE ${clauses.join(' AND ')}
       ORDER BY date, symbol`,
    )
    .all(...params) as (Omit<CountryVote, 'vote'> & { members: Buffer; votes: string })[];
  const out: CountryVote[] = [];
  for (const r of rows) {
    for (let i = 0, k = 0; i < r.members.length; i += 2, k++) {
      if (r.members.readUInt16LE(i) === id) {
        out.push({ body: r.body, symbol: r.symbol, date: r.date, vote: r.votes[k] as Vote, title: r.title, link: r.link });
        break;
      }
    }
  }
  if (q.drafts && q.body !== 'ga') {
    for (const d of draftVotesOf(q.drafts, entity.code, q.from, q.to)) {
      out.push({
        body: 'sc', symbol: d.symbol ?? d.key, date: d.date, vote: d.vote, title: d.subject, link: '',
        failed: { outcome: d.outcome, vetoedBy: d.vetoedBy },
      });
    }
    out.sort((a, b) => a.date.localeCompare(b.date) || a.symbol.localeCompare(b.symbol));
  }
  return out;
}
