/**
 * Worker thread of `corroborate batch`: checks one story at a time and answers with the finished NDJSON line.
 * The line is serialised here, not in the main thread, so that the main thread only orders and writes bytes.
 */
import { relative } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { checkSources, type SourceInput } from '@corroborate/core';
import { readSources } from '@corroborate/core/node';

/** One story to check: either a folder to read, or sources already read (from NDJSON). */
export interface BatchTask {
  /** Position of the story in the input: the output order. */
  seq: number;
  story: string;
  /** Folder of the story's articles (`batch <dir>` mode). */
  dir?: string;
  /** The story's articles (`batch --ndjson` mode). */
  sources?: SourceInput[];
  /** Articles left out before the check, as "id: reason", for the error message. */
  skipped?: string[];
  divergencesOnly: boolean;
}

/** The answer: the story's output line (without newline) and what `--fail-on` needs. */
export interface BatchResult {
  seq: number;
  line: string;
  /** Divergences of severity error (agreements never count for `--fail-on`, as in `check`). */
  errors: number;
  /** Divergences of severity warning. */
  warnings: number;
  /** The story could not be checked; `line` carries `{ story, error }`. */
  failed: boolean;
}

export function errorResult(task: Pick<BatchTask, 'seq' | 'story'>, message: string): BatchResult {
  return {
    seq: task.seq,
    line: JSON.stringify({ story: task.story, error: message }),
    errors: 0,
    warnings: 0,
    failed: true,
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function checkStory(task: BatchTask): Promise<BatchResult> {
  try {
    const skipped = [...(task.skipped ?? [])];
    let sources: SourceInput[];
    if (task.dir !== undefined) {
      const read = await readSources([task.dir]);
      sources = read.sources;
      for (const problem of read.problems) {
        skipped.push(`${relative(task.dir, problem.path) || problem.path}: ${problem.reason}`);
      }
    } else {
      sources = task.sources ?? [];
    }
    if (sources.length < 2) {
      const found = sources.length === 1 ? 'only one usable source' : 'no usable source';
      const why = skipped.length > 0 ? ` (skipped ${skipped.join('; ')})` : '';
      return errorResult(task, `fewer than two usable sources: ${found}${why}`);
    }
    const report = checkSources(sources, { divergencesOnly: task.divergencesOnly });
    let errors = 0;
    let warnings = 0;
    for (const finding of report.findings) {
      if (finding.kind !== 'divergence') continue;
      if (finding.severity === 'error') errors++;
      else if (finding.severity === 'warning') warnings++;
    }
    return { seq: task.seq, line: JSON.stringify({ story: task.story, report }), errors, warnings, failed: false };
  } catch (error) {
    return errorResult(task, describe(error));
  }
}

const port = parentPort;
if (port) {
  // The main thread sends one task at a time per worker, so tasks never overlap here.
  port.on('message', (task: BatchTask) => {
    void checkStory(task).then((result) => port.postMessage(result));
  });
}
