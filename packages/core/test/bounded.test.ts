import { describe, expect, it } from 'vitest';
import { checkSources } from '../src/check.js';
import type { SourceInput } from '../src/model.js';
import { MAX_EVIDENCE } from '../src/report/build.js';
import { formatReport, formatReportPieces } from '../src/report/format/index.js';
import { ReportSchema } from '../src/report/schema.js';
import { sampleReport } from './format/sample-report.js';

/**
 * Issue 15, bounded output: a finding lists at most MAX_EVIDENCE items and says how many more there are, in the
 * data and in every format; a source that lists thousands of values of one fact is a table, not thousands of
 * sides. Each case failed on the main of ebfef67 (every item listed; the table compared pair by pair, minutes
 * and gigabytes for a few thousand rows).
 */
const agreeing: SourceInput[] = Array.from({ length: 20 }, (_, i) => ({
  id: `s${String(i).padStart(2, '0')}`,
  text: `Police said 12 people were injured in the fire on Tuesday, report ${i} said.`,
}));

describe('evidence per finding', () => {
  it('an agreement of 20 sources lists 12 of them and counts the other 8', () => {
    const report = checkSources(agreeing);
    const agreement = report.findings.find((f) => f.rule === 'quantity/same');
    expect(MAX_EVIDENCE).toBe(12);
    expect(agreement?.evidence).toHaveLength(12);
    expect(agreement?.evidenceOmitted).toBe(8);
    expect(agreement?.evidence.map((e) => e.sourceId)).toEqual(agreeing.slice(0, 12).map((s) => s.id));
    expect(ReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true);
  });

  it('a divergence keeps every source on the page, however many values one of them gives', () => {
    const many = Array.from({ length: 40 }, (_, i) => `In district ${i + 1} the fire destroyed ${i + 20} homes.`).join(' ');
    const report = checkSources([
      { id: 'a', text: many },
      { id: 'b', text: 'The fire destroyed 5 homes, officials said.' },
    ]);
    const divergence = report.findings.find((f) => f.kind === 'divergence' && f.category === 'quantity');
    expect(divergence?.evidence).toHaveLength(12);
    expect(divergence?.evidence.some((e) => e.sourceId === 'b')).toBe(true);
    expect(divergence?.evidenceOmitted).toBe(41 - 12);
    // The message names a dozen values and how many more, not all forty-one.
    expect(divergence?.message).toMatch(/… and 29 more/);
    expect((divergence?.message.match(/homes"/g) ?? []).length).toBeLessThanOrEqual(12 + 12);
  });

  it('a finding with 12 items or fewer has no count', () => {
    const report = checkSources(agreeing.slice(0, 12));
    expect(report.findings.every((f) => f.evidenceOmitted === undefined)).toBe(true);
  });

  for (const format of ['text', 'markdown', 'html', 'sarif', 'github'] as const) {
    it(`${format} says how many more there are`, () => {
      // 20 sources give 12 people, one gives 30: the divergence has 21 sides, 12 listed.
      const report = checkSources([...agreeing, { id: 'zz', text: 'Police said 30 people were injured in the fire on Tuesday.' }]);
      expect(report.findings.find((f) => f.rule === 'quantity/disjoint')?.evidenceOmitted).toBe(9);
      expect(formatReport(report, format)).toContain('… and 9 more');
    });
  }

  it('json and ndjson carry evidenceOmitted', () => {
    const report = checkSources(agreeing);
    expect(formatReport(report, 'json')).toContain('"evidenceOmitted": 8');
    expect(formatReport(report, 'ndjson')).toContain('"evidenceOmitted":8');
  });
});

describe('tables', () => {
  it('3,000 rows of one fact in one source against a short article: no finding of thousands of sides', { timeout: 60_000 }, () => {
    let rows = '';
    for (let i = 1; i <= 3000; i++) rows += `${i} were killed. `;
    const report = checkSources([
      { id: 'table', text: rows },
      { id: 'story', text: 'Police said 12 people were killed in the fire on Tuesday.' },
    ]);
    expect(report.findings.every((f) => f.evidence.length <= MAX_EVIDENCE)).toBe(true);
    expect(report.findings.some((f) => f.category === 'quantity' && f.kind === 'divergence')).toBe(false);
    expect(report.claims.filter((c) => c.sourceId === 'table')).toHaveLength(3000);
  });

  it('a clause listing sixty counts is one claim holding each count, not sixty claims each repeating the list', () => {
    const list = `${Array.from({ length: 60 }, (_, i) => `${i + 2} homes`).join(', ')} burned.`;
    const report = checkSources([
      { id: 'list', text: list },
      { id: 'story', text: 'The fire destroyed 40 homes on Tuesday.' },
    ]);
    const claims = report.claims.filter((c) => c.sourceId === 'list');
    expect(claims).toHaveLength(1);
    expect(claims[0]?.mentions.filter((m) => m.type === 'quantity')).toHaveLength(60);
  });
});

describe('JSON in pieces', () => {
  it('gives the bytes of formatReport, for a report with and without large arrays', () => {
    let rows = '';
    for (let i = 1; i <= 400; i++) rows += `Police said ${i} people were hurt. `;
    for (const report of [sampleReport(), checkSources(agreeing), checkSources([{ id: 'a', text: rows }, agreeing[0] as SourceInput])]) {
      const pieces = [...formatReportPieces(report, 'json')];
      expect(pieces.join('')).toBe(formatReport(report, 'json'));
      expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(200_000);
    }
    expect([...formatReportPieces(sampleReport(), 'text')]).toEqual([formatReport(sampleReport(), 'text')]);
  });
});
