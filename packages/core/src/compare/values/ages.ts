import type { Fact, FactItem, Finding, QuantityMention } from '../../model.js';
import { samePerson } from '../../shared/persons.js';
import type { SourceDates } from '../updates/index.js';
import { distinctBySourceValue, evidenceOf, quote, sourceList } from '../shared.js';

/**
 * A person's age across sources. Two ages are set against each other only when they are of one person by
 * their own names (`samePerson`), never through a third name: "Hale, 41" meets "Ann Hale, 35" and "Tom Hale, 41"
 * of one report, and agrees with the one it can be. An age given a year later may be a year more: reports
 * whose dates account for the difference do not contradict each other.
 */

const YEAR = 365.25 * 86_400_000;

const ageOf = (item: FactItem) => (item.mention as QuantityMention).quantity.min;
const holderOf = (item: FactItem) => {
  const m = item.mention as QuantityMention;
  return m.holder ? { holder: m.holder, unitClass: m.quantity.unitClass } : { unitClass: m.quantity.unitClass };
};
const related = (x: FactItem, y: FactItem) => samePerson(holderOf(x), holderOf(y));

/** Whether the reports' dates leave time for the person to grow from the one age to the other. */
function agedBetween(x: FactItem, y: FactItem, dates: SourceDates): boolean {
  const dx = dates.get(x.sourceId);
  const dy = dates.get(y.sourceId);
  if (!dx || !dy) return false;
  const years = (Date.parse(dy) - Date.parse(dx)) / YEAR;
  if (!Number.isFinite(years)) return false;
  const [grown, span] = years >= 0 ? [ageOf(y) - ageOf(x), years] : [ageOf(x) - ageOf(y), -years];
  return grown >= 1 && grown <= span + 0.5 && grown <= Math.floor(span) + 1;
}

/** The source gives this person's age as `years` somewhere: then another of its ages is of someone else. */
const alsoGives = (items: readonly FactItem[], sourceId: string, other: FactItem) => items.some((i) => i.sourceId === sourceId && ageOf(i) === ageOf(other) && related(i, other));

const bySourceThenStart = (a: FactItem, b: FactItem) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.start - b.start);

function describe(items: readonly FactItem[]): string {
  const texts = items.map((i) => quote(i.text)).filter((t, k, a) => a.indexOf(t) === k);
  return `${texts.join(' / ')} (${sourceList(items)})`;
}

/** Items by age, the age most sources give first. */
function byAge(items: readonly FactItem[]): FactItem[][] {
  const groups = new Map<number, FactItem[]>();
  for (const i of [...items].sort(bySourceThenStart)) groups.set(ageOf(i), [...(groups.get(ageOf(i)) ?? []), i]);
  return [...groups.values()].sort((a, b) => new Set(b.map((i) => i.sourceId)).size - new Set(a.map((i) => i.sourceId)).size || ageOf(a[0] as FactItem) - ageOf(b[0] as FactItem));
}

export function compareAges(fact: Fact, dates: SourceDates): Finding[] {
  const items = distinctBySourceValue(fact.items);
  const person = fact.label.slice('age of '.length);
  const conflicting = new Set<FactItem>();
  const agreeing = new Map<number, Set<FactItem>>();
  for (let a = 0; a < items.length; a++) {
    for (let b = a + 1; b < items.length; b++) {
      const x = items[a] as FactItem;
      const y = items[b] as FactItem;
      if (x.sourceId === y.sourceId || !related(x, y)) continue;
      if (ageOf(x) === ageOf(y)) {
        const set = agreeing.get(ageOf(x)) ?? new Set<FactItem>();
        set.add(x).add(y);
        agreeing.set(ageOf(x), set);
        continue;
      }
      if (alsoGives(items, x.sourceId, y) || alsoGives(items, y.sourceId, x) || agedBetween(x, y, dates)) continue;
      conflicting.add(x).add(y);
    }
  }
  const findings: Finding[] = [];
  if (conflicting.size > 0) {
    const involved = [...conflicting].sort(bySourceThenStart);
    findings.push({
      kind: 'divergence',
      category: 'quantity',
      severity: 'error',
      rule: 'age/disjoint',
      fact: fact.label,
      message: `Sources disagree on the age of ${person}: ${byAge(involved).map(describe).join(' vs ')}.`,
      evidence: involved.map(evidenceOf),
    });
  }
  for (const [years, set] of [...agreeing.entries()].sort((a, b) => a[0] - b[0])) {
    const agreed = [...set].sort(bySourceThenStart);
    const sources = new Set(agreed.map((i) => i.sourceId));
    const label = conflicting.size > 0 || agreeing.size > 1 ? `${fact.label}: ${years}` : fact.label;
    findings.push({
      kind: 'agreement',
      category: 'quantity',
      severity: 'info',
      rule: 'age/same',
      fact: label,
      message: `${sources.size} sources agree on the age of ${person}: ${describe(agreed)}.`,
      evidence: agreed.map(evidenceOf),
    });
  }
  return findings;
}
