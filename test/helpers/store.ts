import { join } from 'node:path';
import { createRegistry } from '../../src/countries/registry.js';
import { type Db, openStore } from '../../src/store/store.js';
import { tempDir } from './fixtures.js';

export const registry = createRegistry();

/** A new empty store in a temporary directory. */
export function freshStore(): { db: Db; path: string; dir: string } {
  const dir = tempDir();
  const path = join(dir, 'straddle.db');
  return { db: openStore(path, { create: true }), path, dir };
}

/** Everything a store holds, for before/after comparisons. */
export function dump(db: Db): Record<string, unknown[]> {
  const tables = ['datasets', 'entities', 'entity_names', 'resolutions'];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]));
}
