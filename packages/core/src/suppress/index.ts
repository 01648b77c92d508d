import type { Finding, SourceInput } from '../model.js';
import { formatOf } from '../parse/index.js';
import { lineStarts, pointAt } from '../report/points.js';

/**
 * Inline suppression in Markdown sources, the way linters do it:
 * `<!-- corroborate-disable-next-line quantity/disjoint name/partial -->` drops the findings of those rules
 * (of every rule when none is named) whose evidence in that source starts on the line after the comment.
 * Only Markdown: in plain text the comment would be words of the article.
 */

const DIRECTIVE = /<!--\s*corroborate-disable-next-line\b([^>]*?)\s*-->/g;

/** Per source, line number → rule ids suppressed there (an empty set: every rule). */
export type Suppressions = Map<string, Map<number, Set<string>>>;

export function findSuppressions(sources: readonly SourceInput[]): Suppressions {
  const out: Suppressions = new Map();
  for (const source of sources) {
    if (formatOf(source, source.text) !== 'markdown' || !source.text.includes('corroborate-disable')) continue;
    const starts = lineStarts(source.text);
    const lines = new Map<number, Set<string>>();
    for (const match of source.text.matchAll(DIRECTIVE)) {
      const end = (match.index ?? 0) + match[0].length;
      const line = pointAt(starts, end).line + 1;
      const rules = (match[1] ?? '').split(/[\s,]+/).filter(Boolean);
      const existing = lines.get(line);
      // A bare directive suppresses every rule, whatever another directive for the same line names.
      if (rules.length === 0 || existing?.size === 0) lines.set(line, new Set());
      else lines.set(line, new Set([...(existing ?? []), ...rules]));
    }
    if (lines.size) out.set(source.id, lines);
  }
  return out;
}

export function applySuppressions(findings: readonly Finding[], sources: readonly SourceInput[]): Finding[] {
  const suppressions = findSuppressions(sources);
  if (suppressions.size === 0) return [...findings];
  const starts = new Map(sources.filter((s) => suppressions.has(s.id)).map((s) => [s.id, lineStarts(s.text)]));
  return findings.filter(
    (finding) =>
      !finding.evidence.some((e) => {
        const lines = suppressions.get(e.sourceId);
        const rules = lines?.get(pointAt(starts.get(e.sourceId) ?? [0], e.start).line);
        return rules !== undefined && (rules.size === 0 || rules.has(finding.rule));
      }),
  );
}
