import { strict as chrono } from 'chrono-node';
import { isoDay } from '../shared/calendar.js';

/**
 * A date string as outlets print them in an article's head: "Sept. 15, 2026 7:48 PM ET", "15/09/2026 10:32",
 * "Tuesday 15 September 2026", "2026-09-15T19:48:00Z", "March 3", "4:52 p.m.". Read with chrono-node (its strict
 * English parser: formal dates only, no "next week"), which was measured against the hand-written reader it
 * replaces and read 20 of 21 head shapes where that read 5 (docs/architecture.md). Only what the text states is
 * kept: chrono fills missing parts from a reference instant, and those guesses are dropped, so nothing here
 * depends on the clock or the machine's zone.
 */

export interface DateReading {
  /** Absent when the text gives no year ("March 3"): the caller decides which year it is. */
  year?: number;
  /** Absent for a time alone ("4:52 p.m."). */
  month?: number;
  day?: number;
  /** "19:48", when the text gives a time. */
  time?: string;
  /** "-04:00" or "Z", when the text names a zone ("ET", "BST", "Z", "+02:00") beside a time. */
  zone?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

// A fixed reference with a zero offset: whatever chrono fills in from it is dropped, but it must not vary.
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };

/** "03/04/2026" is 3 April or 4 March depending on the outlet's country: neither is read. */
const NUMERIC = /^(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}\b/;

function zoneOf(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** The whole of `text` read as a date, a date and time, or a time; undefined when any of it is something else. */
export function readDateText(text: string): DateReading | undefined {
  let value = text.trim().replace(/[,;]+$/, '');
  // A closing full stop is punctuation, unless it ends "p.m.".
  if (value.endsWith('.') && !/\b[ap]\.m\.$/i.test(value)) value = value.slice(0, -1);
  if (!value || value.length > 80) return undefined;
  const numeric = NUMERIC.exec(value);
  if (numeric && numeric[1] !== numeric[2] && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12) return undefined;
  const [result] = chrono.parse(value, REFERENCE);
  if (!result || result.index !== 0 || result.text.length !== value.length) return undefined;
  const c = result.start;
  const out: DateReading = {};
  if (c.isCertain('month') && c.isCertain('day')) {
    const month = c.get('month') as number;
    const day = c.get('day') as number;
    if (c.isCertain('year')) {
      const year = c.get('year') as number;
      if (!isoDay(year, month, day)) return undefined;
      out.year = year;
    } else if (!isoDay(2000, month, day)) return undefined; // 2000 is a leap year: 29 February may exist.
    out.month = month;
    out.day = day;
  } else if (c.isCertain('year') || c.isCertain('month') || c.isCertain('weekday')) return undefined; // "March 2026", "Tuesday": no day.
  if (c.isCertain('hour')) {
    out.time = `${pad(c.get('hour') as number)}:${pad((c.get('minute') as number | null) ?? 0)}`;
    if (c.isCertain('timezoneOffset')) out.zone = zoneOf(c.get('timezoneOffset') as number);
  }
  return out.month !== undefined || out.time !== undefined ? out : undefined;
}

/** The ISO form of a reading with a year: "2026-09-15", "2026-09-15T19:48", "2026-09-15T19:48-04:00". */
export function isoOfReading(reading: DateReading, year = reading.year): string | undefined {
  if (year === undefined || reading.month === undefined || reading.day === undefined) return undefined;
  const day = isoDay(year, reading.month, reading.day);
  if (!day) return undefined;
  return reading.time === undefined ? day : `${day}T${reading.time}${reading.zone ?? ''}`;
}
