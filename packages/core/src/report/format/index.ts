import type { Report } from '../schema.js';

/** Text decorations a formatter may use; the CLI passes colours, everyone else gets plain text. */
export interface Styles {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
}

const identity = (text: string) => text;
export const plainStyles: Styles = { bold: identity, dim: identity, red: identity, yellow: identity, green: identity, cyan: identity };

export interface FormatOptions {
  styles?: Styles;
}

export type Formatter = (report: Report, options?: FormatOptions) => string;
export type FormatName = 'json' | 'text' | 'markdown' | 'html';

export const formatters: Record<FormatName, Formatter> = {
  json: (report) => `${JSON.stringify(report, null, 2)}\n`,
  text: (report) => `${JSON.stringify(report.summary)}\n`,
  markdown: (report) => `${JSON.stringify(report.summary)}\n`,
  html: (report) => `${JSON.stringify(report.summary)}\n`,
};

export function formatReport(report: Report, format: FormatName, options: FormatOptions = {}): string {
  return formatters[format](report, options);
}
