import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/format/index.js';
import { sampleReport } from './sample-report.js';

const html = () => formatReport(sampleReport(), 'html');

describe('html formatter', () => {
  it('is a standalone page with inline CSS and no scripts', () => {
    const out = html();
    expect(out.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(out).toContain('<meta charset="utf-8">');
    expect(out).toMatch(/<style>[^<]+<\/style>/);
    expect(out).not.toMatch(/<script|<link|src=/i);
    expect(out.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('escapes text from the articles', () => {
    const out = html();
    expect(out).toContain('Ni Gaobin | &lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('shows each divergence as a table of sources with file:line:column', () => {
    const out = html();
    expect(out).toContain('<th>Source</th><th>Words</th><th>Value</th><th>Where</th>');
    expect(out).toContain(
      '<tr><td>alpha</td><td class="words">“two people”</td><td>2 person</td><td class="where">news/alpha.txt:3:20</td></tr>',
    );
    expect(out.indexOf('<h2>Errors</h2>')).toBeLessThan(out.indexOf('<h2>Warnings</h2>'));
  });

  it('escapes quotes in attributes-safe way and is byte-stable', () => {
    const report = sampleReport();
    const finding = report.findings[0];
    if (!finding) throw new Error('sample report changed');
    finding.message = `He said "no" & left's`;
    const out = formatReport(report, 'html');
    expect(out).toContain('He said &quot;no&quot; &amp; left&#39;s');
    expect(html()).toBe(html());
  });
});
