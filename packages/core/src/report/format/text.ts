import type { Report, ReportFinding } from '../schema.js';
import { type FormatOptions, plainStyles, type Styles } from './styles.js';
import { noticeLines, visibleReport } from './safe.js';
import {
  copyLines,
  divergenceCounts,
  groupByFact,
  headline,
  location,
  namedMessage,
  nameOf,
  type Naming,
  naming,
  omittedNote,
  oneLine,
  plural,
  shownValue,
  sourceFiles,
  sourceName,
  stanceLine,
  timelineEvidence,
  withNames,
} from './shared.js';

/** Longer quotes are cut in the terminal; the JSON, Markdown and HTML reports keep them whole. */
const MAX_QUOTE = 100;
/** Past this width the location column stops lining up rather than pushing every line off screen. */
const MAX_WORDS_COLUMN = 60;

/** Width in code points, so that accented and non-Latin words do not skew the columns. */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)));
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function severityLabel(finding: ReportFinding, styles: Styles): string {
  if (finding.kind === 'agreement') return styles.green(pad('agree', 7));
  if (finding.kind === 'update') return styles.cyan(pad('update', 7));
  if (finding.kind === 'single-source') return styles.dim(pad('only', 7));
  const label = pad(finding.severity, 7);
  if (finding.severity === 'error') return styles.red(label);
  if (finding.severity === 'warning') return styles.yellow(label);
  return styles.cyan(label);
}

/** What every kind starts with: its label, the message with sources by name, and the rule. */
function head(finding: ReportFinding, n: Naming, styles: Styles): string {
  return `${severityLabel(finding, styles)}  ${namedMessage(finding, n)}  ${styles.dim(finding.rule)}`;
}

function divergence(finding: ReportFinding, files: Map<string, string>, n: Naming, idWidth: number, styles: Styles): string[] {
  const lines = [head(finding, n, styles)];
  const rows = finding.evidence.map((e) => {
    const quote = `"${truncate(oneLine(e.text), MAX_QUOTE)}"`;
    const value = shownValue(e);
    return { e, quote, value, plain: value === undefined ? quote : `${quote} = ${value}` };
  });
  const wordsWidth = Math.min(MAX_WORDS_COLUMN, Math.max(...rows.map((r) => width(r.plain))));
  for (const { e, quote, value, plain } of rows) {
    const words = value === undefined ? styles.bold(quote) : `${styles.bold(quote)} ${styles.dim('=')} ${value}`;
    const padding = ' '.repeat(Math.max(0, wordsWidth - width(plain)));
    lines.push(`  ${pad(nameOf(e.sourceId, n), idWidth)}  ${words}${padding}  ${styles.dim(location(e, files))}`);
  }
  const more = omittedNote(finding);
  if (more) lines.push(`  ${styles.dim(more)}`);
  return lines;
}

/** An update: one row per step, in date order, with the step's date. */
function update(finding: ReportFinding, files: Map<string, string>, n: Naming, idWidth: number, styles: Styles): string[] {
  const steps = finding.timeline ?? [];
  const lines = [head(finding, n, styles)];
  const quotes = steps.map((s) => `"${truncate(oneLine(s.text), MAX_QUOTE)}"`);
  const wordsWidth = Math.min(MAX_WORDS_COLUMN, Math.max(0, ...quotes.map(width)));
  steps.forEach((s, k) => {
    const quote = quotes[k] ?? '';
    lines.push(`  ${pad(nameOf(s.sourceId, n), idWidth)}  ${pad(s.date, 10)}  ${styles.bold(quote)}${' '.repeat(Math.max(0, wordsWidth - width(quote)))}  ${styles.dim(location(timelineEvidence(s), files))}`);
  });
  return lines;
}

/** A single-source claim: the message quotes the words; one line says where they are. */
function singleSource(finding: ReportFinding, files: Map<string, string>, n: Naming, styles: Styles): string[] {
  const e = finding.evidence[0];
  return [head(finding, n, styles), ...(e ? [`  ${styles.dim(location(e, files))}`] : [])];
}

function agreement(finding: ReportFinding, n: Naming, styles: Styles): string[] {
  // Positions only: the agreed words are in the message, and the file paths are in the divergences above.
  const more = omittedNote(finding);
  const where = [...finding.evidence.map((e) => `${nameOf(e.sourceId, n)} ${e.start.line}:${e.start.column}`), ...(more ? [more] : [])].join(', ');
  return [head(finding, n, styles), `  ${styles.dim(where)}`];
}

/**
 * The per-source summary: one line per source with its date and outlet or title, how often it shares the
 * majority's value, departs from it or is on an even split, and its single-source claims; then, for a source that
 * departs, the facts it departs on. Sources are listed most departing first.
 */
function sourcesBlock(report: Report, n: Naming, styles: Styles): string[] {
  // A report made by hand may carry neither stances nor names: then the block would only repeat the ids.
  if (!report.sources.some((s) => s.stance !== undefined || sourceName(s) !== '')) return [];
  const idWidth = Math.max(...report.sources.map((s) => width(s.id)));
  const nameWidth = Math.min(40, Math.max(0, ...report.sources.map((s) => width(sourceName(s)))));
  const ranked = [...report.sources].sort((a, b) => (b.stance?.departs ?? 0) - (a.stance?.departs ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lines = ['', styles.dim('sources, most departing first')];
  for (const s of ranked) {
    const name = truncate(sourceName(s), 40);
    const cells = [pad(s.id, idWidth), pad(s.date ?? '-', 10), ...(nameWidth > 0 ? [pad(name, nameWidth)] : []), stanceLine(s)];
    lines.push(`  ${cells.join('  ')}`.trimEnd());
    if (s.stance && s.stance.departsOn.length > 0) lines.push(`  ${' '.repeat(idWidth)}  ${styles.dim(`departs on: ${s.stance.departsOn.join('; ')}`)}`);
  }
  const copies = copyLines(report, n.names);
  if (copies.length > 0) lines.push('', styles.dim('copies'), ...copies.map((c) => `  ${c}`));
  return lines;
}

function closing(report: Report, styles: Styles): string {
  const counts = divergenceCounts(report);
  // With divergences only, agreements were not looked at in this report: the header says how many were left out.
  const agreements = report.summary.hidden?.agreements === undefined ? `; ${plural(report.summary.agreements, 'agreement')}` : '';
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return `${styles.green('No divergences')} across ${plural(report.summary.sources, 'source')}${agreements}.`;
  const parts: string[] = [];
  if (counts.error) parts.push(styles.red(plural(counts.error, 'error')));
  if (counts.warning) parts.push(styles.yellow(plural(counts.warning, 'warning')));
  if (counts.info) parts.push(styles.cyan(`${counts.info} info`));
  return `${styles.bold(plural(total, 'divergence'))} (${parts.join(', ')})${agreements}.`;
}

/**
 * The terminal report: one block per fact, worst first, each divergence followed by every source's own words
 * side by side with `file:line:column`.
 */
export function formatText(raw: Report, options: FormatOptions = {}): string {
  const report = visibleReport(raw);
  const styles = options.styles ?? plainStyles;
  const files = sourceFiles(report);
  const n = naming(report);
  const idWidth = Math.max(0, ...report.findings.flatMap((f) => f.evidence.map((e) => width(nameOf(e.sourceId, n)))));
  const out: string[] = [styles.bold(headline(report))];
  // Sources left out or compared with nothing, so that a short report is not mistaken for a clean one.
  for (const line of noticeLines(report)) out.push(`${styles.dim(pad('note', 7))}  ${line}`);
  const unlisted = new Map(report.sources.map((s) => [s.id, s.stance?.unlisted ?? 0]));
  for (const group of groupByFact(report.findings)) {
    // The fact is the pipeline's label for what the findings are about ("number of organisations sanctioned").
    out.push('', styles.dim(withNames(group.fact, group.findings, n)));
    const last = group.findings[group.findings.length - 1];
    const source = last?.kind === 'single-source' ? last.evidence[0]?.sourceId : undefined;
    const more = source === undefined ? 0 : (unlisted.get(source) ?? 0);
    for (const finding of group.findings) {
      if (finding.kind === 'agreement') out.push(...agreement(finding, n, styles));
      else if (finding.kind === 'single-source') out.push(...singleSource(finding, files, n, styles));
      else if (finding.kind === 'update' && finding.timeline) out.push(...update(finding, files, n, idWidth, styles));
      else out.push(...divergence(finding, files, n, idWidth, styles));
    }
    if (more > 0) out.push(styles.dim(`… and ${plural(more, 'more single-source claim')} in ${nameOf(source ?? '', n)}, not listed`));
  }
  out.push(...sourcesBlock(report, n, styles));
  out.push('', closing(report, styles));
  return `${out.join('\n')}\n`;
}
