import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/format/index.js';
import { FindingSchema } from '../../src/report/schema.js';
import { apt31Report } from './apt31.js';
import { sampleReport } from './sample-report.js';

describe('ndjson formatter', () => {
  it('writes one finding a line, each the finding exactly as in the report', () => {
    const report = apt31Report();
    const out = formatReport(report, 'ndjson');
    expect(out.endsWith('\n')).toBe(true);
    const lines = out.slice(0, -1).split('\n');
    expect(lines).toHaveLength(report.findings.length);
    lines.forEach((line, i) => {
      expect(line).not.toContain('\n');
      expect(FindingSchema.parse(JSON.parse(line))).toEqual(report.findings[i]);
    });
  });

  it('keeps a newline inside a finding escaped, so a line is always one finding', () => {
    const report = sampleReport();
    const finding = report.findings[0];
    if (!finding) throw new Error('sample report changed');
    finding.message = 'two\nlines\u2028and a separator';
    const lines = formatReport(report, 'ndjson').trimEnd().split('\n');
    expect(lines).toHaveLength(report.findings.length);
    expect(JSON.parse(lines[0] ?? '').message).toBe('two\nlines\u2028and a separator');
  });

  it('is empty for a report without findings', () => {
    const report = sampleReport();
    report.findings = [];
    expect(formatReport(report, 'ndjson')).toBe('');
  });
});
