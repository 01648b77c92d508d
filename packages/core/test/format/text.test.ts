import { describe, expect, it } from 'vitest';
import { formatReport, plainStyles, type Styles } from '../../src/report/format/index.js';
import type { Report } from '../../src/report/schema.js';
import { sampleReport } from './sample-report.js';

const tag =
  (name: string) =>
  (text: string): string =>
    `«${name}»${text}«/${name}»`;
const tagged: Styles = { bold: tag('b'), dim: tag('dim'), red: tag('red'), yellow: tag('yellow'), green: tag('green'), cyan: tag('cyan') };

function lines(report: Report = sampleReport()): string[] {
  return formatReport(report, 'text').split('\n');
}

describe('text formatter', () => {
  it('starts with a header line of counts', () => {
    expect(lines()[0]).toBe('3 sources, 4 claims, 2 divergences, 1 agreement');
  });

  it('shows every source side by side with file:line:column, ids padded so the quotes line up', () => {
    const out = lines();
    const alpha = out.find((l) => l.includes('"two people"'));
    const beta = out.find((l) => l.includes('"Three people"'));
    expect(alpha).toBe('  alpha           "two people" = 2 person    news/alpha.txt:3:20');
    expect(beta).toBe('  beta-longer-id  "Three people" = 3 person  news/beta-longer-id.md:5:1');
    expect(alpha?.indexOf('"')).toBe(beta?.indexOf('"'));
    expect(alpha?.indexOf('news/')).toBe(beta?.indexOf('news/'));
  });

  it('shows the value only when it says more than the words', () => {
    const ni = lines().find((l) => l.includes('"Ni Gaobin"') && l.includes('alpha'));
    expect(ni).toBeDefined();
    expect(ni).not.toContain('=');
  });

  it('falls back to the source id when the source has no path', () => {
    expect(lines().some((l) => l.trimEnd().endsWith('  gamma:2:7'))).toBe(true);
  });

  it('puts severity, message and rule on the finding line, worst first, grouped by fact', () => {
    const out = lines();
    const error = out.findIndex((l) => l.startsWith('error '));
    const warning = out.findIndex((l) => l.startsWith('warning '));
    const agree = out.findIndex((l) => l.startsWith('agree '));
    expect(out[error]).toContain('Sources disagree on how many people were sanctioned.');
    expect(out[error]).toContain('quantity/disjoint');
    expect(error).toBeGreaterThan(0);
    expect(warning).toBeGreaterThan(error);
    expect(agree).toBeGreaterThan(warning);
    // The agreement belongs to the warning's fact: no fact header between them.
    expect(out.slice(warning, agree).some((l) => l === 'named · hacker')).toBe(false);
    expect(out[warning - 1]).toBe('named · hacker');
    expect(out[error - 1]).toBe('sanctioned · people');
  });

  it('keeps agreements to a message line and one line of positions', () => {
    const out = lines();
    const agree = out.findIndex((l) => l.startsWith('agree '));
    expect(out[agree]).toContain('Both name Ni Gaobin.');
    expect(out[agree + 1]).toBe('  alpha 14:62, gamma 2:7');
  });

  it('ends with a summary of divergences by severity', () => {
    const out = lines();
    expect(out.at(-1)).toBe('');
    expect(out.at(-2)).toBe('2 divergences (1 error, 1 warning); 1 agreement.');
  });

  it('says so when there is nothing to report', () => {
    const empty: Report = {
      ...sampleReport(),
      findings: [],
      summary: { sources: 2, claims: 0, agreements: 0, divergences: 0, errors: 0, warnings: 0, infos: 0 },
    };
    expect(formatReport(empty, 'text')).toBe('2 sources, 0 claims, 0 divergences, 0 agreements\n\nNo divergences across 2 sources; 0 agreements.\n');
  });

  it('styles severities and quotes only through the styles it is given', () => {
    const out = formatReport(sampleReport(), 'text', { styles: tagged });
    expect(out).toContain('«red»error  «/red»');
    expect(out).toContain('«yellow»warning«/yellow»');
    expect(out).toContain('«green»agree  «/green»');
    expect(out).toContain('«b»"two people"«/b»');
    expect(formatReport(sampleReport(), 'text', { styles: plainStyles })).not.toMatch(/«/);
  });

  it('keeps the columns aligned when styles add invisible characters', () => {
    const strip = (s: string) => s.replace(/«\/?[a-z]+»/g, '');
    const styled = formatReport(sampleReport(), 'text', { styles: tagged }).split('\n').map(strip);
    expect(styled).toEqual(lines());
  });

  it('puts multi-line evidence on one line and cuts very long quotes', () => {
    const report = sampleReport();
    const first = report.findings[0]?.evidence[0];
    if (!first) throw new Error('sample report changed');
    first.text = `two\npeople ${'very '.repeat(40)}long`;
    const line = lines(report).find((l) => l.includes('"two people very'));
    expect(line).toBeDefined();
    expect(line).toContain('…"');
    expect(line).not.toContain('long"');
  });
});
