import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub, GITHUB_ANNOTATIONS_PER_LEVEL } from '../../src/report/format/github.js';
import { formatReport } from '../../src/report/format/index.js';
import type { Report, ReportFinding } from '../../src/report/schema.js';
import { apt31Report } from './apt31.js';
import { sampleReport } from './sample-report.js';

interface Command {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/** The runner's unescaping (actions/runner ActionCommand): the inverse of @actions/core's escaping. */
function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
function unescapeProperty(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

/**
 * A line as the Actions runner reads it: `::name key=value,key=value::message`. The properties end at the first
 * `::`, they split on `,` and `=`; a line that does not parse is not a command (the runner prints it as is).
 */
function parseCommand(line: string): Command | undefined {
  const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!match) return undefined;
  const [, command = '', props = '', message = ''] = match;
  const properties: Record<string, string> = {};
  for (const pair of props.split(',').filter(Boolean)) {
    const at = pair.indexOf('=');
    if (at <= 0) return undefined;
    properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1));
  }
  return { command, properties, message: unescapeData(message) };
}

function commands(out: string): Command[] {
  const lines = out.split('\n');
  expect(lines.pop()).toBe('');
  return lines.map((line) => {
    const parsed = parseCommand(line);
    expect(parsed, line).toBeDefined();
    return parsed as Command;
  });
}

function manyFindings(counts: Record<ReportFinding['severity'], number>, agreements = 0): Report {
  const report = sampleReport();
  const [template] = report.findings;
  if (!template) throw new Error('sample report changed');
  const findings: ReportFinding[] = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    for (let i = 0; i < counts[severity]; i++) findings.push({ ...structuredClone(template), severity, fact: `${severity} ${i}`, message: `${severity} number ${i}` });
  }
  for (let i = 0; i < agreements; i++) findings.push({ ...structuredClone(template), kind: 'agreement', severity: 'info', fact: `agreement ${i}` });
  report.findings = findings.map((f, i) => ({ ...f, id: `F${String(i + 1).padStart(3, '0')}` }));
  return report;
}

describe('github formatter', () => {
  it('escapes a message like the runner expects: %, CR and LF', () => {
    expect(escapeData('100% sure\r\nnext')).toBe('100%25 sure%0D%0Anext');
    expect(escapeData('a:b,c')).toBe('a:b,c');
  });

  it('escapes properties further: : and , too, and % first so nothing is escaped twice', () => {
    expect(escapeProperty('a:b,c%3A\nd')).toBe('a%3Ab%2Cc%253A%0Ad');
    expect(unescapeProperty(escapeProperty('a:b,c%3A\nd\r'))).toBe('a:b,c%3A\nd\r');
  });

  it('gives one annotation per divergence of the fixtures, at file, line and column, in the runner\'s syntax', () => {
    const report = apt31Report();
    const out = formatReport(report, 'github');
    const problems = report.findings.filter((f) => f.kind !== 'agreement');
    const all = commands(out);
    const parsed = all.filter((c) => c.properties['title'] !== 'corroborate: more findings');
    // What fits GitHub's limit, in report order; when something is left out, the summary takes a notice's place.
    const levelOf = (f: ReportFinding) => ({ error: 'error', warning: 'warning', info: 'notice' })[f.severity];
    const leftOut = parsed.length < problems.length;
    const room = (level: string) => GITHUB_ANNOTATIONS_PER_LEVEL - (level === 'notice' && leftOut ? 1 : 0);
    const used: Record<string, number> = {};
    const expected = problems.filter((f) => {
      const level = levelOf(f);
      used[level] = (used[level] ?? 0) + 1;
      return (used[level] ?? 0) <= room(level);
    });
    expect(parsed).toHaveLength(expected.length);
    expect(all.length - parsed.length).toBe(leftOut ? 1 : 0);
    expect(parsed.filter((c) => c.command === 'error').length).toBe(problems.filter((f) => f.severity === 'error').length);
    parsed.forEach((c, i) => {
      const finding = expected[i];
      expect(c.command).toBe({ error: 'error', warning: 'warning', info: 'notice' }[finding?.severity ?? 'info']);
      expect(Object.keys(c.properties)).toEqual(expect.arrayContaining(['file', 'line', 'col', 'title']));
      expect(c.properties['file']).toMatch(/^fixtures\/apt31\/\d{3}_[0-9a-f]{16}\.txt$/);
      expect(c.properties['line']).toMatch(/^\d+$/);
      expect(c.properties['title']).toBe(`${finding?.rule}: ${finding?.fact}`);
      expect(c.message.split('\n')[0]).toBe(finding?.message);
    });
    const quantity = parsed.find((c) => c.properties['title']?.startsWith('quantity/disjoint'));
    expect(quantity?.properties).toMatchObject({ file: 'fixtures/apt31/004_9bff4349d7a0080e.txt', line: '25', col: '45', endColumn: '62' });
    expect(quantity?.message).toContain('also: 002_93434a87a8d4674a "a company" fixtures/apt31/002_93434a87a8d4674a.txt:3:341');
  });

  it('keeps text from an article inside its command: a newline cannot start another command', () => {
    const report = sampleReport();
    const finding = report.findings[0];
    const evidence = finding?.evidence[0];
    if (!finding || !evidence) throw new Error('sample report changed');
    finding.message = 'Injected\n::add-mask::secret\r\n::error::fake, 100%';
    finding.fact = 'a, b: c';
    evidence.text = 'two\npeople';
    // The primary location of F001 is beta's (two sides of one source each: the last).
    const source = report.sources[1];
    if (source) source.path = 'news/al,pha:1\r\n::error::x.txt';
    const out = formatGithub(report);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) /);
    const [first] = commands(out);
    expect(first?.message.split('\n')[0]).toBe('Injected ::add-mask::secret ::error::fake, 100%');
    expect(first?.properties['file']).toBe('news/al,pha:1\r\n::error::x.txt');
    expect(first?.properties['title']).toBe('quantity/disjoint: a, b: c');
    expect(lines[0]).toContain('title=quantity/disjoint%3A a%2C b%3A c');
  });

  it('leaves agreements out and writes nothing when there is nothing to annotate', () => {
    const report = manyFindings({ error: 0, warning: 0, info: 0 }, 3);
    expect(formatGithub(report)).toBe('');
  });

  it('stops at the per-level limit and ends with a notice of what it left out', () => {
    const report = manyFindings({ error: 13, warning: 2, info: 12 }, 4);
    const parsed = commands(formatGithub(report));
    const count = (name: string) => parsed.filter((c) => c.command === name).length;
    expect(count('error')).toBe(GITHUB_ANNOTATIONS_PER_LEVEL);
    expect(count('warning')).toBe(2);
    // Nine info notices and the summary: the summary takes the tenth notice's place.
    expect(count('notice')).toBe(GITHUB_ANNOTATIONS_PER_LEVEL);
    const summary = parsed.at(-1);
    expect(summary?.command).toBe('notice');
    expect(summary?.properties['title']).toBe('corroborate: more findings');
    expect(summary?.message).toMatch(/^6 more findings not annotated \(3 errors, 3 info\)/);
  });

  it('writes no summary when everything fits', () => {
    const parsed = commands(formatGithub(manyFindings({ error: 10, warning: 10, info: 10 })));
    expect(parsed).toHaveLength(30);
    expect(parsed.some((c) => c.properties['title'] === 'corroborate: more findings')).toBe(false);
  });

  it('gives a source without a path a job-level annotation (no file or line)', () => {
    const report = sampleReport();
    for (const s of report.sources) delete s.path;
    const [first] = commands(formatGithub(report));
    expect(first?.properties['file']).toBeUndefined();
    expect(first?.properties['line']).toBeUndefined();
    expect(first?.properties['title']).toBeDefined();
  });
});
