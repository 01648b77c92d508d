import { MONTHS } from '../lexicon/calendar.js';
import { type DateReading, readDateText } from './date-text.js';
/**
 * A dateline at the very start of an article: " date 2024-03-26 ...", "Date: 2024-03-26", "Published 26 March 2024".
 * Only ISO dates and day-month-year forms are read here; anything else is left to the text.
 */

// A time has a colon ("2024-03-26 1é" is a date and a word, not a time), and the dateline ends where a word
// does, whatever its script: `\b` alone would cut "1é" after the digit.
const ISO = /^\s*(?:date|dated|published|posted|updated)?\s*:?\s*(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{1,2}:[\d:.]+Z?)?(?![\p{L}\p{N}_])[\s|–—-]*/iu;
const DMY = /^\s*(?:date|dated|published|posted|updated)\s*:?\s*(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})(?![\p{L}\p{N}_])[\s|–—-]*/iu;

export interface Dateline {
  date: string;
  start: number;
  end: number;
  text: string;
}

function valid(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function findDateline(text: string): Dateline | undefined {
  const head = text.slice(0, 200);
  let match = ISO.exec(head);
  let y: number;
  let m: number;
  let d: number;
  if (match) {
    y = Number(match[1]);
    m = Number(match[2]);
    d = Number(match[3]);
    // A bare ISO date with no keyword counts only when a new sentence or line follows, not inside a sentence.
    const keyword = /^\s*(date|dated|published|posted|updated)/i.test(match[0]);
    const after = head.slice(match[0].length);
    if (!keyword && after.length > 0 && !/^[\p{Lu}"“‘\n]/u.test(after)) return undefined;
  } else {
    match = DMY.exec(head);
    if (!match) return undefined;
    d = Number(match[1]);
    m = MONTHS.indexOf((match[2] ?? '').toLowerCase()) + 1;
    y = Number(match[3]);
    if (m === 0) return undefined;
  }
  if (!valid(y, m, d)) return undefined;
  const leading = match[0].length - match[0].trimStart().length;
  const start = leading;
  const end = match[0].length;
  return { date: `${y}-${pad(m)}-${pad(d)}`, start, end, text: text.slice(start, end).trimEnd() };
}

// ---------------------------------------------------------------------------------------------------------------
// Lines of an article's head that are metadata as a whole: "Updated Sept. 15, 2026 7:48 PM ET | Published Sept.
// 15, 2026 3:12 PM ET", "World | Sept. 15, 2026", "Posted: 15/09/2026 10:32", "By Jane Doe | September 15, 2026",
// "15 September 2026, 10:32 BST", "2026-09-15T19:48:00Z". The shapes are those of web pages and wires in general:
// a line is read only when every piece of it is a date, a time, a byline, a section name or a reading time.

/** What a date in the head says of the source: when it was published, when it was last updated, or just a date. */
export type HeadDateRole = 'published' | 'updated' | 'date';

export interface HeadDate {
  reading: DateReading;
  role: HeadDateRole;
}

const PUBLISHED_LABEL = /^(?:first[ \t]+)?(?:published|posted|released|issued|date|dated)(?:[ \t]+on)?[ \t]*:?[ \t]*/i;
const UPDATED_LABEL = /^(?:last[ \t]+)?(?:updated|modified|edited|revised)(?:[ \t]+on)?[ \t]*:?[ \t]*/i;
/** Pieces of a metadata line: "|", "·", "•", a dash between spaces, or the next label. */
const PIECES = /[ \t]*[|│·•][ \t]*|[ \t]+[–—-][ \t]+|(?<!\b(?:first|last)),?[ \t]+(?=(?:first[ \t]+|last[ \t]+)?(?:published|posted|updated|modified)\b)/i;
const BYLINE = /^by[ \t]+\p{Lu}[\p{L}'’.-]*(?:(?:[ \t]+|,[ \t]*|[ \t]+and[ \t]+)\p{Lu}[\p{L}'’.-]*){0,8}$/iu;
const SECTION = /^\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:&|and|\p{Lu}[\p{L}'’.-]*)){0,3}$/u;
const READING_TIME = /^\d{1,3}[ \t]*min(?:ute)?s?[ \t]+read$/i;
/** Markdown around a line or a piece: "# ", "> ", "- ", "**", "_". */
const MARKS = /^[ \t>#*_-]*|[ \t*_]*$/g;

/** The dates of a line that is metadata as a whole, or undefined when any piece of it is prose. */
export function readDateLine(line: string): HeadDate[] | undefined {
  // Emphasis anywhere ("**Published:** 2 Oct 2026") is layout, not a piece of the line.
  const plain = line.replace(/\*+|__+/g, '').replace(MARKS, '');
  if (!plain || plain.length > 200) return undefined;
  const dates: HeadDate[] = [];
  for (const raw of plain.split(PIECES)) {
    const piece = raw.replace(MARKS, '').replace(/,$/, '');
    if (!piece) continue;
    const updated = UPDATED_LABEL.exec(piece);
    const published = updated ? undefined : PUBLISHED_LABEL.exec(piece);
    const label = updated ?? published;
    const reading = readDateText(label ? piece.slice(label[0].length) : piece);
    if (reading?.month !== undefined) {
      dates.push({ reading, role: updated ? 'updated' : published ? 'published' : 'date' });
      continue;
    }
    // "15 September 2026 · 10:32 BST": a time on its own belongs to the date before it.
    const last = dates[dates.length - 1];
    if (reading && !label && last && last.reading.time === undefined) {
      last.reading = { ...last.reading, ...reading };
      continue;
    }
    if (label || !(BYLINE.test(piece) || SECTION.test(piece) || READING_TIME.test(piece))) return undefined;
  }
  return dates.length > 0 ? dates : undefined;
}

/**
 * A line that is a clock time and nothing else: the heading of a live blog's entry ("4:52 p.m.", "16:52 BST").
 * A time needs a colon or a.m./p.m.: "12" alone on a line is a number.
 */
const STAMP = /^[ \t>#*_-]*(\d{1,2}(?:[:.]\d{2})?[ \t]*(?:[ap]\.?[ \t]?m\.?)?(?:[ \t]+[A-Z]{2,5})?)[ \t*_]*$/i;

export function readTimeStamp(line: string): DateReading | undefined {
  const match = STAMP.exec(line);
  const time = match?.[1];
  if (!time || !/:|[ap]\.?[ \t]?m/i.test(time)) return undefined;
  const reading = readDateText(time);
  return reading && reading.month === undefined && reading.time !== undefined ? reading : undefined;
}
