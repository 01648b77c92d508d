import { findingFingerprint } from '../report/format/fingerprint.js';
import type { Report, ReportFinding } from '../report/schema.js';

/**
 * Baselines: today's findings recorded by fingerprint (rule, fact and what each source says; see
 * `findingFingerprint`), so that a later run reports only what is new. The file is JSON, sorted by fingerprint so
 * that it diffs well in review, with the rule and message kept for the person reading the diff. Reading and
 * writing the file is the caller's (the CLI's); this module is the data and the comparison.
 */
export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  fact: string;
  message: string;
  /** Agreements: each source's words, so that the same agreement among fewer of its sources is not new. */
  sides?: string[];
}

export interface BaselineFile {
  corroborateBaseline: 1;
  findings: BaselineEntry[];
}

/** What a baseline knows: fingerprints, and the agreements by rule with their sides. */
export interface Baseline {
  fingerprints: Set<string>;
  agreements: { rule: string; sides: Set<string> }[];
}

export type BaselineResult = { ok: true; baseline: Baseline } | { ok: false; problem: string };

function sidesOf(finding: ReportFinding): string[] {
  return [...new Set(finding.evidence.map((e) => `${e.sourceId}=${e.text.replace(/\s+/g, ' ').trim().toLowerCase()}`))].sort();
}

/** The baseline file of a report: every finding once, sorted by fingerprint. */
export function baselineOf(report: Report): BaselineFile {
  const entries = new Map<string, BaselineEntry>();
  for (const f of report.findings) {
    const fingerprint = findingFingerprint(f);
    if (entries.has(fingerprint)) continue;
    const entry: BaselineEntry = { fingerprint, rule: f.rule, fact: f.fact, message: f.message };
    if (f.kind === 'agreement') entry.sides = sidesOf(f);
    entries.set(fingerprint, entry);
  }
  const findings = [...entries.values()].sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
  return { corroborateBaseline: 1, findings };
}

/** Validate a parsed baseline file; a problem is one line naming the key. */
export function parseBaseline(data: unknown): BaselineResult {
  const findings = typeof data === 'object' && data !== null && 'corroborateBaseline' in data && 'findings' in data ? data.findings : undefined;
  if (!Array.isArray(findings)) return { ok: false, problem: 'not a corroborate baseline (no "corroborateBaseline" and "findings")' };
  const baseline: Baseline = { fingerprints: new Set(), agreements: [] };
  for (const [i, entry] of findings.entries()) {
    const item = typeof entry === 'object' && entry !== null ? (entry as Partial<Record<keyof BaselineEntry, unknown>>) : {};
    if (typeof item.fingerprint !== 'string') return { ok: false, problem: `findings.${i}.fingerprint: expected string` };
    baseline.fingerprints.add(item.fingerprint);
    const sides = item.sides;
    if (typeof item.rule === 'string' && Array.isArray(sides) && sides.every((x): x is string => typeof x === 'string')) {
      baseline.agreements.push({ rule: item.rule, sides: new Set(sides) });
    }
  }
  return { ok: true, baseline };
}

/**
 * Whether the baseline knows a finding: by fingerprint, or, for an agreement, as part of a recorded agreement of
 * the same rule. When one source changes a figure, the others still agree among themselves: that smaller
 * agreement is nothing new, the divergence is.
 */
export function inBaseline(finding: ReportFinding, baseline: Baseline): boolean {
  if (baseline.fingerprints.has(findingFingerprint(finding))) return true;
  if (finding.kind !== 'agreement') return false;
  const sides = sidesOf(finding);
  return baseline.agreements.some((a) => a.rule === finding.rule && sides.every((side) => a.sides.has(side)));
}

/**
 * The report without the findings the baseline knows. The counts of findings are counted again, and
 * `summary.hidden.baseline` says how many were left out, so that no format shows a short report as a clean one.
 * `summary.singleSource` keeps counting every single-source claim found, as the per-source lists do.
 */
export function applyBaseline(report: Report, baseline: Baseline): Report {
  const findings = report.findings.filter((f) => !inBaseline(f, baseline));
  const count = (pred: (f: ReportFinding) => boolean) => findings.filter(pred).length;
  const summary: Report['summary'] = {
    ...report.summary,
    agreements: count((f) => f.kind === 'agreement'),
    divergences: count((f) => f.kind === 'divergence'),
    errors: count((f) => f.severity === 'error'),
    warnings: count((f) => f.severity === 'warning'),
    infos: count((f) => f.severity === 'info'),
    hidden: { ...report.summary.hidden, baseline: report.findings.length - findings.length + (report.summary.hidden?.baseline ?? 0) },
  };
  if (summary.updates !== undefined) summary.updates = count((f) => f.kind === 'update');
  return { ...report, findings, summary };
}
