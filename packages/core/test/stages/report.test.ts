import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check.js';
import type { SourceInput } from '../../src/model.js';
import { type Report, type ReportPoint, ReportSchema, reportJsonSchema } from '../../src/report/schema.js';

/** Three small invented articles with a divergence, an agreement, a partial name, Markdown, CRLF and a dateline. */
const SOURCES: readonly SourceInput[] = [
  {
    id: 'gazette',
    text: ' date 2024-03-26 Firefighters rescued 12 people\nfrom the Dunmore warehouse on Monday.\r\n\r\nPolice arrested *Mira Castell* at the port.',
    path: 'in/gazette.txt',
  },
  {
    id: 'herald',
    text: '# Dunmore fire\n\nFirefighters rescued 20 people from the Dunmore warehouse.\n\nPolice arrested Tomas Brenn and Castell at the port.\n\nShare this post',
  },
  {
    id: 'courier',
    text: 'Crews rescued 12 people from the burning Dunmore warehouse.\nPolice arrested Mira Castell\nat the port on Monday.',
  },
];

const textOf = (id: string) => SOURCES.find((s) => s.id === id)?.text ?? '';

/** Line and column computed from scratch: lines end at \n, \r\n or \r. */
function expectedPoint(text: string, offset: number): ReportPoint {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}

/** Every located thing of a report: claims, their mentions, and evidence. */
function located(report: Report): { sourceId: string; text: string; start: ReportPoint; end: ReportPoint }[] {
  return [
    ...report.claims.flatMap((c) => [c, ...c.mentions.map((m) => ({ ...m, sourceId: c.sourceId }))]),
    ...report.findings.flatMap((f) => f.evidence),
  ];
}

describe('report', () => {
  const report = checkSources(SOURCES);

  it('validates against ReportSchema', () => {
    expect(() => ReportSchema.parse(report)).not.toThrow();
    expect(report.findings.length).toBeGreaterThan(1);
    expect(report.sources.map((s) => [s.id, s.date, s.path])).toEqual([
      ['courier', undefined, undefined],
      ['gazette', '2024-03-26', 'in/gazette.txt'],
      ['herald', undefined, undefined],
    ]);
  });

  it('is byte-identical whatever order the sources come in', () => {
    const json = JSON.stringify(report);
    for (const order of [[2, 1, 0], [1, 2, 0], [0, 2, 1]]) {
      const shuffled = order.map((i) => SOURCES[i] as SourceInput);
      expect(JSON.stringify(checkSources(shuffled))).toBe(json);
    }
  });

  it('numbers findings F001, F002, ... in order, worst first', () => {
    expect(report.findings.map((f) => f.id)).toEqual(report.findings.map((_, i) => `F${String(i + 1).padStart(3, '0')}`));
    const rank = { error: 0, warning: 1, info: 2 } as const;
    // Grouped by fact, worst fact first: a fact ranks by its worst finding.
    const worst = new Map<string, number>();
    for (const f of report.findings) worst.set(f.fact, Math.min(worst.get(f.fact) ?? 9, rank[f.severity]));
    const ranks = report.findings.map((f) => worst.get(f.fact) ?? 9);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // gazette is dated and herald is not: a count that a later report may have updated is no error.
    expect(report.findings[0]).toMatchObject({ severity: 'warning', rule: 'name/partial' });
    expect(report.findings.find((f) => f.rule === 'quantity/disjoint')).toMatchObject({ severity: 'warning' });
  });

  it('gives evidence whose text is the original sliced at start.offset / end.offset', () => {
    const evidence = report.findings.flatMap((f) => f.evidence);
    expect(evidence.length).toBeGreaterThan(3);
    for (const e of evidence) expect(textOf(e.sourceId).slice(e.start.offset, e.end.offset)).toBe(e.text);
  });

  it('gives claims and mentions whose text is the original sliced at their offsets', () => {
    for (const c of report.claims) {
      expect(textOf(c.sourceId).slice(c.start.offset, c.end.offset)).toBe(c.text);
      for (const m of c.mentions) expect(textOf(c.sourceId).slice(m.start.offset, m.end.offset)).toBe(m.text);
    }
  });

  it('gives line and column right for multi-line texts with \\n and \\r\\n', () => {
    for (const item of located(report)) {
      const text = textOf(item.sourceId);
      expect(item.start).toEqual(expectedPoint(text, item.start.offset));
      expect(item.end).toEqual(expectedPoint(text, item.end.offset));
    }
    const castell = report.findings.flatMap((f) => f.evidence).find((e) => e.sourceId === 'courier' && e.text === 'Mira Castell');
    expect(castell?.start).toEqual({ line: 2, column: 17, offset: 76 });
    const gazette = report.claims.find((c) => c.sourceId === 'gazette' && c.text.startsWith('Police'));
    expect(gazette?.start).toMatchObject({ line: 4, column: 1 });
  });

  it('counts its findings in the summary', () => {
    const count = (pred: (f: Report['findings'][number]) => boolean) => report.findings.filter(pred).length;
    expect(report.summary).toEqual({
      sources: 3,
      claims: report.claims.length,
      agreements: count((f) => f.kind === 'agreement'),
      divergences: count((f) => f.kind === 'divergence'),
      updates: count((f) => f.kind === 'update'),
      singleSource: count((f) => f.kind === 'single-source'),
      errors: count((f) => f.severity === 'error'),
      warnings: count((f) => f.severity === 'warning'),
      infos: count((f) => f.severity === 'info'),
    });
    expect(report.sources.map((s) => s.claimCount)).toEqual(['courier', 'gazette', 'herald'].map((id) => report.claims.filter((c) => c.sourceId === id).length));
  });

  it('leaves agreements out with divergencesOnly', () => {
    const only = checkSources(SOURCES, { divergencesOnly: true });
    expect(only.findings.length).toBeGreaterThan(0);
    expect(only.findings.every((f) => f.kind === 'divergence')).toBe(true);
    expect(only.findings.map((f) => f.id)).toEqual(only.findings.map((_, i) => `F${String(i + 1).padStart(3, '0')}`));
  });

  it('refuses two sources with one id', () => {
    expect(() => checkSources([{ id: 'x', text: 'A.' }, { id: 'x', text: 'B.' }])).toThrow(TypeError);
  });

  it('reports nothing for no sources and validates', () => {
    const empty = checkSources([]);
    expect(ReportSchema.parse(empty).findings).toEqual([]);
    expect(empty.summary.sources).toBe(0);
  });

  it('ships packages/core/report.schema.json equal to reportJsonSchema() plus $id and title', () => {
    const shipped = JSON.parse(readFileSync(new URL('../../report.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const { $id, title, ...rest } = shipped;
    expect($id).toBe('https://corroborate.dev/schema/report.schema.json');
    expect(title).toBe('corroborate report');
    expect(rest).toEqual(reportJsonSchema());
  });
});
