import type { Report, ReportFinding } from '../schema.js';
import {
  divergenceCounts,
  type FactGroup,
  findingLabel,
  headline,
  location,
  namedMessage,
  nameOf,
  type Naming,
  naming,
  omittedNote,
  oneLine,
  SECTION_TITLES,
  sections,
  shownValue,
  sourceFiles,
  sourceName,
  copyLines,
  withNames,
} from './shared.js';
import { noticeLines, unlinkMarkdown, visibleReport } from './safe.js';

/**
 * Backslash-escape everything Markdown could read as syntax, pipes included, so that cells never split. An
 * underscore inside a word (`000_99429b`) cannot start emphasis, so it stays bare and the source stays readable.
 */
function md(text: string): string {
  const escaped = oneLine(text)
    .replace(/[\\`*[\]<|~#&!]/g, '\\$&')
    .replace(/_/g, (underscore, at: number, all: string) =>
      /[\p{L}\p{N}]/u.test(all[at - 1] ?? '') && /[\p{L}\p{N}]/u.test(all[at + 1] ?? '') ? underscore : '\\_',
    );
  return unlinkMarkdown(escaped);
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function divergence(finding: ReportFinding, files: Map<string, string>, n: Naming): string[] {
  return [
    `**${findingLabel(finding)}** · ${md(finding.rule)} — ${md(namedMessage(finding, n))}`,
    '',
    row(['Source', 'Words', 'Value', 'Where']),
    row(['---', '---', '---', '---']),
    ...finding.evidence.map((e) =>
      row([md(nameOf(e.sourceId, n)), `“${md(e.text)}”`, md(shownValue(e) ?? ''), md(location(e, files))]),
    ),
    ...omitted(finding),
    '',
  ];
}

function omitted(finding: ReportFinding): string[] {
  const more = omittedNote(finding);
  return more ? ['', md(more)] : [];
}

function agreement(finding: ReportFinding, n: Naming): string[] {
  const more = omittedNote(finding);
  const where = [...finding.evidence.map((e) => `${md(nameOf(e.sourceId, n))} (${e.start.line}:${e.start.column})`), ...(more ? [md(more)] : [])].join(', ');
  return [`- **Agreement** · ${md(finding.rule)} — ${md(namedMessage(finding, n))} — ${where}`];
}

function group(g: FactGroup, files: Map<string, string>, n: Naming): string[] {
  const out = [`### ${md(withNames(g.fact, g.findings, n))}`, ''];
  let listOpen = false;
  for (const finding of g.findings) {
    if (finding.kind === 'agreement') {
      out.push(...agreement(finding, n));
      listOpen = true;
      continue;
    }
    // A table straight after a list item would be read as part of that item.
    if (listOpen) out.push('');
    listOpen = false;
    out.push(...divergence(finding, files, n));
  }
  if (listOpen) out.push('');
  return out;
}

/**
 * The sources with what is known of them and the per-source summary: how often each shares the majority's value,
 * departs from it or is on an even split, its single-source claims, and the facts it departs on.
 */
function sourcesTable(report: Report, n: Naming): string[] {
  const stance = (src: Report['sources'][number], key: 'shares' | 'departs' | 'contested') => String(src.stance?.[key] ?? '');
  return [
    '## Sources',
    '',
    row(['Source', 'Outlet / title', 'Date', 'Claims', 'Shares', 'Departs', 'Contested', 'Single-source', 'Departs on', 'File']),
    row(['---', '---', '---', '---:', '---:', '---:', '---:', '---:', '---', '---']),
    ...report.sources.map((src) =>
      row([
        md(src.id),
        md(sourceName(src)),
        md(src.date ?? ''),
        String(src.claimCount),
        stance(src, 'shares'),
        stance(src, 'departs'),
        stance(src, 'contested'),
        src.stance ? `${src.stance.singleSource}${src.stance.unlisted > 0 ? ` (${src.stance.unlisted} not listed)` : ''}` : '',
        md(src.stance?.departsOn.join('; ') ?? ''),
        md(src.path ?? ''),
      ]),
    ),
    '',
    ...(report.copies && report.copies.length > 0 ? ['### Copies of one text', '', ...copyLines(report, n.names).map((c) => `- ${md(c)}`), ''] : []),
  ];
}

/** A report to paste into an issue, a pull request or an editor's notes. */
export function formatMarkdown(raw: Report): string {
  const report = visibleReport(raw);
  const files = sourceFiles(report);
  const n = naming(report);
  const counts = divergenceCounts(report);
  const s = report.summary;
  const out = [
    '# Corroboration report',
    '',
    md(headline(report)),
    '',
    row(['Sources', 'Claims', 'Divergences', 'Errors', 'Warnings', 'Notes', 'Agreements']),
    row(['---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    row([
      ...[s.sources, s.claims, s.divergences, counts.error, counts.warning, counts.info].map(String),
      s.hidden?.agreements === undefined ? String(s.agreements) : `${s.hidden.agreements} (not listed)`,
    ]),
    '',
    ...sourcesTable(report, n),
  ];
  const notices = noticeLines(report);
  if (notices.length > 0) out.push('## Notices', '', ...notices.map((line) => `- ${md(line)}`), '');
  if (report.findings.length === 0) out.push('No findings.', '');
  for (const section of sections(report.findings)) {
    out.push(`## ${SECTION_TITLES[section.name]}`, '');
    for (const g of section.groups) out.push(...group(g, files, n));
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
