import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** Each legend swatch's label and colour, in every chart of the page (Plot's swatch legends). */
async function swatches(page: Page): Promise<Record<string, string>[]> {
  return page.$$eval('figure.chart', (figs) =>
    figs.map((f) => Object.fromEntries([...f.querySelectorAll('[class$="-swatch"]')].map((s) => [s.textContent?.trim() ?? '', s.querySelector('svg')?.getAttribute('fill') ?? '']))),
  );
}

/** The x-axis tick labels of every chart of the page. */
async function xTicks(page: Page): Promise<string[]> {
  return page.locator('figure.chart svg [aria-label="x-axis tick label"] text').allTextContents();
}

/** The smallest size chart text is drawn at: its font size times the scale its SVG is shown at. */
async function smallestChartText(page: Page): Promise<number> {
  return page.$$eval('figure.chart svg[viewBox] text', (texts) =>
    Math.min(...texts.filter((t) => t.textContent?.trim()).map((t) => {
      const svg = (t as SVGTextElement).ownerSVGElement!;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return parseFloat(getComputedStyle(t).fontSize) * scale;
    })),
  );
}

/** Clicks a download button and gives the file's suggested name and its text. */
async function download(page: Page, button: ReturnType<Page['locator']>): Promise<{ name: string; body: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await d.path();
  return { name: d.suggestedFilename(), body: readFileSync(path) };
}

const YEAR = /^(19|20)\d\d$/;

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
    const changed = await download(page, page.locator('h2:has-text("Changed since") + .table button'));
    expect(changed.name).toMatch(/^a-res-es-11-6-votes-changed-since-a-res-es-11-\d+\.csv$/);
    const map = await download(page, page.locator('figure.chart button:has-text("SVG")'));
    expect(map.name).toBe('a-res-es-11-6-votes-map-2023-02-23.svg');
    expect(map.body.toString()).toContain('In favour');
    expect(map.body.toString()).toContain('Source: UN Digital Library voting data');
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
    expect((await xTicks(page)).filter((t) => !YEAR.test(t))).toEqual([]);
    expect((await swatches(page))[0]).toMatchObject({ 'United States': '#1c7ed6', 'Russia (USSR to 1991)': '#7048e8', China: '#c92a2a' });
    const svg = await download(page, page.locator('figure.chart button:has-text("SVG")'));
    expect(svg.name).toMatch(/^security-council-vetoes-by-year-by-russia-on-ukraine-20\d\d(-20\d\d)?\.svg$/);
    expect(svg.body.toString()).toContain('Source: UN Dag Hammarskjöld Library, Security Council veto list');
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
    await page.waitForSelector('figure.chart svg');
    expect(await page.locator('figure.chart').count()).toBeGreaterThanOrEqual(2);
    expect(await page.textContent('main')).toContain('Closest and most distant');
    // Year axes read as years, thinned (not a label for each of some 80 years of bars).
    const ticks = await xTicks(page);
    expect(ticks.length).toBeGreaterThan(3);
    expect(ticks.filter((t) => !YEAR.test(t))).toEqual([]);
    const bars = await page.locator('figure.chart >> nth=1').locator('svg [aria-label="x-axis tick label"] text').allTextContents();
    expect(bars.length).toBeGreaterThan(3);
    expect(bars.length).toBeLessThanOrEqual(16);
    // The US has one colour in every chart of the page: its line, and the votes cast with it.
    const [lines, sides] = await swatches(page);
    expect(lines!['United States']).toBe('#1c7ed6');
    expect(sides!['with the US']).toBe(lines!['United States']);
    expect(sides!['with China']).toBe(lines!['China']);
    expect(await page.locator('figure.chart >> nth=0').locator('svg [stroke="#1c7ed6"]').count()).toBeGreaterThan(0);
    expect(await page.locator('figure.chart >> nth=1').locator('svg [fill="#1c7ed6"]').count()).toBeGreaterThan(0);
    // A download says what it is, and carries its title and source.
    const svg = await download(page, page.locator('figure.chart >> nth=0').locator('button:has-text("SVG")'));
    expect(svg.name).toMatch(/^pakistan-agreement-with-us-china-russia-1947-20\d\d\.svg$/);
    expect(svg.body.toString()).toContain('Pakistan: how often it voted as the US, China and Russia did');
    expect(svg.body.toString()).toContain('Source: UN Digital Library voting data, via Straddle (General Assembly dataset ga_voting_assembled)');
    expect(svg.body.toString()).toContain('Russia (USSR to 1991)');
    const csv = await download(page, page.locator('.table button:has-text("CSV")').first());
    expect(csv.name).toBe('pakistan-recent-votes.csv');
    await page.screenshot({ path: join(OUT, 'country-pak.png'), fullPage: true });
    // Drawn again at the new width when the window changes.
    await page.setViewportSize({ width: 600, height: 900 });
    await page.waitForFunction(() => [...document.querySelectorAll('figure.chart')].every((f) => f.querySelector('svg[viewBox]:not([class$="-ramp"])')?.getAttribute('width') === String(f.clientWidth) && f.clientWidth < 600));
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

  it('a year past the record says so, with the record\'s dates', async () => {
    const page = await open('/?year=2030');
    await page.waitForSelector('p.empty:has-text("the record runs")');
    expect(await page.locator('p.empty').textContent()).toMatch(/No recorded votes of the General Assembly in 2030: the record runs \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}; the chart shows 20\d\d\./);
    await page.close();
  });

  it('a page whose last segment holds a dot is the app, saying why the draft symbol finds nothing', async () => {
    const page = await open('/resolution/A%2FES-11%2FL.7');
    await page.waitForSelector('[role="alert"]');
    expect(await page.locator('[role="alert"]').textContent()).toMatch(/draft symbol/);
    expect(await page.locator('footer').count()).toBe(1);
    await page.close();
  });

  it('home search: ISO-2 codes, a no-match line with the nearest names, and a choice where a name is ambiguous', async () => {
    const page = await open('/');
    await page.fill('#search', 'PK');
    await page.waitForSelector('.results a:has-text("Pakistan (PAK)")');
    await page.fill('#search', 'Pakistn');
    const none = page.locator('.no-match');
    await none.waitFor();
    await page.waitForFunction(() => /did you mean/i.test(document.querySelector('.no-match')?.textContent ?? ''));
    expect(await none.textContent()).toMatch(/No state or resolution matches “Pakistn”\..*Pakistan \(PAK\)/);
    await page.fill('#search', 'Korea');
    await page.waitForSelector('.results a:has-text("(KOR)")');
    await page.press('#search', 'Enter');
    await page.waitForSelector('p[role="status"]:has-text("could mean")');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.locator('.results a:has-text("(PRK)")').count()).toBe(1);
    await page.close();
  });

  it('straddle chart: key states labelled, every dot outlined, the axes explained, a year slider', async () => {
    const page = await open('/?year=2023');
    await page.waitForSelector('#straddle figure svg text');
    const labels = await page.locator('#straddle figure svg g[aria-label="text"] text').allTextContents();
    for (const name of ['Pakistan', 'India', 'Brazil', 'Egypt', 'United States', 'China', 'Russia', 'United Kingdom', 'France']) expect(labels).toContain(name);
    // Dots of every colour stay visible: each has an outline, and the lightest fill is not white.
    const dots = page.locator('#straddle figure svg g[aria-label="dot"]').first();
    expect(await dots.getAttribute('stroke')).toBe('#343a40');
    const fills = await dots.locator('circle').evaluateAll((cs) => cs.map((c) => c.getAttribute('fill') ?? ''));
    const light = (hex: string) => { const m = /rgb\((\d+), (\d+), (\d+)\)/.exec(hex); return m ? Math.min(+m[1]!, +m[2]!, +m[3]!) : 0; };
    expect(fills.filter((f) => light(f) > 235)).toEqual([]);
    expect(await page.textContent('#straddle .explain')).toMatch(/across, how often it voted as the United States did.*up, how often as China did/);
    // The slider moves the year, in the URL too.
    expect(await page.getAttribute('input[type="range"][aria-label="year slider"]', 'value')).toBe('2023');
    await page.locator('input[type="range"]').fill('1971');
    await page.waitForSelector('#straddle h2:has-text("1971")');
    expect(page.url()).toContain('year=1971');
    expect(await page.inputValue('input[aria-label="year"]')).toBe('1971');
    await page.waitForSelector('#straddle figcaption:has-text("1971")');
    expect(await page.locator('#straddle figure svg g[aria-label="text"] text').allTextContents()).toContain('USSR');
    // A click on a dot finds that state: named in the search box, in the URL, labelled.
    await page.locator('#straddle figure svg g[aria-label="dot"] circle').nth(3).click();
    await page.waitForFunction(() => location.search.includes('sel='));
    const found = await page.inputValue('input[aria-label="find a state"]');
    expect(found.length).toBeGreaterThan(2);
    await page.waitForFunction((name) => [...document.querySelectorAll('#straddle g[aria-label="text"] text')].some((t) => t.textContent === name), found);
    await page.close();
  });

  it('straddle chart: a state found is highlighted, its path drawn with years, the labels picked kept in the URL', async () => {
    const page = await open('/?year=2023&label=ISR');
    await page.waitForSelector('#straddle figure svg text');
    let labels = await page.locator('#straddle figure svg g[aria-label="text"] text').allTextContents();
    expect(labels).toContain('Israel');
    expect(labels).not.toContain('Egypt');
    expect(labels).toContain('United States');
    await page.fill('input[aria-label="find a state"]', 'Pakistan');
    await page.waitForFunction(() => location.search.includes('sel=PAK'));
    await page.check('input[aria-label="draw its path"]');
    await page.fill('input[aria-label="path from"]', '2003');
    await page.waitForSelector('#straddle figure svg g[aria-label="line"] path');
    await page.waitForSelector('#straddle figcaption:has-text("Pakistan\'s path 2003–2023")');
    expect(page.url()).toMatch(/label=ISR.*sel=PAK.*path=1.*from=2003|sel=PAK/);
    labels = await page.locator('#straddle figure svg g[aria-label="text"] text').allTextContents();
    expect(labels).toContain('Pakistan');
    expect(labels).toContain('2003');
    expect(labels.filter((t) => YEAR.test(t)).length).toBeGreaterThanOrEqual(3);
    // The highlighted state is ringed in its own colour, the one the compare page gives it.
    const pakColour = await page.locator('#straddle figure svg g[aria-label="text"] text', { hasText: /^Pakistan$/ }).getAttribute('fill');
    expect(pakColour).toBe('#e8590c');
    // The download: named for what it shows, with title, legend and source.
    const svg = await download(page, page.locator('#straddle button:has-text("SVG")'));
    expect(svg.name).toBe('straddle-chart-2023-us-china-pakistan-path-2003-2023.svg');
    const text = svg.body.toString();
    expect(text).toContain('How UN members voted with the US and with China, 2023');
    expect(text).toContain('Voted as Russia (the USSR to 1991) did (%)');
    expect(text).toContain('Source: UN Digital Library voting data, via Straddle (General Assembly dataset ga_voting_assembled)');
    expect(text).toContain('Israel');
    // (After the download: Playwright's screenshot of an element taller than the window leaves the next click astray.)
    await page.locator('#straddle').screenshot({ path: join(OUT, 'straddle-pakistan-path.png') });
    const page2 = await open('/?year=2023');
    await page2.waitForSelector('#straddle figure svg text');
    const png = await download(page2, page2.locator('#straddle button:has-text("PNG")'));
    expect(png.name).toBe('straddle-chart-2023-us-china.png');
    expect(png.body.subarray(1, 4).toString()).toBe('PNG');
    writeFileSync(join(OUT, png.name), png.body);
    writeFileSync(join(OUT, svg.name), svg.body);
    await page2.close();
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
    // The palette's colours: Pakistan as on the straddle chart, the US as everywhere.
    const [legend] = await swatches(page);
    expect(legend).toEqual({ Pakistan: '#e8590c', India: '#c2255c', Brazil: '#8f6a00' });
    expect(await page.textContent('figure.chart figcaption')).toContain('Agreement (%) with the United States: Pakistan, India and Brazil, by year');
    expect((await xTicks(page)).filter((t) => !YEAR.test(t))).toEqual([]);
    const csv = await download(page, page.locator('.table button:has-text("CSV")'));
    expect(csv.name).toMatch(/^pak-ind-bra-agree-with-usa-by-year-1946-20\d\d\.csv$/);
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

  it('works on a phone-width screen', async () => {
    const page = await open('/resolution/A%2FRES%2FES-11%2F6', 390);
    await page.waitForSelector('[data-total="yes"]');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: join(OUT, 'resolution-phone.png'), fullPage: true });
    await page.close();
  });

  it('charts are drawn at a phone width, their text at 11 px or more', async () => {
    for (const path of ['/?year=2023&sel=PAK&path=1', '/country/PAK', '/compare?c=PAK,IND', '/vetoes']) {
      const page = await open(path, 390);
      await page.waitForSelector('figure.chart svg[viewBox] text');
      await page.waitForTimeout(200);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(1);
      expect(await smallestChartText(page), path).toBeGreaterThanOrEqual(11);
      // Drawn at the figure's width, not a wide SVG shrunk.
      const widths = await page.$$eval('figure.chart', (fs) => fs.map((f) => [f.clientWidth, Number(f.querySelector('svg[viewBox]:not([class$="-ramp"])')?.getAttribute('width'))]));
      for (const [fig, svg] of widths) expect(svg, path).toBe(fig);
      if (path.startsWith('/?')) await page.locator('#straddle').screenshot({ path: join(OUT, 'straddle-phone.png') });
      if (path.startsWith('/country')) await page.screenshot({ path: join(OUT, 'country-phone.png') });
      await page.close();
    }
  });

  it('ran every page without a script error', () => {
    expect(errors).toEqual([]);
  });
});
