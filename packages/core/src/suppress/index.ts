import type { Finding, SourceInput } from '../model.js';
import { formatOf } from '../parse/index.js';
import { lineStarts, pointAt } from '../report/points.js';
import type { SourceNotice } from '../report/schema.js';
import { isRuleId, unknownRuleMessage } from '../rules/index.js';

/**
 * Inline suppression in Markdown sources, the way linters do it:
 * `<!-- corroborate-disable-next-line quantity/disjoint name/partial -->` drops the findings of those rules
 * (of every rule when none is named) whose evidence in that source starts on the line after the comment.
 * Only Markdown: in plain text the comment would be words of the article.
 *
 * A comment is checked like a config file: a rule id the registry does not know is a notice naming the line,
 * with the nearest ids (it would otherwise suppress nothing, silently), and so is a comment that suppressed
 * nothing, as ESLint's --report-unused-disable-directives does, so that stale comments do not pile up.
 */

const DIRECTIVE = /<!--\s*corroborate-disable-next-line\b([^>]*?)\s*-->/g;

/** One `corroborate-disable-next-line` comment. */
export interface Directive {
  sourceId: string;
  path?: string;
  /** The line the comment starts on (1-based). */
  line: number;
  /** The line whose findings it suppresses: the one after the comment ends. */
  target: number;
  /** The rule ids it names, as written; empty for every rule. */
  rules: string[];
}

/** Per source, line number → rule ids suppressed there (an empty set: every rule). */
export type Suppressions = Map<string, Map<number, Set<string>>>;

/** Every directive of the Markdown sources, in source order. */
export function findDirectives(sources: readonly SourceInput[]): Directive[] {
  const out: Directive[] = [];
  for (const source of sources) {
    if (!source.text.includes('corroborate-disable') || formatOf(source, source.text) !== 'markdown') continue;
    const starts = lineStarts(source.text);
    for (const match of source.text.matchAll(DIRECTIVE)) {
      const start = match.index ?? 0;
      const directive: Directive = {
        sourceId: source.id,
        line: pointAt(starts, start).line,
        target: pointAt(starts, start + match[0].length).line + 1,
        rules: (match[1] ?? '').split(/[\s,]+/).filter(Boolean),
      };
      if (source.path !== undefined) directive.path = source.path;
      out.push(directive);
    }
  }
  return out;
}

export function findSuppressions(sources: readonly SourceInput[]): Suppressions {
  const out: Suppressions = new Map();
  for (const d of findDirectives(sources)) {
    const lines = out.get(d.sourceId) ?? out.set(d.sourceId, new Map()).get(d.sourceId);
    if (!lines) continue;
    const existing = lines.get(d.target);
    // A bare directive suppresses every rule, whatever another directive for the same line names.
    if (d.rules.length === 0 || existing?.size === 0) lines.set(d.target, new Set());
    else lines.set(d.target, new Set([...(existing ?? []), ...d.rules]));
  }
  return out;
}

export interface SuppressionResult {
  findings: Finding[];
  /** Unknown rule ids and directives that suppressed nothing, each naming its source and line. */
  notices: SourceNotice[];
}

function noticeAt(d: Directive, code: SourceNotice['code'], message: string): SourceNotice {
  const out: SourceNotice = { sourceId: d.sourceId, code, message, line: d.line };
  if (d.path !== undefined) out.path = d.path;
  return out;
}

/** Drop the suppressed findings, and say which comments name unknown rules or suppressed nothing. */
export function suppressFindings(findings: readonly Finding[], sources: readonly SourceInput[]): SuppressionResult {
  const directives = findDirectives(sources);
  if (directives.length === 0) return { findings: [...findings], notices: [] };
  const starts = new Map(sources.filter((s) => directives.some((d) => d.sourceId === s.id)).map((s) => [s.id, lineStarts(s.text)]));
  // Per directive, the rules (or '' for a bare one) that matched some finding.
  const used = directives.map(() => new Set<string>());
  const kept = findings.filter((finding) => {
    let suppressed = false;
    for (const e of finding.evidence) {
      const lines = starts.get(e.sourceId);
      if (!lines) continue;
      const line = pointAt(lines, e.start).line;
      directives.forEach((d, k) => {
        if (d.sourceId !== e.sourceId || d.target !== line) return;
        if (d.rules.length === 0) used[k]?.add('');
        else if (d.rules.includes(finding.rule)) used[k]?.add(finding.rule);
        else return;
        suppressed = true;
      });
    }
    return !suppressed;
  });
  const notices: SourceNotice[] = [];
  directives.forEach((d, k) => {
    const hits = used[k] ?? new Set<string>();
    for (const id of d.rules) if (!isRuleId(id)) notices.push(noticeAt(d, 'unknown-rule', `corroborate-disable-next-line: ${unknownRuleMessage(id)}`));
    const known = d.rules.filter(isRuleId);
    if (d.rules.length === 0 && hits.size === 0) {
      notices.push(noticeAt(d, 'unused-suppression', `unused corroborate-disable-next-line: no finding on line ${d.target} to suppress`));
    } else {
      const idle = known.filter((id) => !hits.has(id));
      if (idle.length > 0) {
        notices.push(noticeAt(d, 'unused-suppression', `unused corroborate-disable-next-line: no ${idle.join(' or ')} finding on line ${d.target} to suppress`));
      }
    }
  });
  return { findings: kept, notices };
}

export function applySuppressions(findings: readonly Finding[], sources: readonly SourceInput[]): Finding[] {
  return suppressFindings(findings, sources).findings;
}
