/** Types of scripts/report-checks.mjs (the span properties of issue 8), for the TypeScript tests. */
export interface CheckedPoint {
  line: number;
  column: number;
  offset: number;
}
interface Located {
  sourceId: string;
  text: string;
  start: CheckedPoint;
  end: CheckedPoint;
}
export interface CheckedReport {
  claims: readonly (Located & { id: string; mentions: readonly Omit<Located, 'sourceId'>[] })[];
  findings: readonly { id: string; rule: string; evidence: readonly Located[] }[];
}
export function pointOf(text: string, offset: number): { line: number; column: number };
export function spanViolations(report: CheckedReport, inputs: readonly { id: string; text: string; format?: string; path?: string }[]): string[];
