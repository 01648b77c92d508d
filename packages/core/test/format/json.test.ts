import { describe, expect, it } from 'vitest';
import { formatReport, formatters } from '../../src/report/format/index.js';
import { REPORT_VERSION, ReportSchema } from '../../src/report/schema.js';
import { sampleReport } from './sample-report.js';

describe('json formatter', () => {
  it('is the report, two-space indented, with a final newline', () => {
    const report = sampleReport();
    const out = formatters.json(report);
    expect(out).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(out.startsWith(`{\n  "version": "${REPORT_VERSION}",`)).toBe(true);
  });

  it('round-trips through the schema and gives the same bytes again', () => {
    const once = formatReport(sampleReport(), 'json');
    const again = formatReport(ReportSchema.parse(JSON.parse(once)), 'json');
    expect(again).toBe(once);
  });

  it('ignores styles: JSON never carries colour', () => {
    const red = (t: string) => `\u001b[31m${t}\u001b[39m`;
    const styles = { bold: red, dim: red, red, yellow: red, green: red, cyan: red };
    expect(formatReport(sampleReport(), 'json', { styles })).not.toContain('\u001b');
  });

  it('rejects an unknown format name with a clear error', () => {
    // @ts-expect-error: a JavaScript caller can pass anything
    expect(() => formatReport(sampleReport(), 'xml')).toThrow(/Unknown report format "xml"/);
  });
});
