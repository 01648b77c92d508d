import type { Report, ReportFinding } from '../schema.js';
import {
  divergenceCounts,
  type FactGroup,
  findingLabel,
  headline,
  location,
  oneLine,
  SECTION_TITLES,
  sections,
  shownValue,
  sourceFiles,
  sourceName,
} from './shared.js';
import { noticeLines, visibleReport } from './safe.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function h(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

// Inline, because the page must open from an e-mail attachment or a CI artefact with nothing else next to it.
const CSS = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;max-width:72rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid #d0d7de}
h3{font-size:1rem;margin:1.5rem 0 .5rem;color:#59636e;font-weight:600}
table{border-collapse:collapse;margin:.25rem 0 1rem;width:100%}th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.n{text-align:right}code,.where{font:13px ui-monospace,SFMono-Regular,Menlo,monospace}
.where{color:#59636e;white-space:nowrap}.words{font-weight:600}.rule{color:#59636e}
.badge{display:inline-block;border-radius:4px;padding:0 .4rem;font-size:.8rem;font-weight:600;color:#fff;margin-right:.4rem}
.error{background:#cf222e}.warning{background:#9a6700}.info{background:#0969da}.agreement{background:#1a7f37}
ul{padding-left:1.2rem}p.finding{margin:.75rem 0 .25rem}
`.trim();

function badge(kind: 'error' | 'warning' | 'info' | 'agreement', label: string): string {
  return `<span class="badge ${kind}">${h(label)}</span>`;
}

function divergence(finding: ReportFinding, files: Map<string, string>): string[] {
  return [
    `<p class="finding">${badge(finding.kind === 'divergence' ? finding.severity : 'info', findingLabel(finding))}${h(finding.message)} <span class="rule">${h(finding.rule)}</span></p>`,
    '<table><thead><tr><th>Source</th><th>Words</th><th>Value</th><th>Where</th></tr></thead><tbody>',
    ...finding.evidence.map(
      (e) =>
        `<tr><td>${h(e.sourceId)}</td><td class="words">“${h(oneLine(e.text))}”</td><td>${h(shownValue(e) ?? '')}</td><td class="where">${h(location(e, files))}</td></tr>`,
    ),
    '</tbody></table>',
  ];
}

function agreement(finding: ReportFinding): string {
  const where = finding.evidence.map((e) => `${h(e.sourceId)} <span class="where">${e.start.line}:${e.start.column}</span>`).join(', ');
  return `<li>${badge('agreement', 'Agreement')}${h(finding.message)} <span class="rule">${h(finding.rule)}</span> — ${where}</li>`;
}

function group(g: FactGroup, files: Map<string, string>): string[] {
  const out = [`<h3>${h(g.fact)}</h3>`];
  let list: string[] = [];
  const flush = () => {
    if (list.length) out.push('<ul>', ...list, '</ul>');
    list = [];
  };
  for (const finding of g.findings) {
    if (finding.kind === 'agreement') list.push(agreement(finding));
    else {
      flush();
      out.push(...divergence(finding, files));
    }
  }
  flush();
  return out;
}

/** The sources with what is known of them and the per-source summary (shares, departs, contested, single-source). */
function sourcesTable(report: Report): string[] {
  const n = (value: number | undefined) => `<td class="n">${value ?? ''}</td>`;
  return [
    '<h2>Sources</h2>',
    '<table><thead><tr><th>Source</th><th>Outlet / title</th><th>Date</th><th>Claims</th><th>Shares</th><th>Departs</th><th>Contested</th><th>Single-source</th><th>Departs on</th><th>File</th></tr></thead><tbody>',
    ...report.sources.map((src) => {
      const s = src.stance;
      const single = s ? `${s.singleSource}${s.unlisted > 0 ? ` (${s.unlisted} not listed)` : ''}` : '';
      return (
        `<tr><td>${h(src.id)}</td><td>${h(sourceName(src))}</td><td>${h(src.date ?? '')}</td><td class="n">${src.claimCount}</td>` +
        `${n(s?.shares)}${n(s?.departs)}${n(s?.contested)}<td class="n">${h(single)}</td><td>${h(s?.departsOn.join('; ') ?? '')}</td><td class="where">${h(src.path ?? '')}</td></tr>`
      );
    }),
    '</tbody></table>',
  ];
}

/** A standalone page with the same content as the Markdown report: inline CSS, no scripts, every text escaped. */
export function formatHtml(raw: Report): string {
  const report = visibleReport(raw);
  const files = sourceFiles(report);
  const counts = divergenceCounts(report);
  const s = report.summary;
  const cells = [s.sources, s.claims, s.divergences, counts.error, counts.warning, counts.info, s.agreements];
  const out = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Corroboration report</title>',
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<h1>Corroboration report</h1>',
    `<p>${h(headline(report))}</p>`,
    '<table><thead><tr><th>Sources</th><th>Claims</th><th>Divergences</th><th>Errors</th><th>Warnings</th><th>Notes</th><th>Agreements</th></tr></thead>',
    `<tbody><tr>${cells.map((n) => `<td class="n">${n}</td>`).join('')}</tr></tbody></table>`,
    ...sourcesTable(report),
  ];
  const notices = noticeLines(report);
  if (notices.length > 0) out.push('<h2>Notices</h2>', '<ul>', ...notices.map((line) => `<li>${h(line)}</li>`), '</ul>');
  if (report.findings.length === 0) out.push('<p>No findings.</p>');
  for (const section of sections(report.findings)) {
    out.push(`<h2>${h(SECTION_TITLES[section.name])}</h2>`);
    for (const g of section.groups) out.push(...group(g, files));
  }
  out.push('</body>', '</html>');
  return `${out.join('\n')}\n`;
}
