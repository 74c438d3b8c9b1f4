/**
 * npm run label:news — labels every claim of the real-news corpus from the
 * record: reads the annotations (what each article says, and which vote it
 * means, marked by a reader) and the UN voting files, and writes
 * test/claims/news/labels.json with the verdict the record gives. It never
 * runs the article check: the labels must not come from the tool they score.
 *
 * Verdicts: a tally is supported when every figure printed is the record's,
 * else contradicted; a claim on states' votes is supported when every state
 * voted as claimed, contradicted when none did, partly otherwise; a shift is
 * supported when the state's earlier and present votes are those claimed (the
 * earlier vote on the resolution the reader named, else on the last earlier
 * resolution of the same title or emergency special session); a
 * vote the record does not hold (veto, amendment, ...) and an alignment
 * statement are unverifiable.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTINUES } from '../src/countries/history.js';
import { createRegistry } from '../src/countries/registry.js';
import { loadMatrix } from '../src/matrix/loadMatrix.js';
import { seatsMatrix } from '../src/matrix/seats.js';
import { importFile } from '../src/store/importFile.js';
import { openStore } from '../src/store/store.js';
import { draftsRecord } from '../src/views/drafts.js';
import { ASSEMBLED_GA, ASSEMBLED_SC, tempDir } from '../test/helpers/fixtures.js';
import { NEWS, readNews } from './news/corpus.js';
import { labelReports } from './news/labels.js';

const registry = createRegistry();
const db = openStore(join(tempDir(), 'labels.db'), { create: true });
await importFile(db, registry, ASSEMBLED_GA);
await importFile(db, registry, ASSEMBLED_SC);
const matrices = { ga: seatsMatrix(loadMatrix(db, 'ga'), CONTINUES), sc: seatsMatrix(loadMatrix(db, 'sc'), CONTINUES) };

const reports = readNews();
const { labels: out, problems } = labelReports(reports, matrices, draftsRecord().drafts);
writeFileSync(join(NEWS, 'labels.json'), `${JSON.stringify({ about: 'Verdicts computed from the UN record by eval/labelNews.ts from the annotations beside each excerpt; never from the article check.', dataset: { ga: matrices.ga.dataset.version, sc: matrices.sc.dataset.version }, reports: out }, null, 1)}\n`);
const claims = out.flatMap((r) => r.claims);
const by = (k: string) => claims.filter((c) => c.verdict === k).length;
const domains = new Set(reports.map((r) => new URL(r.source).hostname.replace(/^www\./, '')));
console.log(`${reports.length} reports (${reports.filter((r) => r.split === 'heldout').length} held out), ${domains.size} sites, ${claims.length} claims: ${['supported', 'contradicted', 'partly', 'unverifiable'].map((k) => `${by(k)} ${k}`).join(', ')}`);
for (const p of problems) console.log(`  problem: ${p}`);
if (problems.length > 0) process.exitCode = 1;
