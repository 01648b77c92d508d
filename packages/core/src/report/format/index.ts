import type { Report } from '../schema.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson, formatJsonPieces } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatNdjson } from './ndjson.js';
import { formatSarif } from './sarif.js';
import type { FormatOptions } from './styles.js';
import { formatText } from './text.js';

export { plainStyles, type FormatOptions, type Styles } from './styles.js';

/** A formatter turns a report into the bytes of one output; the same report and options give the same bytes. */
export type Formatter = (report: Report, options?: FormatOptions) => string;

/** A format as the registry lists it, like textlint's formatters: a name, what it is for, and the function. */
export interface FormatterInfo<Name extends string = string> {
  name: Name;
  /** One line for `--help` and docs. */
  description: string;
  /** The file extension a saved report usually takes, without the dot. */
  extension: string;
  mediaType: string;
  format: Formatter;
}

function define<const Name extends string>(info: FormatterInfo<Name>): FormatterInfo<Name> {
  return Object.freeze(info);
}

/** Every built-in format, in the order `--help` lists them. */
export const formatterList = [
  define({ name: 'text', description: 'the terminal report (default)', extension: 'txt', mediaType: 'text/plain', format: formatText }),
  define({ name: 'json', description: 'the report as data (report.schema.json)', extension: 'json', mediaType: 'application/json', format: formatJson }),
  define({ name: 'markdown', description: 'for an issue, a pull request or notes', extension: 'md', mediaType: 'text/markdown', format: formatMarkdown }),
  define({ name: 'html', description: 'the review page: one self-contained file', extension: 'html', mediaType: 'text/html', format: formatHtml }),
  define({ name: 'sarif', description: 'SARIF 2.1.0, for GitHub code scanning', extension: 'sarif', mediaType: 'application/sarif+json', format: formatSarif }),
  define({ name: 'github', description: 'GitHub Actions annotations', extension: 'txt', mediaType: 'text/plain', format: formatGithub }),
  define({ name: 'ndjson', description: 'one finding a line, as JSON', extension: 'ndjson', mediaType: 'application/x-ndjson', format: formatNdjson }),
] as const;

export type FormatName = (typeof formatterList)[number]['name'];

/** The names of the built-in formats, in `--help` order. */
export const formatNames: readonly FormatName[] = formatterList.map((f) => f.name);

/** Every output format by name: pick one, or wrap one in your own. */
export const formatters: Readonly<Record<FormatName, Formatter>> = Object.freeze(
  Object.fromEntries(formatterList.map((f) => [f.name, f.format])) as Record<FormatName, Formatter>,
);

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formatters, name);
}

/** The formatter registered under `name`, or undefined: `getFormatter(userInput)` never throws. */
export function getFormatter(name: string): Formatter | undefined {
  return isFormatName(name) ? formatters[name] : undefined;
}

export function formatReport(report: Report, format: FormatName, options: FormatOptions = {}): string {
  const formatter = getFormatter(format);
  if (!formatter) throw new TypeError(`Unknown report format "${String(format)}"; use one of ${formatNames.join(', ')}.`);
  return formatter(report, options);
}

/**
 * The same bytes as formatReport, in pieces to write one after the other: JSON, whose report holds every claim,
 * comes a few dozen claims at a time, so a large report is never one string in memory; the other formats are
 * one piece.
 */
export function* formatReportPieces(report: Report, format: FormatName, options: FormatOptions = {}): Generator<string> {
  if (format === 'json') yield* formatJsonPieces(report);
  else yield formatReport(report, format, options);
}
