import type { Report } from '@corroborate/core';

export const FAIL_ON_LEVELS = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

const RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * Whether the run should exit 1. Only divergences count: an agreement is never a problem, whatever severity
 * the pipeline gives it.
 */
export function failsOn(report: Report, level: FailOn): boolean {
  if (level === 'never') return false;
  return report.findings.some((f) => f.kind === 'divergence' && RANK[f.severity] <= RANK[level]);
}
