import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReportSchema } from '@corroborate/core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/corroborate.js', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../../fixtures/apt31/', import.meta.url));
const PACKAGE = fileURLToPath(new URL('../package.json', import.meta.url));
const HINT = 'Run "corroborate --help" for usage.';
const ESC = '\u001b';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasScript = existsSync('/usr/bin/script');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Environment without colour hints from the machine running the tests. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env['NO_COLOR'];
  delete env['FORCE_COLOR'];
  return { ...env, ...extra };
}

function runFile(file: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    execFile(file, [...args], { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

let work: string;

function cli(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return runFile(process.execPath, [BIN, ...args], work, cleanEnv(env));
}

function stderrLines(run: Run): string[] {
  return run.stderr.split('\n').filter((l) => l !== '');
}

/** Never a stack trace, whatever went wrong. */
function expectNoStack(run: Run): void {
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toMatch(/Error:/);
}

async function copyFixtures(to: string): Promise<string[]> {
  await mkdir(join(work, to), { recursive: true });
  const names = (await readdir(FIXTURES)).filter((n) => n.endsWith('.txt')).sort();
  for (const name of names) await copyFile(join(FIXTURES, name), join(work, to, name));
  return names.map((n) => join(to, n));
}

async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(join(work, dir))).sort();
}

beforeAll(() => {
  for (const built of ['../dist/main.js', '../../core/dist/index.js']) {
    if (!existsSync(fileURLToPath(new URL(built, import.meta.url)))) {
      throw new Error(`${built} is missing: run "npx -y pnpm@10 build" before these tests`);
    }
  }
});

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'corroborate-cli-'));
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('help and version', () => {
  it('--help lists both commands and the exit codes', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/corroborate check <paths\.\.\.>/);
    expect(run.stdout).toMatch(/corroborate batch/);
    for (const code of ['0', '1', '2', '3']) expect(run.stdout).toMatch(new RegExp(`^  ${code}  `, 'm'));
  });

  it('check --help lists every option', async () => {
    const run = await cli(['check', '--help']);
    expect(run.code).toBe(0);
    for (const flag of ['--format', '--output', '--fail-on', '--divergences-only', '--color', '--no-color', '--quiet', '--help', '--version']) {
      expect(run.stdout).toContain(flag);
    }
  });

  it('-v and --version print the version from package.json', async () => {
    const { version } = JSON.parse(await readFile(PACKAGE, 'utf8')) as { version: string };
    for (const flag of ['-v', '--version']) {
      const run = await cli([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`${version}\n`);
    }
  });
});

describe('usage errors', () => {
  it('an unknown flag exits 2 with one error line and the hint', async () => {
    await copyFixtures('story');
    const run = await cli(['check', 'story', '--frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(stderrLines(run)).toEqual(['corroborate: unknown option "--frobnicate"', HINT]);
  });

  it('an unknown command exits 2, and a path in its place suggests check', async () => {
    const run = await cli(['a.md', 'b.md']);
    expect(run.code).toBe(2);
    expect(stderrLines(run)).toEqual(['corroborate: unknown command "a.md"; did you mean "corroborate check a.md ..."?', HINT]);
  });

  it('no command, no paths, a bad --format or --fail-on value all exit 2 with the hint', async () => {
    await copyFixtures('story');
    const cases: Array<[string[], string]> = [
      [[], 'corroborate: no command given; use check, batch or lsp'],
      [['check'], 'corroborate: no articles given: name at least two files or a directory'],
      [['check', 'story', '--format', 'xml'], 'corroborate: invalid value "xml" for --format; use text, json, markdown, html, sarif, github or ndjson'],
      [['check', 'story', '--fail-on', 'info'], 'corroborate: invalid value "info" for --fail-on; use error, warning or never'],
      [['check', 'story', '--output'], 'corroborate: option "--output" needs a value'],
      [['check', 'story', '--quiet=yes'], 'corroborate: option "--quiet" takes no value'],
    ];
    for (const [args, message] of cases) {
      const run = await cli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(stderrLines(run), args.join(' ')).toEqual([message, HINT]);
      expectNoStack(run);
    }
  });
});

describe('bad input files', () => {
  it('a missing path among good ones gives one warning line, the rest are still checked, and the exit code is 2', async () => {
    await copyFixtures('story');
    const run = await cli(['check', 'story', 'nope.txt', '--fail-on', 'never']);
    expect(run.code).toBe(2);
    expect(stderrLines(run)).toEqual(['corroborate: nope.txt: no such file or directory']);
    expect(run.stdout.split('\n')[0]).toMatch(/^5 sources, /);
  });

  it('empty, binary, unsupported files and empty directories are each one line, then skipped', async () => {
    await copyFixtures('story');
    await writeFile(join(work, 'empty.txt'), '');
    await writeFile(join(work, 'blob.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    await writeFile(join(work, 'notes.pdf'), '%PDF-1.4');
    await mkdir(join(work, 'nothing'));
    await writeFile(join(work, 'nothing', 'readme.rst'), 'Not an article.');
    const run = await cli(['check', 'empty.txt', 'story', 'blob.md', 'notes.pdf', 'nothing']);
    expect(run.code).toBe(2);
    expect(stderrLines(run)).toEqual([
      'corroborate: empty.txt: empty file',
      'corroborate: blob.md: binary file (contains NUL bytes), not UTF-8 text',
      'corroborate: notes.pdf: not a .txt, .md, .markdown, .html or .htm file',
      'corroborate: nothing: no .txt, .md, .markdown, .html or .htm files in this directory',
    ]);
    expect(run.stdout.split('\n')[0]).toMatch(/^5 sources, /);
  });

  it('--quiet keeps skipped files off stderr', async () => {
    await copyFixtures('story');
    const run = await cli(['check', 'story', 'nope.txt', '--quiet']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^5 sources, /);
  });

  it('fewer than two usable articles exits 2, explaining the skipped ones even with --quiet', async () => {
    const [first] = await copyFixtures('story');
    await writeFile(join(work, 'empty.md'), '  \n');
    const run = await cli(['check', first ?? '', 'empty.md', '--quiet']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(stderrLines(run)).toEqual([
      'corroborate: empty.md: file contains only whitespace',
      'corroborate: need at least two readable articles to compare, found 1 (1 skipped)',
    ]);
    expectNoStack(run);
  });

  it('one article alone is not enough', async () => {
    const [first] = await copyFixtures('story');
    const run = await cli(['check', first ?? '']);
    expect(run.code).toBe(2);
    expect(stderrLines(run)).toEqual(['corroborate: need at least two readable articles to compare, found 1']);
  });
});

describe('report output', () => {
  it('--format json is a report that validates against the schema, with paths as typed', async () => {
    const paths = await copyFixtures('story');
    const run = await cli(['check', 'story', '--format', 'json']);
    // The APT31 articles disagree on a count (an error): by default that fails the run.
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    expect(report.sources.map((s) => s.path)).toEqual(paths);
    expect(report.summary.sources).toBe(5);
    expect(run.stdout).not.toContain(ESC);
  });

  it('--divergences-only leaves agreements out', async () => {
    await copyFixtures('story');
    const run = await cli(['check', 'story', '-f', 'json', '--divergences-only', '--fail-on', 'never']);
    expect(run.code).toBe(0);
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    expect(report.findings.filter((f) => f.kind === 'agreement')).toEqual([]);
    expect(report.summary.agreements).toBe(0);
    // ...and says how many it left out, rather than reading as "0 agreements".
    expect(report.summary.hidden?.agreements).toBeGreaterThan(0);
  });

  it('markdown and html formats are selected by --format', async () => {
    await copyFixtures('story');
    const md = await cli(['check', 'story', '--format=markdown']);
    expect(md.stdout.startsWith('# Corroboration report\n')).toBe(true);
    const html = await cli(['check', 'story', '--format', 'html']);
    expect(html.stdout.startsWith('<!doctype html>')).toBe(true);
  });

  it('sarif, github and ndjson are selected by --format, and check --help lists every format', async () => {
    await copyFixtures('story');
    const { version } = JSON.parse(await readFile(PACKAGE, 'utf8')) as { version: string };
    const sarif = await cli(['check', 'story', '--format', 'sarif']);
    expect(sarif.code).toBe(1);
    const log = JSON.parse(sarif.stdout) as { version: string; runs: Array<{ tool: { driver: { name: string; version?: string } }; results: unknown[] }> };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]?.tool.driver).toMatchObject({ name: 'corroborate', version });
    expect(log.runs[0]?.results.length).toBeGreaterThan(0);
    const github = await cli(['check', 'story', '--format=github']);
    const annotations = github.stdout.split('\n').filter((l) => l !== '' && !l.includes('title=corroborate%3A more findings'));
    expect(annotations.length).toBeGreaterThan(0);
    for (const line of annotations) expect(line).toMatch(/^::(error|warning|notice) file=story\/[^,]+,line=\d+,/);
    const ndjson = await cli(['check', 'story', '-fndjson']);
    const json = ReportSchema.parse(JSON.parse((await cli(['check', 'story', '-f', 'json'])).stdout));
    expect(ndjson.stdout.trimEnd().split('\n')).toHaveLength(json.findings.length);
    const help = await cli(['check', '--help']);
    for (const name of ['text', 'json', 'markdown', 'html', 'sarif', 'github', 'ndjson']) {
      const line = help.stdout.split('\n').find((l) => new RegExp(`^ {20,}${name} +\\S`).test(l));
      expect(line?.length, name).toBeLessThanOrEqual(80);
    }
  });

  it('a reader that stops early (| head) is not an error', async () => {
    await copyFixtures('story');
    const run = await runFile('/bin/sh', ['-c', `"${process.execPath}" "${BIN}" check story -f json | head -c 1`], work, cleanEnv());
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('{');
    expect(run.stderr).toBe('');
  });
});

describe('--output', () => {
  it('writes the report to the file, not stdout, leaving no temporary file', async () => {
    await copyFixtures('story');
    const run = await cli(['check', 'story', '-f', 'json', '--output', 'report.json', '--fail-on', 'never']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const written = await readFile(join(work, 'report.json'), 'utf8');
    expect(ReportSchema.parse(JSON.parse(written)).summary.sources).toBe(5);
    expect(await filesIn('.')).toEqual(['report.json', 'story']);
  });

  it('replaces an existing file when the run succeeds, never with colour', async () => {
    await copyFixtures('story');
    await writeFile(join(work, 'report.txt'), 'old report');
    const run = await cli(['check', 'story', '--color', '-o', 'report.txt', '--fail-on', 'never']);
    expect(run.code).toBe(0);
    const written = await readFile(join(work, 'report.txt'), 'utf8');
    expect(written).toMatch(/^5 sources, /);
    expect(written).not.toContain(ESC);
  });

  it('writes a SARIF log atomically too: the old file stays until the new one is complete', async () => {
    await copyFixtures('story');
    await writeFile(join(work, 'corroborate.sarif'), 'old log');
    const run = await cli(['check', 'story', '-f', 'sarif', '-o', 'corroborate.sarif', '--fail-on', 'never']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect((JSON.parse(await readFile(join(work, 'corroborate.sarif'), 'utf8')) as { version: string }).version).toBe('2.1.0');
    expect(await filesIn('.')).toEqual(['corroborate.sarif', 'story']);
  });

  it('leaves an existing file untouched when the run fails before writing', async () => {
    const [first] = await copyFixtures('story');
    await writeFile(join(work, 'report.json'), 'previous report');
    const run = await cli(['check', first ?? '', '-f', 'json', '-o', 'report.json']);
    expect(run.code).toBe(2);
    expect(await readFile(join(work, 'report.json'), 'utf8')).toBe('previous report');
    expect(await filesIn('.')).toEqual(['report.json', 'story']);
  });

  it('exits 3 with one line when the directory does not exist', async () => {
    await copyFixtures('story');
    const run = await cli(['check', 'story', '-o', 'no/such/dir/report.txt']);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(stderrLines(run)).toEqual(['corroborate: cannot write no/such/dir/report.txt: the directory no/such/dir does not exist']);
  });

  it('exits 3 when the output is a directory, and leaves it as it was', async () => {
    await copyFixtures('story');
    await mkdir(join(work, 'taken'));
    const run = await cli(['check', 'story', '-o', 'taken']);
    expect(run.code).toBe(3);
    expect(stderrLines(run)).toEqual(['corroborate: cannot write taken: it is a directory']);
    expect(await filesIn('taken')).toEqual([]);
  });

  it.skipIf(isRoot)('exits 3 in a read-only directory, keeping the old file and leaving no temporary file', async () => {
    await copyFixtures('story');
    await mkdir(join(work, 'locked'));
    await writeFile(join(work, 'locked', 'report.txt'), 'old');
    await chmod(join(work, 'locked'), 0o555);
    try {
      const run = await cli(['check', 'story', '-o', 'locked/report.txt']);
      expect(run.code).toBe(3);
      expect(stderrLines(run)).toEqual(['corroborate: cannot write locked/report.txt: permission denied']);
      expect(await readFile(join(work, 'locked', 'report.txt'), 'utf8')).toBe('old');
      expect(await filesIn('locked')).toEqual(['report.txt']);
    } finally {
      await chmod(join(work, 'locked'), 0o755);
    }
  });

  it('does not read its own previous report back as an article', async () => {
    await copyFixtures('story');
    await writeFile(join(work, 'story', 'report.md'), '# Corroboration report\n\nOld.\n');
    const run = await cli(['check', 'story', '-f', 'markdown', '-o', 'story/report.md', '--fail-on', 'never']);
    expect(run.code).toBe(0);
    expect(stderrLines(run)).toEqual([`corroborate: ${join('story', 'report.md')}: skipped, it is the --output file`]);
    const written = await readFile(join(work, 'story', 'report.md'), 'utf8');
    expect(written.startsWith('# Corroboration report\n')).toBe(true);
    expect(written).toContain('\n5 sources, ');
  });
});

describe('--fail-on', () => {
  it('fails on an error divergence by default, as a linter does; never makes the report information only', async () => {
    await copyFixtures('story');
    const plain = await cli(['check', 'story']);
    const onError = await cli(['check', 'story', '--fail-on', 'error']);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toBe(onError.stdout);
    expect(onError.code).toBe(1);
    expect((await cli(['check', 'story', '--fail-on', 'never'])).code).toBe(0);
  });

  it('exits 1 exactly when a divergence at or above the level exists', async () => {
    await copyFixtures('story');
    const plain = await cli(['check', 'story', '-f', 'json']);
    const report = ReportSchema.parse(JSON.parse(plain.stdout));
    const divergences = report.findings.filter((f) => f.kind === 'divergence');
    const hasError = divergences.some((f) => f.severity === 'error');
    const hasWarning = hasError || divergences.some((f) => f.severity === 'warning');
    const onError = await cli(['check', 'story', '-f', 'json', '--fail-on', 'error']);
    const onWarning = await cli(['check', 'story', '-f', 'json', '--fail-on', 'warning']);
    expect(onError.code).toBe(hasError ? 1 : 0);
    expect(onWarning.code).toBe(hasWarning ? 1 : 0);
    // The report is still written in full when the exit code says "findings".
    expect(onError.stdout).toBe(plain.stdout);
  });
});

describe('colour', () => {
  it('is off when stdout is not a terminal, and --color forces it', async () => {
    await copyFixtures('story');
    expect((await cli(['check', 'story'])).stdout).not.toContain(ESC);
    expect((await cli(['check', 'story', '--color'])).stdout).toContain(ESC);
    expect((await cli(['check', 'story', '--color', '--no-color'])).stdout).not.toContain(ESC);
    expect((await cli(['check', 'story', '--color', '-f', 'json'])).stdout).not.toContain(ESC);
  });

  describe.skipIf(!hasScript)('on a terminal', () => {
    // `script` gives the CLI a pseudo-terminal, so that isTTY is true as for a person at a terminal.
    const inTerminal = (args: string, env: Record<string, string> = {}) =>
      runFile('/usr/bin/script', ['-qec', `"${process.execPath}" "${BIN}" ${args}`, '/dev/null'], work, cleanEnv(env));

    it('is on by default', async () => {
      await copyFixtures('story');
      const run = await inTerminal('check story --fail-on never');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(ESC);
    });

    it('respects NO_COLOR and --no-color', async () => {
      await copyFixtures('story');
      const noColor = await inTerminal('check story', { NO_COLOR: '1' });
      expect(noColor.stdout).toMatch(/5 sources, /);
      expect(noColor.stdout).not.toContain(ESC);
      expect((await inTerminal('check story --no-color')).stdout).not.toContain(ESC);
      // An empty NO_COLOR does not count, as no-color.org specifies.
      expect((await inTerminal('check story', { NO_COLOR: '' })).stdout).toContain(ESC);
    });
  });
});
