import type { ExtractedSource, Finding, FindingKind, Mention, Severity } from '../model.js';
import { lineStarts, pointAt } from './points.js';
import { REPORT_VERSION, type Report, type ReportClaim, type ReportFinding, type ReportMention } from './schema.js';
import type { CopyFamily } from '../copies/index.js';
import { sourceNames } from './format/shared.js';
import { sourceStances } from './stances.js';
import { mentionValue } from './values.js';

export interface BuildOptions {
  /** Per source, how many single-source claims it has in all (the findings list only the first few). */
  singleSourceTotals?: ReadonlyMap<string, number>;
  /** Families of copies (copies/): listed in the report, and each source's family named. */
  copies?: readonly CopyFamily[];
}

/**
 * The most evidence items a finding lists; `evidenceOmitted` counts the rest. An editor reads a dozen sides at
 * most, and a table of fifty thousand figures in one fact would otherwise give one finding of fifty thousand.
 */
export const MAX_EVIDENCE = 12;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** Within a severity: what sources dispute first, then what changed, then what they share, then what one says. */
const KIND_RANK: Record<FindingKind, number> = { divergence: 0, update: 1, agreement: 2, 'single-source': 3 };

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function mentionType(mention: Mention): ReportMention['type'] {
  return mention.type === 'entity' ? mention.kind : mention.type;
}

/**
 * Assemble the report: offsets become line/column points, findings are sorted worst first and grouped by fact,
 * and ids are given in that order, so the same input always gives the same bytes.
 */
export function buildReport(sources: readonly ExtractedSource[], findings: readonly Finding[], options: BuildOptions = {}): Report {
  const ordered = [...sources].sort((a, b) => compareStrings(a.id, b.id));
  const starts = new Map(ordered.map((s) => [s.id, lineStarts(s.text)]));
  const at = (sourceId: string, offset: number) => pointAt(starts.get(sourceId) ?? [0], offset);

  const claims: ReportClaim[] = [];
  for (const source of ordered) {
    for (const claim of source.claims) {
      const out: ReportClaim = {
        id: claim.id,
        sourceId: source.id,
        text: claim.text,
        start: at(source.id, claim.start),
        end: at(source.id, claim.end),
        mentions: claim.mentions.map((m) => {
          const mention: ReportMention = { type: mentionType(m), text: m.text, start: at(source.id, m.start), end: at(source.id, m.end), value: mentionValue(m) };
          if (m.type === 'entity' && m.role) mention.role = m.role;
          return mention;
        }),
      };
      if (claim.predicate) out.predicate = claim.predicate.lemma;
      if (claim.attribution) out.attribution = claim.attribution.speaker;
      if (claim.hedge) out.hedge = claim.hedge.text;
      if (claim.negated) out.negated = true;
      claims.push(out);
    }
  }

  const sortedEvidence = (f: Finding) =>
    [...f.evidence].sort((a, b) => compareStrings(a.sourceId, b.sourceId) || a.start - b.start || a.end - b.end);
  const prepared = findings.map((f) => ({ finding: f, evidence: sortedEvidence(f) }));
  // Worst first; within a severity, a fact's findings stay together, divergences before agreements.
  const factRank = new Map<string, number>();
  for (const { finding } of prepared) {
    const rank = SEVERITY_RANK[finding.severity] * 4 + KIND_RANK[finding.kind];
    factRank.set(finding.fact, Math.min(factRank.get(finding.fact) ?? Infinity, rank));
  }
  prepared.sort((a, b) => {
    const fa = a.finding;
    const fb = b.finding;
    const ea = a.evidence[0];
    const eb = b.evidence[0];
    return (
      (factRank.get(fa.fact) ?? 0) - (factRank.get(fb.fact) ?? 0) ||
      compareStrings(fa.fact, fb.fact) ||
      SEVERITY_RANK[fa.severity] - SEVERITY_RANK[fb.severity] ||
      KIND_RANK[fa.kind] - KIND_RANK[fb.kind] ||
      (fa.priority ?? 0) - (fb.priority ?? 0) ||
      compareStrings(fa.rule, fb.rule) ||
      compareStrings(ea?.sourceId ?? '', eb?.sourceId ?? '') ||
      (ea?.start ?? 0) - (eb?.start ?? 0) ||
      compareStrings(fa.message, fb.message)
    );
  });

  const reportFindings: ReportFinding[] = prepared.map(({ finding, evidence }, index) => {
    const out: ReportFinding = {
      id: `F${String(index + 1).padStart(3, '0')}`,
      kind: finding.kind,
      category: finding.category,
      severity: finding.severity,
      rule: finding.rule,
      fact: finding.fact,
      message: finding.message,
      evidence: evidence.map((e) => {
        const item: ReportFinding['evidence'][number] = {
          sourceId: e.sourceId,
          claimId: e.claimId,
          text: e.text,
          start: at(e.sourceId, e.start),
          end: at(e.sourceId, e.end),
        };
        if (e.value !== undefined) item.value = e.value;
        return item;
      }),
    };
    if (finding.timeline) {
      out.timeline = finding.timeline.map((s) => ({ sourceId: s.sourceId, date: s.date, text: s.text, value: s.value, start: at(s.sourceId, s.start) }));
    }
    if (finding.support) {
      out.support = { sources: finding.support.sources, independent: finding.support.independent, copies: finding.support.copies.map((c) => [...c]) };
    }
    if (finding.editing) out.editing = [...finding.editing];
    return out;
  });

  const count = (pred: (f: ReportFinding) => boolean) => reportFindings.filter(pred).length;
  // Stances read every side of a finding, so they are taken before the evidence is capped.
  const stances = sourceStances(reportFindings, ordered.map((s) => s.id), options.singleSourceTotals);
  const summaries = ordered.map((s) => {
    const summary: Report['sources'][number] = { id: s.id, claimCount: s.claims.length };
    if (s.path !== undefined) summary.path = s.path;
    const date = s.meta?.date ?? s.date;
    if (date !== undefined) summary.date = date;
    if (s.meta?.updated !== undefined) summary.updated = s.meta.updated;
    if (s.meta?.outlet !== undefined) summary.outlet = s.meta.outlet;
    if (s.meta?.title !== undefined) summary.title = s.meta.title;
    if (s.meta?.url !== undefined) summary.url = s.meta.url;
    const family = options.copies?.find((f) => f.sources.includes(s.id));
    if (family) summary.family = family.id;
    const stance = stances.get(s.id);
    if (stance) summary.stance = stance;
    return summary;
  });
  // Named once here, by the formatters' own rule, so that a consumer of the JSON calls a source what the page does.
  const names = sourceNames(summaries);
  for (const finding of reportFindings) capEvidence(finding);
  return {
    version: REPORT_VERSION,
    sources: summaries.map(({ id, ...rest }) => ({ id, name: names.get(id) ?? id, ...rest })),
    claims,
    findings: reportFindings,
    ...(options.copies && options.copies.length > 0
      ? { copies: options.copies.map((f) => ({ id: f.id, sources: [...f.sources], similarity: f.similarity })) }
      : {}),
    summary: {
      sources: ordered.length,
      claims: claims.length,
      agreements: count((f) => f.kind === 'agreement'),
      divergences: count((f) => f.kind === 'divergence'),
      updates: count((f) => f.kind === 'update'),
      // Every single-source claim found, as the per-source lists count them; the findings list only the first few.
      singleSource: [...stances.values()].reduce((sum, s) => sum + s.singleSource, 0),
      errors: count((f) => f.severity === 'error'),
      warnings: count((f) => f.severity === 'warning'),
      infos: count((f) => f.severity === 'info'),
    },
  };
}

/**
 * Keep MAX_EVIDENCE items of a longer evidence list, taken from each source in turn (its first words first), so
 * that every source stays on the page however many items one of them has; the kept items stay in report order.
 */
function capEvidence(finding: ReportFinding): void {
  const all = finding.evidence;
  if (all.length <= MAX_EVIDENCE) return;
  const bySource = new Map<string, number[]>();
  all.forEach((e, i) => {
    const list = bySource.get(e.sourceId);
    if (list) list.push(i);
    else bySource.set(e.sourceId, [i]);
  });
  const kept: number[] = [];
  for (let round = 0; kept.length < MAX_EVIDENCE; round++) {
    for (const list of bySource.values()) {
      const i = list[round];
      if (i !== undefined && kept.length < MAX_EVIDENCE) kept.push(i);
    }
  }
  kept.sort((a, b) => a - b);
  finding.evidence = kept.map((i) => all[i] as ReportFinding['evidence'][number]);
  finding.evidenceOmitted = all.length - MAX_EVIDENCE;
}
