import { randomBytes } from 'node:crypto';
import { fstatSync, unlinkSync } from 'node:fs';
import { type FileHandle, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { visibleLine } from '@corroborate/core/node';
import { errorCode, errorMessage, OutputError } from './errors.js';

/** Why a file could not be written, in a few words. */
export function writeReason(error: unknown, target: string): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return `the directory ${dirname(target)} does not exist`;
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    case 'ENOTDIR':
      return 'a parent is not a directory';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on device';
    default:
      return errorMessage(error);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Temporary files are removed however the run ends: an error path, an exception nobody caught, SIGINT or SIGTERM.

const temporaries = new Set<string>();
let handlersInstalled = false;

function removeTemporaries(): void {
  for (const path of temporaries) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone, or never created: nothing is left behind either way.
    }
  }
  temporaries.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeTemporaries();
  // Die of the same signal, so that the shell sees 130/143 as it would without us.
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  process.kill(process.pid, signal);
}

function track(path: string): void {
  if (!handlersInstalled) {
    handlersInstalled = true;
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    process.on('exit', removeTemporaries);
  }
  temporaries.add(path);
}

function untrack(path: string): void {
  temporaries.delete(path);
}

// ---------------------------------------------------------------------------------------------------------------
// Targets.

/** A place the report is written to, piece by piece, then committed (or aborted, leaving what was there). */
export interface ReportTarget {
  write(chunk: string): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/** True when `path` is the same open file as the file descriptor `fd` (`/dev/stdout`, `/proc/self/fd/1`, ...). */
function sameAsDescriptor(info: { dev: number; ino: number }, fd: number): boolean {
  try {
    const own = fstatSync(fd);
    return own.dev === info.dev && own.ino === info.ino;
  } catch {
    return false;
  }
}

type TargetKind =
  | { kind: 'stdout' }
  | { kind: 'direct' }
  | { kind: 'replace'; destination: string; mode: number }
  | { kind: 'create'; destination: string };

/**
 * What writing `target` means. Only a regular file (or a new one) is replaced atomically; a character device
 * (`/dev/null`), a FIFO, a socket or our own stdout is written into, since replacing it would destroy it.
 */
async function classify(target: string): Promise<TargetKind> {
  const absolute = resolve(target);
  let info;
  try {
    info = await stat(absolute);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw new OutputError(`cannot write ${target}: ${writeReason(error, target)}`);
    // A dangling link, or a name under /dev or /proc: write through it rather than replace it.
    if (/^\/(dev|proc)\//.test(absolute)) return { kind: 'direct' };
    const real = await realpath(dirname(absolute)).catch(() => dirname(absolute));
    return { kind: 'create', destination: join(real, basename(absolute)) };
  }
  if (info.isDirectory()) throw new OutputError(`cannot write ${target}: it is a directory`);
  if (sameAsDescriptor(info, 1)) return { kind: 'stdout' };
  if (!info.isFile() || /^\/(dev|proc)\//.test(absolute)) return { kind: 'direct' };
  // A symbolic link is written through, not replaced.
  const destination = await realpath(absolute).catch(() => absolute);
  return { kind: 'replace', destination, mode: info.mode & 0o7777 };
}

/** Our stdout named as a file: written like stdout, so that nothing is reopened, truncated or replaced. */
function stdoutTarget(): ReportTarget {
  return {
    write: (chunk) => writeStdout(chunk),
    commit: async () => undefined,
    abort: async () => undefined,
  };
}

function bufferedHandle(handle: FileHandle, fail: (error: unknown) => OutputError) {
  // Small pieces are gathered into ~64 KB writes: one syscall per batch story would dominate.
  let pieces: string[] = [];
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    const data = pieces.join('');
    pieces = [];
    size = 0;
    await handle.write(data);
  };
  return {
    flush,
    async write(chunk: string) {
      pieces.push(chunk);
      size += chunk.length;
      if (size >= 65536) await flush().catch((error: unknown) => Promise.reject(fail(error)));
    },
  };
}

/** A device or FIFO: opened for writing as it is, never created, renamed or removed. */
async function directTarget(target: string, fail: (error: unknown) => OutputError): Promise<ReportTarget> {
  let handle: FileHandle;
  try {
    handle = await open(resolve(target), 'w');
  } catch (error) {
    throw fail(error);
  }
  const out = bufferedHandle(handle, fail);
  return {
    write: out.write,
    async commit() {
      try {
        await out.flush();
        await handle.close();
      } catch (error) {
        await handle.close().catch(() => undefined);
        throw fail(error);
      }
    },
    abort: () => handle.close().catch(() => undefined),
  };
}

/**
 * A regular file: written to a temporary file beside it, synced, then renamed over it, so a reader never sees
 * half a report and a failed run leaves an existing file as it was. The permissions of a replaced file are kept.
 */
async function atomicTarget(
  target: string,
  destination: string,
  mode: number | undefined,
  fail: (error: unknown) => OutputError,
): Promise<ReportTarget> {
  const temp = join(dirname(destination), `.${basename(destination)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle: FileHandle;
  track(temp);
  try {
    handle = await open(temp, 'wx');
    if (mode !== undefined) await handle.chmod(mode);
  } catch (error) {
    untrack(temp);
    // 'wx' failing means the file was not ours to remove (or was never made).
    throw fail(error);
  }
  const out = bufferedHandle(handle, fail);
  const discard = async () => {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    untrack(temp);
  };
  return {
    write: out.write,
    async commit() {
      try {
        await out.flush();
        // Without this a crash right after the rename could leave an empty file under the final name.
        await handle.sync();
        await handle.close();
        await rename(temp, destination);
        untrack(temp);
      } catch (error) {
        await discard();
        throw fail(error);
      }
    },
    abort: discard,
  };
}

/** Open `--output` for writing; see {@link classify} for what each kind of target gets. Throws OutputError. */
export async function openReportTarget(target: string): Promise<ReportTarget> {
  const fail = (error: unknown) =>
    error instanceof OutputError ? error : new OutputError(`cannot write ${target}: ${writeReason(error, target)}`);
  const kind = await classify(target);
  switch (kind.kind) {
    case 'stdout':
      return stdoutTarget();
    case 'direct':
      return directTarget(target, fail);
    case 'replace':
      return atomicTarget(target, kind.destination, kind.mode, fail);
    case 'create':
      return atomicTarget(target, kind.destination, undefined, fail);
  }
}

/**
 * Write a whole report to `--output`, given whole or in pieces: all of it or, on failure, nothing (an existing
 * file is left untouched).
 */
export async function writeReportFile(target: string, data: string | Iterable<string>): Promise<void> {
  const out = await openReportTarget(target);
  try {
    if (typeof data === 'string') await out.write(data);
    else for (const piece of data) await out.write(piece);
  } catch (error) {
    await out.abort();
    throw error;
  }
  await out.commit();
}

/** Write to stdout and wait until it is handed to the OS, so that the exit code is only set after the report. */
export function writeStdout(text: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    process.stdout.write(text, (error) => {
      // A reader that stops early (`| head`) is not a failure to write the report.
      if (error && errorCode(error) !== 'EPIPE') reject(new OutputError(`cannot write to stdout: ${errorMessage(error)}`));
      else resolvePromise();
    });
  });
}

/**
 * One line on stderr, never throwing: there is nowhere left to report a failure to report. File names and
 * reasons can carry control characters (a file called "\x1b]0;owned\x07.txt") and line breaks; they are shown,
 * never obeyed, so that every warning stays one line.
 */
export function warn(line: string): void {
  try {
    process.stderr.write(`${visibleLine(line)}\n`);
  } catch {
    // stderr is gone; nothing useful is left to do.
  }
}
