import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';
import { ASSEMBLED_GA, ASSEMBLED_SC, SHARED, tempDir } from './helpers/fixtures.js';

// The dashboard in Debian's Chromium, driven by playwright-core, against
// `straddle serve` over the real assembled files. Screenshots go to test/output/.
const MAIN = join(import.meta.dirname, '..', 'dist', 'cli', 'main.js');
const OUT = join(import.meta.dirname, 'output');
let server: ChildProcess;
let base: string;
let browser: Browser;
const errors: string[] = [];

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  const db = join(tempDir(), 'e2e.db');
  await cli(['--db', db, 'import', ASSEMBLED_GA, ASSEMBLED_SC]);
  server = spawn(process.execPath, [MAIN, '--db', db, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  base = await new Promise<string>((resolve) => createInterface({ input: server.stdout! }).once('line', resolve));
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
});

async function open(path: string, width = 1200): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
  await page.goto(`${base}${path}`);
  return page;
}

describe('the dashboard', () => {
  it('resolution page: A/RES/ES-11/6 shows 141, 7 and 32, and colours Pakistan as abstaining', async () => {
    const page = await open('/resolution/A%2FRES%2FES-11%2F6');
    await page.waitForSelector('[data-total="yes"]');
    expect(await page.textContent('[data-total="yes"]')).toBe('141');
    expect(await page.textContent('[data-total="no"]')).toBe('7');
    expect(await page.textContent('[data-total="abstain"]')).toBe('32');
    // Colours come once the country list (ISO numeric codes) has loaded.
    await page.waitForSelector('path[data-iso="586"][data-value]');
    expect(await page.getAttribute('path[data-iso="586"]', 'data-value')).toBe('A');
    expect(await page.getAttribute('path[data-iso="586"]', 'fill')).toBe('#f2a900');
    expect(await page.textContent('main')).toContain('UN Digital Library record');
    await page.waitForSelector('text=Changed since');
    // Members by regional group under their common names, with a legend.
    expect(await page.textContent('section[data-vote="A"] [data-group="Asia and the Pacific Group"]')).toContain('Pakistan');
    expect(await page.textContent('[aria-label="legend"]')).toContain('A abstained');
    await page.screenshot({ path: join(OUT, 'resolution-es-11-6.png'), fullPage: true });
    expect(await page.textContent('footer')).toContain('non-commercial use, with attribution');
    expect(await page.textContent('[data-testid="dataset"]')).toContain('GA dataset ga_voting_assembled');
    await page.close();
  });

  it('vetoes page: the timeline by member, filters in the URL, and a vetoed draft with its full vote', async () => {
    const page = await open('/vetoes?by=RUS&topic=Ukraine');
    await page.waitForSelector('figure svg rect');
    expect(await page.textContent('[data-seat="RUS"]')).toMatch(/^\d+$/);
    expect(await page.textContent('main')).toContain('S/2022/720');
    expect(await page.inputValue('select[aria-label="vetoed by"]')).toBe('RUS');
    await page.screenshot({ path: join(OUT, 'vetoes-rus-ukraine.png'), fullPage: true });
    const sc = await open('/resolution/S%2FRES%2F2334(2016)');
    await sc.waitForSelector('section[data-vote="A"]');
    expect(await sc.textContent('section[data-vote="A"]')).toMatch(/United States ★/);
    await sc.close();
    await page.click('a:has-text("S/2022/720")');
    await page.waitForSelector('[data-testid="draft-status"]');
    expect(await page.textContent('[data-testid="draft-status"]')).toContain('not adopted: vetoed by Russia');
    expect(await page.textContent('[data-total="yes"]')).toBe('10');
    expect(await page.textContent('main')).toContain('Abstained (4)');
    await page.waitForSelector('path[data-iso="356"][data-value]');
    expect(await page.getAttribute('path[data-iso="356"]', 'data-value')).toBe('A');
    await page.screenshot({ path: join(OUT, 'draft-s-2022-720.png'), fullPage: true });
    await page.close();
  });

  it('country page: Pakistan with its charts, shifts and allies', async () => {
    const page = await open('/country/PAK');
    await page.waitForSelector('h1:has-text("Pakistan (PAK)")');
    await page.waitForSelector('figure svg');
    expect(await page.locator('figure').count()).toBeGreaterThanOrEqual(2);
    expect(await page.textContent('main')).toContain('Closest and most distant');
    // Year axes read as years, and the US has one colour in every chart of the page.
    const ticks = await page.locator('figure svg [aria-label="x-axis tick label"] text').allTextContents();
    expect(ticks.length).toBeGreaterThan(3);
    expect(ticks.filter((t) => /,/.test(t))).toEqual([]);
    expect(await page.locator('figure:nth-of-type(1) svg [stroke="#1c7ed6"]').count()).toBeGreaterThan(0);
    expect(await page.locator('figure:nth-of-type(2) svg [fill="#1c7ed6"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(OUT, 'country-pak.png'), fullPage: true });
    await page.close();
  });

  it('home page: search, latest votes and the straddle chart of the year in the URL', async () => {
    const page = await open('/?year=2023');
    await page.waitForSelector('figure svg circle');
    expect(await page.locator('figure svg circle').count()).toBeGreaterThan(150);
    expect(await page.locator('section:has-text("Latest recorded votes") li').count()).toBeGreaterThan(3);
    await page.fill('#search', 'Pakis');
    await page.waitForSelector('.results a:has-text("Pakistan (PAK)")');
    await page.screenshot({ path: join(OUT, 'home.png'), fullPage: true });
    await page.close();
  });

  it('compare page: the state in the URL drives the chart', async () => {
    const page = await open('/compare?c=PAK,IND&with=USA&metric=agree');
    await page.waitForSelector('figure svg g[aria-label="line"] path', { state: 'attached' });
    expect(await page.locator('figure svg g[aria-label="line"] path').count()).toBe(2);
    expect(await page.inputValue('select')).toBe('agree');
    // One row per year, a column per state, shares as percentages; Enter applies a new state.
    expect(await page.textContent('thead')).toContain('PAK agree (%)');
    await page.fill('input[aria-label="states"]', 'PAK,IND,BRA');
    await page.press('input[aria-label="states"]', 'Enter');
    await page.waitForFunction(() => document.querySelectorAll('figure svg g[aria-label="line"] path').length === 3);
    expect(page.url()).toContain('c=PAK%2CIND%2CBRA');
    await page.close();
  });

  it('check page: the Discord article, claims highlighted, evidence beside them', async () => {
    const page = await open('/check');
    await page.fill('#article', readFileSync(join(SHARED, '..', 'articles', 'discord-leaks-2023-05-01.txt'), 'utf8'));
    await page.click('button:has-text("Check")');
    await page.waitForSelector('.card.supported');
    expect(await page.textContent('aside')).toContain('A/RES/ES-11/6');
    expect(await page.locator('.claim.supported').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(OUT, 'check.png'), fullPage: true });
    await page.close();
  });

  it('ran every page without a script error', () => {
    expect(errors).toEqual([]);
  });

  it('works on a phone-width screen', async () => {
    const page = await open('/resolution/A%2FRES%2FES-11%2F6', 390);
    await page.waitForSelector('[data-total="yes"]');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: join(OUT, 'resolution-phone.png'), fullPage: true });
    await page.close();
  });
});
