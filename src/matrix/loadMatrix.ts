import { NotFoundError } from '../errors.js';
import type { Db } from '../store/store.js';
import type { Body } from '../vote.js';
import { type ResolutionMeta, type VoteMatrix } from './voteMatrix.js';

interface Row {
  id: number;
  undl_id: string;
  symbol: string;
  date: string;
  session: string | null;
  title: string;
  agenda: string;
  subjects: string;
  link: string;
  members: Buffer;
  votes: string;
}

/**
 * Loads a body's votes from the store into a {@link VoteMatrix}. Rows are
 * ordered by date, then by symbol in natural order (A/RES/77/9 before
 * A/RES/77/10).
 *
 * @example
 *   const m = loadMatrix(db, 'ga');
 *   m.resolutions.length // → 5,678 for the assembled GA file
 */
export function loadMatrix(db: Db, body: Body): VoteMatrix {
  const dataset = db
    .prepare('SELECT version, sha256, file FROM datasets WHERE body = ? AND current = 1')
    .get(body) as VoteMatrix['dataset'] | undefined;
  if (!dataset) throw new NotFoundError(`no ${body.toUpperCase()} votes in the store: run "straddle sync" or "straddle import FILE"`);

  const codeById = new Map<number, string>();
  for (const e of db.prepare('SELECT id, code FROM entities').all() as { id: number; code: string }[]) {
    codeById.set(e.id, e.code);
  }
  const rows = db
    .prepare(
      `SELECT id, undl_id, symbol, date, session, title, agenda, subjects, link, members, votes
       FROM resolutions WHERE body = ?`,
    )
    .all(body) as Row[];
  const collator = new Intl.Collator('en', { numeric: true });
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : collator.compare(a.symbol, b.symbol)));

  // Columns: every entity that appears in this body, in code order.
  const used = new Set<number>();
  for (const r of rows) {
    for (let i = 0; i < r.members.length; i += 2) used.add(r.members.readUInt16LE(i));
  }
  const codes = [...used].map((id) => codeById.get(id) as string).sort();
  const column = new Map(codes.map((c, i) => [c, i]));
  const colOfId = new Map([...used].map((id) => [id, column.get(codeById.get(id) as string) as number]));

  const width = codes.length;
  const cells = new Uint8Array(rows.length * width);
  const resolutions: ResolutionMeta[] = new Array(rows.length);
  rows.forEach((r, ri) => {
    const base = ri * width;
    const t = { yes: 0, no: 0, abstain: 0, nonVoting: 0 };
    for (let i = 0, k = 0; i < r.members.length; i += 2, k++) {
      const v = r.votes.charCodeAt(k);
      cells[base + (colOfId.get(r.members.readUInt16LE(i)) as number)] = v;
      if (v === 89) t.yes++;
      else if (v === 78) t.no++;
      else if (v === 65) t.abstain++;
      else t.nonVoting++;
    }
    resolutions[ri] = {
      id: r.id,
      undlId: r.undl_id,
      symbol: r.symbol,
      date: r.date,
      year: Number(r.date.slice(0, 4)),
      session: r.session,
      title: r.title,
      agenda: r.agenda,
      subjects: r.subjects,
      link: r.link,
      totals: t,
    };
  });
  return { body, dataset, resolutions, codes, cells };
}
