import type { Db } from './store.js';

/** A name a code carried in the record, and when. */
export interface NameSpanRow {
  code: string;
  name: string;
  first: string;
  last: string;
}

/** The UN names of every code in the current datasets, oldest first. */
export function recordedNames(db: Db, body?: string): Map<string, NameSpanRow[]> {
  const rows = db
    .prepare(
      `SELECT e.code AS code, n.name AS name, n.first_date AS first, n.last_date AS last
       FROM entity_names n JOIN entities e ON e.id = n.entity_id JOIN datasets d ON d.id = n.dataset_id
       WHERE d.current = 1 ${body ? 'AND d.body = ?' : ''} ORDER BY n.first_date`,
    )
    .all(...(body ? [body] : [])) as NameSpanRow[];
  const out = new Map<string, NameSpanRow[]>();
  for (const r of rows) {
    const list = out.get(r.code) ?? [];
    list.push(r);
    out.set(r.code, list);
  }
  return out;
}

/**
 * The name a code carried on a date: the span that covers it, else the
 * nearest earlier one, else the first.
 */
export function nameOn(spans: NameSpanRow[] | undefined, date: string): string | undefined {
  if (!spans || spans.length === 0) return undefined;
  const covering = spans.find((s) => s.first <= date && date <= s.last);
  if (covering) return covering.name;
  const earlier = spans.filter((s) => s.first <= date);
  return (earlier[earlier.length - 1] ?? spans[0])?.name;
}

const codesByDb = new WeakMap<Db, Map<number, string>>();

/**
 * The code of an entity id. Ids are never reused or removed (imports only
 * add entities), so the map is kept per connection and refreshed on a miss.
 */
export function entityCode(db: Db, id: number): string {
  let codes = codesByDb.get(db);
  if (!codes?.has(id)) {
    codes = new Map((db.prepare('SELECT id, code FROM entities').all() as { id: number; code: string }[]).map((e) => [e.id, e.code]));
    codesByDb.set(db, codes);
  }
  const code = codes.get(id);
  if (code === undefined) throw new Error(`entity ${id} is not in the store`);
  return code;
}
