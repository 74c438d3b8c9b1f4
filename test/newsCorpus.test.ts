import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Workspace, workspace } from '../src/analysis/workspace.js';
import { checkText } from '../src/claims/check.js';
import { type LabelledClaim, scoreNews } from '../src/claims/score.js';
import { CONTINUES } from '../src/countries/history.js';
import { loadMatrix } from '../src/matrix/loadMatrix.js';
import { seatsMatrix } from '../src/matrix/seats.js';
import type { VoteMatrix } from '../src/matrix/voteMatrix.js';
import { importFile } from '../src/store/importFile.js';
import { openStore } from '../src/store/store.js';
import { draftsRecord } from '../src/views/drafts.js';
import { NEWS, type Report, readNews } from '../eval/news/corpus.js';
import { labelReports } from '../eval/news/labels.js';
import { ASSEMBLED_GA, ASSEMBLED_SC, tempDir } from './helpers/fixtures.js';
import { registry } from './helpers/store.js';

let matrices: { ga: VoteMatrix; sc: VoteMatrix };
let ga: Workspace;
let sc: Workspace;
let reports: Report[];
const stored = JSON.parse(readFileSync(join(NEWS, 'labels.json'), 'utf8')) as { reports: { id: string; split: string; claims: LabelledClaim[] }[] };

beforeAll(async () => {
  const db = openStore(join(tempDir(), 'news.db'), { create: true });
  await importFile(db, registry, ASSEMBLED_GA);
  await importFile(db, registry, ASSEMBLED_SC);
  matrices = { ga: seatsMatrix(loadMatrix(db, 'ga'), CONTINUES), sc: seatsMatrix(loadMatrix(db, 'sc'), CONTINUES) };
  ga = workspace(matrices.ga);
  sc = workspace(matrices.sc);
  reports = readNews();
});

describe('the real-news corpus (test/claims/news)', () => {
  it('is what the issue asks for: 40+ reports from 10+ sites, 5+ with no recorded vote, a quarter held out', () => {
    const sites = new Set(reports.map((r) => new URL(r.source).hostname.replace(/^www\./, '')));
    expect(reports.length).toBeGreaterThanOrEqual(40);
    expect(sites.size).toBeGreaterThanOrEqual(10);
    expect(reports.filter((r) => r.claims.length === 0).length).toBeGreaterThanOrEqual(5);
    const held = reports.filter((r) => r.split === 'heldout').length;
    expect(held / reports.length).toBeGreaterThanOrEqual(0.2);
    expect(held / reports.length).toBeLessThanOrEqual(0.3);
    // Short excerpts, not whole pages.
    for (const r of reports) expect(r.text.length, r.id).toBeLessThan(8000);
  });

  it('has labels.json as the record gives it today (npm run label:news), with no annotation problem', () => {
    const { labels, problems } = labelReports(reports, matrices, draftsRecord().drafts);
    expect(problems).toEqual([]);
    expect(labels).toEqual(stored.reports.map(({ id, split, claims }) => ({ id, split, claims })));
  });

  it('finds no vote claim in the reports of no recorded vote, and calls almost no development claim supported that the record does not support', () => {
    const dev = reports.filter((r) => r.split === 'dev');
    const items = dev.map((r) => ({ id: r.id, text: r.text, claims: stored.reports.find((x) => x.id === r.id)!.claims }));
    const score = scoreNews(items, (text) => checkText(text, { ga, sc: () => sc, registry, drafts: draftsRecord().drafts }).claims);
    // One: round 24's KabulNow report, labelled as reporting no vote, says "The UN Security Council on Monday voted
    // to renew" UNAMA's mandate (an adoption the record holds) under a "KABUL, AFGHANISTAN –" dateline that the
    // reader takes for a voter. Left open: see issue 9's sixth-session note.
    expect(score.inNoVoteReports).toBeLessThanOrEqual(1);
    // Floors against regressions, at the figures docs/METHODS.md reports: six false "supported" before round 25 (among them a
    // misprinted 188-2-0 that another resolution had; a misprinted 128-8 for the Jerusalem vote of 2017 that
    // A/RES/78/135 had; an undated Venezuela draft's 4-7-4 that a Syria draft also had; and a committee vote of
    // 2018 on the Golan the article calls the Assembly's), and 73.6% of the 1,868 development claims of rounds
    // 1 to 22 right; rounds 23 to 25 (collected in the sixth session, 58 development reports) came in at 40% and took
    // it to 71.0%, with one false "supported" more (round 25). Each new round lowers the figure before it is tuned on (rounds 20 to 22 came in at
    // 49%, and took development from 71.0% to 68.8%): a harder bar, not a regression.
    expect(score.falseSupported).toBeLessThanOrEqual(7);
    expect(score.accuracy).toBeGreaterThanOrEqual(0.7);
  });
});
