import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ruleList } from '@corroborate/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, lines, type Run } from './helpers.js';

/** The linter conventions of the command line (ESLint's, textlint's): typos caught, rules listed, counts honest. */

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'corroborate-conventions-'));
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function run(args: readonly string[], options: { cwd?: string; stdin?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? tmp, env: { ...cleanEnv(), ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

const WIRE = 'Twelve people were charged by prosecutors on Monday.\n\nThe case was brought by Anna Lindqvist, the chief prosecutor.\n';
const DAILY = 'Fifteen people were charged by prosecutors on Monday.\n\nThe chief prosecutor, Lindqvist, brought the case.\n';

function story(dir = join(tmp, 'story')): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'wire.txt'), WIRE);
  writeFileSync(join(dir, 'daily.txt'), DAILY);
  return dir;
}

describe('an unknown rule id', () => {
  it('in the config file is one line naming the file, with the nearest id, exit 2', async () => {
    story();
    writeFileSync(join(tmp, 'corroborate.config.json'), JSON.stringify({ rules: { 'name/partal': 'off' } }));
    const result = await run(['check', 'story']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual(['corroborate: corroborate.config.json: rules: unknown rule "name/partal"; did you mean "name/partial"?']);
  });

  it('in an inline comment is a notice naming file:line on stderr and in the report; so is a comment that suppressed nothing', async () => {
    mkdirSync(join(tmp, 'story'));
    writeFileSync(join(tmp, 'story', 'wire.txt'), WIRE);
    writeFileSync(
      join(tmp, 'story', 'daily.md'),
      '<!-- corroborate-disable-next-line quantity/disjiont -->\nFifteen people were charged by prosecutors on Monday.\n\n<!-- corroborate-disable-next-line name/partial -->\nThe court sat late.\n',
    );
    const result = await run(['check', 'story', '--fail-on', 'never']);
    expect(result.code).toBe(0);
    expect(lines(result.stderr)).toEqual([
      'corroborate: story/daily.md:1: corroborate-disable-next-line: unknown rule "quantity/disjiont"; did you mean "quantity/disjoint"?',
      'corroborate: story/daily.md:4: unused corroborate-disable-next-line: no name/partial finding on line 5 to suppress',
    ]);
    expect(result.stdout).toContain('note     story/daily.md:1: corroborate-disable-next-line: unknown rule "quantity/disjiont"');
    // The misspelt comment suppressed nothing: the divergence it was meant for is still reported.
    expect(result.stdout).toContain('quantity/disjoint');
  });
});

describe('check --list-rules', () => {
  it('prints every rule id with its default severity and help text', async () => {
    const result = await run(['check', '--list-rules']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    for (const rule of ruleList) {
      const at = result.stdout.indexOf(`\n${rule.id}  (${rule.kind}, default ${rule.severity}`);
      expect(at >= 0 || result.stdout.startsWith(`${rule.id}  (`), rule.id).toBe(true);
      expect(result.stdout).toContain(`  ${rule.help}\n`);
    }
    expect(result.stdout).toMatch(/^quantity\/disjoint {2}\(divergence, default error; warning when/);
    expect(result.stdout).toContain(`${ruleList.length} rules.`);
  });
});

describe('batch and the config file', () => {
  function stories(): string {
    const dir = join(tmp, 'stories');
    story(join(dir, 'charges'));
    return dir;
  }
  const rulesOf = (stdout: string) =>
    (JSON.parse(lines(stdout)[0] ?? '{}') as { report?: { findings: { rule: string }[] } }).report?.findings.map((f) => f.rule) ?? [];

  it('finds the config as check does, applies its rules and failOn, and --config / --no-config choose', async () => {
    const dir = stories();
    const plain = await run(['batch', dir, '--fail-on', 'never', '--no-progress'], { cwd: tmp });
    expect(plain.code).toBe(0);
    expect(rulesOf(plain.stdout)).toContain('quantity/disjoint');

    writeFileSync(join(tmp, 'corroborate.config.json'), JSON.stringify({ rules: { 'quantity/disjoint': 'off' }, failOn: 'never' }));
    const found = await run(['batch', dir, '--no-progress'], { cwd: tmp });
    expect(found.code).toBe(0);
    expect(rulesOf(found.stdout)).not.toContain('quantity/disjoint');

    const none = await run(['batch', dir, '--no-config', '--no-progress'], { cwd: tmp });
    expect(rulesOf(none.stdout)).toContain('quantity/disjoint');
    // Without the config's failOn, the default fails on the error divergence.
    expect(none.code).toBe(1);

    writeFileSync(join(tmp, 'desk.json'), JSON.stringify({ rules: { 'date/same': 'warning' } }));
    const named = await run(['batch', dir, '--config', 'desk.json', '--fail-on', 'never', '--no-progress'], { cwd: tmp });
    const report = (JSON.parse(lines(named.stdout)[0] ?? '{}') as { report: { findings: { rule: string; severity: string }[] } }).report;
    expect(report.findings.find((f) => f.rule === 'date/same')?.severity).toBe('warning');
    expect(report.findings.map((f) => f.rule)).toContain('quantity/disjoint');
  });

  it('a bad config stops batch before anything runs, exit 2; ignore leaves files out of the stories', async () => {
    const dir = stories();
    writeFileSync(join(tmp, 'corroborate.config.json'), JSON.stringify({ rules: { 'quantity/disjoin': 'off' } }));
    const bad = await run(['batch', dir, '--no-progress'], { cwd: tmp });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(lines(bad.stderr)).toEqual(['corroborate: corroborate.config.json: rules: unknown rule "quantity/disjoin"; did you mean "quantity/disjoint"?']);

    writeFileSync(join(dir, 'charges', 'notes.txt'), 'Twenty people were charged by prosecutors on Monday.\n');
    writeFileSync(join(tmp, 'corroborate.config.json'), JSON.stringify({ ignore: ['notes.txt'] }));
    const ignored = await run(['batch', dir, '--fail-on', 'never', '--no-progress'], { cwd: tmp });
    const ids = (JSON.parse(lines(ignored.stdout)[0] ?? '{}') as { report: { sources: { id: string }[] } }).report.sources.map((s) => s.id);
    expect(ids).toEqual(['daily', 'wire']);
  });
});

describe('exit codes', () => {
  it('a path that cannot be read beside good ones: the report is written, exit 2 (over the findings exit 1)', async () => {
    story();
    const result = await run(['check', 'story', 'missing.md']);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual(['corroborate: missing.md: no such file or directory']);
    expect(result.stdout).toMatch(/^2 sources, /);
    expect((await run(['check', 'story'])).code).toBe(1);
  });
});

describe('options', () => {
  it('a misspelt option suggests the nearest one', async () => {
    story();
    for (const [typo, meant] of [
      ['--frmat', '--format'],
      ['--fromat', '--format'],
      ['--fail-of', '--fail-on'],
      ['--no-colour', '--no-color'],
    ] as const) {
      const result = await run(['check', 'story', typo, 'json']);
      expect(result.code).toBe(2);
      expect(lines(result.stderr)[0]).toBe(`corroborate: unknown option "${typo}"; did you mean "${meant}"?`);
    }
    const batch = await run(['batch', 'stories', '--jbos', '2']);
    expect(lines(batch.stderr)[0]).toBe('corroborate: unknown option "--jbos"; did you mean "--jobs"?');
    expect(lines((await run(['check', 'story', '--zebra'])).stderr)[0]).toBe('corroborate: unknown option "--zebra"');
  });

  it('FORCE_COLOR colours a pipe, FORCE_COLOR=0 does not, and a flag beats both', async () => {
    story();
    const ESC = '\u001b[';
    expect((await run(['check', 'story'], { env: { FORCE_COLOR: '1' } })).stdout).toContain(ESC);
    expect((await run(['check', 'story'], { env: { FORCE_COLOR: '' } })).stdout).toContain(ESC);
    expect((await run(['check', 'story'], { env: { FORCE_COLOR: '0' } })).stdout).not.toContain(ESC);
    expect((await run(['check', 'story', '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain(ESC);
    // Reports for programs never carry colour, whatever the environment says.
    expect((await run(['check', 'story', '-f', 'json'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain(ESC);
  });

  it('--stdin-filename gives standard input an id, a path and a format in the report', async () => {
    story();
    const result = await run(['check', '-', 'story/wire.txt', '--stdin-filename', 'drafts/daily.md', '-f', 'json', '--fail-on', 'never'], {
      stdin: DAILY,
    });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { sources: { id: string; path?: string }[]; findings: { evidence: { sourceId: string }[] }[] };
    expect(report.sources.map((s) => `${s.id}:${s.path}`)).toEqual(['daily:drafts/daily.md', 'wire:story/wire.txt']);
    const text = await run(['check', '-', 'story/wire.txt', '--stdin-filename', 'drafts/daily.md', '--fail-on', 'never'], { stdin: DAILY });
    expect(text.stdout).toMatch(/drafts\/daily\.md:1:1/);
    const alone = await run(['check', 'story', '--stdin-filename', 'x.md']);
    expect(alone.code).toBe(2);
    expect(lines(alone.stderr)[0]).toBe('corroborate: --stdin-filename names standard input; give "-" among the paths too');
  });
});

describe('CI paths from the repository root', () => {
  it('SARIF and GitHub annotations name files from the nearest .git, whatever folder the run starts in', async () => {
    const repo = join(tmp, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    const desk = join(repo, 'newsroom');
    story(join(desk, 'story'));
    const log = JSON.parse((await run(['check', 'story', '-f', 'sarif'], { cwd: desk })).stdout) as {
      runs: { originalUriBaseIds: Record<string, { uri?: string }>; results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[] }[] }[];
    };
    const first = log.runs[0];
    expect(first?.originalUriBaseIds['%SRCROOT%']?.uri).toBe(`file://${repo}/`);
    const uris = first?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation) ?? [];
    expect(uris.length).toBeGreaterThan(0);
    for (const uri of uris) expect(uri).toEqual({ uri: expect.stringMatching(/^newsroom\/story\/(wire|daily)\.txt$/), uriBaseId: '%SRCROOT%' });
    const github = lines((await run(['check', 'story', '-f', 'github'], { cwd: desk })).stdout);
    expect(github.length).toBeGreaterThan(0);
    for (const line of github) expect(line).toMatch(/^::\w+ file=newsroom\/story\/(wire|daily)\.txt,/);
    // The text report stays relative to where the person is.
    expect((await run(['check', 'story'], { cwd: desk })).stdout).toMatch(/ story\/(wire|daily)\.txt:1:/);
  });
});

describe('counts', () => {
  it('--divergences-only says the agreements were left out; --baseline says how many findings it hides', async () => {
    story();
    writeFileSync(join(tmp, 'story', 'agency.txt'), 'Fifteen people were charged by prosecutors on Monday, the court said.\n');
    const only = await run(['check', 'story', '--divergences-only', '--fail-on', 'never']);
    const header = lines(only.stdout)[0] ?? '';
    expect(header).not.toMatch(/\b0 agreements\b/);
    expect(header).toMatch(/\(divergences only: [1-9]\d* agreements? .*not listed\)$/);

    const written = await run(['check', 'story', '--write-baseline', 'b.json', '--fail-on', 'never']);
    expect(written.code).toBe(0);
    const known = (JSON.parse(readFileSync(join(tmp, 'b.json'), 'utf8')) as { findings: unknown[] }).findings.length;
    const again = await run(['check', 'story', '--baseline', 'b.json']);
    expect(again.code).toBe(0);
    expect(lines(again.stdout)[0]).toContain(`; ${known} findings known to the baseline not shown`);
    const json = JSON.parse((await run(['check', 'story', '--baseline', 'b.json', '-f', 'json'])).stdout) as { summary: { hidden?: { baseline?: number } } };
    expect(json.summary.hidden?.baseline).toBe(known);
  });
});
