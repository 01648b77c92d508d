import { parse as parseYaml } from 'yaml';
import type { SourceInput, SourceMeta } from '../model.js';
import { findDateline } from './dateline.js';

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
    for (const key of ['date', 'outlet', 'title', 'url'] as const) {
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

/** A date written as a person would: "2024-03-26", "2024-03-26 14:05", "26 March 2024", "March 26, 2024". */
export function readDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().replace(/\.000Z$/, 'Z');
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  const iso = isoDate(v.replace(/^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})/, '$1T$2').replace(/\s*(Z|[+-]\d{2}:\d{2})$/, '$1'));
  if (iso) return iso;
  let m = new RegExp(`^(\\d{1,2})\\s+${MONTH}\\.?,?\\s+(\\d{4})$`, 'i').exec(v);
  if (m) return ymd(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1]));
  m = new RegExp(`^${MONTH}\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})$`, 'i').exec(v);
  if (m) return ymd(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2]));
  return undefined;
}

/**
 * Front matter keys, first match wins: the names blogs, static-site generators and scrapers use. An `author` is
 * a person, not an outlet: the reports call a source by its outlet in their sentences ("Only Harbour Herald gives
 * the figure"), where a byline would read as someone in the story.
 */
const KEYS: Record<keyof SourceMeta, readonly string[]> = {
  date: ['date', 'published', 'published_at', 'publishedat', 'pubdate', 'datepublished', 'publication_date', 'created'],
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
  for (const field of ['date', 'outlet', 'title', 'url'] as const) {
    for (const key of KEYS[field]) {
      const value = fields.get(key);
      const text = field === 'date' ? readDate(value) : typeof value === 'string' ? value.trim() : undefined;
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
}

export function findWireDateline(text: string, year?: number): Dateline | undefined {
  const match = WIRE.exec(text.slice(0, 200));
  if (!match) return undefined;
  const [, lead = '', place = '', , month, day, y, outlet] = match;
  if (place.replace(/[^A-Z]/g, '').length < 2) return undefined;
  if (month === undefined && outlet === undefined) return undefined;
  const out: Dateline = { start: lead.length, end: match[0].length, text: match[0].slice(lead.length).trimEnd() };
  const fullYear = y !== undefined ? Number(y) : year;
  if (month !== undefined && day !== undefined && fullYear !== undefined) {
    const date = ymd(fullYear, monthNumber(month), Number(day));
    if (date) out.date = date;
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

export interface Head {
  frontMatter?: FrontMatter;
  dateline?: Dateline;
  /** What the front matter and the dateline say, front matter first. */
  meta?: SourceMeta;
}

/**
 * The head of an article: front matter, then the first dateline after it (" date 2024-03-26", "Published 8 July
 * 2025", or a wire dateline). A wire dateline without a year takes the front matter's.
 */
export function readHead(text: string): Head {
  const head: Head = {};
  const frontMatter = findFrontMatter(text);
  const offset = frontMatter?.end ?? 0;
  if (frontMatter) head.frontMatter = frontMatter;
  const rest = text.slice(offset);
  const known = frontMatter?.meta?.date;
  const plain = findDateline(rest) ?? findPublishedLine(rest);
  const wire = plain ? undefined : findWireDateline(rest, known === undefined ? undefined : Number(known.slice(0, 4)));
  const found: Dateline | undefined = plain ?? wire;
  if (found) head.dateline = { ...found, start: found.start + offset, end: found.end + offset };
  const meta = mergeMeta(frontMatter?.meta, found ? { ...(found.date ? { date: found.date } : {}), ...(found.outlet ? { outlet: found.outlet } : {}) } : undefined);
  if (meta) head.meta = meta;
  return head;
}
