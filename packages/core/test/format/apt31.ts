import { readdirSync, readFileSync } from 'node:fs';
import { checkSources } from '../../src/check.js';
import type { SourceInput } from '../../src/model.js';
import type { Report } from '../../src/report/schema.js';

const DIR = new URL('../../../../fixtures/apt31/', import.meta.url);

/**
 * The five APT31 articles with the paths the CLI gives when run from the repository root: relative, so that
 * snapshots are the same on every machine.
 */
export function apt31Sources(): SourceInput[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), path: `fixtures/apt31/${f}`, text: readFileSync(new URL(f, DIR), 'utf8') }));
}

let cached: Report | undefined;

/** The report of the fixtures, built once per test file (the pipeline is the slow part). */
export function apt31Report(): Report {
  cached ??= checkSources(apt31Sources());
  return structuredClone(cached);
}
