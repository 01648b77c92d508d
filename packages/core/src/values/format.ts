import type { DateValue, Mention, Quantity } from '../model.js';

/**
 * Values written two ways: a machine form for the JSON contract (`>= 3 company`, `2019-01-01/2019-12-31`), which
 * stays stable for consumers, and the form an editor reads ("at least 3 companies", "2019"). Both are
 * one-to-one with the interval they stand for, so either can key a group of equal values.
 */

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

const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  person: 'people', people: 'people', man: 'men', woman: 'women', child: 'children', staff: 'staff', police: 'police',
  crew: 'crew', personnel: 'personnel', series: 'series', species: 'species', life: 'lives', foot: 'feet',
};

/** The plural of a counted noun the extractor has put in the singular. */
export function pluralOf(noun: string): string {
  const irregular = IRREGULAR_PLURALS[noun];
  if (irregular) return irregular;
  const words = noun.split(' ');
  const last = words[words.length - 1] ?? noun;
  let plural: string;
  if (/[^aeiou]y$/.test(last)) plural = `${last.slice(0, -1)}ies`;
  else if (/(s|x|z|ch|sh)$/.test(last)) plural = `${last}es`;
  else plural = `${last}s`;
  return [...words.slice(0, -1), plural].join(' ');
}

/** Digits grouped by thousands, with no more decimals than the value has ("12,000,000", "6.4"). */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [whole = '0', fraction] = String(Math.abs(n)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

const UNIT_WORDS: Readonly<Record<string, string>> = { percent: '%' };

/** A quantity as an editor reads it: "at least 3 companies", "1,800 to 2,200 troops", "USD 12,000,000", "58%". */
export function quantityText(q: Quantity): string {
  const one = q.max !== null && q.min === q.max && q.min === 1;
  let unit: string;
  if (q.kind === 'money') unit = q.unit.toUpperCase();
  else if (q.kind === 'percent') unit = UNIT_WORDS.percent ?? '%';
  else if (q.kind === 'measure') unit = q.unit;
  else unit = one ? q.unit : pluralOf(q.unit);
  const glue = (n: string) => {
    if (q.kind === 'money') return `${unit} ${n}`;
    if (q.kind === 'percent') return `${n}%`;
    // "magnitude 6.4" names the measure first; a converted measure reads "128.748 km".
    if (q.kind === 'measure' && !q.statedUnit) return `${unit} ${n}`;
    return unit ? `${n} ${unit}` : n;
  };
  const min = formatNumber(q.min);
  if (q.max === null) return q.min === 0 ? glue('any number of') : `at least ${glue(min)}`;
  if (q.min === q.max) return glue(min);
  if (q.min === 0) return `at most ${glue(formatNumber(q.max))}`;
  return `${glue(min)} to ${glue(formatNumber(q.max))}`.replace(/^(\S+ )?([\d,.]+) (\S+) to \1?([\d,.]+) \3$/, '$1$2 to $4 $3');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dayText(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date interval as an editor reads it: "26 March 2024", "March 2024", "2019", "2021 to 2022". */
export function dateText(d: DateValue): string {
  if (!d.resolved) return 'an unresolved date';
  if (d.start === d.end) return dayText(d.start);
  const [ys, ms, ds] = d.start.split('-').map(Number) as [number, number, number];
  const [ye, me, de] = d.end.split('-').map(Number) as [number, number, number];
  const wholeYears = ms === 1 && ds === 1 && me === 12 && de === 31;
  if (wholeYears) return ys === ye ? String(ys) : `${ys} to ${ye}`;
  const wholeMonths = ds === 1 && de === lastDayOfMonth(ye, me);
  if (wholeMonths) {
    if (ys === ye && ms === me) return `${MONTHS[ms - 1]} ${ys}`;
    return `${MONTHS[ms - 1]} ${ys} to ${MONTHS[me - 1]} ${ye}`;
  }
  return `${dayText(d.start)} to ${dayText(d.end)}`;
}
