import type { DateValue, Mention, Quantity } from '../model.js';

/** A quantity as an editor reads it: "2", "3+", "10,000–∞" becomes "> 10000", "1–3". */
export function quantityValue(q: Quantity): string {
  const unit = q.unit ? ` ${q.unit}` : '';
  if (q.max === null) return `>= ${q.min}${unit}`;
  if (q.min === q.max) return `${q.min}${unit}`;
  return `${q.min}-${q.max}${unit}`;
}

export function dateValue(d: DateValue): string {
  if (!d.resolved) return 'unresolved';
  return d.start === d.end ? d.start : `${d.start}/${d.end}`;
}

export function mentionValue(m: Mention): string {
  if (m.type === 'entity') return m.key;
  if (m.type === 'quantity') return quantityValue(m.quantity);
  return dateValue(m.date);
}
