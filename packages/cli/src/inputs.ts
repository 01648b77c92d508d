import { resolve } from 'node:path';
import type { SourceInput } from '@corroborate/core';
import { UsageError } from './errors.js';
import { readStdinSource, STDIN_PATH } from './stdin.js';

export interface Gathered {
  sources: SourceInput[];
  /** One `corroborate: <path>: <reason>` line per file skipped. */
  lines: string[];
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
  const named = new Set(files.map((p) => resolve(p)));
  const ignored = options.ignored;
  for (const p of problems) if (!ignored?.(p.path)) lines.push(`corroborate: ${p.path}: ${p.reason}`);
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
    const read = await readStdinSource(options.maxSourceBytes ?? DEFAULT_MAX_SOURCE_BYTES);
    if (!read.ok) lines.push(`corroborate: ${STDIN_PATH}: ${read.reason}`);
    else {
      const ids = new Set(kept.map((s) => s.id));
      let id = read.source.id;
      for (let n = 2; ids.has(id); n++) id = `${read.source.id}~${n}`;
      kept.push({ ...read.source, id });
    }
  }
  return { sources: kept, lines };
}
