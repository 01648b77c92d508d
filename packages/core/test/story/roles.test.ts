import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check.js';

const A = 'Senator Paul Brandt visited the crash site in Holm and met families of the victims.';
const B = 'Senator Paul Brandt told reporters the rail operator had ignored warnings about the bridge.';
const C = 'Vice President Paul Brandt returned to Holm for the memorial service on Sunday.';

describe('role updates', () => {
  it('a role that changed between dated reports is one update with each source as a step', () => {
    const report = checkSources([
      { id: 'a', date: '2023-03-22', text: A },
      { id: 'b', date: '2024-06-25', text: B },
      { id: 'c', date: '2025-02-04', text: C },
    ]);
    const update = report.findings.find((f) => f.rule === 'name/role-update');
    expect(update?.kind).toBe('update');
    expect(update?.timeline?.map((s) => [s.sourceId, s.date, s.text])).toEqual([
      ['a', '2023-03-22', 'Senator'],
      ['b', '2024-06-25', 'Senator'],
      ['c', '2025-02-04', 'Vice President'],
    ]);
    expect(update?.message).toContain(`Paul Brandt's role changed over time: "Senator" (a, b, 2023-03-22 to 2024-06-25) → "Vice President" (c, 2025-02-04).`);
    expect(report.findings.some((f) => f.rule === 'name/role')).toBe(false);
  });

  it('without dates, or with a role that comes back, it stays a role divergence', () => {
    const undated = checkSources([
      { id: 'a', text: A },
      { id: 'b', text: B },
      { id: 'c', text: C },
    ]);
    expect(undated.findings.some((f) => f.rule === 'name/role')).toBe(true);
    expect(undated.findings.some((f) => f.kind === 'update')).toBe(false);
    const back = checkSources([
      { id: 'a', date: '2023-03-22', text: A },
      { id: 'c', date: '2024-06-25', text: C },
      { id: 'b', date: '2025-02-04', text: B },
    ]);
    expect(back.findings.some((f) => f.rule === 'name/role')).toBe(true);
    expect(back.findings.some((f) => f.rule === 'name/role-update')).toBe(false);
  });
});
