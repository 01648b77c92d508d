import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check.js';
import type { SourceInput } from '../../src/model.js';
import { ReportSchema } from '../../src/report/schema.js';

/** Three reports of one flood, each giving the toll as it stood; ids deliberately not in date order. */
const TOLL = [
  { id: 'morning', text: 'Officials said 12 people were killed when the river burst its banks in Tarnow on Saturday.' },
  { id: 'evening', text: 'Rescuers in Tarnow said 19 people were killed in the flood.' },
  { id: 'after', text: 'The regional governor said 27 people were killed in the Tarnow flood.' },
] as const;

function dated(dates: readonly (string | undefined)[]): SourceInput[] {
  return TOLL.map((s, i) => {
    const date = dates[i];
    return date === undefined ? { ...s } : { ...s, date };
  });
}

describe('updates: a figure that moves one way across dated reports', () => {
  it('a toll rising over three dated reports is one update with three steps and no error', () => {
    const report = checkSources(dated(['2025-03-03', '2025-03-04', '2025-03-05']));
    expect(ReportSchema.parse(report)).toEqual(report);
    const updates = report.findings.filter((f) => f.kind === 'update');
    expect(updates).toHaveLength(1);
    const update = updates[0];
    expect(update?.rule).toBe('quantity/update');
    expect(update?.timeline?.map((s) => [s.sourceId, s.date, s.text])).toEqual([
      ['morning', '2025-03-03', '12 people'],
      ['evening', '2025-03-04', '19 people'],
      ['after', '2025-03-05', '27 people'],
    ]);
    expect(update?.message).toContain('rose over time');
    expect(update?.message).toMatch(/"12 people" \(morning, 2025-03-03\) → "19 people" \(evening, 2025-03-04\) → "27 people" \(after, 2025-03-05\)/);
    expect(report.findings.filter((f) => f.kind === 'divergence')).toEqual([]);
    expect(report.summary.errors).toBe(0);
    expect(report.summary.updates).toBe(1);
  });

  it('the same reports without dates stay a divergence whose message says the dates would decide it', () => {
    const report = checkSources(dated([undefined, undefined, undefined]));
    expect(report.findings.some((f) => f.kind === 'update')).toBe(false);
    const divergence = report.findings.find((f) => f.rule === 'quantity/disjoint');
    expect(divergence?.severity).toBe('error');
    expect(divergence?.message).toMatch(/No report is dated, so a later update cannot be ruled out\./);
  });

  it('names the one source whose date is missing', () => {
    const report = checkSources(dated(['2025-03-03', undefined, '2025-03-05']));
    const divergence = report.findings.find((f) => f.rule === 'quantity/disjoint');
    expect(divergence?.message).toContain('evening is not dated, so a later update cannot be ruled out.');
  });

  it('a figure that goes up and then down is no update: a warning that it was revised, not an error', () => {
    const report = checkSources(dated(['2025-03-03', '2025-03-05', '2025-03-04']));
    expect(report.findings.some((f) => f.kind === 'update')).toBe(false);
    const divergence = report.findings.find((f) => f.rule === 'quantity/disjoint');
    expect(divergence?.severity).toBe('warning');
    expect(divergence?.message).toContain('moved both up and down across reports of different days');
  });

  it('a falling figure is an update that fell; date-times order reports of one day', () => {
    const report = checkSources(dated(['2025-03-03T22:00Z', '2025-03-03T14:30Z', '2025-03-03T09:00Z']));
    const update = report.findings.find((f) => f.kind === 'update');
    expect(update?.message).toContain('fell over time');
    expect(update?.timeline?.map((s) => s.sourceId)).toEqual(['after', 'evening', 'morning']);
  });

  it('two reports of the same day that disagree are a contradiction', () => {
    const report = checkSources(dated(['2025-03-03', '2025-03-03', '2025-03-05']));
    expect(report.findings.some((f) => f.kind === 'update')).toBe(false);
    expect(report.findings.some((f) => f.rule === 'quantity/disjoint')).toBe(true);
  });

  it('--divergences-only keeps updates, and the report is the same in any input order', () => {
    const inputs = dated(['2025-03-03', '2025-03-04', '2025-03-05']);
    const only = checkSources(inputs, { divergencesOnly: true });
    expect(only.findings.map((f) => f.kind)).toEqual(['update']);
    expect(JSON.stringify(checkSources([...inputs].reverse()))).toBe(JSON.stringify(checkSources(inputs)));
  });
});

describe('updates need figures', () => {
  it('"several" then "one" across dated reports is a divergence, not an update', () => {
    const report = checkSources([
      { id: 'x', date: '2025-05-01', text: 'Coastguards said several vessels were damaged in the storm off Brela.' },
      { id: 'y', date: '2025-05-02', text: 'Coastguards said one vessel was damaged in the storm off Brela.' },
    ]);
    expect(report.findings.some((f) => f.kind === 'update')).toBe(false);
    expect(report.findings.some((f) => f.rule === 'quantity/disjoint')).toBe(true);
  });
});

describe('updates of bounds', () => {
  it('"at least 12", then "at least 19", then "at least 27" killed is an update, not an agreement', () => {
    const report = checkSources([
      { id: 'p', date: '2025-03-03', text: 'Officials said at least 12 people were killed in the Tarnow flood.' },
      { id: 'q', date: '2025-03-04', text: 'Officials said at least 19 people were killed in the Tarnow flood.' },
      { id: 'r', date: '2025-03-05', text: 'Officials said at least 27 people were killed in the Tarnow flood.' },
    ]);
    const update = report.findings.find((f) => f.kind === 'update');
    expect(update?.timeline?.map((s) => s.text)).toEqual(['at least 12 people', 'at least 19 people', 'at least 27 people']);
    expect(update?.message).toContain('rose over time');
    expect(report.findings.some((f) => f.rule === 'quantity/precision')).toBe(false);
  });

  it('a precise figure inside an earlier bound stays an agreement; so do bounds without dates', () => {
    const inside = checkSources([
      { id: 'p', date: '2025-03-03', text: 'Officials said more than 200 containers were destroyed in the Tarnow fire.' },
      { id: 'q', date: '2025-03-04', text: 'Officials said 250 containers were destroyed in the Tarnow fire.' },
    ]);
    expect(inside.findings.some((f) => f.kind === 'update')).toBe(false);
    expect(inside.findings.some((f) => f.rule === 'quantity/precision')).toBe(true);
    const undated = checkSources([
      { id: 'p', text: 'Officials said at least 12 people were killed in the Tarnow flood.' },
      { id: 'q', text: 'Officials said at least 19 people were killed in the Tarnow flood.' },
    ]);
    expect(undated.findings.some((f) => f.kind === 'update')).toBe(false);
    // The value rules read two different floors as a divergence; without dates it says the dates would decide.
    expect(undated.findings.find((f) => f.rule === 'quantity/disjoint')?.message).toContain('a later update cannot be ruled out');
  });
});

describe('updates: report dates read from the articles\' own date lines', () => {
  it('a toll rising from two dead to four dead, dated only by "Updated … | Published …" lines, is an update, not an error', () => {
    const report = checkSources([
      { id: 'first', text: 'Bridge collapse in Varna\nUpdated Sept. 14, 2026 11:20 PM ET | Published Sept. 14, 2026 9:02 PM ET\n\nTwo people were killed when the bridge collapsed, police said.' },
      { id: 'second', text: 'Bridge collapse toll rises\nUpdated Sept. 15, 2026 7:48 PM ET | Published Sept. 15, 2026 3:12 PM ET\n\nFour people were killed when the bridge collapsed, police said.' },
    ]);
    expect(ReportSchema.parse(report)).toEqual(report);
    expect(report.sources.map((s) => [s.id, s.date, s.updated])).toEqual([
      ['first', '2026-09-14T21:02-04:00', '2026-09-14T23:20-04:00'],
      ['second', '2026-09-15T15:12-04:00', '2026-09-15T19:48-04:00'],
    ]);
    const update = report.findings.find((f) => f.kind === 'update');
    expect(update?.timeline?.map((s) => [s.sourceId, s.text])).toEqual([
      ['first', 'Two people'],
      ['second', 'Four people'],
    ]);
    expect(report.summary.errors).toBe(0);
  });
});

describe('updates: only what a developing story revises', () => {
  const deal: SourceInput[] = [
    { id: 'wire', date: '2026-05-11', text: 'Norrvik Foods agreed to buy the dairy group Lindqvist for $640 million, the companies said on Monday.' },
    { id: 'paper', date: '2026-05-12', text: 'Norrvik Foods agreed on Monday to buy Lindqvist for $460 million, the companies said.' },
  ];

  it('a deal value that differs between reports of different days is an error, not an update', () => {
    const report = checkSources(deal);
    expect(report.findings.filter((f) => f.kind === 'update')).toEqual([]);
    const money = report.findings.find((f) => f.kind === 'divergence' && f.category === 'quantity');
    expect(money?.severity).toBe('error');
    expect(money?.message).not.toMatch(/may have updated/);
  });

  it('a count of the injured that rises between the same days is an update', () => {
    const report = checkSources([
      { id: 'wire', date: '2026-05-11', text: 'Police said 14 people were injured when the stand collapsed at the Norrvik stadium on Monday.' },
      { id: 'paper', date: '2026-05-12', text: 'Police said 23 people were injured when the stand collapsed at the Norrvik stadium.' },
    ]);
    expect(report.findings.filter((f) => f.kind === 'update')).toHaveLength(1);
    expect(report.summary.errors).toBe(0);
  });
});
