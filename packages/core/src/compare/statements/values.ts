import type { Claim, Fact, FactItem, Finding, Mention, QuantityMention } from '../../model.js';
import { quote } from '../shared.js';
import { mentionValue } from '../../values/format.js';

/**
 * Two claims worded alike do not "say the same thing" when a figure, a sum or a date in them differs
 * ("paid EUR 12 million" / "paid GBP 10 million", "40,000 ovens" / "45,000 ovens"): the value rules judge
 * the figures, and an agreement beside them would tell the editor the opposite.
 */

/** What a value is of: figures of one kind are compared with each other, dates with dates. */
function slotOf(m: Mention): string | undefined {
  if (m.type === 'entity') return undefined;
  if (m.type === 'quantity') return `quantity:${m.quantity.kind}`;
  if (m.type === 'date') return 'date';
  // A kind of value added later (ages, clock times) is compared by its own type, with no change here.
  return (m as { type: string }).type;
}

interface Value {
  min: number;
  max: number;
  /** What must match beside the number: the currency of a sum, the unit of a measure. */
  of: string;
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * The value as an interval: values that meet ("in 2023" / "in March 2023", "at least 12" / "19") are for the
 * value rules to weigh, values that cannot both be true are a difference. Undefined when it cannot be placed.
 */
function valueOf(m: Mention): Value | undefined {
  if (m.type === 'quantity') {
    const q = m.quantity;
    // A count's noun is how it is worded ("workers" / "employees"); a sum's currency and a measure's unit are the value.
    return { min: q.min, max: q.max ?? Number.POSITIVE_INFINITY, of: q.kind === 'count' ? '' : q.unit };
  }
  if (m.type === 'date') {
    if (!m.date.resolved) return undefined;
    const min = day(m.date.start);
    const max = day(m.date.end);
    return Number.isNaN(min) || Number.isNaN(max) ? undefined : { min, max, of: '' };
  }
  // A kind of value added later is compared whole, without where it stands or how it was written.
  const { text: _text, start: _start, end: _end, predicate: _predicate, agent: _agent, ...rest } = m as Mention & Record<string, unknown>;
  return { min: 0, max: 0, of: JSON.stringify(rest) };
}

const meet = (x: Value, y: Value) => x.of === y.of && x.min <= y.max && y.min <= x.max;

function valuesBySlot(claim: Claim): Map<string, Value[]> {
  const out = new Map<string, Value[]>();
  for (const m of claim.mentions) {
    const slot = slotOf(m);
    const value = slot === undefined ? undefined : valueOf(m);
    if (slot === undefined || value === undefined) continue;
    out.set(slot, [...(out.get(slot) ?? []), value]);
  }
  return out;
}

/** Both claims give a value of the same kind, and one of them has a value the other's cannot meet. */
export function valuesDiffer(a: Claim, b: Claim): boolean {
  const va = valuesBySlot(a);
  const vb = valuesBySlot(b);
  for (const [slot, xs] of va) {
    const ys = vb.get(slot);
    if (!ys) continue;
    if (xs.some((x) => !ys.some((y) => meet(x, y))) || ys.some((y) => !xs.some((x) => meet(x, y)))) return true;
  }
  return false;
}

/** Any two sources of the fact whose claims give different values of one kind. */
export function itemsDifferInValue(items: readonly FactItem[]): boolean {
  return items.some((x) => items.some((y) => x.sourceId < y.sourceId && valuesDiffer(x.claim, y.claim)));
}

/**
 * The same statement with its sum in two currencies ("paid EUR 12 million" / "paid GBP 10 million"): the sums
 * are not compared, since a rate would be a guess, but the editor is told that the sources do not give one
 * figure. Only when nothing else in the two claims differs in value, and one sum each.
 */
export function currencyNote(fact: Fact): Finding | undefined {
  const sums = (i: FactItem) => i.claim.mentions.filter((m): m is QuantityMention => m.type === 'quantity' && m.quantity.kind === 'money');
  for (const x of fact.items) {
    for (const y of fact.items) {
      if (x.sourceId >= y.sourceId) continue;
      const [sx, ...moreX] = sums(x);
      const [sy, ...moreY] = sums(y);
      if (!sx || !sy || moreX.length > 0 || moreY.length > 0 || sx.quantity.unit === sy.quantity.unit) continue;
      const rest = (c: Claim): Claim => ({ ...c, mentions: c.mentions.filter((m) => !(m.type === 'quantity' && m.quantity.kind === 'money')) });
      if (valuesDiffer(rest(x.claim), rest(y.claim))) continue;
      const evidence = [sx, sy].map((m, k) => {
        const item = k === 0 ? x : y;
        return { sourceId: item.sourceId, claimId: item.claimId, text: m.text, start: m.start, end: m.end, value: mentionValue(m) };
      });
      return {
        kind: 'divergence',
        category: 'statement',
        severity: 'info',
        rule: 'statement/currency',
        fact: fact.label,
        message: `The sum is given in different currencies: ${quote(sx.text)} (${x.sourceId}) vs ${quote(sy.text)} (${y.sourceId}). Sums in different currencies are not compared; check which figure the original gives.`,
        evidence,
      };
    }
  }
  return undefined;
}
