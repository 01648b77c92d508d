import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDraft, ReportSchema, type SourceInput } from '../../src/index.js';

const APT31 = fileURLToPath(new URL('../../../../fixtures/apt31/', import.meta.url));
const DRAFT = fileURLToPath(new URL('../../../../docs/examples/apt31-draft.md', import.meta.url));

function wires(): SourceInput[] {
  return readdirSync(APT31)
    .filter((n) => n.endsWith('.txt'))
    .map((n) => ({ id: n.slice(0, 3), path: `fixtures/apt31/${n}`, text: readFileSync(APT31 + n, 'utf8') }));
}

describe('checkDraft on a draft written from fixtures/apt31 with two planted errors', () => {
  const report = checkDraft({ id: 'draft', path: 'draft.md', text: readFileSync(DRAFT, 'utf8') }, wires());

  it('gives the wrong count and the shortened name as errors, and no other error', () => {
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).toEqual(['draft/contradicted', 'draft/contradicted']);
    const said = errors.map((f) => f.evidence.filter((e) => e.sourceId === 'draft').map((e) => e.text).join(' ')).sort();
    expect(said).toEqual(['Ni', 'eight Chinese nationals']);
    const count = errors.find((f) => f.message.includes('eight'));
    const theirs = count?.evidence.filter((e) => e.sourceId !== 'draft') ?? [];
    expect(theirs.length).toBeGreaterThan(0);
    for (const e of theirs) expect(e.value).toMatch(/^7 /);
    const name = errors.find((f) => f.fact.startsWith('name:'));
    expect(name?.evidence.map((e) => e.text)).toContain('Ni Gaobin');
  });

  it('reports only findings that quote the draft, and what the sources confirm', () => {
    expect(ReportSchema.parse(report)).toBeTruthy();
    // The draft's words come first, so that annotations (SARIF, GitHub) land in the draft.
    for (const f of report.findings) expect(f.evidence[0]?.sourceId, f.message).toBe('draft');
    const confirmed = report.findings.filter((f) => f.rule === 'draft/confirmed');
    const zhao = confirmed.find((f) => f.fact === 'name: Zhao Guangzong');
    expect(zhao?.message).toBe('2 sources confirm "Zhao Guangzong" (000, 004).');
    expect(confirmed.every((f) => f.kind === 'agreement' && f.severity === 'info')).toBe(true);
  });
});

describe('checkDraft on small texts', () => {
  const sources: SourceInput[] = [
    { id: 'wire', text: 'Prosecutors charged twelve people with fraud on Monday, the court said.' },
    { id: 'agency', text: 'Twelve people were charged with fraud on Monday by prosecutors.' },
    { id: 'daily', text: 'Fifteen people were charged with fraud on Monday by prosecutors.' },
  ];

  it('a figure some sources share and another contradicts is disputed, not an error', () => {
    const report = checkDraft({ id: 'draft', text: 'Prosecutors charged 12 people with fraud.' }, sources);
    const rules = report.findings.map((f) => `${f.rule}:${f.severity}`);
    expect(rules).toContain('draft/disputed:warning');
    expect(report.summary.errors).toBe(0);
  });

  it('a figure no source gives is unsupported; the sources\' own quarrels stay out', () => {
    const report = checkDraft({ id: 'draft', text: 'The fraud cost investors 40 million euros, Maria Lindqvist said.' }, sources);
    const unsupported = report.findings.filter((f) => f.rule === 'draft/unsupported');
    expect(unsupported).toHaveLength(1);
    expect(unsupported[0]?.severity).toBe('warning');
    expect(unsupported[0]?.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['40 million euros', 'Maria Lindqvist']));
    expect(report.findings.some((f) => f.evidence.every((e) => e.sourceId !== 'draft'))).toBe(false);
  });

  it('counts a source and its copy as one independent text', () => {
    const agency = 'Prosecutors charged twelve people with fraud on Monday after a two-year investigation into the collapse of the Harbour Savings bank, the court said. The defendants include the former chief executive, Anna Lindqvist, and three board members. They deny the charges and will appear in court again in May.';
    const copy = agency.replace('the court said', 'a court spokesman said').replace('They deny', 'All of them deny');
    const other = 'Twelve people were charged with fraud on Monday by prosecutors investigating the bank.';
    const report = checkDraft({ id: 'draft', text: 'Prosecutors charged twelve people with fraud.' }, [
      { id: 'agency', text: agency },
      { id: 'paper', text: copy },
      { id: 'other', text: other },
    ]);
    const count = report.findings.find((f) => f.rule === 'draft/confirmed' && f.evidence[0]?.text === 'twelve people');
    expect(count?.message).toBe('3 sources (2 independent) confirm "twelve people" (agency, other, paper).');
    expect(count?.support).toEqual({ sources: 3, independent: 2, copies: [['agency', 'paper']] });
  });

  it('draft rules take the same settings as any rule', () => {
    const draft = { id: 'draft', text: 'The fraud cost investors 40 million euros.' };
    expect(checkDraft(draft, sources, { rules: { 'draft/unsupported': 'off' } }).findings).toEqual([]);
  });

  it('refuses a draft that shares an id with a source, or no sources', () => {
    expect(() => checkDraft({ id: 'wire', text: 'x' }, sources)).toThrow(/share the id "wire"/);
    expect(() => checkDraft({ id: 'draft', text: 'x' }, [])).toThrow(/at least one source/);
  });
});
