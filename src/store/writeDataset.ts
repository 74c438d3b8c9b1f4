import type { Registry } from '../countries/registry.js';
import { checkTotals } from '../sources/checks.js';
import { datasetVersion } from '../sources/datasetVersion.js';
import type { ParsedFile } from '../sources/record.js';
import { shortKey, symbolKey } from '../sources/symbols.js';
import type { ImportSummary, StoredAnomalies, UnknownCode } from './importSummary.js';
import { currentDataset } from './datasets.js';
import { storeWrite } from './writeErrors.js';
import type { Db } from './store.js';

function unknownCodes(parsed: ParsedFile, registry: Registry): UnknownCode[] {
  const out = new Map<string, UnknownCode>();
  for (const r of parsed.records) {
    for (const code of r.codes) {
      if (registry.get(code)) continue;
      const u = out.get(code) ?? { code, names: [], rows: 0 };
      u.rows++;
      out.set(code, u);
    }
  }
  for (const n of parsed.names) out.get(n.code)?.names.push(n.name);
  return [...out.values()];
}

function encodeMembers(ids: number[]): Buffer {
  const buf = Buffer.alloc(ids.length * 2);
  for (let i = 0; i < ids.length; i++) buf.writeUInt16LE(ids[i] as number, i * 2);
  return buf;
}

/**
 * Writes a parsed file into the store as one transaction: the body's
 * previous votes are replaced and the new dataset recorded with its
 * provenance, or, on any failure, nothing changes.
 *
 * @example
 *   const summary = writeDataset(db, await readUnFile(path), createRegistry(), new Date());
 */
export function writeDataset(db: Db, parsed: ParsedFile, registry: Registry, now: Date): ImportSummary {
  const dates = parsed.records.map((r) => r.date).sort();
  const anomalies: StoredAnomalies = {
    mismatches: checkTotals(parsed.records),
    unknownCodes: unknownCodes(parsed, registry),
    duplicateRows: parsed.anomalies.duplicateRows,
    inconsistentRecords: parsed.anomalies.inconsistentRecords,
    blankLines: parsed.anomalies.blankLines,
  };
  const votes = parsed.records.reduce((n, r) => n + r.codes.length, 0);
  const importedAt = now.toISOString();
  const summary: ImportSummary = {
    body: parsed.body,
    file: parsed.file,
    version: datasetVersion(parsed.file),
    sha256: parsed.sha256,
    unchanged: false,
    replaced: null,
    rows: parsed.rows,
    resolutions: parsed.records.length,
    votes,
    firstDate: dates[0] as string,
    lastDate: dates[dates.length - 1] as string,
    importedAt,
    ...anomalies,
  };

  const insertEntity = db.prepare('INSERT OR IGNORE INTO entities (code) VALUES (?)');
  const entityId = db.prepare('SELECT id FROM entities WHERE code = ?').pluck();
  const insertResolution = db.prepare(`
    INSERT INTO resolutions (dataset_id, body, undl_id, symbol, key, short_key, date, session, title, draft,
      committee_report, meeting, agenda, subjects, modality, link, total_yes, total_no, total_abstain,
      total_non_voting, total_members, members, votes, notes)
    VALUES (@datasetId, @body, @undlId, @symbol, @key, @shortKey, @date, @session, @title, @draft,
      @committeeReport, @meeting, @agenda, @subjects, @modality, @link, @yes, @no, @abstain,
      @nonVoting, @members, @memberIds, @votes, @notes)`);
  const insertName = db.prepare(
    'INSERT INTO entity_names (dataset_id, entity_id, name, first_date, last_date) VALUES (?, ?, ?, ?, ?)',
  );

  storeWrite(`importing ${parsed.file}`, () => db.transaction(() => {
    const previous = currentDataset(db, parsed.body);
    if (previous) {
      summary.replaced = { file: previous.file, version: previous.version, sha256: previous.sha256 };
      db.prepare('DELETE FROM resolutions WHERE body = ?').run(parsed.body);
      db.prepare('DELETE FROM entity_names WHERE dataset_id = ?').run(previous.id);
      db.prepare('UPDATE datasets SET current = 0, replaced_at = ? WHERE id = ?').run(importedAt, previous.id);
    }
    const datasetId = db
      .prepare(`INSERT INTO datasets (body, file, version, sha256, bytes, rows, resolutions, votes, first_date,
          last_date, imported_at, anomalies, current) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`)
      .run(
        summary.body, summary.file, summary.version, summary.sha256, parsed.bytes, summary.rows,
        summary.resolutions, summary.votes, summary.firstDate, summary.lastDate, importedAt,
        JSON.stringify(anomalies),
      ).lastInsertRowid;

    const ids = new Map<string, number>();
    const idOf = (code: string): number => {
      let id = ids.get(code);
      if (id === undefined) {
        insertEntity.run(code);
        id = entityId.get(code) as number;
        ids.set(code, id);
      }
      return id;
    };
    for (const r of parsed.records) {
      insertResolution.run({
        datasetId,
        body: r.body,
        undlId: r.undlId,
        symbol: r.symbol,
        key: symbolKey(r.symbol),
        shortKey: shortKey(r.symbol),
        date: r.date,
        session: r.session,
        title: r.title,
        draft: r.draft,
        committeeReport: r.committeeReport,
        meeting: r.meeting,
        agenda: r.agenda,
        subjects: r.subjects,
        modality: r.modality,
        link: r.link,
        ...r.totals,
        memberIds: encodeMembers(r.codes.map(idOf)),
        votes: r.votes.join(''),
        notes: Object.keys(r.notes).length > 0 ? JSON.stringify(r.notes) : null,
      });
    }
    for (const n of parsed.names) insertName.run(datasetId, idOf(n.code), n.name, n.first, n.last);
  }).immediate());
  return summary;
}
