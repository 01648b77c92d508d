import type { Finding, TimelineStep } from '../../model.js';
import type { SourceDates } from './index.js';

/**
 * A role that changed: "Chair of the committee" in the 2023 and 2024 releases, "Ranking Member" in 2025. When
 * every source of a role divergence is dated and, in date order, each role holds for one unbroken stretch of
 * time (no role comes back, reports of one moment agree), the later reports update the earlier ones: one `update`
 * with the timeline of roles. Otherwise the divergence stays as the name rules wrote it.
 */

const timeOf = (date: string) => Date.parse(date);
const ROLE_RULE = 'name/role';

function roleUpdate(finding: Finding, dates: SourceDates): Finding | undefined {
  const steps: TimelineStep[] = [];
  const roleOf = new Map<string, string>();
  for (const e of finding.evidence) {
    const date = dates.get(e.sourceId);
    if (date === undefined || Number.isNaN(timeOf(date))) return undefined;
    const role = (e.value ?? e.text).toLowerCase();
    const before = roleOf.get(e.sourceId);
    if (before !== undefined && before !== role) return undefined; // a source that gives two roles
    if (before !== undefined) continue;
    roleOf.set(e.sourceId, role);
    steps.push({ sourceId: e.sourceId, date, text: e.text, value: e.value ?? e.text, claimId: e.claimId, start: e.start, end: e.end });
  }
  steps.sort((a, b) => timeOf(a.date) - timeOf(b.date) || (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0));
  const roles = steps.map((s) => roleOf.get(s.sourceId) ?? '');
  const runs: number[] = [];
  for (let k = 0; k < steps.length; k++) {
    if (k > 0 && roles[k] === roles[k - 1]) continue;
    // A new role on the same moment as the last report of the previous one: two reports of one moment disagree.
    if (k > 0 && timeOf((steps[k] as TimelineStep).date) === timeOf((steps[k - 1] as TimelineStep).date)) return undefined;
    if (runs.some((r) => roles[r] === roles[k])) return undefined; // a role that comes back
    runs.push(k);
  }
  if (runs.length < 2) return undefined;
  const name = finding.fact.replace(/^name: /, '');
  const timeline = runs
    .map((start, r) => {
      const end = (runs[r + 1] ?? steps.length) - 1;
      const run = steps.slice(start, end + 1);
      const when = run[0]?.date === run[run.length - 1]?.date ? (run[0]?.date ?? '') : `${run[0]?.date ?? ''} to ${run[run.length - 1]?.date ?? ''}`;
      return `"${steps[start]?.text ?? ''}" (${run.map((s) => s.sourceId).join(', ')}, ${when})`;
    })
    .join(' → ');
  return {
    ...finding,
    kind: 'update',
    severity: 'info',
    rule: 'name/role-update',
    message: `${name}'s role changed over time: ${timeline}. The latest report gives the current role; earlier reports are not wrong for their date.`,
    timeline: steps,
  };
}

/** Role divergences across dated reports that read as a change over time become updates. */
export function datedRoles(findings: readonly Finding[], dates: SourceDates): Finding[] {
  return findings.map((f) => (f.kind === 'divergence' && f.rule === ROLE_RULE ? (roleUpdate(f, dates) ?? f) : f));
}
