import type { Report } from '../schema.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import type { FormatOptions } from './styles.js';
import { formatText } from './text.js';

export { plainStyles, type FormatOptions, type Styles } from './styles.js';

export type Formatter = (report: Report, options?: FormatOptions) => string;
export type FormatName = 'json' | 'text' | 'markdown' | 'html';

/** Every output format by name, like textlint's formatters: pick one, or add your own around them. */
export const formatters: Record<FormatName, Formatter> = {
  json: formatJson,
  text: formatText,
  markdown: formatMarkdown,
  html: formatHtml,
};

export function formatReport(report: Report, format: FormatName, options: FormatOptions = {}): string {
  const formatter = Object.hasOwn(formatters, format) ? formatters[format] : undefined;
  if (!formatter) throw new TypeError(`Unknown report format "${String(format)}"; use one of ${Object.keys(formatters).join(', ')}.`);
  return formatter(report, options);
}
