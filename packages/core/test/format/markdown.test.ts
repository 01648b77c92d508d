import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/format/index.js';
import { sampleReport } from './sample-report.js';

const markdown = () => formatReport(sampleReport(), 'markdown');

/** Split a table row into cells, honouring `\|` escapes as GitHub does. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

describe('markdown formatter', () => {
  it('has a title and a summary table', () => {
    const out = markdown().split('\n');
    expect(out[0]).toBe('# Corroboration report');
    const header = out.findIndex((l) => l.startsWith('| Sources |'));
    expect(cells(out[header + 2] ?? '')).toEqual(['3', '4', '2', '1', '1', '0', '1']);
  });

  it('has a section per severity and a table per divergence with file:line:column', () => {
    const out = markdown();
    expect(out.indexOf('## Errors')).toBeLessThan(out.indexOf('## Warnings'));
    expect(out).toContain('| Source | Words | Value | Where |');
    expect(out).toContain('| alpha | “two people” | 2 person | news/alpha.txt:3:20 |');
  });

  it('escapes pipes and HTML so that a quote never breaks its row', () => {
    const row = markdown()
      .split('\n')
      .find((l) => l.startsWith('| gamma | “'));
    expect(row).toBe('| gamma | “Ni Gaobin \\| \\<script>alert(1)\\</script>” |  | gamma:2:7 |');
    expect(cells(row ?? '')).toHaveLength(4);
    expect(markdown()).not.toMatch(/(?<!\\)</);
  });

  it('escapes emphasis markers but leaves underscores inside words readable', () => {
    const report = sampleReport();
    const finding = report.findings[0];
    if (!finding) throw new Error('sample report changed');
    finding.message = 'id_with_underscores says _not_ *this* [link](x) `code`';
    const line = formatReport(report, 'markdown')
      .split('\n')
      .find((l) => l.startsWith('**Error**'));
    expect(line).toBe('**Error** · quantity/disjoint — id_with_underscores says \\_not\\_ \\*this\\* \\[link\\](x) \\`code\\`');
  });

  it('lists agreements compactly under their fact', () => {
    expect(markdown()).toContain('- **Agreement** · name/same — Both name Ni Gaobin. — alpha (14:62), gamma (2:7)');
  });

  it('is byte-stable', () => {
    expect(markdown()).toBe(markdown());
    expect(markdown().endsWith('\n')).toBe(true);
    expect(markdown().endsWith('\n\n')).toBe(false);
  });
});
