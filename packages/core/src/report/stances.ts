import type { ReportFinding, SourceStance } from './schema.js';

/**
 * The per-source summary: for each source, the facts on which it says what most sources say, the facts on which
 * it is on a minority side, and its single-source claims. "Which source departs from the consensus, on which
 * facts" in one glance. Computed from the report's own findings, so it can never disagree with them.
 *
 * Sides of a divergence are its evidence values (for figures, the interval without the counted noun, so that
 * "a company" and "an entity" are one side). The side stated by the most sources is the majority; a tie for most
 * makes the fact contested for the tied sources. A source on several sides departs if any of its sides is a
 * minority. Agreements are shared by every source in them. A source that contradicts only itself, and updates
 * (a figure that moved with time), take no side.
 */

const FIGURE = /^(?:>= )?-?[\d.]+(?:-[\d.]+)?/;

function sideOf(finding: ReportFinding, value: string | undefined, text: string): string {
  const v = value ?? text.toLowerCase();
  if (finding.category === 'quantity') return FIGURE.exec(v)?.[0] ?? v;
  return v;
}

export type Stance = 'shares' | 'departs' | 'contested';
const RANK: Record<Stance, number> = { shares: 0, contested: 1, departs: 2 };

/** Each source's stance in one finding; a source absent from the map takes no side in it. */
export function stancesOf(finding: ReportFinding): Map<string, Stance> {
  const out = new Map<string, Stance>();
  if (finding.kind === 'agreement') {
    for (const e of finding.evidence) out.set(e.sourceId, 'shares');
    return out;
  }
  if (finding.kind !== 'divergence') return out;
  const sides = new Map<string, Set<string>>();
  const sidesOfSource = new Map<string, Set<string>>();
  for (const e of finding.evidence) {
    const side = sideOf(finding, e.value, e.text);
    (sides.get(side) ?? sides.set(side, new Set()).get(side))?.add(e.sourceId);
    (sidesOfSource.get(e.sourceId) ?? sidesOfSource.set(e.sourceId, new Set()).get(e.sourceId))?.add(side);
  }
  if (sidesOfSource.size < 2 || sides.size < 2) return out;
  const sizes = [...sides.values()].map((s) => s.size);
  const most = Math.max(...sizes);
  const tied = sizes.filter((n) => n === most).length > 1;
  for (const [sourceId, own] of sidesOfSource) {
    // A source on several sides contradicts itself: stating a minority value anywhere is departing.
    const least = Math.min(...[...own].map((s) => sides.get(s)?.size ?? 0));
    out.set(sourceId, least < most ? 'departs' : tied ? 'contested' : 'shares');
  }
  return out;
}

/**
 * Stances of every source. `singleSourceTotals` gives, per source, how many single-source claims it has in all
 * (the report lists only the first few of each source); without it, the listed ones are counted.
 */
export function sourceStances(
  findings: readonly ReportFinding[],
  sourceIds: readonly string[],
  singleSourceTotals?: ReadonlyMap<string, number>,
): Map<string, SourceStance> {
  const byFact = new Map<string, Map<string, Stance>>();
  const listed = new Map<string, number>();
  for (const finding of findings) {
    if (finding.kind === 'single-source') {
      for (const id of new Set(finding.evidence.map((e) => e.sourceId))) listed.set(id, (listed.get(id) ?? 0) + 1);
      continue;
    }
    const fact = byFact.get(finding.fact) ?? byFact.set(finding.fact, new Map()).get(finding.fact);
    for (const [sourceId, stance] of stancesOf(finding)) {
      const before = fact?.get(sourceId);
      if (before === undefined || RANK[stance] > RANK[before]) fact?.set(sourceId, stance);
    }
  }
  const out = new Map<string, SourceStance>();
  for (const id of sourceIds) {
    const shown = listed.get(id) ?? 0;
    const total = Math.max(shown, singleSourceTotals?.get(id) ?? shown);
    out.set(id, { shares: 0, departs: 0, contested: 0, singleSource: total, unlisted: total - shown, departsOn: [] });
  }
  for (const [fact, stances] of byFact) {
    for (const [sourceId, stance] of stances) {
      const s = out.get(sourceId);
      if (!s) continue;
      s[stance]++;
      if (stance === 'departs') s.departsOn.push(fact);
    }
  }
  return out;
}
