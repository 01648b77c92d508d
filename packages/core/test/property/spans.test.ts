import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check.js';
import { schemaViolations, spanViolations } from './checks.js';
import { story } from './generators.js';

/** Spans and schema on generated stories (Markdown with inline markup; plain text with CR, CRLF, tabs, space runs). */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);

describe('property: every located text is the original at its offsets and line:column', () => {
  it('holds for every claim, mention and evidence, and the report validates', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(story, (inputs) => {
        const report = checkSources(inputs);
        expect([...spanViolations(report, inputs), ...schemaViolations(report)]).toEqual([]);
      }),
      { numRuns: RUNS, seed: Number(process.env.PROPERTY_SEED ?? 8) },
    );
  });
});
