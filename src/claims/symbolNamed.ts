import type { Workspace } from '../analysis/workspace.js';
import { shortKey } from '../sources/symbols.js';
import { FACTBOX_LEAD } from './figures.js';
import type { Resolved } from './resolve.js';

// Each resolution's short symbol key, made once per record: every sentence naming a resolution is looked up.
const shortKeys = new WeakMap<Workspace, string[]>();
function shortKeysOf(ws: Workspace): string[] {
  let k = shortKeys.get(ws);
  if (!k) shortKeys.set(ws, (k = ws.matrix.resolutions.map((r) => shortKey(r.symbol))));
  return k;
}

const FACTBOX_ROW = new RegExp(String.raw`${FACTBOX_LEAD}\d{1,2}\s*[-–]\s*\d{1,2}\b`, 'i');

/**
 * The resolution a passage names by its symbol ("A/RES/ES-11/6", "ES-11/6",
 * "resolution 2334" for the Council), if the record has it.
 */
export function resolveSymbol(ws: Workspace, text: string): Resolved | null {
  const keys: string[] = [];
  // "24/2" in a date is not a symbol: bare session/number only after "A/RES/" or "resolution".
  for (const m of text.matchAll(/\b(?:A\/RES\/|resolution )?((?:ES|S)-\d+\/\d+)\b|\b(?:A\/RES\/|resolution )(\d{2}\/\d{1,3})\b/gi)) keys.push(shortKey((m[1] ?? m[2]) as string));
  if (ws.matrix.body === 'sc') {
    for (const m of text.matchAll(/\b(?:S\/RES\/|resolution )(\d{1,4})\b/gi)) keys.push(m[1] as string);
    // A factbox row: the resolution's number, its day and its figures ("661 Aug. 6 13-0 Cuba and Yemen abstain").
    const row = FACTBOX_ROW.exec(text);
    if (row) keys.push(row[1]!);
  }
  // The Assembly's early numbering: "Resolution 1005 (ES–II)", "resolution 2758 (XXVI)"; a bare number
  // only where the passage names the Assembly ("General Assembly resolution 3379").
  const prefixes: string[] = [];
  if (ws.matrix.body === 'ga') {
    for (const m of text.matchAll(/\bresolution\s+(\d{2,4})\s*\((ES\s*[-–]\s*)?([IVXL]+)\)/gi)) keys.push(`${m[1]}(${m[2] ? 'ES-' : ''}${m[3]!.toUpperCase()})`);
    if (/\b(?:General Assembly|UNGA)\b/i.test(text)) for (const m of text.matchAll(/\b(?:General Assembly|UNGA) [Rr]esolution\s+(\d{2,4})\b(?!\s*\()/g)) prefixes.push(`${m[1]}(`);
  }
  if (keys.length === 0 && prefixes.length === 0) return null;
  const short = shortKeysOf(ws);
  // Of several named, the newest: a report of a new resolution cites those it renews or recalls
  // ("Adopting resolution 2684 (2023) ..., the Council extended the authorizations set out in its resolution 2635 (2022)").
  let row = -1;
  for (let i = short.length - 1; i >= 0 && row === -1; i--) if (keys.includes(short[i]!)) row = i;
  if (row === -1 && prefixes.length > 0) {
    const hits = short.flatMap((k, i) => (prefixes.some((p) => k.startsWith(p)) ? [i] : []));
    if (hits.length === 1) row = hits[0]!;
  }
  return row === -1 ? null : { row, why: `the passage names ${ws.matrix.resolutions[row]!.symbol}`, firm: true };
}
