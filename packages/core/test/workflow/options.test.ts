import { describe, expect, it } from 'vitest';
import { checkSources, configJsonSchema, findingFingerprint, parseConfig, type ReportFinding } from '../../src/index.js';

const rulesOf = (findings: readonly ReportFinding[]) => findings.map((f) => `${f.rule}:${f.severity}`);

describe('config validation', () => {
  it('accepts a full config', () => {
    const result = parseConfig({
      $schema: './node_modules/@corroborate/core/config.schema.json',
      rules: { 'name/partial': 'off', 'quantity/disjoint': 'warning' },
      aliases: { China: ['Beijing'] },
      ignore: ['drafts/**'],
      failOn: 'error',
      format: 'json',
    });
    expect(result.ok).toBe(true);
  });

  it('names the key and what was expected, in one line', () => {
    const cases: Array<[unknown, string]> = [
      [{ rules: { 'name/partial': 'high' } }, 'rules.name/partial: expected "error" | "warning" | "info" | "off"'],
      [{ rules: { Partial: 'off' } }, 'rules: unknown rule "Partial"; did you mean "name/partial"?'],
      [{ rules: { 'name/partal': 'off' } }, 'rules: unknown rule "name/partal"; did you mean "name/partial"?'],
      [{ rules: { 'qunatity/disjoint': 'off' } }, 'rules: unknown rule "qunatity/disjoint"; did you mean "quantity/disjoint"?'],
      [{ rules: { 'made/up-entirely': 'off' } }, 'rules: unknown rule "made/up-entirely" (corroborate check --list-rules lists them)'],
      [{ aliases: { China: 'Beijing' } }, 'aliases.China: expected array'],
      [{ aliases: { China: [''] } }, 'aliases.China.0: must not be empty'],
      [{ failOn: 'info' }, 'failOn: expected "error" | "warning" | "never"'],
      [{ format: 'pdf' }, expect.stringMatching(/^format: expected "[a-z]+"( \| "[a-z]+")+$/)],
      [{ fail_on: 'error' }, expect.stringMatching(/^fail_on: unknown key \(known keys: \$schema, rules, aliases, ignore, failOn, format, against\)$/)],
      [[1, 2], 'expected object'],
    ];
    for (const [value, problem] of cases) {
      const result = parseConfig(value);
      expect(result, JSON.stringify(value)).toEqual({ ok: false, problem });
    }
  });

  it('publishes a JSON Schema that closes the object and lists the severities', () => {
    const schema = configJsonSchema() as { additionalProperties: boolean; properties: Record<string, { additionalProperties?: { enum?: string[] } }> };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties['rules']?.additionalProperties?.enum).toEqual(['error', 'warning', 'info', 'off']);
  });
});

const FIGURES = [
  { id: 'wire', text: 'Twelve people were charged by prosecutors on Monday.' },
  { id: 'daily', text: 'Fifteen people were charged by prosecutors on Monday.' },
];

describe('rule settings', () => {
  it('changes a severity, turns a rule off, and keeps the summary in step', () => {
    const plain = checkSources(FIGURES);
    expect(rulesOf(plain.findings)).toContain('quantity/disjoint:error');
    const tuned = checkSources(FIGURES, { rules: { 'quantity/disjoint': 'warning', 'statement/same': 'off' } });
    expect(rulesOf(tuned.findings)).toContain('quantity/disjoint:warning');
    expect(tuned.findings.some((f) => f.rule === 'statement/same')).toBe(false);
    expect(tuned.summary.errors).toBe(0);
    expect(tuned.summary.warnings).toBe(tuned.findings.filter((f) => f.severity === 'warning').length);
  });
});

describe('aliases', () => {
  const wire = { id: 'wire', text: 'Police said Mohammed Salah Haddad was arrested on Tuesday.' };
  const daily = { id: 'daily', text: 'Muhammad Saleh Hadad was arrested on Tuesday, police said.' };

  it('makes other spellings of a person one entity, compared as the same person', () => {
    expect(checkSources([wire, daily]).findings.some((f) => f.category === 'name')).toBe(false);
    const report = checkSources([wire, daily], { aliases: { 'Mohammed Salah Haddad': ['Muhammad Saleh Hadad'] } });
    const names = report.findings.filter((f) => f.category === 'name');
    expect(names.map((f) => f.rule)).toEqual(['name/equivalent']);
    expect(names[0]?.evidence.map((e) => e.text).sort()).toEqual(['Mohammed Salah Haddad', 'Muhammad Saleh Hadad']);
  });

  it('makes two names of an organisation one actor and one speaker', () => {
    const a = { id: 'wire', text: 'Acme Holdings said it would appeal the fine of 2 million euros.' };
    const b = { id: 'daily', text: 'Acme Group said it would appeal the fine of 2 million euros.' };
    const before = checkSources([a, b]).findings.map((f) => f.rule);
    // One divergence for one disagreement: who speaks is judged as the speaker, not again as the actor.
    expect(before).toEqual(expect.arrayContaining(['attribution/speaker']));
    expect(before).not.toContain('attribution/actor');
    const after = checkSources([a, b], { aliases: { 'Acme Holdings': ['Acme Group'] } });
    expect(after.findings.filter((f) => f.kind === 'divergence')).toEqual([]);
    expect(after.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['name/equivalent', 'attribution/same']));
  });

  it('does not change what a later run without aliases sees (extraction is memoised)', () => {
    checkSources([wire, daily], { aliases: { 'Mohammed Salah Haddad': ['Muhammad Saleh Hadad'] } });
    expect(checkSources([wire, daily]).findings.some((f) => f.category === 'name')).toBe(false);
  });
});

describe('inline suppression', () => {
  const daily = (comment: string) => ({ id: 'daily', path: 'daily.md', text: `# Charges\n\n${comment}\nFifteen people were charged by prosecutors on Monday.\n` });

  it('drops the named rule on the next line only', () => {
    const suppressed = checkSources([FIGURES[0]!, daily('<!-- corroborate-disable-next-line quantity/disjoint -->')]);
    expect(suppressed.findings.some((f) => f.rule === 'quantity/disjoint')).toBe(false);
    const otherRule = checkSources([FIGURES[0]!, daily('<!-- corroborate-disable-next-line name/partial -->')]);
    expect(otherRule.findings.some((f) => f.rule === 'quantity/disjoint')).toBe(true);
    const notNext = checkSources([FIGURES[0]!, daily('<!-- corroborate-disable-next-line quantity/disjoint -->\n')]);
    expect(notNext.findings.some((f) => f.rule === 'quantity/disjoint')).toBe(true);
  });

  it('without a rule id drops every finding there; plain text and the option turn it off', () => {
    expect(checkSources([FIGURES[0]!, daily('<!-- corroborate-disable-next-line -->')]).findings).toEqual([]);
    const text = { ...daily('<!-- corroborate-disable-next-line -->'), path: 'daily.txt' };
    expect(checkSources([FIGURES[0]!, text]).findings.some((f) => f.rule === 'quantity/disjoint')).toBe(true);
    const off = checkSources([FIGURES[0]!, daily('<!-- corroborate-disable-next-line -->')], { inlineSuppressions: false });
    expect(off.findings.some((f) => f.rule === 'quantity/disjoint')).toBe(true);
  });
});

describe('finding fingerprints', () => {
  const disjoint = (sources: typeof FIGURES) => checkSources(sources).findings.find((f) => f.rule === 'quantity/disjoint') as ReportFinding;

  it('survive re-ordering and unrelated edits, and change with a compared value', () => {
    const before = findingFingerprint(disjoint(FIGURES));
    expect(before).toMatch(/^[0-9a-f]{16}$/);
    expect(findingFingerprint(disjoint([...FIGURES].reverse()))).toBe(before);
    const edited = [{ ...FIGURES[0]!, text: `The court sat late.\n\n${FIGURES[0]!.text}` }, FIGURES[1]!];
    expect(findingFingerprint(disjoint(edited))).toBe(before);
    const changed = [{ ...FIGURES[0]!, text: FIGURES[0]!.text.replace('Twelve', 'Thirteen') }, FIGURES[1]!];
    expect(findingFingerprint(disjoint(changed))).not.toBe(before);
  });
});
