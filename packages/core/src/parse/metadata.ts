import { parse as parseYaml } from 'yaml';
import type { SourceInput, SourceMeta } from '../model.js';
import { closestYear, isoDay, timeOf } from '../shared/calendar.js';
import { type DateReading, isoOfReading, readDateText } from './date-text.js';
import { findDateline, type HeadDate, type HeadDateRole, readDateLine, readTimeStamp } from './dateline.js';

/**
 * What a source says about itself, as opposed to what it reports: its date, outlet, title and url. Read from the
 * input first (the caller knows best), then YAML front matter, then a wire dateline. None of it is ever a claim.
 */

const ISO_DATE_OR_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** An ISO date or date-time that names a real day, or undefined. */
export function isoDate(value: string): string | undefined {
  const v = value.trim();
  if (!ISO_DATE_OR_TIME.test(v)) return undefined;
  const [y, m, d] = v.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return undefined;
  return v;
}

/** Later layers fill only what earlier ones left empty. */
export function mergeMeta(...layers: ReadonlyArray<SourceMeta | undefined>): SourceMeta | undefined {
  const out: SourceMeta = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const key of ['date', 'updated', 'outlet', 'title', 'url'] as const) {
      const value = layer[key];
      if (out[key] === undefined && value !== undefined && value !== '') out[key] = value;
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The metadata a caller put on the input; a date that is not ISO is ignored rather than guessed at. */
export function inputMeta(input: SourceInput): SourceMeta | undefined {
  const date = input.date === undefined ? undefined : isoDate(input.date);
  const meta: SourceMeta = {};
  if (date !== undefined) meta.date = date;
  const updated = input.updated === undefined ? undefined : isoDate(input.updated);
  if (updated !== undefined) meta.updated = updated;
  if (input.outlet !== undefined) meta.outlet = input.outlet.trim();
  if (input.title !== undefined) meta.title = input.title.trim();
  if (input.url !== undefined) meta.url = input.url.trim();
  return mergeMeta(meta);
}

// ---------------------------------------------------------------------------------------------------------------
// The head of an article: YAML front matter, then a dateline.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const pad = (n: number) => String(n).padStart(2, '0');

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function ymd(y: number, m: number, d: number): string | undefined {
  return isoDate(`${y}-${pad(m)}-${pad(d)}`);
}

/**
 * A date written as a person would: "2024-03-26", "2024-03-26 14:05", "26 March 2024", "March 26, 2024",
 * "Sept. 15, 2026 3:12 PM ET". An ISO form is kept as written; anything else is read by `readDateText` and must
 * give its year.
 */
export function readDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().replace(/\.000Z$/, 'Z');
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  // Something shaped like an ISO date is read as one or not at all: "2025-02-30" is no day, not a guess.
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) return isoDate(v.replace(/^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})/, '$1T$2').replace(/\s*(Z|[+-]\d{2}:\d{2})$/, '$1'));
  const reading = readDateText(v);
  return reading ? isoOfReading(reading) : undefined;
}

/**
 * Front matter keys, first match wins: the names blogs, static-site generators and scrapers use. An `author` is
 * a person, not an outlet: the reports call a source by its outlet in their sentences ("Only Harbour Herald gives
 * the figure"), where a byline would read as someone in the story.
 */
const KEYS: Record<keyof SourceMeta, readonly string[]> = {
  date: ['date', 'published', 'published_at', 'publishedat', 'pubdate', 'datepublished', 'publication_date', 'created'],
  updated: ['updated', 'updated_at', 'modified', 'last_modified', 'lastmod', 'datemodified', 'date_modified'],
  outlet: ['outlet', 'publisher', 'publication', 'source', 'site', 'site_name', 'sitename', 'agency'],
  title: ['title', 'headline'],
  url: ['url', 'link', 'canonical', 'canonical_url', 'source_url', 'permalink'],
};

/** YAML front matter at the very start: a `---` line, YAML, and a `---` (or `...`) line; as remark-frontmatter reads it. */
const FRONT_MATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export interface FrontMatter {
  start: number;
  end: number;
  meta?: SourceMeta;
}

export function findFrontMatter(text: string): FrontMatter | undefined {
  const match = FRONT_MATTER.exec(text);
  if (!match) return undefined;
  const out: FrontMatter = { start: 0, end: match[0].length };
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch {
    return out; // Set aside all the same: broken YAML is still not prose.
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return out;
  const fields = new Map<string, unknown>();
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) fields.set(key.toLowerCase(), value);
  const meta: SourceMeta = {};
  for (const field of ['date', 'updated', 'outlet', 'title', 'url'] as const) {
    for (const key of KEYS[field]) {
      const value = fields.get(key);
      const text = field === 'date' || field === 'updated' ? readDate(value) : typeof value === 'string' ? value.trim() : undefined;
      if (text) {
        meta[field] = text;
        break;
      }
    }
  }
  const merged = mergeMeta(meta);
  if (merged) out.meta = merged;
  return out;
}

/**
 * A wire dateline: a place in capitals, then a date or an agency in brackets, then a dash.
 * "WASHINGTON, Feb 20 (Reuters) -", "LONDON (AP) —", "PARIS, March 3, 2025 (AFP) –". A place alone
 * ("WASHINGTON –") carries no metadata and is left to the text.
 */
const WIRE = new RegExp(
  `^([ \\t]*)([A-Z][A-Z'’.\\-]*(?:[ \\t]+[A-Z][A-Z'’.\\-]*){0,3})` +
    `(?:,[ \\t]*(?!${MONTH.replace('(', '(?:')}\\b)([A-Z][A-Za-z.]*(?:[ \\t]+[A-Z][A-Za-z.]*)?))?` +
    `(?:,[ \\t]*${MONTH}\\.?[ \\t]+(\\d{1,2})(?:,?[ \\t]+(\\d{4}))?)?` +
    `[ \\t]*(?:\\(([A-Z][^()\\n]{0,40})\\))?[ \\t]*[-–—]+[ \\t]+`,
);

export interface Dateline {
  start: number;
  end: number;
  text: string;
  date?: string;
  outlet?: string;
  /** The month and day a dateline gives without its year ("LYON, France, March 3 -"), for the caller to complete. */
  yearless?: { month: number; day: number };
}

export function findWireDateline(text: string, year?: number): Dateline | undefined {
  const match = WIRE.exec(text.slice(0, 200));
  if (!match) return undefined;
  const [, lead = '', place = '', , month, day, y, outlet] = match;
  if (place.replace(/[^A-Z]/g, '').length < 2) return undefined;
  if (month === undefined && outlet === undefined) return undefined;
  const out: Dateline = { start: lead.length, end: match[0].length, text: match[0].slice(lead.length).trimEnd() };
  const fullYear = y !== undefined ? Number(y) : year;
  if (month !== undefined && day !== undefined) {
    const date = fullYear === undefined ? undefined : ymd(fullYear, monthNumber(month), Number(day));
    if (date) out.date = date;
    else if (y === undefined && isoDay(2000, monthNumber(month), Number(day))) out.yearless = { month: monthNumber(month), day: Number(day) };
  }
  if (outlet !== undefined) out.outlet = outlet.trim();
  return out;
}

/** "Published July 8, 2025", "Updated: March 3, 2025 –": the month-first forms the older dateline reader leaves. */
const PUBLISHED = new RegExp(`^(\\s*)((?:date|dated|published|posted|updated)[ \\t]*:?[ \\t]*(${MONTH}\\.?[ \\t]+\\d{1,2},?[ \\t]+\\d{4}))\\b[\\s|–—-]*`, 'i');

function findPublishedLine(text: string): Dateline | undefined {
  const match = PUBLISHED.exec(text.slice(0, 200));
  if (!match) return undefined;
  const date = readDate(match[3] ?? '');
  if (!date) return undefined;
  const start = (match[1] ?? '').length;
  return { start, end: match[0].length, text: (match[2] ?? '').trimEnd(), date };
}

/** A stretch of the original set aside as metadata. */
export interface HeadSpan {
  start: number;
  end: number;
  text: string;
}

export interface Head {
  frontMatter?: FrontMatter;
  /** The first dateline or date line of the head. */
  dateline?: Dateline;
  /** Every dateline, date line and live-blog time stamp, in order: metadata, never claims. */
  lines?: HeadSpan[];
  /** What the front matter and the head's dates say, front matter first. */
  meta?: SourceMeta;
  /** A dateline's month and day when nothing in the source gives the year (see `years/`). */
  yearless?: { month: number; day: number };
}

/** How far down an article its head may reach: a headline, a standfirst, a byline and a few date lines. */
const HEAD_LINES = 8;
const HEAD_CHARS = 1500;
/** A line this long is the body, whatever follows it. */
const BODY_WORDS = 30;

interface Found {
  span: HeadSpan;
  dates: HeadDate[];
  outlet?: string;
  yearless?: { month: number; day: number };
}

/** Lines of `text` from `from` on, as [start, end) without the line break. */
function* linesOf(text: string, from: number): Generator<{ start: number; end: number }> {
  let start = from;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const next = newline < 0 ? text.length : newline + 1;
    let end = newline < 0 ? text.length : newline;
    if (end > start && text[end - 1] === '\r') end--;
    yield { start, end };
    start = next;
  }
}

function trimmedSpan(text: string, start: number, end: number): HeadSpan {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e, text: text.slice(s, e) };
}

/**
 * The head's datelines and date lines, top down until the body starts: a line of metadata as a whole ("World |
 * Sept. 15, 2026") is set aside and the reading goes on; a dateline that opens the body (" date 2024-03-26 The
 * UK ...", "BOISE, Idaho, Sept. 15 (Reuters) - ...") is set aside and ends it; so does a long line of prose.
 */
function headDates(text: string, offset: number): Found[] {
  const found: Found[] = [];
  let seen = 0;
  for (const line of linesOf(text, offset)) {
    if (line.start - offset > HEAD_CHARS || seen >= HEAD_LINES) break;
    const value = text.slice(line.start, line.end);
    if (!value.trim()) continue;
    seen++;
    const whole = readDateLine(value);
    if (whole) {
      found.push({ span: trimmedSpan(text, line.start, line.end), dates: whole });
      continue;
    }
    const opening: Dateline | undefined = findDateline(value) ?? findPublishedLine(value) ?? findWireDateline(value);
    if (opening) {
      // The space after an opening dateline goes with it: the body starts at its first word.
      const at = trimmedSpan(text, line.start + opening.start, line.start + opening.end);
      const item: Found = { span: { ...at, end: line.start + opening.end }, dates: [] };
      const [y, m, d] = (opening.date ?? '').split('-').map(Number);
      if (y && m && d) item.dates.push({ reading: { year: y, month: m, day: d }, role: 'date' });
      if (opening.outlet !== undefined) item.outlet = opening.outlet;
      if (opening.yearless) item.yearless = opening.yearless;
      found.push(item);
      break;
    }
    if (value.trim().split(/\s+/).length > BODY_WORDS) break;
  }
  return found;
}

/** Words an entry of a live blog has at least, in the first line under its time stamp. */
const ENTRY_WORDS = 5;

/**
 * Live-blog entries headed by a clock time: every line of the article that is a time and nothing else, with its
 * time, when at least two such lines each head an entry (a line of prose below them). One time on a line of its
 * own is a programme's or a notice's ("10:00 a.m. ET" under a hearing's date), not a blog's, and stays text.
 */
function timeStamps(text: string, offset: number): { span: HeadSpan; time: string }[] {
  const out: { span: HeadSpan; time: string }[] = [];
  let open: { span: HeadSpan; time: string } | undefined;
  for (const line of linesOf(text, offset)) {
    const value = text.slice(line.start, line.end);
    if (open && value.trim()) {
      if (value.trim().split(/\s+/).length >= ENTRY_WORDS) out.push(open);
      open = undefined;
    }
    // Cheap refusal first: a stamp line is short and starts near a digit.
    if (line.end - line.start > 24 || !/\d/.test(value.slice(0, 8))) continue;
    const reading = readTimeStamp(value);
    if (reading?.time !== undefined) open = { span: trimmedSpan(text, line.start, line.end), time: reading.time };
  }
  return out.length >= 2 ? out : [];
}

const ROLE_RANK: Record<HeadDateRole, number> = { published: 0, date: 1, updated: 2 };

/**
 * The head of an article: front matter, then its datelines and date lines (see `headDates`), and the time stamps
 * of live-blog entries anywhere in it. The report date is the front matter's, else the first date labelled as
 * published, else the first date, else the first labelled as updated; the last update is the latest date labelled
 * as updated, or, for a live blog, its latest entry on the day of the report. A date given without its year takes
 * the year nearest the source's other dates; with none, it is left for the other sources to decide (`years/`).
 */
export function readHead(text: string): Head {
  const head: Head = {};
  const frontMatter = findFrontMatter(text);
  const offset = frontMatter?.end ?? 0;
  if (frontMatter) head.frontMatter = frontMatter;
  const found = headDates(text, offset);
  const stamps = timeStamps(text, offset);
  const spans = [...found.map((f) => f.span), ...stamps.map((s) => s.span)].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  // A line is read once: a stamp inside the head is the same line as the head's.
  const lines = spans.filter((s, k) => k === 0 || s.start >= (spans[k - 1] as HeadSpan).end);
  if (lines.length > 0) head.lines = lines;
  const first = found[0];
  if (first) head.dateline = { ...first.span };

  const dates = found.flatMap((f) => f.dates);
  const known = [frontMatter?.meta?.date, ...dates.map((d) => isoOfReading(d.reading))].filter((d): d is string => d !== undefined);
  const complete = (reading: DateReading) => isoOfReading(reading, reading.year ?? closestYear(reading.month ?? 0, reading.day ?? 0, known));
  const ranked = dates.map((d, k) => ({ ...d, k })).sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role] || a.k - b.k);
  const wireDay = found.find((f) => f.yearless)?.yearless;
  let date = ranked.map((d) => complete(d.reading)).find((d) => d !== undefined);
  if (date === undefined && wireDay && known.length > 0) date = complete(wireDay);
  const updates = dates.filter((d) => d.role === 'updated').map((d) => complete(d.reading)).filter((d): d is string => d !== undefined);
  let updated = updates.sort((a, b) => timeOf(a) - timeOf(b)).pop();
  const reportDay = frontMatter?.meta?.date ?? date;
  if (updated === undefined && reportDay !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(reportDay) && stamps.length > 0) {
    updated = `${reportDay}T${stamps.map((s) => s.time).sort().pop() as string}`;
  }
  const own: SourceMeta = {};
  if (date !== undefined) own.date = date;
  if (updated !== undefined && updated !== (frontMatter?.meta?.date ?? date) && timeOf(updated) >= timeOf(reportDay ?? updated)) own.updated = updated;
  const outlet = found.find((f) => f.outlet !== undefined)?.outlet;
  if (outlet !== undefined) own.outlet = outlet;
  const meta = mergeMeta(frontMatter?.meta, own);
  if (meta) head.meta = meta;
  if (meta?.date === undefined && wireDay) head.yearless = wireDay;
  return head;
}
