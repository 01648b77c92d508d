import { open, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { SourceInput } from '../model.js';
import { readHead } from '../parse/metadata.js';

/** File extensions read as articles, compared case-insensitively; `.html` and `.htm` are read as web pages. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

export interface InputProblem {
  /** The path as the user would recognise it (relative to the working directory when inside it). */
  path: string;
  /** A sentence fragment for `corroborate: <path>: <reason>`. */
  reason: string;
  code: 'missing' | 'empty' | 'binary' | 'unreadable' | 'no-articles' | 'unsupported' | 'duplicate' | 'too-large';
}

export interface ReadResult {
  sources: SourceInput[];
  problems: InputProblem[];
}

/**
 * Largest article read by default, in bytes. News articles are under 100 KB; 2 MiB leaves room for a long report
 * or transcript while keeping the worst known hostile pattern (about 500 MB of memory per MB of input) far from
 * V8's heap limit. Measured figures in docs/reliability.md.
 */
export const DEFAULT_MAX_SOURCE_BYTES = 2 * 1024 * 1024;
/** Bounds the open file handles when a folder holds thousands of articles. */
const READ_CONCURRENCY = 16;

const EXTENSION_LIST = 'a .txt, .md, .markdown, .html or .htm file';

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

function binary(display: string, reason: string): Loaded {
  return { ok: false, problem: { path: display, code: 'binary', reason } };
}

/** UTF-16 with a byte order mark (as Windows tools save "Unicode" text), or UTF-8 with or without one. */
function decode(bytes: Uint8Array, display: string): Loaded | string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) {
    let text: string;
    try {
      text = new TextDecoder(utf16, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
    } catch {
      return binary(display, `not valid ${utf16.toUpperCase()} text after its byte order mark`);
    }
    return text.includes('\u0000') ? binary(display, 'binary file (contains NUL characters), not text') : text;
  }
  // Anywhere in the file, not just its head: a NUL late in a file is as binary as an early one.
  if (bytes.includes(0)) return binary(display, 'binary file (contains NUL bytes), not UTF-8 text');
  try {
    // The whole file: a stray Latin-1 byte later on would otherwise turn into U+FFFD in the quoted evidence.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return binary(display, 'not valid UTF-8 text (binary, or another encoding)');
  }
}

function byteSize(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}

async function load(candidate: Candidate, maxBytes: number): Promise<Loaded> {
  const { absolute, display } = candidate;
  let bytes: Uint8Array;
  let real: string;
  try {
    const handle = await open(absolute, 'r');
    try {
      // Sized before it is read: a huge file is refused without ever being held in memory.
      const { size } = await handle.stat();
      if (size > maxBytes) {
        const reason = `too large (${size} bytes, over the limit of ${byteSize(maxBytes)}; raise it with --max-source-bytes)`;
        return { ok: false, problem: { path: display, code: 'too-large', reason } };
      }
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
    real = await realpath(absolute);
  } catch (error) {
    return { ok: false, problem: problemFromError(display, error) };
  }
  if (bytes.length > maxBytes) {
    return { ok: false, problem: { path: display, code: 'too-large', reason: `too large (over the limit of ${byteSize(maxBytes)}; raise it with --max-source-bytes)` } };
  }
  const decoded = decode(bytes, display);
  if (typeof decoded !== 'string') return decoded;
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  if (text.length === 0) return { ok: false, problem: { path: display, code: 'empty', reason: 'empty file' } };
  if (text.trim().length === 0) {
    return { ok: false, problem: { path: display, code: 'empty', reason: 'file contains only whitespace' } };
  }
  // Our own review page (`--format html`) saved into the folder being checked would be read back as a source
  // that agrees with every other.
  if (/\.html?$/i.test(absolute) && REVIEW_PAGE.test(text.slice(0, 4096))) {
    return { ok: false, problem: { path: display, code: 'unsupported', reason: 'a corroborate review page, not an article' } };
  }
  return { ok: true, text, real };
}

const REVIEW_PAGE = /<title>Corroboration review<\/title>/;

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
    return { path: display, code: 'no-articles', reason: 'no .txt, .md, .markdown, .html or .htm files in this directory' };
  }
  return files;
}

export interface ReadOptions {
  /** Where relative paths start from and what displayed paths are relative to. Default: `process.cwd()`. */
  cwd?: string;
  /** Files larger than this many bytes are a `too-large` problem. Default: DEFAULT_MAX_SOURCE_BYTES (2 MiB). */
  maxSourceBytes?: number;
}

/**
 * Read articles from files and directories, never throwing for a bad one: each bad path becomes a problem and
 * the rest are still read.
 *
 * - A directory is read one level deep (sub-directories and hidden files are skipped) for `.txt`, `.md`,
 *   `.markdown`, `.html` and `.htm` files, sorted by name; other files in it are ignored. A file named explicitly with another
 *   extension is an `unsupported` problem.
 * - A source's id is its file name without extension. When two different files give the same id, the later one
 *   takes its path relative to the working directory, without extension (then with it, should that clash too), so
 *   no article is lost. The same file reached twice (named twice, or named and inside a named folder) is read once
 *   and the repeat is a `duplicate` problem.
 * - Text is decoded as UTF-8, or as UTF-16 when it starts with a UTF-16 byte order mark; a leading byte order
 *   mark is removed. A NUL anywhere, or bytes that are not valid in the encoding, make the file `binary`; an empty
 *   or whitespace-only file is `empty`; a file over `maxSourceBytes` is `too-large` (and is never read whole).
 */
export async function readSources(paths: readonly string[], options: ReadOptions = {}): Promise<ReadResult> {
  const cwd = options.cwd ?? process.cwd();
  const expanded = await mapLimited(paths, READ_CONCURRENCY, (given) => expand(given, cwd));
  const candidates = expanded.flatMap((item) => (Array.isArray(item) ? item : []));
  const loaded = new Map<Candidate, Loaded>();
  await mapLimited(candidates, READ_CONCURRENCY, async (candidate) => {
    loaded.set(candidate, await load(candidate, options.maxSourceBytes ?? DEFAULT_MAX_SOURCE_BYTES));
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
