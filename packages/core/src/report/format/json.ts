import type { Report } from '../schema.js';

/** The report as data, two-space indented; the same report always gives the same bytes. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
