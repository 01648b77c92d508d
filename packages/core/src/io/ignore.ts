import { relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

/**
 * A config's `ignore` patterns as a test on a file: the pattern it matches, or undefined. Patterns are matched
 * against the path relative to `baseDir` (the config file's folder); one without a slash matches the file name in
 * any folder, as in .gitignore. Shared by `check` and the batch workers, so that both leave out the same files.
 */
export function ignoreMatcher(patterns: readonly string[], baseDir: string, cwd = process.cwd()): ((path: string) => string | undefined) | undefined {
  if (patterns.length === 0) return undefined;
  const matchers = patterns.map((p) => [p, picomatch(p, { dot: true, basename: !p.includes('/') })] as const);
  return (path) => {
    const rel = relative(baseDir, resolve(cwd, path)).split(sep).join('/');
    return matchers.find(([, match]) => match(rel))?.[0];
  };
}
