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
 * supported when the state's earlier and present votes are those claimed; a
 * vote the record does not hold (veto, amendment, ...) and an alignment
 * statement are unverifiable.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTINUES } from '../src/countries/history.js';
import { createRegistry } from '../src/countries/registry.js';
import { loadMatrix } from '../src/matrix/loadMatrix.js';
import { seatsMatrix } from '../src/matrix/seats.js';
import { type VoteMatrix, voteAt } from '../src/matrix/voteMatrix.js';
import { importFile } from '../src/store/importFile.js';
import { openStore } from '../src/store/store.js';
import type { Vote } from '../src/vote.js';
import { ASSEMBLED_GA, ASSEMBLED_SC, tempDir } from '../test/helpers/fixtures.js';
import { type Annotation, NEWS, readNews } from './news/corpus.js';

const registry = createRegistry();
const db = openStore(join(tempDir(), 'labels.db'));
await importFile(db, registry, ASSEMBLED_GA);
await importFile(db, registry, ASSEMBLED_SC);
const matrices = { ga: seatsMatrix(loadMatrix(db, 'ga'), CONTINUES), sc: seatsMatrix(loadMatrix(db, 'sc'), CONTINUES) };

const problems: string[] = [];
function rowOf(m: VoteMatrix, symbol: string): number {
  const row = m.resolutions.findIndex((r) => r.symbol === symbol);
  return row;
}
function voteOf(m: VoteMatrix, row: number, code: string): Vote | null {
  const c = m.codes.indexOf(code);
  return c === -1 ? null : voteAt(m, row, c);
}

function label(id: string, a: Annotation): { verdict: string; record: string } {
  if (a.kind === 'alignment') return { verdict: 'unverifiable', record: 'a statement about alignment, not a vote' };
  if (a.resolution === null) return { verdict: 'unverifiable', record: `not in the record: ${a.notInRecord ?? 'other'}` };
  const m = matrices[a.body ?? (a.resolution.startsWith('S/') ? 'sc' : 'ga')];
  const row = rowOf(m, a.resolution);
  if (row === -1) {
    problems.push(`${id}: ${a.resolution} is not in the ${m.body.toUpperCase()} record`);
    return { verdict: 'error', record: '' };
  }
  const r = m.resolutions[row]!;
  if (a.kind === 'tally') {
    const t = a.tally ?? {};
    const keys = Object.keys(t) as (keyof typeof t)[];
    if (keys.length === 0) problems.push(`${id}: a tally claim without figures ("${a.quote}")`);
    const ok = keys.every((k) => t[k] === r.totals[k]);
    return { verdict: ok ? 'supported' : 'contradicted', record: `${r.symbol} ${r.totals.yes}-${r.totals.no}-${r.totals.abstain} (${r.totals.nonVoting} non-voting)` };
  }
  if (a.kind === 'countryVote') {
    const results = (a.votes ?? []).map((v) => {
      const actual = voteOf(m, row, v.country);
      if (actual === null) problems.push(`${id}: ${v.country} has no vote on ${r.symbol}`);
      return actual === null ? null : v.negated ? actual !== v.vote : actual === v.vote;
    });
    if (results.length === 0) problems.push(`${id}: a countryVote claim without votes ("${a.quote}")`);
    const verdict = results.some((x) => x === null)
      ? results.every((x) => x === null) ? 'unverifiable' : 'partly'
      : results.every((x) => x) ? 'supported' : results.every((x) => !x) ? 'contradicted' : 'partly';
    return { verdict, record: (a.votes ?? []).map((v) => `${v.country} ${voteOf(m, row, v.country) ?? 'not a member'}`).join(', ') };
  }
  // shift
  const s = a.shift;
  if (!s) {
    problems.push(`${id}: a shift claim without "shift" ("${a.quote}")`);
    return { verdict: 'error', record: '' };
  }
  const now = voteOf(m, row, s.country);
  const earlierRow = s.earlierResolution ? rowOf(m, s.earlierResolution) : -1;
  if (s.earlierResolution && earlierRow === -1) problems.push(`${id}: ${s.earlierResolution} is not in the record`);
  const before = earlierRow === -1 ? null : voteOf(m, earlierRow, s.country);
  if (before === null || now === null) return { verdict: 'unverifiable', record: `${s.country}: now ${now ?? '?'}, earlier ${before ?? '?'}` };
  const ok = before === s.earlier && (s.now === undefined || s.now === now);
  return { verdict: ok ? 'supported' : 'contradicted', record: `${s.country}: ${now} on ${r.symbol}, ${before} on ${s.earlierResolution}` };
}

const reports = readNews();
const out = reports.map((rep) => ({
  id: rep.id,
  split: rep.split,
  claims: rep.claims.map((a) => {
    const start = rep.text.indexOf(a.quote);
    if (start === -1) problems.push(`${rep.id}: quote not in the text: "${a.quote}"`);
    const { verdict, record } = label(rep.id, a);
    return { kind: a.kind, start, end: start + a.quote.length, quote: a.quote, resolution: a.resolution, verdict, record };
  }),
}));
writeFileSync(join(NEWS, 'labels.json'), `${JSON.stringify({ about: 'Verdicts computed from the UN record by eval/labelNews.ts from the annotations beside each excerpt; never from the article check.', dataset: { ga: matrices.ga.dataset.version, sc: matrices.sc.dataset.version }, reports: out }, null, 1)}\n`);
const claims = out.flatMap((r) => r.claims);
const by = (k: string) => claims.filter((c) => c.verdict === k).length;
console.log(`${reports.length} reports (${reports.filter((r) => r.split === 'heldout').length} held out), ${new Set(reports.map((r) => r.outlet)).size} outlets, ${claims.length} claims: ${['supported', 'contradicted', 'partly', 'unverifiable'].map((k) => `${by(k)} ${k}`).join(', ')}`);
for (const p of problems) console.log(`  problem: ${p}`);
if (problems.length > 0) process.exitCode = 1;
