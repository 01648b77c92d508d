import type { Report, ReportEvidence, ReportFinding, SourceSummary } from '../schema.js';

/** Findings about one fact, in report order. */
export interface FactGroup {
  fact: string;
  findings: ReportFinding[];
}

/**
 * Group findings by fact, each group where its first finding stands. The report already keeps a fact's findings
 * together, so this only regroups if a producer ever breaks that promise.
 */
export function groupByFact(findings: readonly ReportFinding[]): FactGroup[] {
  const groups = new Map<string, FactGroup>();
  for (const finding of findings) {
    const group = groups.get(finding.fact);
    if (group) group.findings.push(finding);
    else groups.set(finding.fact, { fact: finding.fact, findings: [finding] });
  }
  return [...groups.values()];
}

/** Where each source came from: its path when the report has one, else its id. */
export function sourceFiles(report: Report): Map<string, string> {
  return new Map(report.sources.map((s) => [s.id, s.path ?? s.id]));
}

/** `file:line:column`, the shape editors and terminals turn into links. */
export function location(evidence: ReportEvidence, files: ReadonlyMap<string, string>): string {
  return `${files.get(evidence.sourceId) ?? evidence.sourceId}:${evidence.start.line}:${evidence.start.column}`;
}

/** "… and 4,812 more" for a finding whose evidence the report caps (`evidenceOmitted`), else undefined. */
export function omittedNote(finding: ReportFinding): string | undefined {
  const n = finding.evidenceOmitted;
  return n === undefined || n <= 0 ? undefined : `… and ${n.toLocaleString('en-US')} more`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Evidence can span lines; reports show it on one. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function comparable(text: string): string {
  return oneLine(text).toLowerCase();
}

/** The normalised value, only when it tells the reader more than the words do. */
export function shownValue(evidence: ReportEvidence): string | undefined {
  if (evidence.value === undefined || evidence.value === '') return undefined;
  return comparable(evidence.value) === comparable(evidence.text) ? undefined : evidence.value;
}

/** "5 sources, 87 claims, 3 divergences, 9 agreements" */
export function headline(report: Report): string {
  const s = report.summary;
  return [
    plural(s.sources, 'source'),
    plural(s.claims, 'claim'),
    plural(s.divergences, 'divergence'),
    ...(s.updates ? [plural(s.updates, 'update')] : []),
    plural(s.agreements, 'agreement'),
    ...(s.singleSource ? [plural(s.singleSource, 'single-source claim')] : []),
  ].join(', ');
}

export interface DivergenceCounts {
  error: number;
  warning: number;
  info: number;
}

/** Severity counts of divergences only: the summary's counts include agreements, which are never problems. */
export function divergenceCounts(report: Report): DivergenceCounts {
  const counts: DivergenceCounts = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) if (f.kind === 'divergence') counts[f.severity]++;
  return counts;
}

export type SectionName = 'error' | 'warning' | 'info' | 'update' | 'agreement' | 'single-source';

export const SECTION_TITLES: Record<SectionName, string> = {
  error: 'Errors',
  warning: 'Warnings',
  info: 'Notes',
  update: 'Updates',
  agreement: 'Agreements',
  'single-source': 'Only one source says',
};

/** The label a finding is shown with: its severity for a divergence, else its kind. */
export function findingLabel(finding: ReportFinding): string {
  if (finding.kind === 'divergence') return { error: 'Error', warning: 'Warning', info: 'Note' }[finding.severity];
  return { agreement: 'Agreement', update: 'Update', 'single-source': 'Only one source' }[finding.kind];
}

/** Timeline steps as evidence items, to be located like any other evidence. */
export function timelineEvidence(step: NonNullable<ReportFinding['timeline']>[number]): ReportEvidence {
  return { sourceId: step.sourceId, claimId: '', text: step.text, start: step.start, end: step.start, value: step.value };
}

/**
 * Facts under the heading of their worst finding. The report ranks facts by their worst finding, so walking the
 * sections in order keeps report order.
 */
export function sections(findings: readonly ReportFinding[]): Array<{ name: SectionName; groups: FactGroup[] }> {
  const out: Array<{ name: SectionName; groups: FactGroup[] }> = [];
  for (const group of groupByFact(findings)) {
    const first = group.findings[0];
    if (!first) continue;
    const name: SectionName = first.kind === 'divergence' ? first.severity : first.kind;
    const last = out[out.length - 1];
    if (last && last.name === name) last.groups.push(group);
    else out.push({ name, groups: [group] });
  }
  return out;
}

/** What a source is called besides its id: its outlet, else its title. */
export function sourceName(source: SourceSummary): string {
  return source.outlet ?? source.title ?? '';
}

/** "shares 9 · departs 2 · contested 2 · 18 single-source (13 not listed)", for one source. */
export function stanceLine(source: SourceSummary): string {
  const s = source.stance;
  if (!s) return '';
  const single = `${s.singleSource} single-source${s.unlisted > 0 ? ` (${s.unlisted} not listed)` : ''}`;
  return [`shares ${s.shares}`, `departs ${s.departs}`, `contested ${s.contested}`, single, ...(source.family ? [`copy (${source.family})`] : [])].join(' · ');
}

/** "K1: 001, 002 and 003 (resemblance 0.62)", one line per family of copies. */
export function copyLines(report: Report): string[] {
  return (report.copies ?? []).map((f) => {
    const ids = f.sources.length <= 2 ? f.sources.join(' and ') : `${f.sources.slice(0, -1).join(', ')} and ${f.sources[f.sources.length - 1]}`;
    return `${f.id}: ${ids} are copies of one text (resemblance at least ${f.similarity.toFixed(2)})`;
  });
}

/** Evidence values compared the way a reader would: case and spacing do not make another value. */
function evidenceKey(evidence: ReportEvidence): string {
  return comparable(evidence.value ?? evidence.text);
}

/**
 * The evidence a one-location format (SARIF, GitHub annotations) points at: the words of the source on the
 * smaller side, since that is usually the one an editor checks first ("several companies" against three
 * sources saying "a company"). On a tie, the last side listed; for a draft check, the draft. Every other source's
 * words go with it.
 */
export function primaryEvidence(finding: ReportFinding): { primary: ReportEvidence; others: ReportEvidence[] } {
  // A draft check lists the draft's words first (checkDraft): the draft is the file being edited.
  const first = finding.evidence[0];
  if (finding.rule.startsWith('draft/') && first) return { primary: first, others: finding.evidence.slice(1) };
  const sides = new Map<string, ReportEvidence[]>();
  for (const e of finding.evidence) {
    const key = evidenceKey(e);
    const side = sides.get(key);
    if (side) side.push(e);
    else sides.set(key, [e]);
  }
  let smallest: ReportEvidence[] | undefined;
  for (const side of sides.values()) if (!smallest || side.length <= smallest.length) smallest = side;
  const primary = smallest?.[0] ?? finding.evidence[0];
  if (!primary) throw new TypeError(`Finding ${finding.id} has no evidence.`);
  return { primary, others: finding.evidence.filter((e) => e !== primary) };
}

/** What to call a source for a reader: its outlet or title when known, else its id. */
export function displayName(source: SourceSummary): string {
  const name = oneLine(sourceName(source));
  return name === '' ? source.id : name;
}
