import { ruleInfo } from '../../rules/index.js';
import type { ReportFinding } from '../schema.js';

/** What a rule checks, for formats that describe their rules (SARIF's `rules[]`). */
export interface RuleHelp {
  /** One line: what the rule reports. */
  summary: string;
  /** What an editor should do about it. */
  help: string;
}

/** The help for a rule id, from the rule registry; a report made elsewhere may carry a rule it does not know. */
export function ruleHelp(rule: string, finding?: Pick<ReportFinding, 'kind' | 'category'>): RuleHelp {
  const known = ruleInfo(rule);
  if (known) return { summary: known.summary, help: known.help };
  const what = finding ? `${finding.kind} about a ${finding.category}` : 'finding';
  return {
    summary: `corroborate ${what} (${rule}).`,
    help: 'Compare the words of each source shown with the finding, and check them against the primary source.',
  };
}
