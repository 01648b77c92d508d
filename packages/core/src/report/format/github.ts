import type { Report, ReportEvidence, ReportFinding } from '../schema.js';
import { visibleControls } from '../../shared/controls.js';
import { visibleReport } from './safe.js';
import type { FormatOptions } from './styles.js';
import { location, namedMessage, nameOf, type Naming, naming, omittedNote, oneLine, plural, primaryEvidence, sourceFiles, withNames } from './shared.js';

type Command = 'error' | 'warning' | 'notice';

const COMMANDS: Record<ReportFinding['severity'], Command> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub shows at most this many annotations of each level for one step and drops the rest silently, so the
 * formatter stops there itself and says what it left out.
 */
export const GITHUB_ANNOTATIONS_PER_LEVEL = 10;

/** The runner's escaping of a command's message (`toCommandValue`/`escapeData` in @actions/core). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The runner's escaping of a property value: the message's, plus the separators `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: Command, properties: ReadonlyArray<readonly [string, string | number]>, message: string): string {
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

function side(e: ReportEvidence, files: Map<string, string>, n: Naming): string {
  return `${nameOf(e.sourceId, n)} "${oneLine(e.text)}" ${location(e, files)}`;
}

function annotation(finding: ReportFinding, paths: Map<string, string>, files: Map<string, string>, n: Naming): string {
  const { primary, others } = primaryEvidence(finding);
  const path = paths.get(primary.sourceId);
  const properties: Array<readonly [string, string | number]> = [];
  // Without a file the runner cannot place a line, so a source known only by id gets a job-level annotation.
  if (path !== undefined) {
    properties.push(['file', path.replace(/\\/g, '/')], ['line', primary.start.line], ['endLine', primary.end.line]);
    properties.push(['col', primary.start.column]);
    if (primary.end.line === primary.start.line) properties.push(['endColumn', primary.end.column]);
  }
  properties.push(['title', `${finding.rule}: ${oneLine(withNames(finding.fact, [finding], n))}`]);
  const more = omittedNote(finding);
  const lines = [oneLine(namedMessage(finding, n)), `here: ${side(primary, files, n)}`, ...others.map((e) => `also: ${side(e, files, n)}`), ...(more ? [`also: ${more}`] : [])];
  return command(COMMANDS[finding.severity], properties, lines.join('\n'));
}

/**
 * GitHub Actions workflow commands, one annotation per finding that is not an agreement, on the words of one
 * source with the other sources' words in the message. At most GITHUB_ANNOTATIONS_PER_LEVEL per level; when
 * some are left out, a last notice says how many and of which severity.
 */
export function formatGithub(raw: Report, options: FormatOptions = {}): string {
  // Escaping keeps a command on its line; this keeps terminal escapes and bidi controls from misleading in the log.
  const report = visibleReport(raw);
  // The runner places `file=` from the repository root, so the CLI gives paths from there.
  const repository = options.repository ? new Map([...options.repository.paths].map(([id, path]) => [id, visibleControls(path)])) : undefined;
  const paths = repository ?? new Map(report.sources.flatMap((s) => (s.path === undefined ? [] : [[s.id, s.path] as const])));
  const files = repository ? new Map([...sourceFiles(report), ...repository]) : sourceFiles(report);
  const n = naming(report);
  const shown: Record<Command, number> = { error: 0, warning: 0, notice: 0 };
  const left: Record<ReportFinding['severity'], number> = { error: 0, warning: 0, info: 0 };
  const lines: string[] = [];
  const candidates = report.findings.filter((f) => f.kind !== 'agreement');
  for (const finding of candidates) {
    const level = COMMANDS[finding.severity];
    if (shown[level] >= GITHUB_ANNOTATIONS_PER_LEVEL) {
      left[finding.severity]++;
      continue;
    }
    shown[level]++;
    lines.push(annotation(finding, paths, files, n));
  }
  const known = report.summary.hidden?.baseline ?? 0;
  if (left.error + left.warning + left.info > 0 || known > 0) {
    // The summary is a notice too; when notices are full, the last one gives way to it.
    if (shown.notice >= GITHUB_ANNOTATIONS_PER_LEVEL) {
      let lastNotice = lines.length - 1;
      while (lastNotice >= 0 && !lines[lastNotice]?.startsWith('::notice')) lastNotice--;
      if (lastNotice >= 0) {
        lines.splice(lastNotice, 1);
        left.info++;
      }
    }
    const leftOut = left.error + left.warning + left.info;
    const parts = [
      left.error ? plural(left.error, 'error') : '',
      left.warning ? plural(left.warning, 'warning') : '',
      left.info ? `${left.info} info` : '',
    ].filter(Boolean);
    const said: string[] = [];
    if (leftOut > 0) {
      said.push(
        `${plural(leftOut, 'more finding')} not annotated (${parts.join(', ')}): GitHub shows ${GITHUB_ANNOTATIONS_PER_LEVEL} annotations of each level per step. The full report: corroborate check --format text (or markdown, html, sarif).`,
      );
    }
    if (known > 0) said.push(`${plural(known, 'finding')} known to the baseline not annotated; only new findings are.`);
    lines.push(command('notice', [['title', leftOut > 0 ? 'corroborate: more findings' : 'corroborate: baseline']], said.join(' ')));
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
