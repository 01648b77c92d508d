import type { Report } from '../schema.js';

/**
 * One finding a line, each exactly as in the JSON report, for `jq`, log shippers and line-by-line readers. A
 * report without findings is an empty output; source paths are in the JSON report's `sources`.
 */
export function formatNdjson(report: Report): string {
  return report.findings.map((finding) => `${JSON.stringify(finding)}\n`).join('');
}
