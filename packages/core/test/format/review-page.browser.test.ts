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
  async function open(report: Report, name: string): Promise<Opened> {
    const file = join(dir, `${name}.html`);
    await writeFile(file, formatReport(report, 'html'));
    const url = pathToFileURL(file).href;
    const page = await browser.newPage();
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
    await page.locator('input[name=severity][value=info]').uncheck();
    const shown = report.findings.filter((f) => f.severity !== 'info');
    expect(await page.locator('article.finding:visible').count()).toBe(shown.length);
    await page.locator('input[name=severity][value=info]').check();
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
    for (const link of await page.locator('a').all()) await link.click();
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
});
