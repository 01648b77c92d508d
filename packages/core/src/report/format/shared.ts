import { escapeRegExp } from '../../shared/ordered.js';
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

/** Single-source findings listed in the report (the summary counts every single-source claim found). */
export function listedSingleSource(report: Report): number {
  return report.findings.filter((f) => f.kind === 'single-source').length;
}

/**
 * "5 sources, 87 claims, 3 divergences, 9 agreements, 26 single-source claims (13 listed)": the counts, with what
 * is left out said in words (divergences only, a baseline), so that a short report never reads as a clean one.
 */
export function headline(report: Report): string {
  const s = report.summary;
  const hidden = s.hidden;
  const single = s.singleSource ?? 0;
  const listed = listedSingleSource(report);
  const parts = [plural(s.sources, 'source'), plural(s.claims, 'claim'), plural(s.divergences, 'divergence'), ...(s.updates ? [plural(s.updates, 'update')] : [])];
  let line: string;
  if (hidden?.agreements !== undefined) {
    const left = [plural(hidden.agreements, 'agreement'), ...(single ? [plural(single, 'single-source claim')] : [])];
    line = `${parts.join(', ')} (divergences only: ${left.join(' and ')} not listed)`;
  } else {
    parts.push(plural(s.agreements, 'agreement'));
    if (single) parts.push(`${plural(single, 'single-source claim')}${listed < single ? ` (${listed} listed)` : ''}`);
    line = parts.join(', ');
  }
  if (hidden?.baseline !== undefined) line += `; ${plural(hidden.baseline, 'finding')} known to the baseline not shown`;
  return line;
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

/** What is known of a source besides its id, for a sources table: its outlet, else its title (to name it: sourceNames). */
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

/** "K1: 001, 002 and 003 (resemblance 0.62)", one line per family of copies, each source by its name. */
export function copyLines(report: Report, names: ReadonlyMap<string, string> = new Map()): string[] {
  return (report.copies ?? []).map((f) => {
    const named = f.sources.map((id) => names.get(id) ?? id);
    const ids = named.length <= 2 ? named.join(' and ') : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
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

/**
 * What to call each source for a reader, by id: the name the report gives it, else its outlet (from the caller's
 * input, YAML front matter or a wire dateline: parse/metadata.ts), else its id. A title is not a name: it is a
 * headline, too long to stand in a sentence. Two sources of one outlet (two Reuters stories), or an outlet spelled
 * like another source's id, keep their id beside it, so that a name always means one source.
 */
export function sourceNames(sources: readonly SourceSummary[]): Map<string, string> {
  const given = new Map(sources.map((s) => [s.id, oneLine(s.name ?? '')] as const));
  const outlets = new Map(sources.map((s) => [s.id, oneLine(s.outlet ?? '')] as const));
  const uses = new Map<string, number>();
  for (const s of sources) {
    const outlet = outlets.get(s.id) ?? '';
    if (outlet !== '' && given.get(s.id) === '') uses.set(outlet.toLowerCase(), (uses.get(outlet.toLowerCase()) ?? 0) + 1);
  }
  const ids = new Set(sources.map((s) => s.id.toLowerCase()));
  const out = new Map<string, string>();
  for (const s of sources) {
    const name = given.get(s.id) ?? '';
    const outlet = outlets.get(s.id) ?? '';
    if (name !== '') out.set(s.id, name);
    else if (outlet === '' || outlet === s.id) out.set(s.id, s.id);
    else {
      const key = outlet.toLowerCase();
      const shared = (uses.get(key) ?? 0) > 1 || (ids.has(key) && key !== s.id.toLowerCase());
      out.set(s.id, shared ? `${outlet} (${s.id})` : outlet);
    }
  }
  return out;
}

/** What a formatter needs to write sources by name: each source's name, and the sentences a message may quote. */
export interface Naming {
  names: ReadonlyMap<string, string>;
  claims: ReadonlyMap<string, string>;
  /** Source ids that have a name of their own, longest first, as one pattern; undefined when none has. */
  pattern: RegExp | undefined;
}

export function naming(report: Report): Naming {
  const names = sourceNames(report.sources);
  const renamed = [...names].filter(([id, name]) => name !== id).map(([id]) => id);
  renamed.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  // An id counts only as a whole word: "wire" is not renamed inside "wired" or "wire-2".
  const pattern = renamed.length === 0 ? undefined : new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${renamed.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_-])`, 'gu');
  return { names, claims: new Map(report.claims.map((c) => [c.id, c.text])), pattern };
}

/** A source's name, or its id when the report does not know it. */
export function nameOf(id: string, n: Naming): string {
  return n.names.get(id) ?? id;
}

const QUOTE_MARKS = /["“”‘’«»]/g;
const spaced = (text: string) => text.replace(/\s+/g, ' ');

/** The longest start of `rest` found inside one of `texts` (being found is kept as a start grows shorter). */
function longestQuoted(rest: string, texts: readonly string[]): number {
  let best = 0;
  for (const text of texts) {
    let lo = best;
    let hi = Math.min(rest.length, text.length);
    if (hi <= lo || !text.includes(rest.slice(0, lo + 1))) continue;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (text.includes(rest.slice(0, mid))) lo = mid;
      else hi = mid - 1;
    }
    best = lo;
  }
  return best;
}

/**
 * Where a message quotes an article: after each quotation mark, the longest run of words found in the sentences
 * and values of the finding (the pipeline quotes them, sometimes cut short), and between each pair of straight
 * or curly quotation marks. Both, since an article's own quotation marks can upset the pairs.
 */
function quotedRanges(text: string, quoted: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  let curly = -1;
  for (const match of text.matchAll(QUOTE_MARKS)) {
    const at = match.index;
    const mark = match[0];
    const length = longestQuoted(text.slice(at + 1), quoted);
    if (length > 0) out.push([at + 1, at + 1 + length]);
    if (mark === '"') {
      if (open < 0) open = at;
      else {
        out.push([open, at]);
        open = -1;
      }
    } else if (mark === '“') curly = at;
    else if (mark === '”' && curly >= 0) {
      out.push([curly, at]);
      curly = -1;
    }
  }
  if (open >= 0) out.push([open, text.length]);
  return out;
}

/** The words a finding's message or fact may quote: its sources' sentences, words and values. */
function quotedBy(findings: readonly ReportFinding[], n: Naming): string[] {
  const out = new Set<string>();
  const add = (text: string | undefined) => {
    if (text !== undefined && text !== '') out.add(spaced(text));
  };
  for (const f of findings) {
    for (const e of f.evidence) {
      add(e.text);
      add(e.value);
      add(n.claims.get(e.claimId));
    }
    for (const step of f.timeline ?? []) {
      add(step.text);
      add(step.value);
    }
  }
  return [...out];
}

/**
 * A message or a fact with each source id replaced by the source's name ("Only 004_9bff gives the figure" →
 * "Only Reuters gives the figure"). Ids inside quoted words are left alone: an article's words are never changed.
 */
export function withNames(text: string, findings: readonly ReportFinding[], n: Naming): string {
  const pattern = n.pattern;
  if (!pattern) return text;
  let ranges: Array<[number, number]> | undefined;
  return text.replace(pattern, (id: string, at: number) => {
    ranges ??= quotedRanges(text, quotedBy(findings, n));
    const end = at + id.length;
    return ranges.some(([from, to]) => at < to && end > from) ? id : nameOf(id, n);
  });
}

/** A finding's message with sources by name. */
export function namedMessage(finding: ReportFinding, n: Naming): string {
  return withNames(finding.message, [finding], n);
}
