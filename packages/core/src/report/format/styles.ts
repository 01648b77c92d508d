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
  /** Colours for the text report; plain text when absent. */
  styles?: Styles;
  /** The version of the tool that made the report, for formats that name the tool (SARIF). */
  toolVersion?: string;
}
