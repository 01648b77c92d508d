import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { SourceInput } from '../model.js';
import { readHead } from '../parse/metadata.js';

/** File extensions read as articles, compared case-insensitively. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown'] as const;

export interface InputProblem {
  /** The path as the user would recognise it (relative to the working directory when inside it). */
  path: string;
  /** A sentence fragment for `corroborate: <path>: <reason>`. */
  reason: string;
  code: 'missing' | 'empty' | 'binary' | 'unreadable' | 'no-articles' | 'unsupported' | 'duplicate';
}

export interface ReadResult {
  sources: SourceInput[];
  problems: InputProblem[];
}

/** Binary sniffing looks this far into a file, like git and grep do. */
const SNIFF_BYTES = 8 * 1024;
/** Bounds the open file handles when a folder holds thousands of articles. */
const READ_CONCURRENCY = 16;

const EXTENSION_LIST = 'a .txt, .md or .markdown file';

function isSupported(name: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}

function stripExtension(path: string): string {
  const ext = extname(path);
  return ext ? path.slice(0, -ext.length) : path;
}

/** Inside the working directory, a relative path; outside it, the path as it was typed (joined, not resolved). */
function displayPath(given: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, given));
  if (rel === '') return '.';
  if (!rel.startsWith('..') && !isAbsolute(rel)) return rel;
  return given;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}

function problemFromError(path: string, error: unknown): InputProblem {
  const code = errorCode(error);
  switch (code) {
    case 'ENOENT':
      return { path, code: 'missing', reason: 'no such file or directory' };
    case 'ENOTDIR':
      return { path, code: 'missing', reason: 'no such file or directory (a parent is not a directory)' };
    case 'EACCES':
    case 'EPERM':
      return { path, code: 'unreadable', reason: 'permission denied' };
    case 'ELOOP':
      return { path, code: 'unreadable', reason: 'too many levels of symbolic links' };
    case 'EISDIR':
      return { path, code: 'unreadable', reason: 'is a directory' };
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return { path, code: 'unreadable', reason: `cannot read (${code ?? detail})` };
    }
  }
}

/** A file to read, in the order the user will see it. */
interface Candidate {
  absolute: string;
  display: string;
}

type Loaded = { ok: true; text: string; real: string } | { ok: false; problem: InputProblem };

function decode(bytes: Uint8Array, display: string): Loaded | string {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) {
    return { ok: false, problem: { path: display, code: 'binary', reason: 'binary file (contains NUL bytes), not UTF-8 text' } };
  }
  try {
    // The whole file, not just the sniffed head: a stray Latin-1 byte later on would otherwise turn into U+FFFD
    // and show up as garbage in the quoted evidence.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, problem: { path: display, code: 'binary', reason: 'not valid UTF-8 text (binary, or another encoding)' } };
  }
}

async function load(candidate: Candidate): Promise<Loaded> {
  const { absolute, display } = candidate;
  let bytes: Uint8Array;
  let real: string;
  try {
    bytes = await readFile(absolute);
    real = await realpath(absolute);
  } catch (error) {
    return { ok: false, problem: problemFromError(display, error) };
  }
  const decoded = decode(bytes, display);
  if (typeof decoded !== 'string') return decoded;
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  if (text.length === 0) return { ok: false, problem: { path: display, code: 'empty', reason: 'empty file' } };
  if (text.trim().length === 0) {
    return { ok: false, problem: { path: display, code: 'empty', reason: 'file contains only whitespace' } };
  }
  return { ok: true, text, real };
}

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      out[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** Expand one user-given path into the files to read, or into a problem. */
async function expand(given: string, cwd: string): Promise<Candidate[] | InputProblem> {
  const absolute = resolve(cwd, given);
  const display = displayPath(given, cwd);
  let info;
  try {
    info = await stat(absolute);
  } catch (error) {
    return problemFromError(display, error);
  }
  if (info.isFile()) {
    if (!isSupported(absolute)) return { path: display, code: 'unsupported', reason: `not ${EXTENSION_LIST}` };
    return [{ absolute, display }];
  }
  if (!info.isDirectory()) {
    // FIFOs and devices would block or stream forever.
    return { path: display, code: 'unsupported', reason: `not a regular file or directory` };
  }
  let names: string[];
  try {
    names = await readdir(absolute);
  } catch (error) {
    return problemFromError(display, error);
  }
  // Code-unit order, not locale order, so that the same folder lists the same way on every machine.
  const wanted = names.filter((name) => !name.startsWith('.') && isSupported(name)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: Candidate[] = [];
  for (const name of wanted) {
    const entry = join(absolute, name);
    try {
      // stat, not the dirent type, so that symbolic links to articles count and links to folders do not.
      if ((await stat(entry)).isFile()) files.push({ absolute: entry, display: displayPath(join(given, name), cwd) });
    } catch {
      // A dangling link in a folder is folder clutter, like any other file that is not an article.
    }
  }
  if (files.length === 0) {
    return { path: display, code: 'no-articles', reason: 'no .txt, .md or .markdown files in this directory' };
  }
  return files;
}

export interface ReadOptions {
  /** Where relative paths start from and what displayed paths are relative to. Default: `process.cwd()`. */
  cwd?: string;
}

/**
 * Read articles from files and directories, never throwing for a bad one: each bad path becomes a problem and
 * the rest are still read.
 *
 * - A directory is read one level deep (sub-directories and hidden files are skipped) for `.txt`, `.md` and
 *   `.markdown` files, sorted by name; other files in it are ignored. A file named explicitly with another
 *   extension is an `unsupported` problem.
 * - A source's id is its file name without extension. When two different files give the same id, the later one
 *   takes its path relative to the working directory, without extension (then with it, should that clash too), so
 *   no article is lost. The same file reached twice (named twice, or named and inside a named folder) is read once
 *   and the repeat is a `duplicate` problem.
 * - Text is decoded as UTF-8 and a leading byte order mark is removed. A NUL byte in the first 8 KB, or bytes that
 *   are not valid UTF-8, make the file `binary`; an empty or whitespace-only file is `empty`.
 */
export async function readSources(paths: readonly string[], options: ReadOptions = {}): Promise<ReadResult> {
  const cwd = options.cwd ?? process.cwd();
  const expanded = await mapLimited(paths, READ_CONCURRENCY, (given) => expand(given, cwd));
  const candidates = expanded.flatMap((item) => (Array.isArray(item) ? item : []));
  const loaded = new Map<Candidate, Loaded>();
  await mapLimited(candidates, READ_CONCURRENCY, async (candidate) => {
    loaded.set(candidate, await load(candidate));
  });

  // Walked in the order the paths were given, so problems come out in the order the user typed them.
  const problems: InputProblem[] = [];
  const sources: SourceInput[] = [];
  const ids = new Set<string>();
  const seen = new Map<string, string>();
  for (const item of expanded) {
    if (!Array.isArray(item)) {
      problems.push(item);
      continue;
    }
    for (const candidate of item) {
      const result = loaded.get(candidate);
      if (!result) continue;
      if (!result.ok) {
        problems.push(result.problem);
        continue;
      }
      const first = seen.get(result.real);
      if (first !== undefined) {
        problems.push({ path: candidate.display, code: 'duplicate', reason: `same file as ${first}; read once` });
        continue;
      }
      seen.set(result.real, candidate.display);
      const relativeToCwd = relative(cwd, candidate.absolute);
      const choices = [stripExtension(basename(candidate.absolute)), stripExtension(relativeToCwd), relativeToCwd];
      let id = choices.find((choice) => choice !== '' && !ids.has(choice));
      for (let n = 2; id === undefined; n++) {
        // Only reachable through odd symlink layouts; a numbered id still keeps the article.
        if (!ids.has(`${relativeToCwd}~${n}`)) id = `${relativeToCwd}~${n}`;
      }
      ids.add(id);
      // Date, outlet, title and url from the front matter or the dateline, so that callers see them too.
      sources.push({ id, text: result.text, path: candidate.display, ...readHead(result.text).meta });
    }
  }
  return { sources, problems };
}
