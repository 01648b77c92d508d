/**
 * Drivers for the rule tests: the whole pipeline on small texts written for each rule (never corpus text),
 * with the check every report must pass: each evidence is the exact words of its source.
 */
import { expect } from 'vitest';
import { checkSources } from '../../src/check.js';
import type { Report, ReportFinding } from '../../src/report/schema.js';

export function check(texts: Readonly<Record<string, string>>, dates: Readonly<Record<string, string>> = {}): Report {
  const report = checkSources(Object.entries(texts).map(([id, text]) => ({ id, text: dates[id] ? ` date ${dates[id]} ${text}` : text, format: 'text' as const })));
  for (const f of report.findings) {
    for (const e of f.evidence) {
      const text = dates[e.sourceId] ? ` date ${dates[e.sourceId]} ${texts[e.sourceId]}` : texts[e.sourceId];
      expect(text?.slice(e.start.offset, e.end.offset)).toBe(e.text);
    }
  }
  return report;
}

export const divergences = (r: Report) => r.findings.filter((f) => f.kind === 'divergence');
export const agreements = (r: Report) => r.findings.filter((f) => f.kind === 'agreement');
export const evidenceOf = (f: ReportFinding | undefined) => (f?.evidence ?? []).map((e) => `${e.sourceId}:${e.text}`);
export const byRule = (r: Report, rule: string) => r.findings.filter((f) => f.rule === rule);
