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

/** The days an end of a range may stand for: "from 2019" is any day of 2019, "to June 2021" any day of June. */
function startEnd(iso: string): Interval {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const from = Date.UTC(y, m - 1, d) / DAY;
  if (m === 1 && d === 1) return { min: from, max: Date.UTC(y, 11, 31) / DAY };
  if (d === 1) return { min: from, max: Date.UTC(y, m, 0) / DAY };
  return { min: from, max: from };
}

function finishEnd(iso: string): Interval {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const to = Date.UTC(y, m - 1, d) / DAY;
  if (m === 12 && d === 31) return { min: Date.UTC(y, 0, 1) / DAY, max: to };
  if (d === new Date(Date.UTC(y, m, 0)).getUTCDate()) return { min: Date.UTC(y, m - 1, 1) / DAY, max: to };
  return { min: to, max: to };
}

/**
 * Two ranges of one fact ("between May 2019 and June 2021" / "from 2019 to 2022") both hold only when their
 * starts and their ends each meet: a range says when something began and when it ended, not just "some time in".
 */
export function rangesMeet(a: DateMention, b: DateMention): boolean {
  return overlap(startEnd(a.date.start), startEnd(b.date.start)) && overlap(finishEnd(a.date.end), finishEnd(b.date.end));
}

export const isRange = (item: FactItem) => item.mention?.type === 'date' && item.mention.date.precision === 'range' && item.mention.date.resolved;
