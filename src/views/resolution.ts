import type { Registry } from '../countries/registry.js';
import { recordProblems } from '../sources/checks.js';
import type { ResolutionRow } from '../store/lookup.js';
import { entityCode, nameOn, recordedNames } from '../store/names.js';
import type { Db } from '../store/store.js';
import { totalsOf } from '../store/where.js';
import { type Body, type Tally, type Vote, tally } from '../vote.js';

/** A resolution with every member's vote: the `straddle resolution` contract. */
export interface ResolutionView {
  symbol: string;
  body: Body;
  date: string;
  session: string | null;
  title: string;
  link: string;
  /** The totals the UN states; where the file leaves one empty, the counted figure. */
  totals: Tally;
  /** The votes counted in the record; equal to `totals` unless the record is inconsistent. */
  counted: Tally;
  totalMembers: number;
  undlId: string;
  draft: string;
  meeting: string;
  agenda: string;
  subjects: string;
  votes: { code: string; name: string; vote: Vote; note?: string }[];
  dataset: { file: string; version: string; sha256: string };
  /** What is wrong on the face of this record (no vote in favour, another resolution's title); empty when nothing is. */
  warnings: string[];
}

const ORDER: Record<Vote, number> = { Y: 0, N: 1, A: 2, X: 3 };

/**
 * Shapes a stored resolution for users: names as the UN wrote them at the
 * time, votes ordered yes, no, abstain, non-voting, then by name. `names`
 * may be given by a caller that keeps them (the server, per snapshot).
 */
export function resolutionView(db: Db, registry: Registry, row: ResolutionRow, names = recordedNames(db, row.body)): ResolutionView {
  const notes = row.notes ? (JSON.parse(row.notes) as Record<string, string>) : {};
  const votes: ResolutionView['votes'] = [];
  for (let i = 0, k = 0; i < row.members.length; i += 2, k++) {
    const code = entityCode(db, row.members.readUInt16LE(i));
    const name = nameOn(names.get(code), row.date) ?? registry.get(code)?.shortName ?? code;
    const v: ResolutionView['votes'][number] = { code, name, vote: row.votes[k] as Vote };
    if (notes[code]) v.note = notes[code];
    votes.push(v);
  }
  votes.sort((a, b) => ORDER[a.vote] - ORDER[b.vote] || a.name.localeCompare(b.name));
  const counted = tally(row.votes);
  const dataset = db.prepare('SELECT file, version, sha256 FROM datasets WHERE id = ?').get(row.dataset_id) as
    ResolutionView['dataset'];
  return {
    symbol: row.symbol,
    body: row.body,
    date: row.date,
    session: row.session,
    title: row.title,
    link: row.link,
    totals: totalsOf(row, counted),
    counted,
    totalMembers: row.total_members ?? votes.length,
    undlId: row.undl_id,
    draft: row.draft,
    meeting: row.meeting,
    agenda: row.agenda,
    subjects: row.subjects,
    votes,
    dataset,
    warnings: recordProblems({ body: row.body, symbol: row.symbol, title: row.title, yes: counted.yes }).map((p) => p.detail),
  };
}

