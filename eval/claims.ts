/**
 * npm run eval:claims — scores the article check.
 *
 * 1. Real news (test/claims/news/): excerpts of real reports, each checked as
 *    a whole article without its date; labels from labels.json (computed from
 *    the record by eval/labelNews.ts). Development and held-out reports are
 *    scored apart; the held-out ones were set aside when collected, before any
 *    tuning, and their mistakes are not printed (STRADDLE_SHOW_HELDOUT=1 does).
 * 2. The synthetic sentences of test/claims/corpus.json and heldout.json, each
 *    as its own article on its own date.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspace } from '../src/analysis/workspace.js';
import { checkText } from '../src/claims/check.js';
import { type LabelledClaim, scoreCorpus, scoreNews } from '../src/claims/score.js';
import { CONTINUES } from '../src/countries/history.js';
import { createRegistry } from '../src/countries/registry.js';
import { loadMatrix } from '../src/matrix/loadMatrix.js';
import { seatsMatrix } from '../src/matrix/seats.js';
import { importFile } from '../src/store/importFile.js';
import { openStore } from '../src/store/store.js';
import { draftsRecord } from '../src/views/drafts.js';
import { ASSEMBLED_GA, ASSEMBLED_SC, tempDir } from '../test/helpers/fixtures.js';
import { NEWS, readNews } from './news/corpus.js';

const registry = createRegistry();
const db = openStore(join(tempDir(), 'claims.db'), { create: true });
await importFile(db, registry, ASSEMBLED_GA);
await importFile(db, registry, ASSEMBLED_SC);
const ga = workspace(seatsMatrix(loadMatrix(db, 'ga'), CONTINUES));
const sc = workspace(seatsMatrix(loadMatrix(db, 'sc'), CONTINUES));
const deps = { ga, sc: () => sc, registry, drafts: draftsRecord().drafts };
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

const labels = JSON.parse(readFileSync(join(NEWS, 'labels.json'), 'utf8')).reports as { id: string; split: string; claims: LabelledClaim[] }[];
const reports = readNews(NEWS, true);
const unlabelled = reports.filter((r) => !labels.some((l) => l.id === r.id));
if (unlabelled.length > 0) console.log(`${unlabelled.length} reports have no labels yet (npm run label:news): ${unlabelled.map((r) => r.id).join(', ')}`);
// Two readings: the text alone, undated, as pasted (the main score); and with the page's date where the
// page gives one, as `straddle check URL` or `--date` would have it.
const dated = new Map(reports.map((r) => [r.text, /^\d{4}-\d{2}-\d{2}$/.test(r.date) ? r.date : undefined]));
for (const [split, withDate] of [['dev', false], ['heldout', false], ['dev', true], ['heldout', true]] as const) {
  const items = reports
    .filter((r) => r.split === split && !unlabelled.includes(r))
    .map((r) => ({ id: r.id, text: r.text, claims: labels.find((x) => x.id === r.id)!.claims }));
  const s = scoreNews(items, (text) => checkText(text, deps, withDate ? dated.get(text) : undefined).claims);
  const name = split === 'dev' ? 'development (tuned on)' : 'held out (never tuned on)';
  console.log(`\nreal news, ${name}, ${withDate ? "with the page's date where it gives one" : 'text only, undated'}: ${s.reports} reports, ${s.labelled} labelled claims, ${s.found} found`);
  if ((split === 'dev' && !withDate && !process.env.STRADDLE_QUIET) || process.env.STRADDLE_SHOW_HELDOUT) for (const m of s.mistakes) console.log(`  ${m.id}: ${m.problem}: “${m.quote.slice(0, 110)}”`);
  console.log(`  detection: precision ${pct(s.precision)}, recall ${pct(s.recall)} (${s.matched} of ${s.labelled} found)`);
  console.log(`  match: right resolution for ${s.rightResolution} of ${s.matched} claims found (${pct(s.matched ? s.rightResolution / s.matched : 1)})`);
  console.log(`  verdict: right verdict on the right resolution for ${s.correct} of ${s.labelled} labelled claims: ${pct(s.accuracy)}   (target at least 80%, goal 95%)`);
  console.log(`  false "supported": ${s.falseSupported} labelled otherwise, ${s.supportedUnlabelled} on claims no label holds   (target 0)`);
  console.log(`  reports with no recorded vote: ${s.noVoteReports}, vote claims found in them: ${s.inNoVoteReports}   (target 0)`);
}

for (const [file, what] of [
  ['corpus.json', 'synthetic sentences, development'],
  ['heldout.json', 'synthetic sentences, held out'],
] as const) {
  const corpus = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'test', 'claims', file), 'utf8'));
  const result = scoreCorpus(corpus.items, (text, date) => checkText(text, deps, date).claims);
  console.log(`\n${file}: ${what}`);
  for (const m of result.mistakes) console.log(`  #${m.id} ${m.problem}: ${m.text}`);
  console.log(`  ${corpus.items.length} sentences, ${result.expected} labelled claims, ${result.found} found`);
  console.log(`  claim finding: precision ${pct(result.precision)}, recall ${pct(result.recall)}`);
  console.log(`  verdict accuracy on claims found: ${pct(result.accuracy)} (${result.correct}/${result.matched})   (target at least 95%)`);
  console.log(`  false claims marked supported: ${result.falseSupported}   (target 0)`);
}
