import type { Evidence, Fact, FactItem, Finding } from '../../model.js';
import { quote, shorten, sourceList } from '../shared.js';
import { valuesDiffer } from './values.js';

/**
 * A denial against what it denies (`align/statements.ts`, `alignDenials`): one source states what another
 * denies, calls false, says there is no plan for, or says did not happen. An outright denial ("denied that",
 * "called … false") is an error; a negated verb or "no plan" (read through a synonym more often) is a warning.
 * Where a figure or date in the two claims cannot meet, the value rules speak, not this one.
 */

const VERB: Record<string, string> = {
  denied: 'denies',
  false: 'calls false',
  'no-plan': 'says there is no plan for',
  negated: 'says did not happen',
};

const evidence = (i: FactItem): Evidence => ({ sourceId: i.sourceId, claimId: i.claimId, text: i.text, start: i.start, end: i.end, value: i.value });

export function compareDenial(fact: Fact): Finding[] {
  const [denial, ...rest] = fact.items;
  const stance = denial?.claim.stance;
  if (!denial || !stance) return [];
  const stating = rest.filter((i) => i.sourceId !== denial.sourceId && !valuesDiffer(denial.claim, i.claim));
  if (stating.length === 0) return [];
  const first = stating[0] as FactItem;
  const outright = stance.kind === 'denied' || stance.kind === 'false';
  return [
    {
      kind: 'divergence',
      category: 'statement',
      severity: outright ? 'error' : 'warning',
      rule: 'statement/denial',
      fact: fact.label,
      message: `${sourceList(stating)} state${stating.length > 1 ? '' : 's'} what ${denial.sourceId} ${VERB[stance.kind] ?? 'denies'} (${quote(stance.cue.text)}): ${quote(shorten(first.text, 100))} vs ${quote(shorten(denial.text, 100))}.`,
      evidence: [...stating, denial].map(evidence),
    },
  ];
}
