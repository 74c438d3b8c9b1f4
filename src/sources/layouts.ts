import { DataError, UsageError } from '../errors.js';
import type { Body } from '../vote.js';

/**
 * Column layouts of the UN Digital Library bulk files. Columns are read by
 * name, so their order may change; a column we do not know is refused
 * rather than guessed at.
 *
 * GA: record 4060887, data dictionary of 2026-02-06 (version 5). The 2026
 * layout adds `vote_note`; the 2024 layout (dictionary of 2024-09-12) lacks it.
 * SC: record 4055387, data dictionary of 2026-02-06 (version 6).
 */
export interface Layout {
  body: Body;
  required: readonly string[];
  optional: readonly string[];
}

export const GA_LAYOUT: Layout = {
  body: 'ga',
  required: [
    'undl_id', 'ms_code', 'ms_name', 'ms_vote', 'date', 'session', 'resolution', 'draft',
    'committee_report', 'meeting', 'title', 'agenda_title', 'subjects', 'total_yes', 'total_no',
    'total_abstentions', 'total_non_voting', 'total_ms', 'undl_link',
  ],
  optional: ['vote_note'],
};

export const SC_LAYOUT: Layout = {
  body: 'sc',
  required: [
    'undl_id', 'ms_code', 'ms_name', 'permanent_member', 'ms_vote', 'date', 'resolution', 'draft',
    'meeting', 'description', 'agenda', 'subjects', 'total_yes', 'total_no', 'total_abstentions',
    'total_non_voting', 'total_ms', 'undl_link',
  ],
  optional: ['vote_note', 'modality'],
};

export const LAYOUTS: Record<Body, Layout> = { ga: GA_LAYOUT, sc: SC_LAYOUT };

/** Column name to its index in the file. */
export type ColumnIndex = Map<string, number>;

function fits(layout: Layout, header: readonly string[]): boolean {
  const known = new Set([...layout.required, ...layout.optional]);
  return header.every((h) => known.has(h)) && layout.required.every((c) => header.includes(c));
}

function describe(layout: Layout): string {
  return [...layout.required, ...layout.optional.map((c) => `[${c}]`)].join(',');
}

/**
 * Works out the body of a file from its header, or checks it against the
 * body the user asked for.
 *
 * @example
 *   matchLayout(['undl_id', 'ms_code', ...], 'votes.csv') // → { layout: GA_LAYOUT, columns }
 */
export function matchLayout(
  header: readonly string[],
  file: string,
  body?: Body,
): { layout: Layout; columns: ColumnIndex } {
  // A byte-order mark would hide the first column name.
  const names = header.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n)) throw new DataError(`${file}: line 1: column "${n}" appears twice in the header`);
    seen.add(n);
  }
  const found = names.join(',');
  const candidates = body ? [LAYOUTS[body]] : [GA_LAYOUT, SC_LAYOUT];
  const layout = candidates.find((l) => fits(l, names));
  if (!layout) {
    if (body) {
      const other = body === 'ga' ? SC_LAYOUT : GA_LAYOUT;
      if (fits(other, names)) {
        throw new UsageError(
          `${file}: this is a ${other.body.toUpperCase()} voting file, but --body ${body} was given`,
        );
      }
    }
    const expected = candidates.map((l) => `  ${l.body}: ${describe(l)}`).join('\n');
    throw new DataError(
      `${file}: line 1: unknown header\n  found: ${found}\n  expected (by name, any order; [optional]):\n${expected}`,
    );
  }
  return { layout, columns: new Map(names.map((n, i) => [n, i])) };
}
