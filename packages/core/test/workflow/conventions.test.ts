import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  applyBaseline,
  baselineOf,
  checkDraft,
  checkSources,
  closestMatches,
  editDistance,
  isRuleId,
  parseBaseline,
  ruleIds,
  ruleList,
  type SourceInput,
} from '../../src/index.js';

/**
 * Linter conventions: rule ids are checked against one registry wherever they are written, inline comments are
 * checked too, and a report says what it leaves out.
 */

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const WIRE: SourceInput = { id: 'wire', path: 'wire.md', text: 'Twelve people were charged by prosecutors on Monday.\n' };
const daily = (lines: string): SourceInput => ({ id: 'daily', path: 'daily.md', text: `# Charges\n\n${lines}\n` });
const FIFTEEN = 'Fifteen people were charged by prosecutors on Monday.';

describe('the rule registry', () => {
  it('holds every rule id the pipeline can write, each with a kind, a severity and help', () => {
    const files = sourceFiles(join(SRC, 'compare')).concat(sourceFiles(join(SRC, 'draft')));
    const literal = new Set<string>();
    const templates: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/'([a-z]+(?:-[a-z]+)*\/[a-z]+(?:-[a-z]+)*)'/g)) literal.add(m[1] as string);
      for (const m of text.matchAll(/rule: (`[^`]*`)/g)) templates.push(m[1] as string);
    }
    // Ids built from parts: each template is known here, so that a new one fails this test until it is listed.
    expect(templates.sort()).toEqual(['`${prefix}/${same ? \'same\' : \'precision\'}`', '`${prefix}/${same ? \'same\' : \'precision\'}`', '`name/${relation}`', '`single-source/${c.kind}`']);
    const built = ['quantity/same', 'quantity/precision', 'date/same', 'date/precision', 'single-source/number', 'single-source/quotation', 'single-source/named', 'single-source/date', 'name/hometown', 'name/birthplace'];
    const written = [...literal, ...built];
    expect(literal.size).toBeGreaterThan(30);
    for (const id of written) expect(isRuleId(id), id).toBe(true);
    // And nothing in the registry that no module writes.
    expect([...ruleIds].sort()).toEqual([...new Set(written)].sort());
    for (const rule of ruleList) {
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(['divergence', 'agreement', 'update', 'single-source']).toContain(rule.kind);
      expect(rule.summary.length).toBeGreaterThan(20);
      expect(rule.help.length).toBeGreaterThan(10);
    }
  });

  it('gives each finding the severity the registry says, unless a note says when it differs', () => {
    const report = checkSources([WIRE, daily(FIFTEEN)]);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) {
      const info = ruleList.find((r) => r.id === f.rule);
      expect(info?.kind, f.rule).toBe(f.kind);
      if (info?.severityNote === undefined) expect(f.severity, f.rule).toBe(info?.severity);
    }
  });
});

describe('did you mean', () => {
  it('counts a swap of two letters as one edit', () => {
    expect(editDistance('format', 'format')).toBe(0);
    expect(editDistance('fromat', 'format')).toBe(1);
    expect(editDistance('frmat', 'format')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests only the nearest candidates, and nothing for a word too far from all', () => {
    expect(closestMatches('frmat', ['format', 'output', 'fail-on'])).toEqual(['format']);
    expect(closestMatches('Output', ['format', 'output'])).toEqual(['output']);
    expect(closestMatches('zebra', ['format', 'output', 'fail-on'])).toEqual([]);
  });
});

describe('an unknown rule id is an error everywhere', () => {
  it('checkSources and checkDraft throw a TypeError with the nearest ids, before any work', () => {
    expect(() => checkSources([WIRE, daily(FIFTEEN)], { rules: { 'name/partal': 'off' } })).toThrow(
      new TypeError('options.rules: unknown rule "name/partal"; did you mean "name/partial"?'),
    );
    expect(() => checkSources([WIRE, daily(FIFTEEN)], { rules: { same: 'off' } })).toThrow(/did you mean "quantity\/same", "date\/same" or "time\/same"\?/);
    expect(() => checkDraft(daily(FIFTEEN), [WIRE], { rules: { 'draft/contradict': 'off' } })).toThrow(/did you mean "draft\/contradicted"\?/);
    // A setting that is not a severity is as silent a mistake as a misspelt id.
    expect(() => checkSources([WIRE, daily(FIFTEEN)], { rules: { 'name/partial': 'high' as 'off' } })).toThrow(TypeError);
    expect(checkSources([WIRE, daily(FIFTEEN)], { rules: { 'quantity/disjoint': 'off' } }).findings.some((f) => f.rule === 'quantity/disjoint')).toBe(false);
  });

  it('an inline comment naming an unknown rule is a notice with its file and line, and suppresses nothing', () => {
    const report = checkSources([WIRE, daily(`<!-- corroborate-disable-next-line quantity/disjiont -->\n${FIFTEEN}`)]);
    expect(report.findings.some((f) => f.rule === 'quantity/disjoint')).toBe(true);
    expect(report.notices).toEqual([
      {
        sourceId: 'daily',
        path: 'daily.md',
        code: 'unknown-rule',
        line: 3,
        message: 'corroborate-disable-next-line: unknown rule "quantity/disjiont"; did you mean "quantity/disjoint"?',
      },
    ]);
  });
});

describe('unused suppressions', () => {
  it('a comment that suppressed nothing is a notice naming the line; one that did is not', () => {
    const used = checkSources([WIRE, daily(`<!-- corroborate-disable-next-line quantity/disjoint -->\n${FIFTEEN}`)]);
    expect(used.findings.some((f) => f.rule === 'quantity/disjoint')).toBe(false);
    expect(used.notices ?? []).toEqual([]);

    const stale = checkSources([WIRE, daily(`${FIFTEEN}\n\n<!-- corroborate-disable-next-line name/partial -->\nThe court sat late.`)]);
    expect(stale.notices).toEqual([
      {
        sourceId: 'daily',
        path: 'daily.md',
        code: 'unused-suppression',
        line: 5,
        message: 'unused corroborate-disable-next-line: no name/partial finding on line 6 to suppress',
      },
    ]);
    const bare = checkSources([WIRE, daily(`<!-- corroborate-disable-next-line -->\nThe court sat late.\n\n${FIFTEEN}`)]);
    expect(bare.notices?.map((n) => `${n.code}:${n.line}:${n.message}`)).toEqual(['unused-suppression:3:unused corroborate-disable-next-line: no finding on line 4 to suppress']);
  });

  it('one rule of a comment used and another not: only the idle one is named', () => {
    const report = checkSources([WIRE, daily(`<!-- corroborate-disable-next-line quantity/disjoint name/partial -->\n${FIFTEEN}`)]);
    expect(report.notices?.map((n) => n.message)).toEqual(['unused corroborate-disable-next-line: no name/partial finding on line 4 to suppress']);
    expect(checkSources([WIRE, daily(`<!-- corroborate-disable-next-line name/partial -->\n${FIFTEEN}`)], { inlineSuppressions: false }).notices).toBeUndefined();
  });
});

describe('counts say what the report leaves out', () => {
  const APT31 = fileURLToPath(new URL('../../../../fixtures/apt31/', import.meta.url));
  const apt31 = (): SourceInput[] =>
    readdirSync(APT31)
      .filter((n) => n.endsWith('.txt'))
      .map((n) => ({ id: n.replace(/\.txt$/, ''), path: n, text: readFileSync(join(APT31, n), 'utf8') }));

  it('summary.singleSource counts what the per-source lists count, listed or not', () => {
    const report = checkSources(apt31());
    const perSource = report.sources.reduce((sum, s) => sum + (s.stance?.singleSource ?? 0), 0);
    const unlisted = report.sources.reduce((sum, s) => sum + (s.stance?.unlisted ?? 0), 0);
    const listed = report.findings.filter((f) => f.kind === 'single-source').length;
    expect(unlisted).toBeGreaterThan(0);
    expect(report.summary.singleSource).toBe(perSource);
    expect(perSource).toBe(listed + unlisted);
  });

  it('divergencesOnly counts the agreements it left out instead of saying 0', () => {
    const sources = [WIRE, daily(FIFTEEN), { id: 'agency', text: `${FIFTEEN}\n` }];
    const all = checkSources(sources);
    expect(all.summary.agreements).toBeGreaterThan(0);
    expect(all.summary.hidden).toBeUndefined();
    const only = checkSources(sources, { divergencesOnly: true });
    expect(only.summary.agreements).toBe(0);
    expect(only.summary.hidden).toEqual({ agreements: all.summary.agreements });
  });

  it('a baseline counts the findings it hides', () => {
    const report = checkSources([WIRE, daily(FIFTEEN)]);
    const parsed = parseBaseline(JSON.parse(JSON.stringify(baselineOf(report))));
    if (!parsed.ok) throw new Error(parsed.problem);
    const again = applyBaseline(report, parsed.baseline);
    expect(again.findings).toEqual([]);
    expect(again.summary.hidden).toEqual({ baseline: report.findings.length });
    expect(again.summary.divergences).toBe(0);
    expect(parseBaseline({ version: '1' })).toEqual({ ok: false, problem: 'not a corroborate baseline (no "corroborateBaseline" and "findings")' });
  });
});
