import { readFile } from 'node:fs/promises';
import type { Baseline, Report } from '@corroborate/core';
import { errorCode, errorMessage, InputError } from './errors.js';
import { writeReportFile } from './output.js';

/**
 * The baseline file: read and written here; what it holds and how findings are matched against it is the core's
 * (`baselineOf`, `parseBaseline`, `applyBaseline`).
 */

/** Written atomically: a failed write leaves the previous baseline as it was. */
export async function writeBaseline(file: string, report: Report): Promise<void> {
  const { baselineOf } = await import('@corroborate/core');
  await writeReportFile(file, `${JSON.stringify(baselineOf(report), null, 2)}\n`);
}

export async function readBaseline(file: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? errorMessage(error)})`;
    throw new InputError(`${file}: ${reason} (write one with --write-baseline)`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not valid JSON (${errorMessage(error)})`);
  }
  const { parseBaseline } = await import('@corroborate/core');
  const parsed = parseBaseline(data);
  if (!parsed.ok) throw new InputError(`${file}: ${parsed.problem}`);
  return parsed.baseline;
}
