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
    // None since the seventh session: round 24's KabulNow report ("KABUL, AFGHANISTAN – The UN Security Council on
    // Monday voted to renew ...") took its dateline for a voter until datelines were read as such.
    expect(score.inNoVoteReports).toBe(0);
    // Floors against regressions, at the figures docs/METHODS.md reports. False "supported" on development claims:
    // seven after round 25 (among them a misprinted 188-2-0 that another resolution had; a misprinted 128-8 for the
    // Jerusalem vote of 2017 that A/RES/78/135 had; an undated Venezuela draft's 4-7-4 that a Syria draft also had;
    // and a committee vote of 2018 on the Golan the article calls the Assembly's); rounds 26 to 28 (seventh session)
    // came in with ten more, of which four are left (a committee vote read as the Assembly's, "last year's tally was
    // 188-2" matched to the year that had it, "104 votes to 8" of January 1980 matched to 1992's 104-8). Accuracy:
    // 71.0% of 2,049 development claims after round 25, 72.2% of 2,252 after rounds 26 to 28, which came in at
    // 46%, 47% and 49% before tuning; rounds 29 to 33 (eighth session) came in with three, all committee votes
    // read as the Assembly's, now read as the committee's, as are two of round 27's: nine left.
    // 72.5% of 2,620 development claims after round 33; 71.8% of 3,089 after round 39. Rounds 34 to 37 (ninth session) came in with six: a failed
    // amendment's figures ("Canada's proposal was supported by 88 states, but ... it fell short") and a First
    // Committee vote, both now read as such; three of the treaty conference of 2017 (122-1-1), which
    // A/RES/2923(XXVII)[B] of 1972 also had; a misprinted 167-7-6 on UNRWA that A/RES/66/225 had: thirteen left.
    // The vote counts of 74 vetoed drafts (data/sc_drafts.SOURCES.md §9) added one: an undated report of the
    // Soviet veto of Korea's admission (1949, 9-2, no counts in the sources) took the 9-2 of the 1983 airliner draft.
    // Rounds 38 and 39 came in with nine, five of them a Third Committee vote on Myanmar ("a UN Committee's
    // resolution"), now read as the committee's: eighteen left, among them a committee vote the article calls the
    // Assembly's, an abstention on amendments in brackets and "India supported both modifications"; seventeen after
    // the subject weights of the end of the session.
    // Each new round lowers the figure before it is tuned on: a harder bar, not a regression.
    expect(score.falseSupported).toBeLessThanOrEqual(17);
    expect(score.accuracy).toBeGreaterThanOrEqual(0.7);
  });
});
