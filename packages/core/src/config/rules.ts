import type { Finding } from '../model.js';
import { isRuleId, unknownRuleMessage } from '../rules/index.js';
import { RULE_SETTINGS, type RuleSetting } from './schema.js';

/** A desk's own severities: per rule id, a severity or "off". Rules not named keep the pipeline's severity. */
export type RuleSettings = Readonly<Partial<Record<string, RuleSetting>>>;

/**
 * Throws a TypeError for a rule id the registry does not know (with the nearest ones) or a setting that is not a
 * severity: a misspelt id would otherwise change nothing, silently.
 */
export function assertRuleSettings(rules: RuleSettings | undefined): void {
  if (rules === undefined) return;
  for (const [id, setting] of Object.entries(rules)) {
    if (setting === undefined) continue;
    if (!isRuleId(id)) throw new TypeError(`options.rules: ${unknownRuleMessage(id)}`);
    if (!(RULE_SETTINGS as readonly unknown[]).includes(setting)) {
      throw new TypeError(`options.rules: "${String(setting)}" for "${id}" is not a setting; use ${RULE_SETTINGS.join(', ')}`);
    }
  }
}

export function applyRuleSettings(findings: readonly Finding[], rules: RuleSettings | undefined): Finding[] {
  assertRuleSettings(rules);
  if (!rules) return [...findings];
  const out: Finding[] = [];
  for (const finding of findings) {
    const setting = Object.hasOwn(rules, finding.rule) ? rules[finding.rule] : undefined;
    if (setting === 'off') continue;
    out.push(setting === undefined || setting === finding.severity ? finding : { ...finding, severity: setting });
  }
  return out;
}
