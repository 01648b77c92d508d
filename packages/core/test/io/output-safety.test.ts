import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check.js';
import { blankControls, visibleControls, visibleLine } from '../../src/shared/controls.js';
import { formatReport } from '../../src/report/format/index.js';
import { REPORT_VERSION, ReportSchema, type Report } from '../../src/report/schema.js';

/** Anything a terminal would obey rather than show. */
const LIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const at = (line: number, column: number, offset: number) => ({ line, column, offset });

/** A report as a producer other than the pipeline could hand it over: controls in ids, paths and words. */
function hostileReport(words: string): Report {
  return ReportSchema.parse({
    version: REPORT_VERSION,
    sources: [
      { id: 'wire\u001b]0;owned\u0007', path: 'in/wire\u001b[2J.txt', claimCount: 1 },
      { id: 'daily\u202etxt.md', path: 'in/daily.txt', claimCount: 1 },
    ],
    claims: [],
    findings: [
      {
        id: 'F001',
        kind: 'divergence',
        category: 'quantity',
        severity: 'error',
        rule: 'quantity/disjoint',
        fact: 'number of people \u0007injured',
        message: `Sources disagree: "${words}" vs "15 people".`,
        evidence: [
          { sourceId: 'wire\u001b]0;owned\u0007', claimId: 'w#1', text: words, start: at(1, 1, 0), end: at(1, 9, 8), value: '12 person' },
          { sourceId: 'daily\u202etxt.md', claimId: 'd#1', text: '15 people', start: at(1, 1, 0), end: at(1, 9, 8), value: '15 person' },
        ],
      },
    ],
    summary: { sources: 2, claims: 2, divergences: 1, agreements: 0, errors: 1, warnings: 0, infos: 0 },
  });
}

describe('control characters never reach a terminal, a Markdown or an HTML report', () => {
  const words = `${'x'.repeat(97)}\u001b[31m12 people\u001b[0m\u0085\u009b`;
  for (const format of ['text', 'markdown', 'html'] as const) {
    it(`${format}: ESC, BEL, C1 and bidi overrides from ids, paths and words are shown, not obeyed`, () => {
      const out = formatReport(hostileReport(words), format);
      expect(out).not.toMatch(LIVE);
      // Markdown backslash-escapes the bracket; what a reader sees is the same.
      const seen = out.replace(/\\/g, '');
      expect(seen).toContain('\u241b]0;owned\u2407');
      expect(seen).toContain('daily\ufffdtxt');
    });
  }

  it('the 100-character cut of the text report ends on a whole visible escape', () => {
    const out = formatReport(hostileReport(words), 'text');
    const quote = out.split('\n').find((line) => line.includes('xxxx') && line.includes('…')) ?? '';
    // 97 letters, then the ESC as one picture, then the cut: the "[31m" after it is not left dangling alone.
    expect(quote).toContain(`"${'x'.repeat(97)}\u241b[…"`);
    expect(quote).not.toMatch(LIVE);
  });

  it('a warning line: line breaks and tabs are shown too, so one warning is always one line (issue 15)', () => {
    expect(visibleLine('corroborate: a\nb\r\nc\td\u2028e\u001b.txt: empty file')).toBe('corroborate: a\u240ab\u240d\u240ac\u2409d\ufffde\u241b.txt: empty file');
    expect(visibleLine('plain words')).toBe('plain words');
  });

  it('stderr-bound text: each control becomes one visible character, other text is unchanged', () => {
    expect(visibleControls('a\u001bb\u0007c\u007fd\u0090e\u202ef\tg\nh')).toBe('a\u241bb\u2407c\u2421d\ufffde\ufffdf\tg\nh');
    expect(visibleControls('plain words')).toBe('plain words');
  });
});

describe('escape sequences in article text are blanked before parsing', () => {
  it('keeps every offset and line break, and leaves no fragment of the sequence', () => {
    const text = 'A \u001b[1;31mred\u001b[0m word\r\nand \u001b]8;;http://x.test\u0007a link\u001b]8;;\u0007.\n';
    const blank = blankControls(text);
    expect(blank).toHaveLength(text.length);
    expect(blank).toBe(text.replace(/\u001b\[[0-9;]*m|\u001b\]8;;[^\u0007]*\u0007/g, (m) => ' '.repeat(m.length)));
    expect(blank).toContain('\r\n');
  });

  it('a colour code before a count is not read as the number 0', () => {
    const report = checkSources([
      { id: 'wire', format: 'text', text: 'Prosecutors charged \u001b[0m seven Chinese nationals on Monday, the Justice Department said.\n' },
      { id: 'daily', format: 'text', text: 'The Justice Department said prosecutors charged seven Chinese nationals on Monday.\n' },
    ]);
    const values = report.claims.flatMap((c) => c.mentions.map((m) => m.value ?? ''));
    expect(values.some((v) => v.startsWith('0 '))).toBe(false);
    expect(report.findings.filter((f) => f.kind === 'divergence')).toEqual([]);
    // No fragment of the escape is read as data: no mention, value or compared words hold it...
    const data = report.claims.flatMap((c) => c.mentions.flatMap((m) => [m.text, m.value]));
    const words = report.findings.flatMap((f) => f.evidence.filter((e) => e.text.length < 40).flatMap((e) => [e.text, e.value ?? '']));
    expect([...data, ...words].join(' ')).not.toContain('[0m');
    // ...while the claim quotes the source as written: every span is the original slice.
    const wire = report.claims.find((c) => c.sourceId === 'wire');
    expect(wire?.text).toBe('Prosecutors charged \u001b[0m seven Chinese nationals on Monday, the Justice Department said.');
  });
});

describe('the Markdown report makes nothing live on a forge', () => {
  const words = 'see https://example.test/x, www.example.test, desk@example.test, @newsroom and @org/team';
  const out = formatReport(hostileReport(words), 'markdown');

  it('escapes bare URLs and www. names', () => {
    expect(out).not.toMatch(/https:\/\//);
    expect(out).toContain('https\\://example.test/x');
    expect(out).not.toMatch(/(?<!\\)www\./);
  });

  it('escapes e-mail addresses and @ mentions of users and teams', () => {
    expect(out).not.toMatch(/(?<!\\)@/);
    expect(out).toContain('desk\\@example.test');
    expect(out).toContain('\\@org/team');
  });
});
