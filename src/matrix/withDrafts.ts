import { type Draft, listedTally } from '../sources/drafts.js';
import { CELL, NOT_MEMBER, type VoteMatrix } from './voteMatrix.js';

/**
 * The Council's matrix with the drafts not adopted added as rows, for
 * agreement over every vote the Council took (`--with-drafts`). Only drafts
 * whose member votes the sources name are added; a member they do not name
 * stays empty (absence is never a vote). Rows keep date order; a draft's
 * row id is negative (it is not a stored resolution).
 *
 * @example withDrafts(scMatrix, draftsRecord().drafts).resolutions.length // → 2,809 + 36
 */
export function withDrafts(m: VoteMatrix, drafts: readonly Draft[]): VoteMatrix {
  if (m.body !== 'sc') throw new Error('withDrafts: the drafts are the Security Council\'s');
  const named = drafts.filter((d) => d.votes.length > 0);
  const codes = [...m.codes];
  for (const d of named) for (const v of d.votes) if (!codes.includes(v.code)) codes.push(v.code);
  const rows = [
    ...m.resolutions.map((r, i) => ({ meta: r, from: i as number | Draft })),
    ...named.map((d, k) => ({
      meta: {
        id: -(k + 1), undlId: '', symbol: d.symbol ?? d.key, date: d.date, year: Number(d.date.slice(0, 4)), session: null,
        title: `Draft not adopted: ${d.subject}`, agenda: d.agenda, subjects: '', link: d.source,
        // The votes the sources name, counted (every added draft names some).
        totals: listedTally(d)!,
      },
      from: d as number | Draft,
    })),
  ].sort((a, b) => a.meta.date.localeCompare(b.meta.date) || a.meta.symbol.localeCompare(b.meta.symbol));
  const C = codes.length;
  const cells = new Uint8Array(rows.length * C).fill(NOT_MEMBER);
  rows.forEach((row, r) => {
    if (typeof row.from === 'number') {
      for (let c = 0; c < m.codes.length; c++) cells[r * C + c] = m.cells[row.from * m.codes.length + c] as number;
    } else {
      for (const v of row.from.votes) cells[r * C + codes.indexOf(v.code)] = CELL[v.vote];
    }
  });
  return { ...m, codes, resolutions: rows.map((x) => x.meta), cells, dataset: { ...m.dataset, version: `${m.dataset.version} + drafts` } };
}
