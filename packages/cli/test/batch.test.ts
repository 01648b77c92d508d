import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// These tests run the built CLI (`npx -y pnpm@10 build` first), as a user would.
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'packages/cli/bin/corroborate.js');
const FIXTURES = join(ROOT, 'fixtures/apt31');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function corroborate(args: string[], options: { cwd?: string; stdin?: string } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

interface Line {
  story: string;
  report?: { sources: { id: string }[]; summary: { sources: number } };
  error?: string;
}

function parseLines(stdout: string): Line[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Line);
}

let tmp: string;
let articles: string[];
const text = (i: number) => readFileSync(join(FIXTURES, articles[i]!), 'utf8');

/** A folder of stories: name → indexes of the fixture articles it holds. */
function storyDir(name: string, stories: Record<string, number[]>): string {
  const dir = join(tmp, name);
  for (const [story, members] of Object.entries(stories)) {
    mkdirSync(join(dir, story), { recursive: true });
    for (const i of members) copyFileSync(join(FIXTURES, articles[i]!), join(dir, story, articles[i]!));
  }
  return dir;
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'packages/batch/dist/worker.js'))) {
    throw new Error('the CLI is not built: run `npx -y pnpm@10 build` first');
  }
  articles = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  tmp = mkdtempSync(join(tmpdir(), 'corroborate-batch-'));
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('corroborate batch <dir>', () => {
  it('writes one line per story in folder order, the same bytes with --jobs 1 and --jobs 2', async () => {
    // Created out of order, and with unequal sizes, so that with two workers the later stories can finish first.
    const dir = storyDir('three', { gamma: [1, 4], alpha: [0, 1, 2, 3, 4], beta: [2, 3] });
    const one = await corroborate(['batch', dir, '--jobs', '1', '--fail-on', 'never']);
    const two = await corroborate(['batch', dir, '--jobs', '2', '--fail-on', 'never']);
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    const lines = parseLines(one.stdout);
    expect(lines.map((l) => l.story)).toEqual(['alpha', 'beta', 'gamma']);
    expect(lines.map((l) => l.report?.summary.sources)).toEqual([5, 2, 2]);
    expect(two.stdout).toBe(one.stdout);
  });

  it('reports a story with one source as an error line and checks the others', async () => {
    const dir = storyDir('solo', { a: [0, 1], b: [2], c: [3, 4] });
    const run = await corroborate(['batch', dir, '--jobs', '2']);
    expect(run.code).toBe(0);
    const lines = parseLines(run.stdout);
    expect(lines.map((l) => l.story)).toEqual(['a', 'b', 'c']);
    expect(lines[1]).toEqual({ story: 'b', error: expect.stringMatching(/fewer than two usable sources/) });
    expect(lines[0]!.report).toBeDefined();
    expect(lines[2]!.report).toBeDefined();
  });

  it('writes --output atomically, leaving no temporary file behind', async () => {
    const dir = storyDir('out', { a: [0, 1], b: [2, 3] });
    const target = join(tmp, 'out.ndjson');
    const run = await corroborate(['batch', dir, '--output', target, '--jobs', '2']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(parseLines(readFileSync(target, 'utf8')).map((l) => l.story)).toEqual(['a', 'b']);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const failed = await corroborate(['batch', dir, '--output', join(tmp, 'no-such-dir', 'out.ndjson')]);
    expect(failed.code).toBe(3);
    expect(failed.stderr).toMatch(/^corroborate: cannot write /);
  });
});

describe('corroborate batch --ndjson', () => {
  // Lines of the three stories interleaved; first appearances: beta, alpha, gamma.
  const ndjson = () =>
    [
      { story: 'beta', id: 'b1', text: text(2) },
      { story: 'alpha', id: 'a1', text: text(0) },
      { story: 'beta', id: 'b2', text: text(3) },
      { story: 'gamma', id: 'g1', text: text(4) },
      { story: 'alpha', id: 'a2', text: text(1) },
      { story: 'gamma', id: 'g2', text: text(1) },
      { story: 'alpha', id: 'a3', text: text(4) },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n') + '\n';

  it('groups interleaved lines into stories, in order of first appearance, from a file and from stdin', async () => {
    const file = join(tmp, 'stories.ndjson');
    writeFileSync(file, ndjson());
    const fromFile = await corroborate(['batch', '--ndjson', file, '--jobs', '2', '--fail-on', 'never']);
    const fromStdin = await corroborate(['batch', '--ndjson', '-', '--jobs', '1', '--fail-on', 'never'], { stdin: ndjson() });
    expect(fromFile.code).toBe(0);
    expect(fromFile.stderr).toBe('');
    expect(fromStdin.code).toBe(0);
    const lines = parseLines(fromFile.stdout);
    expect(lines.map((l) => l.story)).toEqual(['beta', 'alpha', 'gamma']);
    expect(lines.map((l) => l.report?.sources.map((s) => s.id))).toEqual([['b1', 'b2'], ['a1', 'a2', 'a3'], ['g1', 'g2']]);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it('skips bad lines and lines that come after their story was checked, with a warning', async () => {
    const input = [
      JSON.stringify({ story: 's', id: '1', text: text(0) }),
      'not json',
      JSON.stringify({ story: 's', id: '2', text: text(1) }),
      JSON.stringify({ story: 't', id: '1', text: text(2) }),
      JSON.stringify({ story: 'u', id: '1', text: text(3) }),
      JSON.stringify({ story: 's', id: '3', text: text(4) }),
    ].join('\n');
    const run = await corroborate(['batch', '--ndjson', '-', '--window', '2'], { stdin: input });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/stdin:2: not a JSON object/);
    expect(run.stderr).toMatch(/stdin:6: story "s" was already checked/);
    const lines = parseLines(run.stdout);
    expect(lines.map((l) => l.story)).toEqual(['s', 't', 'u']);
    expect(lines[0]!.report?.summary.sources).toBe(2);
    expect(lines[1]!.error).toMatch(/fewer than two usable sources/);
  });
});

describe('--fail-on', () => {
  it('exits 1 when some story has a divergence at the level, after writing every story', async () => {
    const line = (story: string, id: string, text: string) => JSON.stringify({ story, id, text });
    const input = [
      line('calm', 'a', text(0)),
      line('calm', 'b', text(1)),
      line('clash', 'a', 'The UK sanctioned three companies on Monday, officials said.'),
      line('clash', 'b', 'The UK sanctioned seven companies on Monday, officials said.'),
    ].join('\n');
    const failing = await corroborate(['batch', '--ndjson', '-', '--fail-on', 'error'], { stdin: input });
    const never = await corroborate(['batch', '--ndjson', '-', '--fail-on', 'never'], { stdin: input });
    const lines = parseLines(failing.stdout) as (Line & { report?: { findings: { kind: string; severity: string }[] } })[];
    expect(lines.map((l) => l.story)).toEqual(['calm', 'clash']);
    const hasError = lines.some((l) => l.report?.findings.some((f) => f.kind === 'divergence' && f.severity === 'error'));
    expect(hasError).toBe(true);
    expect(failing.code).toBe(1);
    expect(never.code).toBe(0);
    expect(never.stdout).toBe(failing.stdout);
  });
});

describe('usage errors', () => {
  // One parser for every command: the same wording as `check`, and the same pointer to the help.
  it.each([
    [['batch', '--bogus', 'x'], 'unknown option "--bogus"'],
    [['batch'], 'batch needs a folder of stories, or --ndjson <file|->'],
    [['batch', '--jobs', 'two', 'x'], 'invalid value "two" for --jobs; use a whole number from 1 to 1024'],
    [['batch', '--fail-on', 'info', 'x'], 'invalid value "info" for --fail-on; use error, warning or never'],
    [['batch', '--ndjson', 'x.ndjson', 'dir'], 'give either a folder or --ndjson, not both'],
    [['batch', '--output'], 'option "--output" needs a value'],
    [['batch', 'x', '--story-timeout', '0'], 'invalid value "0" for --story-timeout; use a whole number of seconds from 1 to 86400'],
  ])('%j exits 2 with one line on stderr and the hint', async (args, message) => {
    const run = await corroborate(args, { cwd: tmp });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`corroborate: ${message}\nRun "corroborate --help" for usage.\n`);
  });
});
