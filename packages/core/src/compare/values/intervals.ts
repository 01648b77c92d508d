import type { DateMention, FactItem, QuantityMention } from '../../model.js';

/** Values as closed intervals on one axis: numbers for quantities, days for dates. */
export interface Interval {
  min: number;
  max: number;
}

const DAY = 86_400_000;

export function intervalOf(item: FactItem): Interval {
  const m = item.mention as QuantityMention | DateMention;
  if (m.type === 'quantity') return { min: m.quantity.min, max: m.quantity.max ?? Number.POSITIVE_INFINITY };
  return { min: Date.parse(m.date.start) / DAY, max: Date.parse(m.date.end) / DAY };
}

export const overlap = (a: Interval, b: Interval) => a.min <= b.max && b.min <= a.max;
export const equal = (a: Interval, b: Interval) => a.min === b.min && a.max === b.max;
