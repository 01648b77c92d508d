import type { Report } from '@corroborate/core';

export const FAIL_ON_LEVELS = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

/**
 * Without --fail-on or a config's failOn, a divergence of severity error fails the run, as a linter's errors do
 * (ESLint exits 1 on errors by default): a CI step that passes over a contradicted figure would be no check at all.
 * `--fail-on never` makes the report information only.
 */
export const DEFAULT_FAIL_ON: FailOn = 'error';

const RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * Whether the run should exit 1. Only divergences count: an agreement is never a problem, whatever severity
 * the pipeline gives it.
 */
export function failsOn(report: Report, level: FailOn): boolean {
  if (level === 'never') return false;
  return report.findings.some((f) => f.kind === 'divergence' && RANK[f.severity] <= RANK[level]);
}
