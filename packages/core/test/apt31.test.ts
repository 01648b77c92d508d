import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../src/check.js';
import type { SourceInput } from '../src/model.js';
import { parseSource } from '../src/parse/index.js';
import { type ReportFinding, ReportSchema } from '../src/report/schema.js';

/**
 * Acceptance test on the real fixtures: five articles (March 2024) on the UK/US accusations against APT31.
 * The hand-annotated facts are in fixtures/apt31/expected.json; this test pins the ones an editor must see.
 */
const DIR = new URL('../../../fixtures/apt31/', import.meta.url);
const SOURCES: SourceInput[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(new URL(f, DIR), 'utf8') }));

const S000 = '000_99429b961721ddb3';
const S001 = '001_870695890a0ec36c';
const S002 = '002_93434a87a8d4674a';
const S003 = '003_b614ff12f48e4494';
const S004 = '004_9bff4349d7a0080e';

const report = checkSources(SOURCES);
const textOf = (id: string) => SOURCES.find((s) => s.id === id)?.text ?? '';
const has = (f: ReportFinding, sourceId: string, text: string) => f.evidence.some((e) => e.sourceId === sourceId && e.text === text);

describe('apt31 fixtures', () => {
  it('reads the five articles', () => {
    expect(SOURCES.map((s) => s.id)).toEqual([S000, S001, S002, S003, S004]);
    expect(report.sources.map((s) => s.id)).toEqual([S000, S001, S002, S003, S004]);
    expect(report.sources.find((s) => s.id === S000)?.date).toBe('2024-03-26');
    expect(report.sources.find((s) => s.id === S001)?.date).toBe('2024-03-28');
  });

  it('gives a report that validates against the schema', () => {
    expect(() => ReportSchema.parse(report)).not.toThrow();
  });

  it('gives evidence that is the exact words of its source', () => {
    for (const f of report.findings) for (const e of f.evidence) expect(textOf(e.sourceId).slice(e.start.offset, e.end.offset)).toBe(e.text);
  });

  it('flags "Ni" (004) against "Ni Gaobin" (000)', () => {
    const found = report.findings.filter((f) => f.kind === 'divergence' && has(f, S000, 'Ni Gaobin') && has(f, S004, 'Ni'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ category: 'name', rule: 'name/partial', severity: 'warning' });
  });

  it('flags how many organisations were sanctioned: one in 001, 002, 004 vs "several companies" in 004', () => {
    const found = report.findings.filter((f) => f.kind === 'divergence' && f.category === 'quantity' && has(f, S004, 'several companies'));
    expect(found).toHaveLength(1);
    const [finding] = found;
    expect(finding?.severity).toBe('error');
    for (const [id, text] of [
      [S001, 'a front company'],
      [S002, 'a company'],
      [S004, 'an entity'],
      [S004, 'several companies'],
    ] as const) {
      expect(finding && has(finding, id, text), `${id}: "${text}"`).toBe(true);
    }
  });

  it('agrees on seven people charged in the US: 000, 002, 003', () => {
    const found = report.findings.filter((f) => f.kind === 'agreement' && f.category === 'quantity' && f.evidence.some((e) => /seven/i.test(e.text)));
    expect(found).toHaveLength(1);
    const sources = new Set(found[0]?.evidence.map((e) => e.sourceId));
    for (const id of [S000, S002, S003]) expect(sources.has(id), id).toBe(true);
    for (const e of found[0]?.evidence ?? []) expect(e.text).toMatch(/seven/i);
  });

  it('agrees on two people sanctioned by the UK: 001, 002, 004 and the two names in 000', () => {
    const found = report.findings.filter((f) => f.kind === 'agreement' && f.category === 'quantity' && has(f, S000, 'Zhao Guangzong and Ni Gaobin'));
    expect(found).toHaveLength(1);
    const sources = new Set(found[0]?.evidence.map((e) => e.sourceId));
    for (const id of [S000, S001, S002, S004]) expect(sources.has(id), id).toBe(true);
    expect(found[0] && has(found[0], S001, 'two individuals')).toBe(true);
    expect(found[0] && has(found[0], S002, 'two individuals')).toBe(true);
  });

  it('takes no evidence and no claim from web clutter', () => {
    const clutter = new Map(SOURCES.map((s) => [s.id, parseSource(s).clutter]));
    expect(clutter.get(S003)?.map((c) => c.text)).toEqual(expect.arrayContaining(['Share this post', '× Chat Now']));
    expect(clutter.get(S004)?.map((c) => c.text)).toEqual(expect.arrayContaining(['Latest news', 'Please enter your comment!\nPlease enter your name here']));
    const outside = (start: number, end: number, sourceId: string) => (clutter.get(sourceId) ?? []).every((c) => end <= c.start || start >= c.end);
    for (const f of report.findings) {
      for (const e of f.evidence) {
        expect(e.text).not.toMatch(/Share this post|Please enter your|Request a Quote|Chat Now/);
        expect(outside(e.start.offset, e.end.offset, e.sourceId), `${f.id} ${e.sourceId}: "${e.text}"`).toBe(true);
      }
    }
    for (const c of report.claims) {
      expect(c.text).not.toMatch(/Share this post|Please enter your|Request a Quote|Chat Now/);
      expect(outside(c.start.offset, c.end.offset, c.sourceId), c.id).toBe(true);
    }
  });

  it('stays short: at most 8 divergences', () => {
    expect(report.summary.divergences).toBeLessThanOrEqual(8);
    expect(report.summary.divergences).toBeGreaterThanOrEqual(2);
  });
});
