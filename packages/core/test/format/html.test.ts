import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { REVIEW_PAGE_CSP } from '../../src/report/format/html.js';
import { formatReport } from '../../src/report/format/index.js';
import { REVIEW_SCRIPT, REVIEW_SCRIPT_HASH } from '../../src/report/format/review-script.js';
import { REPORT_VERSION, type Report, ReportSchema } from '../../src/report/schema.js';
import { sampleReport } from './sample-report.js';

const html = (report: Report = sampleReport()) => formatReport(report, 'html');

/** The matrix: per row, its findings and each cell's status class. */
function matrixRows(page: string): Array<{ ids: string | undefined; cells: Array<string | undefined> }> {
  return [...page.matchAll(/<tr data-findings="([^"]*)">(.*?)<\/tr>/g)].map((m) => ({ ids: m[1], cells: [...(m[2] ?? '').matchAll(/<td class="st-([a-z-]+)"/g)].map((c) => c[1]) }));
}

/** The matrix cell of one source (by column) in the row of one finding, as markup. */
function cell(page: string, findingIds: string, column: number): string {
  const row = new RegExp(`<tr data-findings="${findingIds}">(.*?)</tr>`).exec(page)?.[1] ?? '';
  return [...row.matchAll(/<td[^>]*>.*?<\/td>/g)][column]?.[0] ?? '';
}

const point = (offset: number) => ({ line: 1, column: offset + 1, offset });

/** One divergence about a count: `values[i]` is what source `s<i>` says. */
function countReport(values: readonly string[]): Report {
  const sources = values.map((_, i) => ({ id: `s${i}-paper`, claimCount: 1 }));
  const claims = values.map((v, i) => ({ id: `c${i}`, sourceId: `s${i}-paper`, text: `${v} people were hurt.`, start: point(0), end: point(v.length + 18), mentions: [] }));
  const evidence = values.map((v, i) => ({ sourceId: `s${i}-paper`, claimId: `c${i}`, text: `${v} people`, start: point(0), end: point(v.length + 7), value: `${v} person` }));
  return ReportSchema.parse({
    version: REPORT_VERSION,
    sources,
    claims,
    findings: [{ id: 'F001', kind: 'divergence', category: 'quantity', severity: 'error', rule: 'quantity/disjoint', fact: 'people hurt', message: 'Sources disagree.', evidence }],
    summary: { sources: values.length, claims: values.length, agreements: 0, divergences: 1, errors: 1, warnings: 0, infos: 0 },
  });
}

/** Every attribute value that names a resource or a target. */
function urls(page: string): string[] {
  return [...page.matchAll(/\s(?:href|src|srcset|action|formaction|poster|data|xlink:href)\s*=\s*"([^"]*)"/gi)].map((m) => m[1] ?? '');
}

describe('html formatter (the review page)', () => {
  it('is one page with inline CSS, one inline script and a CSP that forbids every request', () => {
    const out = html();
    expect(out.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(out).toContain(`<meta http-equiv="Content-Security-Policy" content="${REVIEW_PAGE_CSP.replace(/'/g, '&#39;')}">`);
    expect(REVIEW_PAGE_CSP).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(out.match(/<script/g)).toHaveLength(1);
    expect(out).toContain(`<script>${REVIEW_SCRIPT}</script>`);
    expect(out).not.toMatch(/<link|<img|<iframe|<object|<embed|@import|url\(/i);
    expect(out).not.toMatch(/https?:|\/\/[a-z]/i);
    expect(urls(out).every((u) => u.startsWith('#'))).toBe(true);
    expect(out.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('allows its own script by a hash that matches it', () => {
    const hash = `sha256-${createHash('sha256').update(REVIEW_SCRIPT, 'utf8').digest('base64')}`;
    // If this fails after editing the script, set REVIEW_SCRIPT_HASH in review-script.ts to the value received.
    expect(REVIEW_SCRIPT_HASH).toBe(hash);
    expect(REVIEW_PAGE_CSP).toContain(`'${hash}'`);
    expect(REVIEW_SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval|Function\(/);
  });

  it('escapes text from the articles in text and in attributes', () => {
    const report = sampleReport();
    const [alpha] = report.sources;
    const finding = report.findings[0];
    if (!alpha || !finding) throw new Error('sample report changed');
    finding.message = `He said "no" & <b>left</b>'s`;
    finding.fact = '"><img src=x onerror=alert(1)>';
    alpha.path = 'news/"onmouseover="alert(1).txt';
    const out = html(report);
    expect(out).toContain('He said &quot;no&quot; &amp; &lt;b&gt;left&lt;/b&gt;&#39;s');
    expect(out).toContain('Ni Gaobin | &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('"onmouseover="');
    expect(out).not.toContain('<b>left');
  });

  it('has a matrix of facts by sources: an even split differs on every side, agrees, silent', () => {
    const out = html();
    expect(matrixRows(out)).toEqual([
      { ids: 'F001', cells: ['split', 'split', 'silent'] },
      { ids: 'F002 F003', cells: ['split', 'silent', 'split'] },
    ]);
    expect(out).toContain('<th class="src" scope="col" title="alpha">alpha</th>');
    expect(out).toContain('<a href="#F001"');
  });

  it('marks the odd one out: the minority differs from the majority, the majority agrees with it', () => {
    const out = html(countReport(['12', '12', '12', '15']));
    expect(matrixRows(out)).toEqual([{ ids: 'F001', cells: ['majority', 'majority', 'majority', 'differs'] }]);
    expect(cell(out, 'F001', 3)).toContain('aria-label="s3-paper: differs from the majority (F001, quantity/disjoint)"');
    expect(cell(out, 'F001', 3)).toContain('>≠ differs</a>');
    expect(cell(out, 'F001', 0)).toContain('>= majority</a>');
    expect(cell(out, 'F001', 0)).not.toContain('differs');
    // The legend explains both marks.
    expect(out).toContain('≠ differs: differs from the majority.');
    expect(out).toContain('= majority: agrees with the majority');
  });

  it('marks every side of an even split as differing, with no majority', () => {
    const out = html(countReport(['12', '12', '15', '15']));
    expect(matrixRows(out)).toEqual([{ ids: 'F001', cells: ['split', 'split', 'split', 'split'] }]);
    for (let column = 0; column < 4; column++) {
      expect(cell(out, 'F001', column)).toContain('>≠ split</a>');
      expect(cell(out, 'F001', column)).toMatch(/aria-label="s\d-paper: differs, with no majority/);
    }
  });

  it('shows each finding with an anchor and every source\'s sentence, the compared words marked', () => {
    const out = html();
    expect(out).toMatch(/<article class="finding sev-error kind-divergence" id="F001" data-severity="error" data-kind="divergence" data-sources="s0 s1">/);
    expect(out).toContain('<a class="anchor" href="#F001">F001</a>');
    expect(out).toContain('<blockquote>The UK sanctioned <mark>two people</mark>.</blockquote>');
    expect(out).toContain('<blockquote><mark>Three people</mark> were sanctioned.</blockquote>');
    expect(out).toContain('<blockquote><mark>Ni Gaobin</mark> | &lt;script&gt;alert(1)&lt;/script&gt;</blockquote>');
    expect(out).toContain('<span class="where">news/alpha.txt:3:20</span>');
    expect(out).toContain('<p class="value">“two people” = 2 person</p>');
  });

  it('marks the words found by their offsets even when the same words come earlier in the sentence', () => {
    const report = sampleReport();
    const claim = report.claims[0];
    const evidence = report.findings[0]?.evidence[0];
    if (!claim || !evidence) throw new Error('sample report changed');
    claim.text = 'two people said two people.';
    claim.start = { line: 3, column: 1, offset: 40 };
    evidence.start = { line: 3, column: 17, offset: 56 };
    expect(html(report)).toContain('<blockquote>two people said <mark>two people</mark>.</blockquote>');
  });

  it('offers filters by severity, kind and source, folded in a <details>, hidden until the script shows them', () => {
    const out = html();
    expect(out).toContain('<form id="filters" class="filters" hidden');
    expect(out).toMatch(/<form id="filters"[^>]*>\n<details open>\n<summary>Filters<span id="shown"/);
    for (const [name, value] of [['severity', 'error'], ['severity', 'warning'], ['kind', 'divergence'], ['kind', 'agreement'], ['source', 's0'], ['source', 's1'], ['source', 's2']]) {
      expect(out).toContain(`<input type="checkbox" name="${name}" value="${value}" checked>`);
    }
    // The sample's only info finding is an agreement: severity is a property of divergences, so no Info box.
    expect(out).not.toContain('name="severity" value="info"');
  });

  it('gives each severity count one meaning: divergences of that severity, in the summary and in the filter', () => {
    const report = sampleReport();
    const [first, second, third] = report.findings;
    if (!first || !second || !third) throw new Error('sample report changed');
    second.severity = 'info';
    // An agreement and a single-source claim are info too, and are not counted as Info.
    report.findings.push({ ...third, id: 'F004', kind: 'single-source', rule: 'single-source/number', fact: 'only in gamma', evidence: [third.evidence[1] ?? third.evidence[0]!] });
    const out = html(report);
    const summary = /<dl class="summary">(.*?)<\/dl>/.exec(out)?.[1] ?? '';
    expect(summary).toContain('<dt>Divergences</dt><dd>2 <span class="of">(<span data-severity="error">Error 1</span> · <span data-severity="warning">Warning 0</span> · <span data-severity="info">Info 1</span>)</span></dd>');
    expect(out).toContain('<fieldset><legend>Divergences</legend>');
    expect(out).toContain('value="error" checked> Error <span class="muted">(1)</span>');
    expect(out).toContain('value="info" checked> Info <span class="muted">(1)</span>');
    expect(out).not.toContain('value="warning" checked>');
    // Only divergences carry a severity badge and a severity for the filter.
    expect(out).toMatch(/<article class="finding sev-info kind-divergence" id="F002" data-severity="info"/);
    expect(out).toMatch(/<article class="finding sev-info kind-agreement" id="F003" data-kind="agreement"/);
    expect(out).toMatch(/<article class="finding sev-info kind-single-source" id="F004" data-kind="single-source"/);
    expect(/id="F004"[^]*?<\/header>/.exec(out)?.[0]).not.toContain('badge info');
  });

  it('starts with a skip link to the findings, puts wide tables in their own scrolling box and keeps anchors clear of the bar', () => {
    const out = html();
    expect(out).toContain('<body>\n<a class="skip" href="#findings">Skip to the findings</a>\n<header>');
    expect(out).toContain('<section id="findings" tabindex="-1">');
    expect(out).toContain('<div class="scroll" role="region" aria-label="Facts by source" tabindex="0">\n<table class="matrix">');
    expect(out).toContain('<div class="scroll" role="region" aria-label="Sources" tabindex="0">\n<table>');
    expect(out).toContain('[id]{scroll-margin-top:calc(var(--bar,0px) + .75rem)}');
    expect(REVIEW_SCRIPT).toContain("setProperty('--bar'");
  });

  it('names a source by its outlet when the report has one, in messages and facts too, and lists kinds it does not know', () => {
    const report = sampleReport();
    const [alpha, beta] = report.sources;
    const [first, , finding] = report.findings;
    if (!alpha || !beta || !first || !finding) throw new Error('sample report changed');
    Object.assign(alpha, { outlet: 'The <Daily> Wire', title: 'Sanctions announced' });
    // A title is a headline, not a name: the source keeps its id.
    Object.assign(beta, { title: 'Three sanctioned' });
    first.message = 'alpha says "two people" where beta-longer-id says "Three people".';
    first.fact = 'only in alpha';
    (finding as { kind: string }).kind = 'single-source';
    const out = html(report);
    expect(out).toContain('<th class="src" scope="col" title="The &lt;Daily&gt; Wire">The &lt;Daily&gt; Wire</th>');
    expect(out).toContain('<span class="source">The &lt;Daily&gt; Wire</span>');
    expect(out).toContain('<td>Sanctions announced</td>');
    expect(out).toContain('<td>Three sanctioned</td>');
    expect(out).toContain('<p class="message">The &lt;Daily&gt; Wire says &quot;two people&quot; where beta-longer-id says &quot;Three people&quot;.</p>');
    expect(out).toContain('<h3>only in The &lt;Daily&gt; Wire</h3>');
    expect(out).toContain('value="single-source" checked> Single source');
    expect(out).toContain('data-kind="single-source"');
  });

  it('renders what the story pipeline adds: timelines, support, copies, per-source stance and notices, all escaped', () => {
    const report = sampleReport();
    const [alpha, beta, gamma] = report.sources;
    const [first, second, third] = report.findings;
    if (!alpha || !beta || !gamma || !first || !second || !third) throw new Error('sample report changed');
    Object.assign(alpha, { outlet: 'Wire <A>', stance: { shares: 3, departs: 1, contested: 0, singleSource: 4, unlisted: 2, departsOn: ['sanctioned · people'] } });
    Object.assign(first, {
      kind: 'update',
      severity: 'info',
      timeline: [
        { sourceId: 'alpha', date: '2024-03-25', text: 'two people', value: '2 person', start: { line: 3, column: 20, offset: 59 } },
        { sourceId: 'beta-longer-id', date: '2024-03-26', text: 'Three <people>', value: '3 person', start: { line: 5, column: 1, offset: 100 } },
      ],
    });
    second.editing = ['alpha', 'gamma'];
    third.support = { sources: 2, independent: 1, copies: [['alpha', 'gamma']] };
    report.copies = [{ id: 'K1', sources: ['alpha', 'gamma'], similarity: 0.9 }];
    report.notices = [{ sourceId: 'delta', path: 'news/<delta>.txt', code: 'no-claims', message: 'no checkable claim' }];
    const out = html(report);
    expect(out).toContain('<ol class="timeline">');
    expect(out).toContain('<li><span class="where">2024-03-26</span> beta-longer-id: <mark>Three &lt;people&gt;</mark> <span class="muted">= 3 person</span></li>');
    expect(out).toContain('<li><span class="where">2024-03-25</span> Wire &lt;A&gt;: <mark>two people</mark>');
    expect(out).toContain('An editing change between copies of one text: Wire &lt;A&gt;, gamma.');
    expect(out).toContain('2 sources, 1 independent text (copies: Wire &lt;A&gt; = gamma).');
    expect(out).toContain('<th>Shares</th><th>Departs</th><th>Contested</th><th>Single-source</th><th>Departs on</th><th>Copy of</th>');
    expect(out).toMatch(/<td class="n">3<\/td><td class="n">1<\/td><td class="n">0<\/td><td class="n">4 \(2 not listed\)<\/td><td>sanctioned · people<\/td><td>gamma<\/td>/);
    expect(out).toContain('<li>news/&lt;delta&gt;.txt: no checkable claim</li>');
    // An update gets its own status in the matrix and its own kind filter.
    expect(out).toContain('<td class="st-update">');
    expect(out).toContain('value="update" checked> Update');
  });

  it('has print styles, and gives the same bytes for the same report', () => {
    expect(html()).toContain('@media print{');
    expect(html()).toBe(html());
  });

  it('says so when there are no findings', () => {
    const report = sampleReport();
    report.findings = [];
    const out = html(report);
    expect(out).toContain('<p>No findings');
    expect(out).not.toContain('<article');
  });
});
