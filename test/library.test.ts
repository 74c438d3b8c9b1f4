import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';
import { GA_RECORDS, SC_CSV, gaCsv, tempDir, writeFixture } from './helpers/fixtures.js';

// The package as a user installs it: `node_modules/straddle` pointing at the
// built repository, imported by its name, its types read through `exports`.
const ROOT = join(import.meta.dirname, '..');

describe('straddle as a library (the built package, imported by name)', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = tempDir();
    db = join(dir, 'straddle.db');
    const ga = writeFixture(dir, 'ga.csv', gaCsv(GA_RECORDS));
    const sc = writeFixture(dir, 'sc.csv', SC_CSV);
    expect((await cli(['import', '--db', db, ga, sc])).code).toBe(0);
    mkdirSync(join(dir, 'app', 'node_modules'), { recursive: true });
    symlinkSync(ROOT, join(dir, 'app', 'node_modules', 'straddle'), 'dir');
  });

  it('opens a store and answers the views from JavaScript', () => {
    const script = `
      import { openStraddle, NotFoundError, cowCode, citation } from 'straddle';
      const un = openStraddle(process.argv[2]);
      const out = {
        totals: un.resolution('ES-11/6').totals,
        sc: un.resolution('2334', { body: 'sc' }).symbol,
        votes: un.votes('Pakistan').votes.map((v) => v.vote).join(''),
        agreement: un.agreement('USA', 'PAK', { by: 'all' })[0],
        align: un.align({ with: ['USA'] }).length,
        profile: un.profile('PAK', { with: ['USA'], from: 2024 }).years.map((y) => y.year),
        cow: cowCode('PAK'),
        cited: citation.ga.includes('4060887'),
      };
      try { un.resolution('ES-99/1'); } catch (e) { out.missing = e instanceof NotFoundError && e.message; }
      out.draft = un.draft('S/2022/720').status;
      out.vetoes = un.vetoes({ by: 'USA' }).summary.bySeat.find((s) => s.seat === 'USA').vetoes;
      const report = await un.check('Pakistan abstained on resolution ES-11/6 on 23 February 2023.');
      out.check = report.claims.map((c) => c.verdict);
      un.close();
      console.log(JSON.stringify(out));`;
    writeFileSync(join(dir, 'app', 'use.mjs'), script);
    const out = JSON.parse(execFileSync(process.execPath, ['use.mjs', db], { cwd: join(dir, 'app'), encoding: 'utf8' }));
    // The fixture's ES-11/6 (test/helpers/fixtures.ts): USA Y, RUS N, CHN, PAK and IND A, BRA Y.
    expect(out.totals).toEqual({ yes: 2, no: 1, abstain: 3, nonVoting: 0 });
    expect(out.sc).toBe('S/RES/2334(2016)');
    expect(out.votes).toHaveLength(3);
    expect(out.agreement).toMatchObject({ period: '2023-2024', a: 'USA', b: 'PAK' });
    expect(out.agreement.n).toBeGreaterThan(0);
    expect(out.align).toBeGreaterThan(3);
    expect(out.profile).toEqual([2024]);
    expect(out.cow).toEqual({ code: 770, abbrev: 'PAK' });
    expect(out.cited).toBe(true);
    expect(out.missing).toMatch(/ES-99\/1/);
    expect(out.check.length).toBeGreaterThan(0);
    expect(out.draft).toBe('not adopted: vetoed by Russia');
    expect(out.vetoes).toBeGreaterThan(80);
  });

  it('gives its types to a TypeScript user (and they refuse a wrong call)', () => {
    writeFileSync(
      join(dir, 'app', 'use.ts'),
      `import { openStraddle, type ResolutionView, type Vote, type ProfileView } from 'straddle';
const un = openStraddle('x.db');
const r: ResolutionView = un.resolution('ES-11/6');
const v: Vote = r.votes[0]!.vote;
const p: ProfileView = un.profile('PAK');
const n: number = p.years[0]!.n;
// @ts-expect-error body is 'ga' or 'sc'
un.resolution('ES-11/6', { body: 'xx' });
// @ts-expect-error metric is one of the six measures
un.align({ metric: 'cosine' });
export { v, n };
`,
    );
    writeFileSync(
      join(dir, 'app', 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['use.ts'] }),
    );
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    // Throws (with tsc's messages) if the types are missing or a call is typed wrong.
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: join(dir, 'app'), encoding: 'utf8' });
  });
});
