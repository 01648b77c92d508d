import { REPORT_VERSION, type Report, ReportSchema } from '@corroborate/core';
import { describe, expect, it } from 'vitest';
import { failsOn } from '../src/fail-on.js';

const at = { line: 1, column: 1, offset: 0 };

function report(findings: Array<{ kind: 'agreement' | 'divergence'; severity: 'error' | 'warning' | 'info' }>): Report {
  return ReportSchema.parse({
    version: REPORT_VERSION,
    sources: [
      { id: 'a', claimCount: 1 },
      { id: 'b', claimCount: 1 },
    ],
    claims: [],
    findings: findings.map((f, i) => ({
      id: `F${i + 1}`,
      kind: f.kind,
      category: 'name',
      severity: f.severity,
      rule: 'name/test',
      fact: `fact-${i}`,
      message: 'm',
      evidence: [{ sourceId: 'a', claimId: 'a#1', text: 'x', start: at, end: at }],
    })),
    summary: { sources: 2, claims: 0, agreements: 0, divergences: findings.length, errors: 0, warnings: 0, infos: 0 },
  });
}

describe('failsOn', () => {
  it('never fails with never', () => {
    expect(failsOn(report([{ kind: 'divergence', severity: 'error' }]), 'never')).toBe(false);
  });

  it('fails on error only for error divergences', () => {
    expect(failsOn(report([{ kind: 'divergence', severity: 'error' }]), 'error')).toBe(true);
    expect(failsOn(report([{ kind: 'divergence', severity: 'warning' }]), 'error')).toBe(false);
    expect(failsOn(report([{ kind: 'divergence', severity: 'info' }]), 'error')).toBe(false);
  });

  it('fails on warning for warnings and errors, not for info', () => {
    expect(failsOn(report([{ kind: 'divergence', severity: 'warning' }]), 'warning')).toBe(true);
    expect(failsOn(report([{ kind: 'divergence', severity: 'error' }]), 'warning')).toBe(true);
    expect(failsOn(report([{ kind: 'divergence', severity: 'info' }]), 'warning')).toBe(false);
  });

  it('ignores agreements, whatever their severity', () => {
    expect(failsOn(report([{ kind: 'agreement', severity: 'error' }]), 'warning')).toBe(false);
    expect(failsOn(report([]), 'warning')).toBe(false);
  });
});
