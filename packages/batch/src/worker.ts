/** Notices that mean a source was left out (the others keep it, or are about an inline comment). */
const SKIPPING = new Set(['failed', 'not-english', 'duplicate']);

/**
 * The task each worker thread of the pool runs: check one story and answer with its finished NDJSON line. The
 * line is serialised here, not in the main thread, so that the main thread only orders and writes bytes.
 */
import { relative } from 'node:path';
import { type CheckOptions, checkSources, type SourceInput } from '@corroborate/core';
import { ignoreMatcher, readSources } from '@corroborate/core/node';
import { type BatchResult, type BatchTask, errorResult } from './task.js';

export default async function checkStory(task: BatchTask): Promise<BatchResult> {
  try {
    const skipped = [...(task.skipped ?? [])];
    let sources: SourceInput[];
    if (task.dir !== undefined) {
      const read = await readSources([task.dir], { maxSourceBytes: task.maxSourceBytes });
      // The config's ignored files are not articles, as in `check`: left out without a word.
      const ignored = ignoreMatcher(task.config?.ignore ?? [], task.config?.ignoreBase ?? process.cwd());
      sources = read.sources.filter((s) => s.path === undefined || ignored?.(s.path) === undefined);
      for (const problem of read.problems) {
        if (ignored?.(problem.path) !== undefined) continue;
        skipped.push(`${relative(task.dir, problem.path) || problem.path}: ${problem.reason}`);
      }
    } else {
      sources = task.sources ?? [];
    }
    const tooFew = (count: number) => {
      const found = count === 1 ? 'only one usable source' : 'no usable source';
      const why = skipped.length > 0 ? ` (skipped ${skipped.join('; ')})` : '';
      return errorResult(task, `fewer than two usable sources: ${found}${why}`);
    };
    if (sources.length < 2) return tooFew(sources.length);
    const options: CheckOptions = { divergencesOnly: task.divergencesOnly };
    if (task.config?.rules) options.rules = task.config.rules;
    if (task.config?.aliases) options.aliases = task.config.aliases;
    const report = checkSources(sources, options);
    // Sources the pipeline left out count against the two needed, as in `check`.
    for (const notice of report.notices ?? []) {
      if (SKIPPING.has(notice.code)) skipped.push(`${notice.sourceId}: ${notice.message}`);
    }
    if (report.sources.length < 2) return tooFew(report.sources.length);
    let errors = 0;
    let warnings = 0;
    for (const finding of report.findings) {
      if (finding.kind !== 'divergence') continue;
      if (finding.severity === 'error') errors++;
      else if (finding.severity === 'warning') warnings++;
    }
    return { seq: task.seq, line: JSON.stringify({ story: task.story, report }), errors, warnings, failed: false };
  } catch (error) {
    return errorResult(task, error instanceof Error ? error.message : String(error));
  }
}
