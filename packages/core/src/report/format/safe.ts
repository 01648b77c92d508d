import { visibleControls } from '../../shared/controls.js';
import type { Report } from '../schema.js';

/**
 * What every human-facing formatter (text, Markdown, HTML) does to the report first: every string in it, from
 * the articles, their file names or the pipeline, with control characters made visible (see visibleControls).
 * JSON keeps the data as it is; JSON.stringify escapes C0 controls itself.
 */
export function visibleReport(report: Report): Report {
  return deepVisible(report) as Report;
}

function deepVisible(value: unknown): unknown {
  if (typeof value === 'string') return visibleControls(value);
  if (Array.isArray(value)) return value.map(deepVisible);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = deepVisible(inner);
    return out;
  }
  return value;
}

/**
 * Markdown that a forge (GitHub, GitLab) would turn into something live: bare URLs and `www.` names become links,
 * e-mail addresses mailto links, `@user` and `@org/team` mentions that notify people. A backslash before the `:`
 * of `scheme://`, the `.` after `www` and every `@` leaves the text as it reads and takes the link away. Apply
 * after the formatter's own escaping (it does not touch these characters).
 */
export function unlinkMarkdown(escaped: string): string {
  return escaped
    .replace(/\b([a-z][a-z0-9+.-]{1,31}):(?=\/\/)/gi, '$1\\:')
    .replace(/\b(www)\.(?=[^\s.])/gi, '$1\\.')
    .replace(/@/g, '\\@');
}

/**
 * "wire.md: same text as daily.md; counted once", "daily.md:4: unused corroborate-disable-next-line: …": a notice
 * as one line, naming the file, and the line when it is about one.
 */
export function noticeLine(notice: NonNullable<Report['notices']>[number]): string {
  return `${notice.path ?? notice.sourceId}${notice.line === undefined ? '' : `:${notice.line}`}: ${notice.message}`;
}

export function noticeLines(report: Report): string[] {
  return (report.notices ?? []).map(noticeLine);
}
