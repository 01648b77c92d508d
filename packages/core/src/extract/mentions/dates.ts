import type { DateMention, DateValue, Sentence, Token } from '../../model.js';
import { isCapitalised, lower } from '../tokens.js';
import { MONTHS, WEEKDAYS } from '../../lexicon/calendar.js';

/**
 * Dates as inclusive intervals of days: "22 October 2015", "March 2024", "in 2021", "between 2021 and 2022",
 * "2021-22", "on Monday", "last summer", "last year". Relative expressions are resolved against the source's
 * dateline; without one they are kept, marked unresolved.
 */

const MONTH_ABBR: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
const SEASONS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], winter: [12, 14] };
const YEAR_CONTEXT = new Set(['in', 'since', 'by', 'of', 'during', 'until', 'from', 'between', 'early', 'late', 'mid', 'before', 'after', 'throughout', 'and', 'to', 'through', 'till', 'circa']);

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const MONTH_NUMBER = new Map<string, number>([...MONTHS.map((m, i) => [m, i + 1] as [string, number]), ...Object.entries(MONTH_ABBR), ...Object.entries(MONTH_ABBR).map(([k, v]) => [`${k}.`, v] as [string, number])]);

function monthOf(word: string): number | undefined {
  return MONTH_NUMBER.get(word);
}

function yearOf(t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'number' || !/^(1[89]|20)\d\d$/.test(t.text)) return undefined;
  return Number(t.text);
}

function dayOf(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  const m = /^(\d{1,2})(st|nd|rd|th)?$/.exec(t.text);
  if (!m) return undefined;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : undefined;
}

const yearSpan = (a: number, b: number): DateValue => ({ start: iso(a, 1, 1), end: iso(b, 12, 31), precision: a === b ? 'year' : 'range', resolved: true });
const monthSpan = (y: number, m: number): DateValue => ({ start: iso(y, m, 1), end: iso(y, m, daysIn(y, m)), precision: 'month', resolved: true });
const day = (y: number, m: number, d: number): DateValue => ({ start: iso(y, m, d), end: iso(y, m, d), precision: 'day', resolved: true });
const unresolved: DateValue = { start: '', end: '', precision: 'relative', resolved: false };

function parseIso(date: string | undefined): { y: number; m: number; d: number } | undefined {
  if (!date) return undefined;
  const [y, m, d] = date.split('-').map(Number);
  return y && m && d ? { y, m, d } : undefined;
}

interface Found {
  from: number;
  to: number; // exclusive
  date: DateValue;
  /** A weekday no report date pins: kept by name. */
  weekday?: number;
}

/** Words before a weekday that make it the day something happened ("on Monday", "early Sunday", "until Friday"). */
const WEEKDAY_CONTEXT = new Set(['on', 'last', 'since', 'early', 'late', 'from', 'until', 'till', 'through', 'to', 'between', 'and', 'or', 'by', 'before', 'after', ',', '(', 'a.m.', 'p.m.', 'am', 'pm', 'noon', 'midnight', 'time']);
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night', 'overnight']);

/** "on Monday", "4:17 Monday morning", "Monday's quake"; never "Black Friday" or "the Sunday Times". */
function isWeekdayOfEvent(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const p = lower(prev);
  if (p === 'on' || p === 'last' || p === 'since') return true;
  if (!isCapitalised(t)) return false;
  if (next && isCapitalised(next)) return false;
  if (PARTS_OF_DAY.has(lower(next)) || lower(next) === '’s' || lower(next) === "'s") return !isCapitalised(prev) || i === 0 || WEEKDAY_CONTEXT.has(p);
  if (WEEKDAY_CONTEXT.has(p)) return true;
  // A clock time just before: "1:30 a.m. Monday", "at 04:17 Monday".
  return prev?.kind === 'number' && /\d[:.]\d\d/.test(prev.text);
}

/** The Monday of the week a day falls in, as a UTC date. */
function mondayOf(y: number, m: number, d: number): Date {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return new Date(Date.UTC(y, m - 1, d - ((dt.getUTCDay() + 6) % 7)));
}

const isoOf = (dt: Date) => iso(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());

function relative(tokens: readonly Token[], i: number, ref: { y: number; m: number; d: number } | undefined): Found | undefined {
  const w = lower(tokens[i]);
  const next = lower(tokens[i + 1]);
  const rel = (to: number, make: (r: { y: number; m: number; d: number }) => DateValue): Found => ({
    from: i,
    to,
    date: ref ? { ...make(ref), precision: 'relative' } : unresolved,
  });
  if ((w === 'last' || w === 'this' || w === 'next') && next === 'year') {
    const delta = w === 'last' ? -1 : w === 'next' ? 1 : 0;
    return rel(i + 2, (r) => yearSpan(r.y + delta, r.y + delta));
  }
  if ((w === 'last' || w === 'this') && next === 'month') {
    return rel(i + 2, (r) => {
      const m = w === 'last' ? (r.m === 1 ? 12 : r.m - 1) : r.m;
      const y = w === 'last' && r.m === 1 ? r.y - 1 : r.y;
      return monthSpan(y, m);
    });
  }
  if ((w === 'last' || w === 'this') && next in SEASONS) {
    return rel(i + 2, (r) => {
      const [a, b] = SEASONS[next] as [number, number];
      // "last summer" said in the autumn is this year's summer; said in the spring, last year's.
      const y = w === 'this' ? r.y : r.m > b ? r.y : r.y - 1;
      const endMonth = b > 12 ? b - 12 : b;
      const endYear = b > 12 ? y + 1 : y;
      return { start: iso(y, a, 1), end: iso(endYear, endMonth, daysIn(endYear, endMonth)), precision: 'range', resolved: true };
    });
  }
  if ((w === 'last' || w === 'this') && next === 'week') {
    return rel(i + 2, (r) => {
      const monday = mondayOf(r.y, r.m, r.d - (w === 'last' ? 7 : 0));
      const sunday = new Date(monday.getTime() + 6 * 86_400_000);
      return { start: isoOf(monday), end: isoOf(sunday), precision: 'range', resolved: true };
    });
  }
  if (w === 'yesterday' || w === 'today') {
    return rel(i + 1, (r) => {
      const dt = new Date(Date.UTC(r.y, r.m - 1, r.d - (w === 'yesterday' ? 1 : 0)));
      return day(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
    });
  }
  const weekday = WEEKDAYS.indexOf(w);
  if (weekday >= 0 && isWeekdayOfEvent(tokens, i)) {
    if (!ref) return { from: i, to: i + 1, date: unresolved, weekday };
    return rel(i + 1, (r) => {
      // The most recent such weekday on or before the dateline: news reports what has happened.
      const ref0 = new Date(Date.UTC(r.y, r.m - 1, r.d));
      const back = (ref0.getUTCDay() - weekday + 7) % 7;
      const dt = new Date(Date.UTC(r.y, r.m - 1, r.d - back));
      return day(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
    });
  }
  return undefined;
}

/** "3-5" as one token or as "3", "–", "5" written together: two days of one month, the first before the second. */
function dayRangeAt(tokens: readonly Token[], i: number): { a: number; b: number; to: number } | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'number') return undefined;
  const one = /^(\d{1,2})[-–](\d{1,2})$/.exec(t.text);
  if (one) {
    const a = Number(one[1]);
    const b = Number(one[2]);
    return a >= 1 && b <= 31 && a < b ? { a, b, to: i + 1 } : undefined;
  }
  const dash = tokens[i + 1];
  const tail = tokens[i + 2];
  const a = dayOf(t);
  const b = dayOf(tail);
  if (a === undefined || b === undefined || !dash || (dash.text !== '-' && dash.text !== '–') || dash.spaceBefore || tail?.spaceBefore || /\D/.test(t.text) || /\D/.test(tail?.text ?? '')) return undefined;
  return a < b ? { a, b, to: i + 3 } : undefined;
}

function daysOf(y: number, m: number, a: number, b: number, relativeYear: boolean): DateValue | undefined {
  if (b > daysIn(y, m)) return undefined;
  return { start: iso(y, m, a), end: iso(y, m, b), precision: relativeYear ? 'relative' : 'range', resolved: true };
}

/** The start of a range written without its year ("May", "May 3", "3 May", "3"), which it takes from the end. */
interface OpenStart {
  to: number;
  month?: number;
  day?: number;
}

function openStartAt(tokens: readonly Token[], i: number): OpenStart | undefined {
  const t = tokens[i];
  const month = monthOf(lower(t));
  if (month !== undefined && isCapitalised(t)) {
    const d = dayOf(tokens[i + 1]);
    if (yearOf(tokens[i + 1]) !== undefined || yearOf(tokens[i + 2]) !== undefined) return undefined;
    return d !== undefined ? { to: i + 2, month, day: d } : { to: i + 1, month };
  }
  const d = dayOf(t);
  if (d === undefined || /\D/.test(t?.text ?? '')) return undefined;
  const after = monthOf(lower(tokens[i + 1]));
  if (after !== undefined) return yearOf(tokens[i + 2]) !== undefined ? undefined : { to: i + 2, month: after, day: d };
  return { to: i + 1, day: d };
}

const JOINERS = new Set(['and', 'to', 'until', 'till', 'through', '-', '–']);

/**
 * "between May 2019 and June 2021", "from 1 January 2021 to 3 March 2022", "from May to June 2021",
 * "between 3 and 5 May": one interval from the start of the first date to the end of the second. Each end is
 * read once; nothing here looks back further than the range itself.
 */
function rangeAt(tokens: readonly Token[], i: number, ref: { y: number; m: number; d: number } | undefined): Found | undefined {
  const w = lower(tokens[i]);
  if (w !== 'between' && w !== 'from') return undefined;
  const joins = (k: number | undefined) => k !== undefined && JOINERS.has(lower(tokens[k])) && (w !== 'between' || lower(tokens[k]) === 'and');
  const openEnd = openStartAt(tokens, i + 1);
  const open = joins(openEnd?.to) ? openEnd : undefined;
  const first = open ? undefined : (absolute(tokens, i + 1, ref) ?? relative(tokens, i + 1, ref));
  const joinAt = open ? open.to : first?.to;
  if (joinAt === undefined || !joins(joinAt)) return undefined;
  const second = absolute(tokens, joinAt + 1, ref) ?? relative(tokens, joinAt + 1, ref);
  if (!second || !second.date.resolved) return undefined;
  let start: string;
  if (open) {
    const [ey, em] = second.date.end.split('-').map(Number) as [number, number];
    const month = open.month ?? em;
    // A start month after the end month is the year before: "from November to February 2021".
    const y = month > em ? ey - 1 : ey;
    start = iso(y, month, open.day ?? 1);
    if (open.day !== undefined && open.day > daysIn(y, month)) return undefined;
    // "between 3 and 5 May" has no month of its own: the end's day must then be a day, not a month.
    if (open.month === undefined && second.date.start !== second.date.end) return undefined;
  } else {
    if (!first?.date.resolved) return undefined;
    start = first.date.start;
  }
  if (start > second.date.end) return undefined;
  return { from: i, to: second.to, date: { start, end: second.date.end, precision: 'range', resolved: true } };
}

function absolute(tokens: readonly Token[], i: number, ref: { y: number; m: number; d: number } | undefined): Found | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const w = lower(t);
  // ISO date glued by the tokenizer: 2024-03-26.
  const isoMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t.text);
  if (isoMatch) return { from: i, to: i + 1, date: day(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3])) };
  // "2021-22", "2021–2022" as one token or three.
  const span = /^((?:1[89]|20)\d\d)[-–](\d{2}|\d{4})$/.exec(t.text);
  if (span) {
    const a = Number(span[1]);
    const bRaw = span[2] ?? '';
    const b = bRaw.length === 2 ? Math.floor(a / 100) * 100 + Number(bRaw) : Number(bRaw);
    if (b > a) return { from: i, to: i + 1, date: yearSpan(a, b) };
  }
  // "2021–22" split by the tokenizer into year, dash, number.
  const y0 = yearOf(t);
  const dash = tokens[i + 1];
  const tail = tokens[i + 2];
  if (y0 !== undefined && dash && (dash.text === '–' || dash.text === '-') && !dash.spaceBefore && tail?.kind === 'number' && !tail.spaceBefore && /^(\d{2}|\d{4})$/.test(tail.text)) {
    const b = tail.text.length === 2 ? Math.floor(y0 / 100) * 100 + Number(tail.text) : Number(tail.text);
    if (b > y0 && b - y0 < 50) return { from: i, to: i + 3, date: yearSpan(y0, b) };
  }
  // "the 1990s": a decade.
  const decade = /^((?:1[89]|20)\d)0s$/.exec(t.text);
  if (decade && ['the', 'early', 'late', 'mid', 'mid-'].includes(lower(tokens[i - 1]))) {
    const a = Number(decade[1]) * 10;
    return { from: i, to: i + 1, date: yearSpan(a, a + 9) };
  }
  // "3-5 May 2021": days of one month.
  const days = dayRangeAt(tokens, i);
  const monthAfterDays = days ? monthOf(lower(tokens[days.to])) : undefined;
  if (days && monthAfterDays !== undefined) {
    const y = yearOf(tokens[days.to + 1]);
    const year = y ?? ref?.y;
    if (year === undefined) return { from: i, to: days.to + 1, date: unresolved };
    const value = daysOf(year, monthAfterDays, days.a, days.b, y === undefined);
    if (value) return { from: i, to: days.to + (y === undefined ? 1 : 2), date: value };
  }
  // "between 2021 and 2022", "from 2014 to 2022".
  if ((w === 'between' || w === 'from') && yearOf(tokens[i + 1]) !== undefined) {
    const joiner = lower(tokens[i + 2]);
    const b = yearOf(tokens[i + 3]);
    const a = yearOf(tokens[i + 1]) as number;
    if ((joiner === 'and' || joiner === 'to' || joiner === '-' || joiner === '–') && b !== undefined && b >= a) return { from: i, to: i + 4, date: yearSpan(a, b) };
  }
  // "22 October 2015", "22 October".
  const d = dayOf(t);
  const monthAfter = monthOf(lower(tokens[i + 1]));
  if (d !== undefined && monthAfter !== undefined) {
    const y = yearOf(tokens[i + 2]);
    if (y !== undefined && d <= daysIn(y, monthAfter)) return { from: i, to: i + 3, date: day(y, monthAfter, d) };
    if (ref) return { from: i, to: i + 2, date: { ...day(ref.y, monthAfter, Math.min(d, daysIn(ref.y, monthAfter))), precision: 'relative' } };
    return { from: i, to: i + 2, date: unresolved };
  }
  // "October 22, 2015", "October 2015", "in October".
  const month = monthOf(w);
  const monthContext = ['in', 'since', 'until', 'early', 'late', 'mid', 'by', 'of', 'during', 'last', 'next', 'this'].includes(lower(tokens[i - 1]));
  if (month !== undefined && isCapitalised(t) && (w !== 'may' || monthContext || dayOf(tokens[i + 1]) !== undefined || yearOf(tokens[i + 1]) !== undefined || dayRangeAt(tokens, i + 1) !== undefined)) {
    // "May 3-5", "May 3-5, 2021".
    const spanDays = dayRangeAt(tokens, i + 1);
    if (spanDays) {
      const comma = tokens[spanDays.to]?.text === ',' ? 1 : 0;
      const y = yearOf(tokens[spanDays.to + comma]);
      const year = y ?? ref?.y;
      if (year === undefined) return { from: i, to: spanDays.to, date: unresolved };
      const value = daysOf(year, month, spanDays.a, spanDays.b, y === undefined);
      if (value) return { from: i, to: y === undefined ? spanDays.to : spanDays.to + comma + 1, date: value };
    }
    const dd = dayOf(tokens[i + 1]);
    if (dd !== undefined) {
      const comma = tokens[i + 2]?.text === ',' ? 1 : 0;
      const y = yearOf(tokens[i + 2 + comma]);
      if (y !== undefined) return { from: i, to: i + 3 + comma, date: day(y, month, dd) };
      if (ref) return { from: i, to: i + 2, date: { ...day(ref.y, month, dd), precision: 'relative' } };
      return { from: i, to: i + 2, date: unresolved };
    }
    const y = yearOf(tokens[i + 1]);
    if (y !== undefined) return { from: i, to: i + 2, date: monthSpan(y, month) };
    const prev = lower(tokens[i - 1]);
    if (prev === 'in' || prev === 'since' || prev === 'until' || prev === 'early' || prev === 'late') {
      if (ref) return { from: i, to: i + 1, date: { ...monthSpan(month > ref.m ? ref.y - 1 : ref.y, month), precision: 'relative' } };
      return { from: i, to: i + 1, date: unresolved };
    }
  }
  // A year with a word before it that makes it a date ("in 2021", "since 2014").
  const y = yearOf(t);
  if (y !== undefined && YEAR_CONTEXT.has(lower(tokens[i - 1]))) return { from: i, to: i + 1, date: yearSpan(y, y) };
  return undefined;
}

const DATE_STARTERS = new Set(['between', 'from', 'last', 'this', 'next', 'yesterday', 'today', ...WEEKDAYS]);

function mayStartDate(t: Token): boolean {
  return t.kind === 'number' || DATE_STARTERS.has(t.lower) || MONTH_NUMBER.has(t.lower);
}

const BETWEEN_WEEKDAY_AND_DATE = new Set([',', 'the', ...PARTS_OF_DAY]);

/** A calendar day right after a weekday ("Monday morning, February 6th") that falls on that weekday. */
function pinsWeekday(tokens: readonly Token[], from: number, found: Found, day: number): boolean {
  if (found.from - from > 3 || !found.date.resolved || found.date.start !== found.date.end) return false;
  for (let k = from; k < found.from; k++) if (!BETWEEN_WEEKDAY_AND_DATE.has(lower(tokens[k]))) return false;
  return new Date(`${found.date.start}T00:00:00Z`).getUTCDay() === day;
}

export function extractDates(sentence: Sentence, source: string, sourceDate: string | undefined): DateMention[] {
  const ref = parseIso(sourceDate);
  const tokens = sentence.tokens;
  const out: DateMention[] = [];
  // The last weekday read, until the next date: "Monday, February 6" is pinned by the text, not by the report.
  let weekday: { mention: DateMention; day: number; to: number } | undefined;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    const found = mayStartDate(t) ? (rangeAt(tokens, i, ref) ?? absolute(tokens, i, ref) ?? relative(tokens, i, ref)) : undefined;
    if (!found) {
      i++;
      continue;
    }
    const first = tokens[found.from] as Token;
    const last = tokens[found.to - 1] as Token;
    const mention: DateMention = { type: 'date', text: source.slice(first.start, last.end), start: first.start, end: last.end, date: found.date };
    if (found.weekday !== undefined) mention.weekday = found.weekday;
    if (weekday && pinsWeekday(tokens, weekday.to, found, weekday.day)) {
      weekday.mention.date = found.date;
      delete weekday.mention.weekday;
    }
    const day = found.to - found.from === 1 ? WEEKDAYS.indexOf(lower(first)) : -1;
    weekday = day >= 0 ? { mention, day, to: found.to } : undefined;
    out.push(mention);
    i = found.to;
  }
  return out;
}
