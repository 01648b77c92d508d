import type { Finding } from '../model.js';
import type { RuleSetting } from './schema.js';

/** A desk's own severities: per rule id, a severity or "off". Rules not named keep the pipeline's severity. */
export type RuleSettings = Readonly<Record<string, RuleSetting>>;

export function applyRuleSettings(findings: readonly Finding[], rules: RuleSettings | undefined): Finding[] {
  if (!rules) return [...findings];
  const out: Finding[] = [];
  for (const finding of findings) {
    const setting = Object.hasOwn(rules, finding.rule) ? rules[finding.rule] : undefined;
    if (setting === 'off') continue;
    out.push(setting === undefined || setting === finding.severity ? finding : { ...finding, severity: setting });
  }
  return out;
}
