import { readFile } from 'node:fs/promises';
import { findingFingerprint, type Report } from '@corroborate/core';
import { errorCode, errorMessage, InputError } from './errors.js';
import { writeReportFile } from './output.js';

/**
 * Baselines: today's findings recorded by fingerprint (rule, fact and what each source says; see
 * `findingFingerprint`), so that a later run reports only what is new. The file is JSON, sorted by fingerprint so
 * that it diffs well in review, with the rule and message kept for the person reading the diff.
 */
export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  fact: string;
  message: string;
  /** Agreements: each source's words, so that the same agreement among fewer of its sources is not new. */
  sides?: string[];
}

/** What a baseline knows: fingerprints, and the agreements by rule with their sides. */
export interface Known {
  fingerprints: Set<string>;
  agreements: { rule: string; sides: Set<string> }[];
}

function sidesOf(finding: Report['findings'][number]): string[] {
  return [...new Set(finding.evidence.map((e) => `${e.sourceId}=${e.text.replace(/\s+/g, ' ').trim().toLowerCase()}`))].sort();
}

export interface BaselineFile {
  corroborateBaseline: 1;
  findings: BaselineEntry[];
}

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

/** Written atomically: a failed write leaves the previous baseline as it was. */
export async function writeBaseline(file: string, report: Report): Promise<void> {
  await writeReportFile(file, `${JSON.stringify(baselineOf(report), null, 2)}\n`);
}

export async function readBaseline(file: string): Promise<Known> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? errorMessage(error)})`;
    throw new InputError(`${file}: ${reason} (write one with --write-baseline)`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not valid JSON (${errorMessage(error)})`);
  }
  const findings = typeof data === 'object' && data !== null && 'corroborateBaseline' in data && 'findings' in data ? data.findings : undefined;
  if (!Array.isArray(findings)) throw new InputError(`${file}: not a corroborate baseline (no "corroborateBaseline" and "findings")`);
  const known: Known = { fingerprints: new Set(), agreements: [] };
  findings.forEach((entry: unknown, i) => {
    const item = typeof entry === 'object' && entry !== null ? (entry as Partial<Record<keyof BaselineEntry, unknown>>) : {};
    if (typeof item.fingerprint !== 'string') throw new InputError(`${file}: findings.${i}.fingerprint: expected string`);
    known.fingerprints.add(item.fingerprint);
    const sides = item.sides;
    if (typeof item.rule === 'string' && Array.isArray(sides) && sides.every((x): x is string => typeof x === 'string')) {
      known.agreements.push({ rule: item.rule, sides: new Set(sides) });
    }
  });
  return known;
}

/**
 * Whether the baseline knows a finding: by fingerprint, or, for an agreement, as part of a recorded agreement of
 * the same rule. When one source changes a figure, the others still agree among themselves: that smaller
 * agreement is nothing new, the divergence is.
 */
function isKnown(finding: Report['findings'][number], known: Known): boolean {
  if (known.fingerprints.has(findingFingerprint(finding))) return true;
  if (finding.kind !== 'agreement') return false;
  const sides = sidesOf(finding);
  return known.agreements.some((a) => a.rule === finding.rule && sides.every((side) => a.sides.has(side)));
}

/** The report without the findings the baseline knows, its summary counted again. */
export function withoutKnown(report: Report, known: Known): Report {
  const findings = report.findings.filter((f) => !isKnown(f, known));
  const count = (pred: (f: Report['findings'][number]) => boolean) => findings.filter(pred).length;
  const summary: Report['summary'] = {
    ...report.summary,
    agreements: count((f) => f.kind === 'agreement'),
    divergences: count((f) => f.kind === 'divergence'),
    errors: count((f) => f.severity === 'error'),
    warnings: count((f) => f.severity === 'warning'),
    infos: count((f) => f.severity === 'info'),
  };
  if (summary.updates !== undefined) summary.updates = count((f) => f.kind === 'update');
  if (summary.singleSource !== undefined) summary.singleSource = count((f) => f.kind === 'single-source');
  return { ...report, findings, summary };
}
