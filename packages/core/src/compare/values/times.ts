import { WEEKDAY_NAMES } from '../../lexicon/calendar.js';
import type { ClockReading, DateMention, Fact, FactItem, Finding, TimeMention } from '../../model.js';
import { distinctBySourceValue, evidenceOf, quote, sourceList } from '../shared.js';
import { overlap } from './intervals.js';

/**
 * Times of day and weekdays no report date pins. A time is compared only with a time read in the same zone
 * (local with local, GMT with GMT), on the same day when both give one: a different day is the date's finding.
 */

const DAY = 1440;

/** Every reading a time allows: itself, twelve hours on when no a.m. or p.m. is given, its gloss in another zone. */
function readings(m: TimeMention): ClockReading[] {
  const t = m.time;
  const own: ClockReading = { start: t.start, end: t.end, ...(t.zone ? { zone: t.zone } : {}) };
  const out = [own];
  if (t.twelveHour) out.push({ ...own, start: t.start + 720, end: t.end + 720 });
  if (t.also) out.push(t.also);
  return out;
}

/** Minutes on a clock face: 11:30 p.m. to 12:30 a.m. meets "shortly after midnight". */
function clockOverlap(a: ClockReading, b: ClockReading): boolean {
  const ia = { min: a.start, max: a.end };
  for (const shift of [-DAY, 0, DAY]) if (overlap(ia, { min: b.start + shift, max: b.end + shift })) return true;
  return false;
}

const sameZone = (a: ClockReading, b: ClockReading) => (a.zone ?? '').toLowerCase() === (b.zone ?? '').toLowerCase();

function sameDayOrUnknown(a: TimeMention, b: TimeMention): boolean {
  if (!a.day?.resolved || !b.day?.resolved) return true;
  return a.day.start <= b.day.end && b.day.start <= a.day.end;
}

/** Whether two times can be compared at all, and if so whether both can be true. */
function relation(a: TimeMention, b: TimeMention): 'meets' | 'disjoint' | 'apart' {
  if (!sameDayOrUnknown(a, b)) return 'apart';
  let comparable = false;
  for (const ra of readings(a)) {
    for (const rb of readings(b)) {
      if (!sameZone(ra, rb)) continue;
      comparable = true;
      if (clockOverlap(ra, rb)) return 'meets';
    }
  }
  return comparable ? 'disjoint' : 'apart';
}

/** Whether two times can both be true: different days or zones are not this rule's to judge. */
export const timesCompatible = (a: TimeMention, b: TimeMention) => relation(a, b) !== 'disjoint';

interface Side {
  value: string;
  items: FactItem[];
}

const timeOf = (item: FactItem) => item.mention as TimeMention;
const describe = (s: Side) => `${s.items.map((i) => quote(i.text)).filter((t, k, a) => a.indexOf(t) === k).join(' / ')} (${sourceList(s.items)})`;

function sidesOf(items: readonly FactItem[]): Side[] {
  const sides: Side[] = [];
  for (const item of items) {
    // One value on two days is two sides: "1:30 a.m. Monday" and "1:30 a.m. Tuesday" are not one time.
    const day = timeOf(item).day;
    const value = `${item.value}|${day?.resolved ? `${day.start}/${day.end}` : ''}`;
    const side = sides.find((s) => s.value === value);
    if (side) side.items.push(item);
    else sides.push({ value, items: [item] });
  }
  return sides.sort((a, b) => b.items.length - a.items.length || timeOf(a.items[0] as FactItem).time.start - timeOf(b.items[0] as FactItem).time.start || (a.value < b.value ? -1 : 1));
}

const sourcesOf = (s: Side) => new Set(s.items.map((i) => i.sourceId));

/** Two sides set against each other: each has a source the other has not (one report giving both is two events). */
function opposed(a: Side, b: Side): boolean {
  const sa = sourcesOf(a);
  const sb = sourcesOf(b);
  return [...sa].some((s) => !sb.has(s)) && [...sb].some((s) => !sa.has(s));
}

export function compareTimes(fact: Fact): Finding[] {
  const items = distinctBySourceValue(fact.items).filter((i) => i.mention?.type === 'time');
  const sides = sidesOf(items);
  const pairs: [Side, Side, 'meets' | 'disjoint'][] = [];
  for (let a = 0; a < sides.length; a++) {
    for (let b = a + 1; b < sides.length; b++) {
      const sa = sides[a] as Side;
      const sb = sides[b] as Side;
      const r = relation(timeOf(sa.items[0] as FactItem), timeOf(sb.items[0] as FactItem));
      if (r !== 'apart') pairs.push([sa, sb, r]);
    }
  }
  const conflicts = pairs.filter(([a, b, r]) => r === 'disjoint' && opposed(a, b));
  if (conflicts.length > 0) {
    const involved = sides.filter((s) => conflicts.some(([a, b]) => a === s || b === s));
    const exact = involved.every((s) => s.items.every((i) => timeOf(i).time.precision === 'minute' && !timeOf(i).time.twelveHour));
    return [
      {
        kind: 'divergence',
        category: 'date',
        severity: exact ? 'error' : 'warning',
        rule: 'time/disjoint',
        fact: fact.label,
        message: `Sources disagree on ${fact.label}: ${involved.map(describe).join(' vs ')}.`,
        evidence: involved.flatMap((s) => s.items).map(evidenceOf),
      },
    ];
  }
  // Agreement: sides that are compared and all meet; two sources at least.
  const compared = sides.filter((s) => sides.length === 1 || pairs.some(([a, b]) => a === s || b === s));
  const agreeing = compared.flatMap((s) => s.items);
  if (new Set(agreeing.map((i) => i.sourceId)).size < 2 || pairs.some(([, , r]) => r === 'disjoint')) return [];
  const same = compared.length === 1;
  const count = new Set(agreeing.map((i) => i.sourceId)).size;
  return [
    {
      kind: 'agreement',
      category: 'date',
      severity: 'info',
      rule: same ? 'time/same' : 'time/precision',
      fact: fact.label,
      message: same ? `${count} sources agree on ${fact.label}: ${describe(compared[0] as Side)}.` : `${count} sources are consistent on ${fact.label}, with different precision: ${compared.map(describe).join(', ')}.`,
      evidence: agreeing.map(evidenceOf),
    },
  ];
}


/** The weekday a date stands for: named in the text, or the weekday of a single resolved day. */
function weekdayOf(item: FactItem): number | undefined {
  const m = item.mention as DateMention;
  if (m.weekday !== undefined) return m.weekday;
  if (!m.date.resolved || m.date.start !== m.date.end) return undefined;
  return new Date(`${m.date.start}T00:00:00Z`).getUTCDay();
}

export const hasUnpinnedWeekday = (fact: Fact) => fact.items.some((i) => i.mention?.type === 'date' && !i.mention.date.resolved && i.mention.weekday !== undefined);

/**
 * A fact with a weekday no report date pins ("on Monday" in an undated text): compared by the weekday's name,
 * since the day itself is unknown. Different names are a warning, not an error: the reports may be of
 * different weeks.
 */
export function compareWeekdays(fact: Fact): Finding[] {
  const items = distinctBySourceValue(fact.items).filter((i) => weekdayOf(i) !== undefined);
  const byDay = new Map<number, FactItem[]>();
  for (const item of items) {
    const d = weekdayOf(item) as number;
    byDay.set(d, [...(byDay.get(d) ?? []), item]);
  }
  const sides: Side[] = [...byDay.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]).map(([d, its]) => ({ value: WEEKDAY_NAMES[d] ?? '', items: its }));
  if (new Set(items.map((i) => i.sourceId)).size < 2) return [];
  const conflicts = sides.some((a, k) => sides.some((b, l) => l > k && opposed(a, b)));
  if (conflicts) {
    return [
      {
        kind: 'divergence',
        category: 'date',
        severity: 'warning',
        rule: 'date/disjoint',
        fact: fact.label,
        message: `Sources disagree on ${fact.label}: ${sides.map(describe).join(' vs ')}. The reports carry no date to pin the weekday, so only its name is compared.`,
        evidence: sides.flatMap((s) => s.items).map(evidenceOf),
      },
    ];
  }
  if (sides.length !== 1) return [];
  return [
    {
      kind: 'agreement',
      category: 'date',
      severity: 'info',
      rule: 'date/same',
      fact: fact.label,
      message: `${new Set(items.map((i) => i.sourceId)).size} sources agree on ${fact.label}: ${describe(sides[0] as Side)}.`,
      evidence: items.map(evidenceOf),
    },
  ];
}
