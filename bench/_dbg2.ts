import { readFileSync } from 'node:fs';
import { workspace } from '../src/analysis/workspace.js';
import { checkText } from '../src/claims/check.js';
import { CONTINUES } from '../src/countries/history.js';
import { createRegistry } from '../src/countries/registry.js';
import { loadMatrix } from '../src/matrix/loadMatrix.js';
import { seatsMatrix } from '../src/matrix/seats.js';
import { openStore } from '../src/store/store.js';
import { draftsRecord } from '../src/views/drafts.js';
const db = openStore('/tmp/st/s.db');
const registry = createRegistry();
const ga = workspace(seatsMatrix(loadMatrix(db, 'ga'), CONTINUES));
const sc = workspace(seatsMatrix(loadMatrix(db, 'sc'), CONTINUES));
for (const f of process.argv.slice(2)) {
  const raw = readFileSync(`test/claims/news/${f}.txt`, 'utf8');
  const text = raw.split(/\n\n/).slice(1).join('\n\n');
  const r = checkText(text, { ga, sc: () => sc, registry, drafts: draftsRecord().drafts });
  console.log('==', f, r.article.dateUsed);
  for (const c of r.claims) console.log(' ', c.kind, c.verdict, c.event === null ? '-' : r.events[c.event]!.symbol, '|', c.quote.slice(0, 70), '|', c.explanation.slice(0, 110));
}
