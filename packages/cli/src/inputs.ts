import { basename, extname, resolve } from 'node:path';
import type { SourceInput } from '@corroborate/core';
import { UsageError } from './errors.js';
import { readStdinSource, STDIN_PATH } from './stdin.js';

export interface Gathered {
  sources: SourceInput[];
  /** One `corroborate: <path>: <reason>` line per file skipped. */
  lines: string[];
  /** How many of them could not be read (missing, unreadable, empty, binary, too large, not an article file). */
  unreadable: number;
}

export interface GatherOptions {
  /** The `--output` file: never read back as an article. */
  output?: string | undefined;
  /** The config's ignore patterns: the pattern a path matches, or undefined. */
  ignored?: ((path: string) => string | undefined) | undefined;
  /** The config file's name, for the warning about a file named on the command line but ignored. */
  configPath?: string | undefined;
  /** `--max-source-bytes`: larger files are refused before they are read. */
  maxSourceBytes?: number | undefined;
  /** `--stdin-filename`: the name and path standard input takes in the report. */
  stdinName?: string | undefined;
}

/** Standard input under the name `--stdin-filename` gives it: an id and a path like a file's, read by its extension. */
function namedStdin(source: SourceInput, name: string): SourceInput {
  const file = basename(name);
  const ext = extname(file);
  const id = (ext ? file.slice(0, -ext.length) : file) || source.id;
  const named: SourceInput = { ...source, id, path: name };
  // A .txt name is plain text, as a file would be; HTML is told from the text; anything else is Markdown.
  if (/^\.txt$/i.test(ext)) named.format = 'text';
  else if (/^\.(md|markdown)$/i.test(ext)) named.format = 'markdown';
  else delete named.format;
  return named;
}

/** Files, folders and `-` (stdin, once) as articles, with the files the config ignores left out. */
export async function gatherSources(paths: readonly string[], options: GatherOptions = {}): Promise<Gathered> {
  const stdinCount = paths.filter((p) => p === STDIN_PATH).length;
  if (stdinCount > 1) throw new UsageError('"-" (standard input) can be given only once');
  const { readSources, DEFAULT_MAX_SOURCE_BYTES } = await import('@corroborate/core/node');
  const files = paths.filter((p) => p !== STDIN_PATH);
  const readOptions = options.maxSourceBytes === undefined ? {} : { maxSourceBytes: options.maxSourceBytes };
  const { sources, problems } = files.length ? await readSources(files, readOptions) : { sources: [], problems: [] };
  const lines: string[] = [];
  let unreadable = 0;
  const named = new Set(files.map((p) => resolve(p)));
  const ignored = options.ignored;
  for (const p of problems) {
    if (ignored?.(p.path)) continue;
    lines.push(`corroborate: ${p.path}: ${p.reason}`);
    unreadable++;
  }
  const target = options.output === undefined ? undefined : resolve(options.output);
  const kept = sources.filter((s) => {
    if (s.path === undefined) return true;
    // A report written into the folder being checked would otherwise be read back as an article on the next run.
    if (target !== undefined && resolve(s.path) === target) {
      lines.push(`corroborate: ${s.path}: skipped, it is the --output file`);
      return false;
    }
    const pattern = ignored?.(s.path);
    if (pattern === undefined) return true;
    // Inside a named folder an ignored file is simply not an article; named on its own, the user should know why.
    if (named.has(resolve(s.path))) lines.push(`corroborate: ${s.path}: skipped, it matches "${pattern}" in ${options.configPath ?? 'the config'}`);
    return false;
  });
  if (stdinCount === 1) {
    const name = options.stdinName;
    const shown = name ?? STDIN_PATH;
    const read = await readStdinSource(options.maxSourceBytes ?? DEFAULT_MAX_SOURCE_BYTES);
    const pattern = name === undefined ? undefined : ignored?.(name);
    if (!read.ok) {
      lines.push(`corroborate: ${shown}: ${read.reason}`);
      unreadable++;
    } else if (pattern !== undefined) {
      lines.push(`corroborate: ${shown}: skipped, it matches "${pattern}" in ${options.configPath ?? 'the config'}`);
    } else {
      const source = name === undefined ? read.source : namedStdin(read.source, name);
      const ids = new Set(kept.map((s) => s.id));
      let id = source.id;
      for (let n = 2; ids.has(id); n++) id = `${source.id}~${n}`;
      kept.push({ ...source, id });
    }
  }
  return { sources: kept, lines, unreadable };
}
