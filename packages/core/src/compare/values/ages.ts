import type { Fact, FactItem, Finding, QuantityMention } from '../../model.js';
import { samePerson } from '../../shared/persons.js';
import type { SourceDates } from '../updates/index.js';
import { type Kind, kindsOf } from '../kinds.js';
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
function agedBetween(ageX: number, sourceX: string, ageY: number, sourceY: string, dates: SourceDates): boolean {
  const dx = dates.get(sourceX);
  const dy = dates.get(sourceY);
  if (!dx || !dy) return false;
  const years = (Date.parse(dy) - Date.parse(dx)) / YEAR;
  if (!Number.isFinite(years)) return false;
  const [grown, span] = years >= 0 ? [ageY - ageX, years] : [ageX - ageY, -years];
  return grown >= 1 && grown <= span + 0.5 && grown <= Math.floor(span) + 1;
}

/** Everything `samePerson` reads of an age's holder, with the age: items alike in it are one kind. */
function kindKey(item: FactItem): string {
  const m = item.mention as QuantityMention;
  const h = m.holder;
  return JSON.stringify([ageOf(item), m.quantity.unitClass, h ? [h.key, h.kind, h.name, h.text, h.words, h.legalForm ?? ''] : null]);
}


const holdersThenStart = (a: FactItem, b: FactItem) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.start - b.start);

function describe(items: readonly FactItem[]): string {
  const texts = items.map((i) => quote(i.text)).filter((t, k, a) => a.indexOf(t) === k);
  return `${texts.join(' / ')} (${sourceList(items)})`;
}

/** Items by age, the age most sources give first. */
function byAge(items: readonly FactItem[]): FactItem[][] {
  const groups = new Map<number, FactItem[]>();
  for (const i of [...items].sort(holdersThenStart)) groups.set(ageOf(i), [...(groups.get(ageOf(i)) ?? []), i]);
  return [...groups.values()].sort((a, b) => new Set(b.map((i) => i.sourceId)).size - new Set(a.map((i) => i.sourceId)).size || ageOf(a[0] as FactItem) - ageOf(b[0] as FactItem));
}

export function compareAges(fact: Fact, dates: SourceDates): Finding[] {
  const items = distinctBySourceValue(fact.items);
  const person = fact.label.slice('age of '.length);
  const conflicting = new Set<FactItem>();
  const agreeing = new Map<number, Set<FactItem>>();
  const agree = (age: number, list: Iterable<FactItem>) => {
    const set = agreeing.get(age) ?? new Set<FactItem>();
    for (const i of list) set.add(i);
    agreeing.set(age, set);
  };
  // Ages alike in value and holder are one kind: a person named in hundreds of sources costs kinds² tests.
  const kinds = kindsOf(items, kindKey, (i) => i.sourceId);
  // The sources that give a kind's age for its person somewhere (`alsoGives`): another age of theirs is of someone else.
  const covering = kinds.map((k) => new Set(kinds.filter((o) => ageOf(o.sample) === ageOf(k.sample) && related(o.sample, k.sample)).flatMap((o) => [...o.holders.keys()])));
  for (let a = 0; a < kinds.length; a++) {
    for (let b = a; b < kinds.length; b++) {
      const kx = kinds[a] as Kind<FactItem>;
      const ky = kinds[b] as Kind<FactItem>;
      if (!related(kx.sample, ky.sample)) continue;
      if (ageOf(kx.sample) === ageOf(ky.sample)) {
        for (const [k, other] of [[kx, ky], [ky, kx]] as const) {
          for (const [source, list] of k.holders) if ([...other.holders.keys()].some((s) => s !== source)) agree(ageOf(k.sample), list);
        }
        continue;
      }
      const xs = [...kx.holders.keys()].filter((id) => !covering[b]?.has(id));
      const ys = [...ky.holders.keys()].filter((id) => !covering[a]?.has(id));
      for (const x of xs) {
        for (const y of ys) {
          if (agedBetween(ageOf(kx.sample), x, ageOf(ky.sample), y, dates)) continue;
          for (const i of kx.holders.get(x) ?? []) conflicting.add(i);
          for (const i of ky.holders.get(y) ?? []) conflicting.add(i);
        }
      }
    }
  }
  const findings: Finding[] = [];
  if (conflicting.size > 0) {
    const involved = [...conflicting].sort(holdersThenStart);
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
    const agreed = [...set].sort(holdersThenStart);
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
