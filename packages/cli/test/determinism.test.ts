import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Runs the built CLI (`npx -y pnpm@10 build` first), as a user would.
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'packages/cli/bin/corroborate.js');

/**
 * Issue 8: a feed's bytes must not depend on --jobs. Workers remember sentences; the same sentence first read as
 * Markdown (a .md path) and then as plain text (a .txt path) used to share one memo entry, so which worker a
 * story landed on changed its report.
 */
function feed(): string {
  const shared = 'Officials said *Anna Berg* and *Lund* sanctioned 3 companies on Tuesday.';
  const lines: object[] = [];
  for (let s = 0; s < 8; s++) {
    const ext = s % 2 === 0 ? 'md' : 'txt';
    lines.push({ story: `story-${s}`, id: 'a', path: `a${s}.${ext}`, text: `${shared} Police said ${10 + s} people were hurt.` });
    lines.push({ story: `story-${s}`, id: 'b', path: `b${s}.${s % 3 === 0 ? 'md' : 'txt'}`, text: `Police said ${12 + s} people were hurt. ${shared}` });
  }
  return `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`;
}

describe('batch: the same bytes for any --jobs', () => {
  it('--jobs 1 and --jobs 2 write identical output', { timeout: 60_000 }, () => {
    const input = feed();
    const run = (jobs: string) => spawnSync(process.execPath, [BIN, 'batch', '--ndjson', '-', '--jobs', jobs, '--no-progress', '--fail-on', 'never'], { input, encoding: 'utf8' });
    const one = run('1');
    const two = run('2');
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(one.stdout.split('\n').filter(Boolean)).toHaveLength(8);
    expect(two.stdout).toBe(one.stdout);
  });
});
