import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RepositoryPaths } from '../report/format/styles.js';
import type { Report } from '../report/schema.js';

/**
 * The root CI tools resolve paths against: the nearest directory at or above `cwd` holding `.git` (a folder, or
 * the file of a worktree or submodule), else `cwd` itself. GitHub code scanning and annotations read paths from the
 * checkout's root, so a run from a subfolder must not give paths from that subfolder.
 */
export function findRepositoryRoot(cwd: string): string {
  const start = resolve(cwd);
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

/** Each source's path from the repository root, for the SARIF and GitHub formats (`FormatOptions.repository`). */
export function repositoryPaths(report: Pick<Report, 'sources'>, options: { cwd: string; root?: string }): RepositoryPaths {
  const root = resolve(options.root ?? findRepositoryRoot(options.cwd));
  const paths = new Map<string, string>();
  for (const source of report.sources) {
    if (source.path === undefined) continue;
    // Standard input has no place in the repository; it keeps its name.
    if (source.path === '-') {
      paths.set(source.id, source.path);
      continue;
    }
    const absolute = resolve(options.cwd, source.path);
    const rel = relative(root, absolute);
    const inside = rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
    paths.set(source.id, inside ? rel.split(sep).join('/') : absolute);
  }
  const href = pathToFileURL(root).href;
  return { rootUri: href.endsWith('/') ? href : `${href}/`, paths };
}
