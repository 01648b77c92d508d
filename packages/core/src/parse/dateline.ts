import { MONTHS } from '../lexicon/calendar.js';
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
