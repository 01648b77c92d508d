import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check.js';
import { forgetSentences } from '../../src/extract/sentence-cache.js';
import type { SourceInput } from '../../src/model.js';
import { story } from './generators.js';

/**
 * A report depends on its input only: not on what the process read before (the memos), not on the order the
 * sources come in, not on the process. Stories are generated so that sources share sentences word for word,
 * as Markdown in one and plain text in another: the case the memo used to get wrong.
 */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 120);
const DIST = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

/** Sources of a story that repeat each other's text in the other format. */
const sharing = story.map((inputs): SourceInput[] => {
  const [first, ...rest] = inputs as [SourceInput, ...SourceInput[]];
  return [first, ...rest.map((s) => ({ ...s, text: `${first.text}\n\n${s.text}` }))];
});

const fresh = (inputs: readonly SourceInput[]) => {
  forgetSentences();
  return JSON.stringify(checkSources(inputs));
};

describe('property: the same input gives the same report', () => {
  it('whatever was read before, in any order of the sources', { timeout: 120_000 }, () => {
    const stories = fc.sample(fc.oneof(story, sharing), { numRuns: Math.max(20, Math.round(RUNS / 3)), seed: 28 });
    const expected = stories.map(fresh);
    // Memos warm from every other story, forwards then backwards, and the sources reversed and rotated.
    forgetSentences();
    stories.forEach((inputs, k) => expect(JSON.stringify(checkSources(inputs))).toBe(expected[k]));
    for (let k = stories.length - 1; k >= 0; k--) {
      const inputs = stories[k] as SourceInput[];
      expect(JSON.stringify(checkSources([...inputs].reverse()))).toBe(expected[k]);
      expect(JSON.stringify(checkSources([...inputs.slice(1), ...inputs.slice(0, 1)]))).toBe(expected[k]);
    }
  });

  it('shuffled: any permutation of the sources', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(
        sharing.chain((inputs) => fc.tuple(fc.constant(inputs), fc.shuffledSubarray(inputs, { minLength: inputs.length, maxLength: inputs.length }))),
        ([inputs, shuffled]) => {
          expect(JSON.stringify(checkSources(shuffled))).toBe(JSON.stringify(checkSources(inputs)));
        },
      ),
      { numRuns: Math.round(RUNS / 3), seed: 29 },
    );
  });

  it.runIf(existsSync(DIST))('in a fresh process (the built package) as in this one', { timeout: 120_000 }, () => {
    const stories = fc.sample(sharing, { numRuns: 20, seed: 30 });
    const script = `
      import { checkSources } from ${JSON.stringify(DIST)};
      let input = '';
      process.stdin.setEncoding('utf8').on('data', (d) => (input += d)).on('end', () => {
        process.stdout.write(JSON.stringify(JSON.parse(input).map((s) => checkSources(s))));
      });`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { input: JSON.stringify(stories), encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(child.status, child.stderr).toBe(0);
    const theirs = JSON.parse(child.stdout) as unknown[];
    // The other process read the stories in one order and remembered sentences across them; this one reads each fresh.
    stories.forEach((inputs, k) => expect(fresh(inputs)).toBe(JSON.stringify(theirs[k])));
  });
});
