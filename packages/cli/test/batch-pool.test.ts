import { Readable } from 'node:stream';
import { runBatch } from '@corroborate/batch';
import { describe, expect, it } from 'vitest';

const WORKER = new URL('./fixtures/misbehaving-worker.mjs', import.meta.url);

function feed(stories: readonly string[]): Readable {
  const lines = stories.flatMap((story) => [1, 2].map((n) => `${JSON.stringify({ story, id: `${story}-${n}`, text: 'Some words.' })}\n`));
  return Readable.from(lines);
}

async function run(stories: readonly string[], jobs: number, workerHeapMb = 256) {
  const written: string[] = [];
  const warnings: string[] = [];
  const outcome = await runBatch(
    { kind: 'ndjson', stream: feed(stories), label: 'feed' },
    { jobs, divergencesOnly: false, failOn: 'never', window: 0, maxSourceBytes: 1 << 20, storyTimeoutMs: 3000, workerHeapMb, worker: WORKER },
    { write: async (chunk) => void written.push(chunk) },
    { warn: (message) => void warnings.push(message) },
  );
  const lines = written.join('').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { story: string; error?: string });
  return { outcome, lines, warnings, bytes: written.join('') };
}

describe('the batch worker pool', () => {
  it('replaces a worker that crashes or hangs; that story gets an error line naming why, the feed goes on', async () => {
    const { outcome, lines, warnings } = await run(['first', 'crash', 'second', 'hang', 'third', 'throw', 'last'], 2);
    expect(lines.map((l) => l.story)).toEqual(['first', 'crash', 'second', 'hang', 'third', 'throw', 'last']);
    expect(lines[1]?.error).toMatch(/^the worker checking it stopped \(.+\); it was replaced$/);
    expect(lines[3]?.error).toBe('took longer than 3 s; its worker was stopped and replaced');
    expect(lines[5]?.error).toMatch(/^the worker checking it stopped \(.*boom outside the task.*\); it was replaced$/);
    for (const i of [0, 2, 4, 6]) expect(lines[i]).not.toHaveProperty('error');
    expect(outcome).toMatchObject({ stories: 7, failed: 3, failOnHit: false });
    // One warning per failed story, in the order they failed (timing), so compared as a set.
    expect([...warnings].sort()).toEqual([
      expect.stringMatching(/^story "crash": the worker checking it stopped/),
      expect.stringMatching(/^story "hang": took longer than 3 s/),
      expect.stringMatching(/^story "throw": the worker checking it stopped/),
    ]);
  });

  it('a worker that runs out of memory is stopped alone, not the process', async () => {
    const { lines, warnings } = await run(['before', 'oom', 'after'], 1, 64);
    expect(lines.map((l) => l.story)).toEqual(['before', 'oom', 'after']);
    expect(lines[1]?.error).toMatch(/^the worker checking it stopped \(ERR_WORKER_OUT_OF_MEMORY: .*memory limit.*\); it was replaced$/);
    expect(lines[2]).not.toHaveProperty('error');
    expect(warnings).toHaveLength(1);
  });

  it('writes the same bytes with one worker as with three, failures included', async () => {
    const stories = ['a', 'crash', 'b', 'c', 'd'];
    const one = await run(stories, 1);
    const three = await run(stories, 3);
    expect(three.bytes).toBe(one.bytes);
  });
});
