import { WEEKDAYS } from '../../lexicon/calendar.js';
import type { ClockReading, DateMention, Sentence, TimeMention, TimeValue, Token } from '../../model.js';
import { isCapitalised, lower } from '../tokens.js';

/**
 * Times of day as intervals of minutes after midnight: "1:30 a.m.", "1.30am", "13:30", "10 p.m.", "noon",
 * "shortly after midnight", "around 3 pm", "about 9:15 a.m. local time (0615 GMT)", and the parts of a named day
 * ("Monday morning", "early Sunday", "late Friday"). A time takes the day the same words give it. One pass over
 * the tokens, each looked at a bounded number of times.
 */

const DAY_MINUTES = 1440;
/** Zones wire copy writes after a clock time; a place before "time" ("UK time") is a zone too. */
const ZONES = new Set(['utc', 'gmt', 'bst', 'cet', 'cest', 'eet', 'eest', 'wet', 'west', 'msk', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'et', 'pt', 'ct', 'mt', 'ist', 'jst', 'kst', 'aest', 'aedt', 'hkt', 'sgt']);
const MERIDIEM: Readonly<Record<string, 'am' | 'pm'>> = { 'a.m.': 'am', 'a.m': 'am', am: 'am', 'p.m.': 'pm', 'p.m': 'pm', pm: 'pm' };
const APPROXIMATE = new Set(['around', 'about', 'approximately', 'roughly', 'circa', 'nearly', 'almost']);
const NEAR = new Set(['shortly', 'just', 'soon']);
/** "after 10 p.m.", "by 6 a.m.": a bound, not the time something happened; its figure is no count either. */
const BOUNDS = new Set(['after', 'before', 'by', 'until', 'till', 'since', 'from', 'to', 'between']);
/** Words before a bare "4:17" that make it a clock reading rather than a ratio or a score. */
const CLOCK_CONTEXT = new Set(['at', 'around', 'about', 'approximately', 'roughly', 'circa', 'nearly', 'almost', 'was']);
const WEEKDAY_WORDS: ReadonlySet<string> = new Set(WEEKDAYS);
const PARTS: Readonly<Record<string, [number, number]>> = {
  morning: [300, 719],
  afternoon: [720, 1079],
  evening: [1020, 1319],
  night: [1200, 1799],
  overnight: [1200, 1799],
};
const EARLY: [number, number] = [0, 539];
const LATE: [number, number] = [1080, 1439];

interface Clock {
  from: number;
  to: number; // exclusive
  minutes: number;
  /** Whole hours ("10 p.m.", "noon") are read with an hour's slack after "shortly after". */
  wholeHour: boolean;
  twelveHour: boolean;
}

function meridiem(t: Token | undefined): 'am' | 'pm' | undefined {
  return t ? MERIDIEM[t.lower] : undefined;
}

function withMeridiem(h: number, mm: number, m: 'am' | 'pm'): number | undefined {
  if (h < 1 || h > 12 || mm > 59) return undefined;
  return ((h % 12) + (m === 'pm' ? 12 : 0)) * 60 + mm;
}

const DIGITS = (s: string) => s.length > 0 && [...s].every((c) => c >= '0' && c <= '9');

/** "1:30" → [1, 30], "13.05" → [13, 5]: hours of one or two digits, minutes of exactly two. */
function splitClock(text: string, separators: string): [number, number] | undefined {
  let k = -1;
  for (const s of separators) {
    const at = text.indexOf(s);
    if (at > 0) k = at;
  }
  if (k < 1 || k > 2) return undefined;
  const h = text.slice(0, k);
  const mm = text.slice(k + 1);
  if (!DIGITS(h) || mm.length !== 2 || !DIGITS(mm)) return undefined;
  return [Number(h), Number(mm)];
}

function isZone(t: Token | undefined): boolean {
  return t !== undefined && ZONES.has(t.lower) && t.text === t.text.toUpperCase();
}

/** A clock reading starting at token i, with its a.m. or p.m. */
function clockAt(tokens: readonly Token[], i: number): Clock | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const w = t.lower;
  if (w === 'noon' || w === 'midday') return { from: i, to: i + 1, minutes: 720, wholeHour: true, twelveHour: false };
  if (w === 'midnight') return { from: i, to: i + 1, minutes: 0, wholeHour: true, twelveHour: false };
  if (t.kind !== 'number') return undefined;
  // "1.30am", "10pm": the tokenizer keeps the marker on the figure.
  const tail = w.endsWith('a.m.') || w.endsWith('p.m.') ? 4 : w.endsWith('am') || w.endsWith('pm') ? 2 : 0;
  if (tail > 0) {
    const body = w.slice(0, -tail);
    const m = w[w.length - tail] === 'a' ? 'am' : 'pm';
    const hm: [number, number] | undefined = DIGITS(body) && body.length <= 2 ? [Number(body), 0] : splitClock(body, ':.');
    const minutes = hm ? withMeridiem(hm[0], hm[1], m) : undefined;
    return minutes === undefined || !hm ? undefined : { from: i, to: i + 1, minutes, wholeHour: hm[1] === 0 && DIGITS(body), twelveHour: false };
  }
  const marker = meridiem(tokens[i + 1]);
  if (marker) {
    const hm: [number, number] | undefined = DIGITS(w) && w.length <= 2 ? [Number(w), 0] : splitClock(w, ':.');
    const minutes = hm ? withMeridiem(hm[0], hm[1], marker) : undefined;
    if (minutes !== undefined && hm) return { from: i, to: i + 2, minutes, wholeHour: DIGITS(w), twelveHour: false };
    return undefined;
  }
  // "0615 GMT", "1300 UTC": four digits only beside a zone.
  if (w.length === 4 && DIGITS(w) && isZone(tokens[i + 1])) {
    const h = Number(w.slice(0, 2));
    const mm = Number(w.slice(2));
    return h <= 23 && mm <= 59 ? { from: i, to: i + 1, minutes: h * 60 + mm, wholeHour: false, twelveHour: false } : undefined;
  }
  // "13:30", "04:17", "at 4:17": a colon and two-digit minutes; a ratio or a score ("3:2") has neither context nor both digits.
  const hm = splitClock(w, ':');
  if (!hm || hm[0] > 23 || hm[1] > 59) return undefined;
  const twentyFour = hm[0] >= 13 || hm[0] === 0 || w[0] === '0';
  const next = tokens[i + 1];
  const after = lower(next);
  const prev = tokens[i - 1];
  const context =
    CLOCK_CONTEXT.has(lower(prev)) ||
    isZone(next) ||
    after === 'local' ||
    Object.hasOwn(PARTS, after) ||
    WEEKDAY_WORDS.has(after) ||
    (isCapitalised(next) && lower(tokens[i + 2]) === 'time') ||
    // "13:30" is a clock by itself, unless it follows a name ("Luke 13:30") or runs into more figures.
    (twentyFour && !isCapitalised(prev) && next?.kind !== 'number');
  if (!context) return undefined;
  // "4:17 Monday morning": the part of the day says which twelve hours.
  const part = Object.hasOwn(PARTS, after) ? after : WEEKDAY_WORDS.has(after) && Object.hasOwn(PARTS, lower(tokens[i + 2])) ? lower(tokens[i + 2]) : undefined;
  if (!twentyFour && part && hm[0] >= 1 && hm[0] <= 12) {
    const pm = part === 'afternoon' || part === 'evening' || (part === 'night' && hm[0] >= 6 && hm[0] !== 12);
    return { from: i, to: i + 1, minutes: ((hm[0] % 12) + (pm ? 12 : 0)) * 60 + hm[1], wholeHour: false, twelveHour: false };
  }
  return { from: i, to: i + 1, minutes: hm[0] * 60 + hm[1], wholeHour: false, twelveHour: !twentyFour };
}

/** The zone after a clock: "local time" (none), "GMT", "UK time", "London time". */
function zoneAt(tokens: readonly Token[], i: number): { to: number; zone?: string } {
  const t = tokens[i];
  if (lower(t) === 'local' && lower(tokens[i + 1]) === 'time') return { to: i + 2 };
  if (isZone(t)) return { to: i + 1, zone: (t as Token).text };
  if (t && isCapitalised(t) && lower(tokens[i + 1]) === 'time') return { to: i + 2, zone: `${t.text} time` };
  return { to: i };
}

const wrap = (n: number) => (n < 0 ? n + DAY_MINUTES : n);

interface DatesAt {
  byStart: ReadonlyMap<number, DateMention>;
  byEnd: ReadonlyMap<number, DateMention>;
}

/** A date mention that starts or ends within a couple of joining words of the time. */
function dayBeside(tokens: readonly Token[], from: number, to: number, dates: DatesAt): DateMention | undefined {
  const at = (k: number) => tokens[k];
  let k = to;
  while (k < tokens.length && k < to + 2 && (lower(at(k)) === 'on' || at(k)?.text === ',' || lower(at(k)) === 'this')) k++;
  const startAfter = at(k)?.start;
  const after = startAfter === undefined ? undefined : dates.byStart.get(startAfter);
  if (after) return after;
  let j = from - 1;
  while (j >= 0 && j >= from - 2 && (lower(at(j)) === 'at' || at(j)?.text === ',' || lower(at(j)) === 'on')) j--;
  const endBefore = at(j)?.end;
  return endBefore === undefined ? undefined : dates.byEnd.get(endBefore);
}

export interface TimesFound {
  times: TimeMention[];
  /** Where a time was read that is no mention (a bound, a zone gloss): no figure may be read there. */
  covered: { start: number; end: number }[];
}

export function extractTimes(sentence: Sentence, source: string, dates: readonly DateMention[]): TimesFound {
  const tokens = sentence.tokens;
  const times: TimeMention[] = [];
  const covered: { start: number; end: number }[] = [];
  const span = (from: number, to: number) => ({ start: (tokens[from] as Token).start, end: (tokens[to - 1] as Token).end });
  // Days a clock time already stands beside: "4:17 Monday morning" is one time, not a clock and a part of the day.
  const told = new Set<DateMention>();
  const at: DatesAt = { byStart: new Map(dates.map((d) => [d.start, d])), byEnd: new Map(dates.map((d) => [d.end, d])) };
  let i = 0;
  while (i < tokens.length) {
    const clock = clockAt(tokens, i);
    if (!clock) {
      i++;
      continue;
    }
    let from = clock.from;
    let start = clock.minutes;
    let end = clock.minutes;
    let precision: TimeValue['precision'] = 'minute';
    const p1 = lower(tokens[i - 1]);
    const p2 = lower(tokens[i - 2]);
    const slack = clock.wholeHour ? 59 : 30;
    if ((p1 === 'after' || p1 === 'before') && NEAR.has(p2)) {
      from = i - 2;
      precision = 'approximate';
      if (p1 === 'after') end = start + slack;
      else start = wrap(start - slack);
      if (start > end) end += DAY_MINUTES;
    } else if (APPROXIMATE.has(p1)) {
      from = i - 1;
      precision = 'approximate';
      const near = clock.wholeHour ? 30 : 15;
      end = p1 === 'nearly' || p1 === 'almost' ? start : start + near;
      start = wrap(start - near);
      if (start > end) end += DAY_MINUTES;
    } else if (BOUNDS.has(p1)) {
      covered.push(span(clock.from, clock.to));
      i = clock.to;
      continue;
    }
    const zone = zoneAt(tokens, clock.to);
    const to = zone.to;
    let next = to;
    const value: TimeValue = { start, end, precision };
    if (zone.zone) value.zone = zone.zone;
    if (clock.twelveHour) value.twelveHour = true;
    // "9:15 a.m. local time (0615 GMT)": the same moment in another zone, not a second time.
    if (tokens[to]?.text === '(') {
      const gloss = clockAt(tokens, to + 1);
      const glossZone = gloss ? zoneAt(tokens, gloss.to) : undefined;
      if (gloss && glossZone?.zone && tokens[glossZone.to]?.text === ')') {
        const also: ClockReading = { start: gloss.minutes + (start - clock.minutes), end: gloss.minutes + (end - clock.minutes), zone: glossZone.zone };
        if (also.start < 0) {
          also.start += DAY_MINUTES;
          also.end += DAY_MINUTES;
        }
        value.also = also;
        covered.push(span(to, glossZone.to + 1));
        next = glossZone.to + 1;
      }
    }
    const found = span(from, to);
    const mention: TimeMention = { type: 'time', text: source.slice(found.start, found.end), start: found.start, end: found.end, time: value };
    const day = dayBeside(tokens, from, next, at);
    if (day) {
      told.add(day);
      if (day.date.resolved) mention.day = day.date;
    }
    times.push(mention);
    i = next;
  }
  times.push(...partsOfDay(tokens, source, dates.filter((d) => !told.has(d))));
  times.sort((a, b) => a.start - b.start);
  return { times, covered };
}

/** "Monday morning", "yesterday evening", "early Sunday", "late Friday": a named day and part of it. */
function partsOfDay(tokens: readonly Token[], source: string, dates: readonly DateMention[]): TimeMention[] {
  const out: TimeMention[] = [];
  // Dates come in text order: one pointer walks the tokens once for all of them.
  let k = 0;
  for (const d of [...dates].sort((a, b) => a.start - b.start)) {
    const weekdayOrDeictic = d.weekday !== undefined || d.date.precision === 'relative' || d.date.precision === 'day';
    if (!weekdayOrDeictic) continue;
    while (k < tokens.length && (tokens[k] as Token).start < d.start) k++;
    let j = k;
    while (j < tokens.length && (tokens[j] as Token).end <= d.end) j++;
    const before = lower(tokens[k - 1]);
    const after = lower(tokens[j]);
    let range: [number, number] | undefined;
    let from = d.start;
    let to = d.end;
    const part = Object.hasOwn(PARTS, after) ? PARTS[after] : undefined;
    if (part) {
      range = part;
      to = (tokens[j] as Token).end;
    } else if ((before === 'early' || before === 'late') && /[a-z]day$/i.test(d.text)) {
      range = before === 'early' ? EARLY : LATE;
      from = (tokens[k - 1] as Token).start;
    }
    if (!range) continue;
    const mention: TimeMention = { type: 'time', text: source.slice(from, to), start: from, end: to, time: { start: range[0], end: range[1], precision: 'part' } };
    if (d.date.resolved) mention.day = d.date;
    out.push(mention);
  }
  return out;
}
