/**
 * npm run eval:claims — runs the article check on the labelled sentences of
 * test/claims/corpus.json (each as its own article, on its own date) and
 * prints claim-finding precision and recall and verdict accuracy, against
 * the assembled GA file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../src/claims/check.js';
import { scoreCorpus } from '../src/claims/score.js';
import { workspace } from '../src/analysis/workspace.js';
import { CONTINUES } from '../src/countries/history.js';
import { createRegistry } from '../src/countries/registry.js';
import { loadMatrix } from '../src/matrix/loadMatrix.js';
import { seatsMatrix } from '../src/matrix/seats.js';
import { importFile } from '../src/store/importFile.js';
import { openStore } from '../src/store/store.js';
import { ASSEMBLED_GA, tempDir } from '../test/helpers/fixtures.js';

const registry = createRegistry();
const db = openStore(join(tempDir(), 'claims.db'));
await importFile(db, registry, ASSEMBLED_GA);
const ga = workspace(seatsMatrix(loadMatrix(db, 'ga'), CONTINUES));
const check = (text: string, date: string) => checkText(text, { ga, registry }, date).claims;

for (const [file, what] of [
  ['corpus.json', 'development corpus (the check was tuned on it)'],
  ['heldout.json', 'held-out sentences (written after tuning, never tuned on)'],
] as const) {
  const corpus = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'test', 'claims', file), 'utf8'));
  const result = scoreCorpus(corpus.items, check);
  console.log(`\n${file}: ${what}`);
  for (const m of result.mistakes) console.log(`  #${m.id} ${m.problem}: ${m.text}`);
  console.log(`  ${corpus.items.length} sentences, ${result.expected} labelled claims, ${result.found} found`);
  console.log(`  claim finding: precision ${(100 * result.precision).toFixed(1)}%, recall ${(100 * result.recall).toFixed(1)}%`);
  console.log(`  verdict accuracy on claims found: ${(100 * result.accuracy).toFixed(1)}% (${result.correct}/${result.matched})   (target at least 95%)`);
  console.log(`  false claims marked supported: ${result.falseSupported}   (target 0)`);
}
