import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check.js';
import { readSources } from '../../src/io/read-sources.js';
import { ReportSchema } from '../../src/report/schema.js';

describe('per-source summary', () => {
  it('the source on the minority side departs, on that fact; the others share it', () => {
    const report = checkSources([
      { id: 'a', text: 'Police said 12 people were injured in the fire in Lorca.' },
      // Not a byte-identical copy of a: copies are counted once (report.notices).
      { id: 'b', text: 'Police said that 12 people were injured in the fire in Lorca.' },
      { id: 'c', text: 'Police said 15 people were injured in the fire in Lorca.' },
    ]);
    expect(ReportSchema.parse(report)).toEqual(report);
    const stance = (id: string) => report.sources.find((s) => s.id === id)?.stance;
    const fact = report.findings.find((f) => f.rule === 'quantity/disjoint')?.fact;
    expect(fact).toBeDefined();
    expect(stance('c')).toMatchObject({ departs: 1, departsOn: [fact] });
    expect(stance('a')).toMatchObject({ departs: 0, departsOn: [] });
    expect(stance('a')?.shares).toBeGreaterThan(0);
  });

  it('two sources that disagree are both contested, neither departs', () => {
    const report = checkSources([
      { id: 'a', text: 'Police said 12 people were injured in the fire in Lorca.' },
      { id: 'c', text: 'Police said 15 people were injured in the fire in Lorca.' },
    ]);
    for (const s of report.sources) expect(s.stance).toMatchObject({ departs: 0, contested: 1 });
  });
});

describe('fixtures/apt31: the story view', async () => {
  const { sources } = await readSources(['fixtures/apt31']);
  const report = checkSources(sources);

  it('lists single-source claims, among them the "completely fabricated and malicious slanders" quotation', () => {
    const singles = report.findings.filter((f) => f.kind === 'single-source');
    expect(singles.length).toBeGreaterThan(5);
    const slanders = singles.find((f) => f.evidence.some((e) => e.text === 'completely fabricated and malicious slanders'));
    expect(slanders?.rule).toBe('single-source/quotation');
    expect(slanders?.evidence[0]?.sourceId).toBe('002_93434a87a8d4674a');
  });

  it('shows 004 as the source that departs most', () => {
    const departs = report.sources.map((s) => [s.id, s.stance?.departs ?? 0] as const).sort((x, y) => y[1] - x[1]);
    expect(departs[0]?.[0]).toBe('004_9bff4349d7a0080e');
    expect(departs[0]?.[1]).toBeGreaterThan(departs[1]?.[1] ?? 0);
    expect(report.sources.find((s) => s.id === '004_9bff4349d7a0080e')?.stance?.departsOn).toContain('number of organisations sanctioned');
  });
});
