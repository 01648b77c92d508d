import { randomBytes } from 'node:crypto';
import { type FileHandle, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
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

/**
 * Where an atomic write of `target` goes: the real destination (a symbolic link is written through, not replaced),
 * a fresh temporary file beside it, and the permissions of a file being replaced, to keep.
 */
export async function atomicTarget(target: string): Promise<{ destination: string; temp: string; mode?: number }> {
  let destination = resolve(target);
  let mode: number | undefined;
  try {
    destination = await realpath(destination);
    const info = await stat(destination);
    if (info.isDirectory()) throw new OutputError(`cannot write ${target}: it is a directory`);
    mode = info.mode & 0o7777;
  } catch (error) {
    if (error instanceof OutputError) throw error;
    if (errorCode(error) !== 'ENOENT') throw new OutputError(`cannot write ${target}: ${writeReason(error, target)}`);
  }
  const temp = join(dirname(destination), `.${basename(destination)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  return mode === undefined ? { destination, temp } : { destination, temp, mode };
}

/**
 * Replace `target` with `data` all at once: write a temporary file next to it, then rename it over the target.
 * On any failure the temporary file is removed and an existing target is left as it was, so a reader never sees
 * half a report.
 */
export async function writeFileAtomic(target: string, data: string): Promise<void> {
  const { destination, temp, mode } = await atomicTarget(target);
  let handle: FileHandle | undefined;
  let created = false;
  try {
    handle = await open(temp, 'wx');
    created = true;
    // Keep the permissions of the report being replaced.
    if (mode !== undefined) await handle.chmod(mode);
    await handle.writeFile(data, 'utf8');
    // Without this a crash right after the rename could leave an empty file under the final name.
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, destination);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    if (created) await unlink(temp).catch(() => undefined);
    throw new OutputError(`cannot write ${target}: ${writeReason(error, target)}`);
  }
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

/** One line on stderr, never throwing: there is nowhere left to report a failure to report. */
export function warn(line: string): void {
  try {
    process.stderr.write(`${line}\n`);
  } catch {
    // stderr is gone; nothing useful is left to do.
  }
}
