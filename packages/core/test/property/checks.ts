import { ReportSchema, type Report } from '../../src/report/schema.js';

export { spanViolations } from '../../../../scripts/report-checks.mjs';

export function schemaViolations(report: Report): string[] {
  const parsed = ReportSchema.safeParse(JSON.parse(JSON.stringify(report)));
  return parsed.success ? [] : [parsed.error.message.slice(0, 500)];
}
