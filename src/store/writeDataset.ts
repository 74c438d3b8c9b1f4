import type { Registry } from '../countries/registry.js';
import { type SuspectRecord, type TotalsMismatch, checkRecord, checkTotals } from '../sources/checks.js';
import { datasetVersion } from '../sources/datasetVersion.js';
import type { VotingRecord } from '../sources/record.js';
import { recordApart } from '../sources/recordBuilder.js';
import { shortKey, symbolKey } from '../sources/symbols.js';
import type { FilePass } from '../sources/unFile.js';
import type { Body } from '../vote.js';
import { currentDataset } from './datasets.js';
import type { ImportSummary, StoredAnomalies, UnknownCode } from './importSummary.js';
import type { Db } from './store.js';

function encodeMembers(ids: number[]): Buffer {
  const buf = Buffer.alloc(ids.length * 2);
  for (let i = 0; i < ids.length; i++) buf.writeUInt16LE(ids[i] as number, i * 2);
  return buf;
}

/**
 * Writes one dataset into the store as one transaction, a record at a time
 * as the file is read, so an import holds one record in memory, never the
 * file: {@link begin} replaces the body's previous votes, {@link add} stores
 * each record, {@link finish} records the dataset's provenance and checks and
 * commits. On any failure {@link abort} rolls back and nothing changes
 * (SQLite keeps the uncommitted pages in the WAL file, not in memory).
 *
 * @example
 *   const w = new DatasetWriter(db, registry, 'ga.csv', new Date());
 *   w.begin('ga'); w.add(record); const summary = w.finish(pass);
 */
export class DatasetWriter {
  private datasetId = 0;
  private body: Body | undefined;
  private replaced: ImportSummary['replaced'] = null;
  private resolutions = 0;
  private votes = 0;
  private firstDate = '';
  private lastDate = '';
  private readonly mismatches: TotalsMismatch[] = [];
  private readonly suspects: SuspectRecord[] = [];
  private readonly unknown = new Map<string, UnknownCode>();
  private readonly ids = new Map<string, number>();
  private readonly importedAt: string;
  private readonly insertResolution;
  private readonly insertEntity;
  private readonly entityId;

  constructor(
    private readonly db: Db,
    private readonly registry: Registry,
    private readonly file: string,
    now: Date,
  ) {
    this.importedAt = now.toISOString();
    this.insertEntity = db.prepare('INSERT OR IGNORE INTO entities (code) VALUES (?)');
    this.entityId = db.prepare('SELECT id FROM entities WHERE code = ?').pluck();
    this.insertResolution = db.prepare(`
      INSERT INTO resolutions (dataset_id, body, undl_id, symbol, key, short_key, date, session, title, draft,
        committee_report, meeting, agenda, subjects, modality, link, total_yes, total_no, total_abstain,
        total_non_voting, total_members, members, votes, notes)
      VALUES (@datasetId, @body, @undlId, @symbol, @key, @shortKey, @date, @session, @title, @draft,
        @committeeReport, @meeting, @agenda, @subjects, @modality, @link, @yes, @no, @abstain,
        @nonVoting, @members, @memberIds, @votes, @notes)`);
  }

  /** Opens the transaction (waiting for another import's lock) and replaces the body's previous dataset. */
  begin(body: Body): void {
    const db = this.db;
    db.exec('BEGIN IMMEDIATE');
    this.body = body;
    const previous = currentDataset(db, body);
    if (previous) {
      this.replaced = { file: previous.file, version: previous.version, sha256: previous.sha256 };
      db.prepare('DELETE FROM resolutions WHERE body = ?').run(body);
      db.prepare('DELETE FROM entity_names WHERE dataset_id = ?').run(previous.id);
      db.prepare('UPDATE datasets SET current = 0, replaced_at = ? WHERE id = ?').run(this.importedAt, previous.id);
    }
    // Its counts are filled in by finish(), in the same transaction.
    this.datasetId = Number(
      db.prepare(`INSERT INTO datasets (body, file, version, sha256, bytes, rows, resolutions, votes, first_date,
          last_date, imported_at, anomalies, current) VALUES (?, ?, ?, '', 0, 0, 0, 0, '', '', ?, '{}', 1)`)
        .run(body, this.file, datasetVersion(this.file), this.importedAt).lastInsertRowid,
    );
  }

  private idOf(code: string): number {
    let id = this.ids.get(code);
    if (id === undefined) {
      this.insertEntity.run(code);
      id = this.entityId.get(code) as number;
      this.ids.set(code, id);
    }
    return id;
  }

  /** Stores one record, and counts what the checks will report of it. */
  add(r: VotingRecord): void {
    this.mismatches.push(...checkTotals([r]));
    this.suspects.push(...checkRecord(r));
    for (const code of r.codes) {
      if (this.registry.get(code)) continue;
      const u = this.unknown.get(code) ?? { code, names: [], rows: 0 };
      u.rows++;
      this.unknown.set(code, u);
    }
    try {
      this.insertResolution.run({
        datasetId: this.datasetId, body: r.body, undlId: r.undlId, symbol: r.symbol, key: symbolKey(r.symbol),
        shortKey: shortKey(r.symbol), date: r.date, session: r.session, title: r.title, draft: r.draft,
        committeeReport: r.committeeReport, meeting: r.meeting, agenda: r.agenda, subjects: r.subjects,
        modality: r.modality, link: r.link, ...r.totals, memberIds: encodeMembers(r.codes.map((c) => this.idOf(c))),
        votes: r.votes.join(''), notes: Object.keys(r.notes).length > 0 ? JSON.stringify(r.notes) : null,
      });
    } catch (e) {
      // The record's id is stored already: its rows came in two runs, apart.
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw recordApart(this.file, r, r.line);
      throw e;
    }
    this.resolutions++;
    this.votes += r.codes.length;
    if (this.firstDate === '' || r.date < this.firstDate) this.firstDate = r.date;
    if (r.date > this.lastDate) this.lastDate = r.date;
  }

  /** Records the dataset's provenance, names and checks, and commits. */
  finish(pass: FilePass): ImportSummary {
    const db = this.db;
    for (const n of pass.names) this.unknown.get(n.code)?.names.push(n.name);
    const anomalies: StoredAnomalies = {
      mismatches: this.mismatches,
      unknownCodes: [...this.unknown.values()],
      duplicateRows: pass.anomalies.duplicateRows,
      inconsistentRecords: pass.anomalies.inconsistentRecords,
      suspectRecords: this.suspects,
      blankLines: pass.anomalies.blankLines,
    };
    const insertName = db.prepare('INSERT INTO entity_names (dataset_id, entity_id, name, first_date, last_date) VALUES (?, ?, ?, ?, ?)');
    for (const n of pass.names) insertName.run(this.datasetId, this.idOf(n.code), n.name, n.first, n.last);
    db.prepare(`UPDATE datasets SET sha256 = ?, bytes = ?, rows = ?, resolutions = ?, votes = ?, first_date = ?,
        last_date = ?, anomalies = ? WHERE id = ?`)
      .run(pass.sha256, pass.bytes, pass.rows, this.resolutions, this.votes, this.firstDate, this.lastDate, JSON.stringify(anomalies), this.datasetId);
    db.exec('COMMIT');
    return {
      body: this.body as Body,
      file: this.file,
      version: datasetVersion(this.file),
      sha256: pass.sha256,
      unchanged: false,
      replaced: this.replaced,
      rows: pass.rows,
      resolutions: this.resolutions,
      votes: this.votes,
      firstDate: this.firstDate,
      lastDate: this.lastDate,
      importedAt: this.importedAt,
      ...anomalies,
    };
  }

  /** Rolls back whatever was written; safe to call when nothing was begun. */
  abort(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
  }
}
