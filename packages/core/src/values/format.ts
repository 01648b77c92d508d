import type { DateValue, Mention, Quantity, TimeMention, TimeValue } from '../model.js';

/**
 * Values written two ways: a machine form for the JSON contract (`>= 3 company`, `2019-01-01/2019-12-31`), which
 * stays stable for consumers, and the form an editor reads ("at least 3 companies", "2019"). Both are
 * one-to-one with the interval they stand for, so either can key a group of equal values.
 */

export function quantityValue(q: Quantity): string {
  if (q.kind === 'age') return ageText(q);
  if (q.kind === 'split') return `${splitText(q)} vote`;
  const unit = q.unit ? ` ${q.unit}` : '';
  if (q.max === null) return `>= ${q.min}${unit}`;
  if (q.min === q.max) return `${q.min}${unit}`;
  return `${q.min}-${q.max}${unit}`;
}

export function dateValue(d: DateValue): string {
  if (!d.resolved) return 'unresolved';
  return d.start === d.end ? d.start : `${d.start}/${d.end}`;
}

const hhmm = (n: number): string => {
  const day = Math.floor(n / 1440);
  const m = n - day * 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}${day > 0 ? '+1d' : ''}`;
};

/** "2026-03-09T01:30", "T14:30/T15:30 GMT": the day when the words give one, then minutes of the day. */
export function timeValue(m: TimeMention): string {
  const t = m.time;
  const day = m.day?.resolved && m.day.start === m.day.end ? m.day.start : '';
  const clock = t.start === t.end ? `T${hhmm(t.start)}` : `T${hhmm(t.start)}/T${hhmm(t.end)}`;
  return `${day}${clock}${t.twelveHour ? ' 12h' : ''}${t.zone ? ` ${t.zone}` : ''}`;
}

export function mentionValue(m: Mention): string {
  if (m.type === 'entity') return m.key;
  if (m.type === 'quantity') return quantityValue(m.quantity);
  if (m.type === 'time') return timeValue(m);
  return dateValue(m.date);
}

/** "1:30 a.m.", "10 p.m.", "noon", "midnight". */
function clockText(n: number, twelveHour = false): string {
  const m = ((n % 1440) + 1440) % 1440;
  const h = Math.floor(m / 60);
  const mm = m % 60;
  if (twelveHour) return `${h === 0 ? 12 : h}:${String(mm).padStart(2, '0')}`;
  if (m === 0) return 'midnight';
  if (m === 720) return 'noon';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}${mm ? `:${String(mm).padStart(2, '0')}` : ''} ${h < 12 ? 'a.m.' : 'p.m.'}`;
}

const PART_NAMES: Readonly<Record<string, string>> = { '300-719': 'morning', '720-1079': 'afternoon', '1020-1319': 'evening', '1200-1799': 'night', '0-539': 'early in the day', '1080-1439': 'late in the day' };

/** A time of day as an editor reads it: "1:30 a.m.", "2:30 p.m. to 3:30 p.m.", "morning", "6:15 a.m. GMT". */
export function timeText(t: TimeValue): string {
  const zone = t.zone ? ` ${t.zone}` : '';
  if (t.precision === 'part') return `${PART_NAMES[`${t.start}-${t.end}`] ?? `${clockText(t.start)} to ${clockText(t.end)}`}${zone}`;
  if (t.start === t.end) return `${clockText(t.start, t.twelveHour)}${zone}`;
  return `${clockText(t.start, t.twelveHour)} to ${clockText(t.end, t.twelveHour)}${zone}`;
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

/** "35 years old", "1 year old": an age reads as a person's, never as a duration. */
function ageText(q: Quantity): string {
  return `${formatNumber(q.min)} ${q.min === 1 ? 'year' : 'years'} old`;
}

const UNIT_WORDS: Readonly<Record<string, string>> = { percent: '%' };

/** A length under a day in its parts, to the second: "1 hour 47 minutes", "3 minutes 20 seconds". */
function lengthText(hours: number): string {
  const seconds = Math.round(hours * 3600);
  const parts: [number, string][] = [[Math.floor(seconds / 3600), 'hour'], [Math.floor((seconds % 3600) / 60), 'minute'], [seconds % 60, 'second']];
  return parts
    .filter(([n]) => n > 0)
    .map(([n, unit]) => `${n} ${n === 1 ? unit : `${unit}s`}`)
    .join(' ');
}

/** "7-2", "unanimous" (no one against, the majority not given). */
function splitText(q: Quantity): string {
  return q.majority === undefined ? (q.min === 0 ? 'unanimous' : `n-${q.min}`) : `${q.majority}-${q.min}`;
}

/** "p = 0.03", "p < 0.05", "p > 0.1": a p-value as papers write it. */
function pValueText(q: Quantity): string {
  if (q.min === q.max) return `p = ${q.min}`;
  return q.min === 0 ? `p < ${q.max ?? 1}` : `p > ${q.min}`;
}

/** "phase 3", "phase 2 to 3". */
const phaseText = (q: Quantity): string => (q.min === q.max ? `phase ${q.min}` : `phase ${q.min} to ${q.max ?? q.min}`);

/** A quantity as an editor reads it: "at least 3 companies", "1,800 to 2,200 troops", "USD 12,000,000", "58%". */
export function quantityText(q: Quantity): string {
  if (q.kind === 'age') return ageText(q);
  if (q.kind === 'split') return splitText(q);
  if (q.kind === 'measure' && q.unit === 'p') return pValueText(q);
  if (q.kind === 'measure' && q.unit === 'phase') return phaseText(q);
  // "1.783333 hours" is no way to write a length: its parts are.
  if (q.kind === 'duration' && q.unit === 'hour' && q.min === q.max && !Number.isInteger(q.min) && q.min > 0) return lengthText(q.min);
  const one = q.max !== null && q.min === q.max && q.min === 1;
  let unit: string;
  if (q.kind === 'money') unit = q.unit.toUpperCase();
  else if (q.kind === 'percent') unit = UNIT_WORDS.percent ?? '%';
  else if (q.kind === 'measure') unit = q.unit;
  else unit = one ? q.unit : pluralOf(q.unit);
  const glue = (n: string) => {
    if (q.kind === 'money') return `${unit} ${n}`;
    if (q.kind === 'percent') return q.unit === 'percentage point' ? `${n} percentage points` : `${n}%`;
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
  if (wholeYears) {
    if (ys === ye) return String(ys);
    return ys % 10 === 0 && ye === ys + 9 && d.precision === 'range' ? `the ${ys}s` : `${ys} to ${ye}`;
  }
  const wholeMonths = ds === 1 && de === lastDayOfMonth(ye, me);
  if (wholeMonths) {
    if (ys === ye && ms === me) return `${MONTHS[ms - 1]} ${ys}`;
    return `${MONTHS[ms - 1]} ${ys} to ${MONTHS[me - 1]} ${ye}`;
  }
  // "3 to 5 May 2026", "28 April to 2 May 2026": the year, and the month, written once when both ends share them.
  if (ys === ye && ms === me) return `${ds} to ${de} ${MONTHS[ms - 1]} ${ys}`;
  if (ys === ye) return `${ds} ${MONTHS[ms - 1]} to ${de} ${MONTHS[me - 1]} ${ys}`;
  return `${dayText(d.start)} to ${dayText(d.end)}`;
}
