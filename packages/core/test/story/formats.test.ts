import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check.js';
import { formatReport } from '../../src/report/format/index.js';

/** Four reports: two dated copies of one wire (one with front matter), an update, and a report that departs. */
const WIRE =
  'Officials said 12 people were killed when the river burst its banks in Tarnow on Saturday. Rescuers searched the flooded streets of the old town through the night with boats borrowed from fishermen. The mayor, Jan Nowak, opened three schools as shelters for families whose homes were under water.';
const SOURCES = [
  { id: 'a', text: `---\npublisher: Valley Wire\ndate: 2025-03-03\n---\n${WIRE}\n`, path: 'a.md' },
  { id: 'b', date: '2025-03-03', outlet: 'Daily Echo', text: WIRE.replace('Rescuers searched', 'Rescue teams searched') },
  { id: 'c', date: '2025-03-05', text: 'Officials said 19 people were killed in the Tarnow flood. The mayor, Jan Nowak, opened four schools as shelters.' },
];

describe('the story view in every format', () => {
  const report = checkSources(SOURCES);

  it('the report carries the outlet, the update, the family of copies and the per-source summary', () => {
    expect(report.sources.map((s) => [s.id, s.outlet, s.date, s.family])).toEqual([
      ['a', 'Valley Wire', '2025-03-03', 'K1'],
      ['b', 'Daily Echo', '2025-03-03', 'K1'],
      ['c', undefined, '2025-03-05', undefined],
    ]);
    expect(report.findings.some((f) => f.kind === 'update')).toBe(true);
    expect(report.sources.every((s) => s.stance !== undefined)).toBe(true);
  });

  it('text: the update as a timeline, sources most departing first with their outlet, and the copies', () => {
    const text = formatReport(report, 'text');
    expect(text).toMatch(/update {3}Number of people killed rose over time/);
    // Sources by outlet in the timeline and the copies; the sources block keeps the id beside the outlet.
    expect(text).toMatch(/\n {2}Valley Wire {2}2025-03-03 {2}"12 people" {2}a\.md:5:16\n/);
    expect(text).toContain('sources, most departing first');
    expect(text).toMatch(/ {2}b {2}2025-03-03 {2}Daily Echo {3}shares \d+ · departs \d+ · contested \d+ · \d+ single-source · copy \(K1\)/);
    expect(text).toContain('K1: Valley Wire and Daily Echo are copies of one text');
  });

  it('markdown and html: a sources table with outlet and stance columns, the timeline and the copies', () => {
    const md = formatReport(report, 'markdown');
    expect(md).toContain('| Source | Outlet / title | Date | Claims | Shares | Departs | Contested | Single-source | Departs on | File |');
    expect(md).toMatch(/\| b \| Daily Echo \| 2025-03-03 \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \|/);
    expect(md).toContain('## Updates');
    expect(md).toContain('- K1: Valley Wire and Daily Echo are copies of one text');
    const html = formatReport(report, 'html');
    expect(html).toContain('<span class="source">Daily Echo</span>');
    expect(html).toContain('<th>Shares</th><th>Departs</th><th>Contested</th><th>Single-source</th><th>Departs on</th><th>Copy of</th>');
    expect(html).toContain('<li><span class="where">2025-03-05</span> c: <mark>19 people</mark></li>');
    expect(html).toContain('1 independent text (copies: Valley Wire = Daily Echo)');
  });

  it('json and every other format are byte-identical in any input order', () => {
    for (const format of ['json', 'text', 'markdown', 'html'] as const) {
      expect(formatReport(checkSources([...SOURCES].reverse()), format)).toBe(formatReport(report, format));
    }
  });
});
