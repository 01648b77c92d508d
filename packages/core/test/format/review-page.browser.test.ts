/// <reference lib="dom" />
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check.js';
import { formatReport } from '../../src/report/format/index.js';
import type { Report } from '../../src/report/schema.js';
import { apt31Report } from './apt31.js';

/** A phone, a small laptop window and a desktop. */
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 800, height: 900 },
  { width: 1400, height: 900 },
] as const;

/** Set CORROBORATE_SCREENSHOTS to a folder to keep a screenshot of each layout checked, to look at by eye. */
const SCREENSHOTS = process.env['CORROBORATE_SCREENSHOTS'];

// Four papers on one fire: three say twelve people were hurt, one says fifteen (words of our own, not a fixture).
const ODD_ONE_OUT = [
  { id: 'north-ledger', text: 'Twelve people were injured when fire swept through the Calder Lane bus depot on Monday night, the fire service said.' },
  { id: 'east-gazette', text: 'A fire at the Calder Lane bus depot on Monday injured 12 people, according to the fire service.' },
  { id: 'west-post', text: 'Firefighters said 12 people were hurt in the blaze at the Calder Lane bus depot, which began late on Monday.' },
  { id: 'south-echo', text: 'Fifteen people were injured in the Calder Lane bus depot fire on Monday, the fire service said.' },
];

/**
 * The review page in a real browser: Debian's Chromium driven by playwright-core (`npx playwright install`
 * cannot download here). CI installs Chromium in .ci/run and must never skip this file; on a developer's
 * machine without Chromium it is skipped with a message saying how to get it.
 */
const CHROMIUM = process.env['CORROBORATE_CHROMIUM'] ?? '/usr/bin/chromium';
const IN_CI = process.env['CI'] !== undefined && process.env['CI'] !== '' && process.env['CI'] !== 'false';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const RUN = HAVE_CHROMIUM || IN_CI;

if (!RUN) {
  console.warn(`review page browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CORROBORATE_CHROMIUM)`);
}

// Every way an article could try to run code or reach the network, in the text, in a link and in its id.
const HOSTILE_WIRE = `Police said 12 people were injured <script>window.__pwned = 1, alert(1)</script> when the fire broke out at the Harbour Street depot on Tuesday.

The mayor, Jane Okafor <img src=x onerror="window.__pwned = 2, alert(2)">, visited the site.`;
const HOSTILE_DAILY = `Fifteen people were injured in the fire at the Harbour Street depot, police said [read more](javascript:window.__pwned=3) on Tuesday.

Mayor Jane Okafor <a href="javascript:window.__pwned=4">visited</a> the site on Wednesday <iframe src="https://example.com/x"></iframe>.`;

function hostileReport(): Report {
  return checkSources([
    { id: 'wire<script>window.__pwned=5</script>', text: HOSTILE_WIRE, format: 'markdown' },
    { id: 'daily" onmouseover="window.__pwned=6', text: HOSTILE_DAILY, format: 'markdown' },
  ]);
}

describe.runIf(RUN)('review page in headless Chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`Chromium is missing at ${CHROMIUM}: CI must install it (.ci/run runs apt-get install -y chromium)`);
    dir = await mkdtemp(join(tmpdir(), 'corroborate-review-'));
    // Root (as in CI) cannot use Chromium's sandbox.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  interface Opened {
    page: Page;
    requests: string[];
    dialogs: string[];
    errors: string[];
    url: string;
  }

  /** Open the page as an editor would, from a file, recording every request, dialog and page error. */
  async function open(report: Report, name: string, viewport?: { width: number; height: number }): Promise<Opened> {
    const file = join(dir, `${name}.html`);
    await writeFile(file, formatReport(report, 'html'));
    const url = pathToFileURL(file).href;
    const page = await browser.newPage(viewport ? { viewport } : {});
    const opened: Opened = { page, requests: [], dialogs: [], errors: [], url };
    page.on('request', (request) => {
      if (request.url() !== url) opened.requests.push(request.url());
    });
    page.on('dialog', (dialog) => {
      opened.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => opened.errors.push(error.message));
    await page.goto(url);
    return opened;
  }

  it('renders every finding of the fixtures, with the filters shown by its script', async () => {
    const report = apt31Report();
    const { page, requests, errors } = await open(report, 'apt31');
    expect(await page.locator('article.finding').count()).toBe(report.findings.length);
    for (const finding of report.findings) {
      const article = page.locator(`article#${finding.id}`);
      await expect(article.isVisible()).resolves.toBe(true);
      const marked = await article.locator('mark').allTextContents();
      for (const e of finding.evidence) expect(marked).toContain(e.text);
    }
    // The filter bar is hidden in the markup and shown by the script: visible means the CSP let it run.
    await expect(page.locator('#filters').isVisible()).resolves.toBe(true);
    await expect(page.locator('#shown').textContent()).resolves.toBe(`${report.findings.length} of ${report.findings.length} findings shown`);
    const matrixRows = await page.locator('#matrix tbody tr').count();
    expect(matrixRows).toBe(new Set(report.findings.map((f) => f.fact)).size);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('hides the agreements when their filter is clicked, and shows them again', async () => {
    const report = apt31Report();
    const agreements = report.findings.filter((f) => f.kind === 'agreement');
    const divergences = report.findings.filter((f) => f.kind === 'divergence');
    const others = report.findings.filter((f) => f.kind !== 'agreement');
    expect(agreements.length).toBeGreaterThan(0);
    expect(divergences.length).toBeGreaterThan(0);
    const { page } = await open(report, 'filter');
    const agreementFilter = page.locator('input[name=kind][value=agreement]');
    await agreementFilter.click();
    for (const f of agreements) await expect(page.locator(`article#${f.id}`).isVisible()).resolves.toBe(false);
    for (const f of others) await expect(page.locator(`article#${f.id}`).isVisible()).resolves.toBe(true);
    await expect(page.locator('#shown').textContent()).resolves.toBe(`${others.length} of ${report.findings.length} findings shown`);
    // Facts with agreements only leave the matrix too.
    const factsLeft = new Set(others.map((f) => f.fact)).size;
    expect(await page.locator('#matrix tbody tr:visible').count()).toBe(factsLeft);

    await agreementFilter.click();
    for (const f of agreements) await expect(page.locator(`article#${f.id}`).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('filters by severity and by source', async () => {
    const report = apt31Report();
    const { page } = await open(report, 'filters');
    // Severity is a property of divergences: unticking Warning hides the warning divergences and nothing else.
    await page.locator('input[name=severity][value=warning]').uncheck();
    const shown = report.findings.filter((f) => !(f.kind === 'divergence' && f.severity === 'warning'));
    expect(shown.length).toBeLessThan(report.findings.length);
    expect(await page.locator('article.finding:visible').count()).toBe(shown.length);
    await page.locator('input[name=severity][value=warning]').check();
    // Leave only the first source: a finding stays when that source is in it.
    const [first, ...rest] = report.sources;
    for (let i = 1; i <= rest.length; i++) await page.locator(`input[name=source][value=s${i}]`).uncheck();
    const withFirst = report.findings.filter((f) => f.evidence.some((e) => e.sourceId === first?.id));
    expect(await page.locator('article.finding:visible').count()).toBe(withFirst.length);
    await page.close();
  });

  it('runs nothing from articles that carry <script>, onerror= and javascript: links', async () => {
    const report = hostileReport();
    // The payloads reach the page as text (so the test is not passing on an empty page).
    const claims = report.claims.map((c) => c.text).join('\n');
    for (const payload of ['<script>', 'onerror=', 'javascript:', '<iframe']) expect(claims).toContain(payload);
    expect(report.findings.some((f) => f.kind === 'divergence')).toBe(true);

    const { page, requests, dialogs, errors } = await open(report, 'hostile');
    // Click everything clickable: the page's own links, the filters, and the matrix.
    // The skip link shows only when focused, as a keyboard reaches it; every other link is clicked.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    for (const link of await page.locator('a:not(.skip)').all()) await link.click();
    for (const box of await page.locator('input[type=checkbox]').all()) await box.click();
    await page.locator('body').hover();
    await page.waitForTimeout(100);

    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(new URL(page.url()).pathname).toBe(new URL(pathToFileURL(join(dir, 'hostile.html')).href).pathname);

    const dom = await page.evaluate(() => {
      const all = Array.from(document.querySelectorAll('*'));
      return {
        scripts: document.scripts.length,
        handlers: all.flatMap((el) => Array.from(el.attributes).filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => `${el.tagName} ${a.name}`)),
        hrefs: Array.from(document.querySelectorAll('[href]')).map((el) => el.getAttribute('href') ?? ''),
        embedded: document.querySelectorAll('img, iframe, object, embed, link, base, meta[http-equiv=refresh]').length,
        text: document.body.textContent ?? '',
      };
    });
    expect(dom.scripts).toBe(1);
    expect(dom.handlers).toEqual([]);
    expect(dom.hrefs.filter((href) => !href.startsWith('#'))).toEqual([]);
    expect(dom.hrefs.some((href) => /javascript:/i.test(href))).toBe(false);
    expect(dom.embedded).toBe(0);
    // Shown, escaped, as words: every sentence quoted by a finding is in the page's text as written.
    const quoted = new Set(report.findings.flatMap((f) => f.evidence.map((e) => e.claimId)));
    const sentences = report.claims.filter((c) => quoted.has(c.id)).map((c) => c.text);
    for (const payload of ['<script>', 'onerror=', 'javascript:']) expect(sentences.join('\n')).toContain(payload);
    for (const sentence of sentences) expect(dom.text).toContain(sentence);
    for (const source of report.sources) expect(dom.text).toContain(source.id);
    await page.close();
  });

  it.each(VIEWPORTS)('fits a $width px wide screen: no page scroll sideways, a short filter bar, wide tables scroll in their box', async (viewport) => {
    const report = apt31Report();
    const { page, errors } = await open(report, `layout-${viewport.width}`, viewport);
    const measure = () =>
      page.evaluate(() => {
        const bar = document.getElementById('filters')?.getBoundingClientRect();
        const matrix = document.querySelector('#matrix .scroll');
        return {
          scrollWidth: document.documentElement.scrollWidth,
          bodyWidth: document.body.scrollWidth,
          bar: bar ? bar.height : -1,
          matrixBox: matrix ? matrix.getBoundingClientRect().right : -1,
        };
      });
    const m = await measure();
    expect(m.scrollWidth).toBeLessThanOrEqual(viewport.width);
    expect(m.bodyWidth).toBeLessThanOrEqual(viewport.width);
    expect(m.matrixBox).toBeLessThanOrEqual(viewport.width);
    if (viewport.width < 640) {
      // Folded on a phone: one line of the height, and the count of what is shown still in sight.
      expect(m.bar).toBeGreaterThan(0);
      expect(m.bar).toBeLessThan(viewport.height * 0.1);
      await expect(page.locator('#filters details').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
      await expect(page.locator('#shown').isVisible()).resolves.toBe(true);
      // Opened, it still leaves most of the screen to the page, and nothing scrolls sideways.
      await page.locator('#filters summary').click();
      await expect(page.locator('input[name=kind][value=agreement]').isVisible()).resolves.toBe(true);
      const opened = await measure();
      expect(opened.bar).toBeLessThan(viewport.height * 0.7);
      expect(opened.scrollWidth).toBeLessThanOrEqual(viewport.width);
    } else {
      await expect(page.locator('input[name=kind][value=agreement]').isVisible()).resolves.toBe(true);
      expect(m.bar).toBeLessThan(viewport.height * 0.25);
    }
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, `review-${viewport.width}.png`), fullPage: false });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has a skip link to the findings as the first thing the keyboard reaches', async () => {
    const { page } = await open(apt31Report(), 'skip', VIEWPORTS[0]);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return { tag: el?.tagName, href: el?.getAttribute('href'), text: el?.textContent, visible: el ? el.getBoundingClientRect().top >= 0 : false };
    });
    expect(focused).toEqual({ tag: 'A', href: '#findings', text: 'Skip to the findings', visible: true });
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#findings');
    const { top, barBottom } = await page.evaluate(() => ({
      top: document.getElementById('findings')?.getBoundingClientRect().top ?? -1,
      barBottom: document.getElementById('filters')?.getBoundingClientRect().bottom ?? Infinity,
    }));
    expect(top).toBeGreaterThanOrEqual(barBottom);
    await page.close();
  });

  it.each(VIEWPORTS)('lands an anchor jump below the sticky filter bar at $width px', async (viewport) => {
    const report = apt31Report();
    const { page } = await open(report, `anchors-${viewport.width}`, viewport);
    // The tallest the bar gets: opened, on a phone too.
    await page.evaluate(() => {
      const panel = document.querySelector<HTMLDetailsElement>('#filters details');
      if (panel) panel.open = true;
    });
    await page.waitForTimeout(50);
    const targets = [report.findings[Math.floor(report.findings.length / 2)]?.id ?? '', 'fact-2', report.findings[1]?.id ?? ''];
    for (const id of targets) {
      // From the matrix, a fact's row, or a finding's own anchor: every kind of link the page has.
      const link = page.locator(`#matrix a[href="#${id}"], .finding a.anchor[href="#${id}"]`).first();
      await link.scrollIntoViewIfNeeded();
      await link.click();
      await page.waitForTimeout(50);
      const { top, barBottom } = await page.evaluate((target) => ({
        top: document.getElementById(target)?.getBoundingClientRect().top ?? -1,
        barBottom: document.getElementById('filters')?.getBoundingClientRect().bottom ?? Infinity,
      }), id);
      expect(new URL(page.url()).hash).toBe(`#${id}`);
      expect(top, `#${id} at ${viewport.width} px`).toBeGreaterThanOrEqual(barBottom);
    }
    await page.close();
  });

  it('marks the source that departs from the majority, distinctly from the sources that agree with it', async () => {
    const report = checkSources(ODD_ONE_OUT);
    const divergence = report.findings.find((f) => f.kind === 'divergence');
    expect(divergence?.evidence.map((e) => e.sourceId).sort()).toEqual(['east-gazette', 'north-ledger', 'south-echo', 'west-post']);
    const { page } = await open(report, 'odd-one-out', VIEWPORTS[2]);
    const row = page.locator(`#matrix tr[data-findings~="${divergence?.id ?? ''}"]`);
    const columns = report.sources.map((s) => s.id);
    const cells = await row.locator('td').evaluateAll((tds) =>
      tds.map((td) => ({ text: td.textContent, label: td.querySelector('a')?.getAttribute('aria-label') ?? '', background: getComputedStyle(td).backgroundColor })),
    );
    const odd = cells[columns.indexOf('south-echo')];
    expect(odd?.text).toBe('≠ differs');
    expect(odd?.label).toContain('south-echo: differs from the majority');
    const others = cells.filter((_, i) => columns[i] !== 'south-echo');
    expect(others.map((c) => c.text)).toEqual(['= majority', '= majority', '= majority']);
    for (const other of others) {
      expect(other.label).not.toContain('differs');
      expect(other.background).not.toBe(odd?.background);
    }
    // The accessible name is what a screen reader says for the cell's link.
    await expect(row.getByRole('link', { name: /south-echo: differs from the majority/ }).count()).resolves.toBe(1);
    if (SCREENSHOTS) await page.locator('#matrix').screenshot({ path: join(SCREENSHOTS, 'review-odd-one-out.png') });
    await page.close();
  });
});
