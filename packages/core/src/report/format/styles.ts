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
  /**
   * Where the CI formats (SARIF, GitHub annotations) resolve paths: a repository root, as the CLI finds it (the
   * nearest directory with `.git` above the working directory). Without it they use the report's own paths.
   */
  repository?: RepositoryPaths;
}

/** Paths of a report's sources from a repository root (see `repositoryPaths` in `@corroborate/core/node`). */
export interface RepositoryPaths {
  /** The root as a `file://` URI ending in `/`, for SARIF's `originalUriBaseIds`. */
  rootUri: string;
  /** Per source id: its path relative to the root with `/` separators, or absolute when outside it. */
  paths: ReadonlyMap<string, string>;
}
