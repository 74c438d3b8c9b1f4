import { basename } from 'node:path';
import { type VoetenKind, readVoeten } from '../sources/voeten.js';
import type { Db } from './store.js';
import { asStoreError, storeWrite } from './writeErrors.js';

/** What an import of one of Voeten's files did, with what did not join. */
export interface VoetenImport {
  kind: VoetenKind;
  file: string;
  sha256: string;
  rows: number;
  /** Roll calls on whole resolutions whose symbol is a GA resolution of the store (rollCalls only). */
  matched: number | null;
  /** Roll calls on whole resolutions with no GA resolution of that symbol in the store (early sessions number them otherwise). */
  unmatched: number | null;
  /** Amendment and paragraph votes, which the UN's files do not hold. */
  parts: number | null;
}

/**
 * Imports one of Voeten's roll-call files, replacing the earlier one of its
 * kind in one transaction (all or nothing).
 *
 * @example (await importVoeten(db, 'un_roll_calls.csv.gz')).matched // → 4,288 on the 2019 files and the assembled GA file
 */
export async function importVoeten(db: Db, path: string, now = new Date()): Promise<VoetenImport> {
  const label = basename(path);
  const r = await readVoeten(path, label);
  try {
    return storeWrite(`importing ${label}`, () => db.transaction(() => {
      db.prepare('DELETE FROM voeten_files WHERE kind = ?').run(r.kind);
      db.prepare('INSERT INTO voeten_files (kind, file, sha256, rows, imported_at) VALUES (?, ?, ?, ?, ?)').run(r.kind, label, r.pass.sha256, r.pass.rows, now.toISOString());
      if (r.kind === 'issues') {
        db.exec('DELETE FROM voeten_issues');
        const put = db.prepare('INSERT OR IGNORE INTO voeten_issues (rcid, code) VALUES (?, ?)');
        for (const i of r.issues) put.run(i.rcid, i.code);
        return { kind: r.kind, file: label, sha256: r.pass.sha256, rows: r.pass.rows, matched: null, unmatched: null, parts: null };
      }
      db.exec('DELETE FROM voeten_roll_calls');
      const put = db.prepare('INSERT INTO voeten_roll_calls (rcid, key, date, important, part) VALUES (?, ?, ?, ?, ?)');
      for (const c of r.rollCalls) put.run(c.rcid, c.key, c.date, c.important ? 1 : 0, c.part ? 1 : 0);
      const keys = new Set(db.prepare("SELECT key FROM resolutions WHERE body = 'ga'").pluck().all() as string[]);
      const whole = r.rollCalls.filter((c) => !c.part);
      const matched = whole.filter((c) => keys.has(c.key)).length;
      return { kind: r.kind, file: label, sha256: r.pass.sha256, rows: r.pass.rows, matched, unmatched: whole.length - matched, parts: r.rollCalls.length - whole.length };
    }).immediate());
  } catch (e) {
    throw asStoreError(e, `importing ${label}`);
  }
}
