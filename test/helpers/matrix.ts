import { NOT_MEMBER, type VoteMatrix } from '../../src/matrix/voteMatrix.js';
import { tally } from '../../src/vote.js';

export interface RowSpec {
  symbol: string;
  date: string;
  title?: string;
  session?: string;
  subjects?: string;
  /** One letter per code: Y, N, A, X, or '.' for not a member. */
  votes: string;
}

/** A small vote matrix written by hand, for analysis tests. */
export function matrixOf(codes: string[], rows: RowSpec[]): VoteMatrix {
  const cells = new Uint8Array(rows.length * codes.length);
  rows.forEach((r, i) => {
    if (r.votes.length !== codes.length) throw new Error(`${r.symbol}: ${r.votes.length} votes for ${codes.length} codes`);
    for (let c = 0; c < codes.length; c++) {
      const v = r.votes[c] as string;
      cells[i * codes.length + c] = v === '.' ? NOT_MEMBER : v.charCodeAt(0);
    }
  });
  return {
    body: 'ga',
    dataset: { version: 'test', sha256: '0'.repeat(64), file: 'test.csv' },
    codes,
    cells,
    resolutions: rows.map((r, i) => ({
      id: i + 1,
      undlId: String(1000 + i),
      symbol: r.symbol,
      date: r.date,
      year: Number(r.date.slice(0, 4)),
      session: r.session ?? null,
      title: r.title ?? r.symbol,
      agenda: '',
      subjects: r.subjects ?? '',
      link: `https://digitallibrary.un.org/record/${1000 + i}`,
      // As the UN files state them: the counted votes.
      totals: tally(r.votes),
    })),
  };
}

/** A deterministic pseudo-random generator (mulberry32), for property tests. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
