import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReportSchema, type Report } from '@corroborate/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/corroborate.js', import.meta.url));
const APT31 = fileURLToPath(new URL('../../../fixtures/apt31/', import.meta.url));
const DRAFT = fileURLToPath(new URL('../../../docs/examples/apt31-draft.md', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let work: string;

function cli(args: readonly string[], stdin = ''): Promise<Run> {
  return new Promise((resolve) => {
    const env = { ...process.env };
    delete env['NO_COLOR'];
    delete env['FORCE_COLOR'];
    const child = spawn(process.execPath, [BIN, ...args], { cwd: work, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const json = (run: Run): Report => ReportSchema.parse(JSON.parse(run.stdout));
const lines = (text: string) => text.split('\n').filter(Boolean);

/** Two short articles of our own with one disjoint count and one shortened name. */
async function story(dir = 'story'): Promise<void> {
  await mkdir(join(work, dir), { recursive: true });
  await writeFile(join(work, dir, 'wire.txt'), 'Twelve people were charged by prosecutors on Monday.\n\nThe case was brought by Anna Lindqvist, the chief prosecutor.\n');
  await writeFile(join(work, dir, 'daily.txt'), 'Fifteen people were charged by prosecutors on Monday.\n\nThe chief prosecutor, Lindqvist, brought the case.\n');
}

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'corroborate-workflow-'));
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('config file', () => {
  it('is found as corroborate.config.json, .corroboraterc.json or package.json#corroborate', async () => {
    await story();
    const plain = json(await cli(['check', 'story', '-f', 'json']));
    expect(plain.findings.some((f) => f.rule === 'quantity/disjoint' && f.severity === 'error')).toBe(true);
    const config = { rules: { 'quantity/disjoint': 'warning' } };
    for (const [file, body] of [
      ['corroborate.config.json', config],
      ['.corroboraterc.json', config],
      ['package.json', { name: 'desk', corroborate: config }],
    ] as const) {
      await writeFile(join(work, file), JSON.stringify(body));
      const report = json(await cli(['check', 'story', '-f', 'json']));
      expect(report.findings.find((f) => f.rule === 'quantity/disjoint')?.severity, file).toBe('warning');
      await rm(join(work, file));
    }
  });

  it('gives default --format and --fail-on, which the command line overrides', async () => {
    await story();
    await writeFile(join(work, 'corroborate.config.json'), JSON.stringify({ format: 'json', failOn: 'error' }));
    const byConfig = await cli(['check', 'story']);
    expect(byConfig.code).toBe(1);
    expect(json(byConfig).summary.errors).toBeGreaterThan(0);
    const overridden = await cli(['check', 'story', '--format', 'text', '--fail-on', 'never']);
    expect(overridden.code).toBe(0);
    expect(overridden.stdout).toMatch(/^2 sources, /);
    expect((await cli(['check', 'story', '--no-config'])).stdout).toMatch(/^2 sources, /);
  });

  it('--config names the file; --no-config ignores the one found', async () => {
    await story();
    await mkdir(join(work, 'conf'));
    await writeFile(join(work, 'conf', 'desk.json'), JSON.stringify({ rules: { 'quantity/disjoint': 'off' } }));
    await writeFile(join(work, 'corroborate.config.json'), JSON.stringify({ rules: { 'quantity/disjoint': 'info' } }));
    const named = json(await cli(['check', 'story', '-f', 'json', '--config', 'conf/desk.json']));
    expect(named.findings.some((f) => f.rule === 'quantity/disjoint')).toBe(false);
    const none = json(await cli(['check', 'story', '-f', 'json', '--no-config']));
    expect(none.findings.find((f) => f.rule === 'quantity/disjoint')?.severity).toBe('error');
  });

  it('a bad config is one line naming the file and the key, exit 2', async () => {
    await story();
    const cases: Array<[string, string]> = [
      ['{"rules":{"name/partial":"high"}}', 'corroborate: corroborate.config.json: rules.name/partial: expected "error" | "warning" | "info" | "off"'],
      ['{"ignore":"drafts"}', 'corroborate: corroborate.config.json: ignore: expected array'],
      ['{"rules":', expect.stringMatching(/^corroborate: corroborate\.config\.json: not valid JSON \(.+\)$/)],
    ];
    for (const [body, line] of cases) {
      await writeFile(join(work, 'corroborate.config.json'), body);
      const run = await cli(['check', 'story']);
      expect(run.code, body).toBe(2);
      expect(run.stdout).toBe('');
      expect(lines(run.stderr), body).toEqual([line]);
    }
    const missing = await cli(['check', 'story', '--no-config', '--config', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(lines(missing.stderr)).toEqual(['corroborate: nope.json: no such file']);
  });

  it('aliases make two spellings one person; ignore leaves files out', async () => {
    await mkdir(join(work, 'arrest'));
    await writeFile(join(work, 'arrest', 'wire.txt'), 'Police said Mohammed Salah Haddad was arrested on Tuesday.\n');
    await writeFile(join(work, 'arrest', 'daily.txt'), 'Muhammad Saleh Hadad was arrested on Tuesday, police said.\n');
    await writeFile(join(work, 'arrest', 'notes.md'), 'Mohammed Haddad was arrested on Tuesday.\n');
    const names = (report: Report) => report.findings.filter((f) => f.category === 'name').map((f) => f.rule);
    await writeFile(join(work, 'corroborate.config.json'), JSON.stringify({ ignore: ['*.md'] }));
    const before = json(await cli(['check', 'arrest', '-f', 'json']));
    expect(before.sources.map((s) => s.id)).toEqual(['daily', 'wire']);
    expect(names(before)).toEqual([]);
    await writeFile(join(work, 'corroborate.config.json'), JSON.stringify({ aliases: { 'Mohammed Salah Haddad': ['Muhammad Saleh Hadad'] }, ignore: ['*.md'] }));
    expect(names(json(await cli(['check', 'arrest', '-f', 'json'])))).toEqual(['name/equivalent']);
    const named = await cli(['check', 'arrest/wire.txt', 'arrest/daily.txt', 'arrest/notes.md']);
    expect(lines(named.stderr)).toEqual(['corroborate: arrest/notes.md: skipped, it matches "*.md" in corroborate.config.json']);
  });
});

describe('baseline', () => {
  async function copyApt31(): Promise<void> {
    await cp(APT31, join(work, 'apt31'), { recursive: true, filter: (src) => !src.endsWith('.json') });
  }

  it('round trip: unchanged = no new finding; one number changed = exactly that finding', async () => {
    await copyApt31();
    const written = await cli(['check', 'apt31', '--write-baseline', 'baseline.json', '-f', 'json', '--fail-on', 'never']);
    expect(written.code).toBe(0);
    const all = json(written);
    const baseline = JSON.parse(await readFile(join(work, 'baseline.json'), 'utf8')) as { findings: unknown[] };
    expect(baseline.findings).toHaveLength(all.findings.length);

    const again = await cli(['check', 'apt31', '--baseline', 'baseline.json', '-f', 'json', '--fail-on', 'warning']);
    expect(again.code).toBe(0);
    expect(json(again).findings).toEqual([]);

    // Files named in another order, and a paragraph added to one of them, are not new findings.
    const files = (await readdir(join(work, 'apt31'))).sort().reverse().map((n) => `apt31/${n}`);
    const first = join(work, files[0] as string);
    await writeFile(first, `A paragraph about the weather in the newsroom.\n\n${await readFile(first, 'utf8')}`);
    expect(json(await cli(['check', ...files, '--baseline', 'baseline.json', '-f', 'json'])).findings).toEqual([]);

    const edited = join(work, 'apt31', '000_99429b961721ddb3.txt');
    const text = await readFile(edited, 'utf8');
    expect(text).toContain('seven Chinese nationals');
    await writeFile(edited, text.replace('seven Chinese nationals', 'eight Chinese nationals'));
    // 000 is dated and the others are not, so a count that differs may be an update: a warning, not an error.
    const changed = await cli(['check', 'apt31', '--baseline', 'baseline.json', '-f', 'json', '--fail-on', 'warning']);
    // Exactly the changed figure is new: the sources that still agree on the old one were agreeing already.
    const fresh = json(changed).findings;
    expect(fresh).toHaveLength(1);
    expect(fresh[0]?.rule).toBe('quantity/disjoint');
    expect(fresh[0]?.evidence.map((e) => e.text)).toContain('eight Chinese nationals');
    expect(changed.code).toBe(1);
  });

  it('an agreement among sources that did not agree before is new', async () => {
    await story();
    expect((await cli(['check', 'story', '--write-baseline', 'b.json', '--fail-on', 'never'])).code).toBe(0);
    await writeFile(join(work, 'story', 'agency.txt'), 'Prosecutors charged twelve people on Monday.\n');
    const fresh = json(await cli(['check', 'story', '--baseline', 'b.json', '-f', 'json'])).findings;
    const same = fresh.filter((f) => f.rule === 'quantity/same');
    expect(same).toHaveLength(1);
    expect(same[0]?.evidence.map((e) => e.sourceId).sort()).toEqual(['agency', 'wire']);
  });

  it('a missing or foreign baseline is one line, exit 2; a failed write keeps the old baseline', async () => {
    await story();
    const missing = await cli(['check', 'story', '--baseline', 'none.json']);
    expect(missing.code).toBe(2);
    expect(lines(missing.stderr)).toEqual(['corroborate: none.json: no such file (write one with --write-baseline)']);
    await writeFile(join(work, 'other.json'), '{"version":"1.0.0"}');
    const foreign = await cli(['check', 'story', '--baseline', 'other.json']);
    expect(lines(foreign.stderr)).toEqual(['corroborate: other.json: not a corroborate baseline (no "corroborateBaseline" and "findings")']);
    await writeFile(join(work, 'keep.json'), 'previous');
    const tooFew = await cli(['check', 'story/wire.txt', '--write-baseline', 'keep.json']);
    expect(tooFew.code).toBe(2);
    expect(await readFile(join(work, 'keep.json'), 'utf8')).toBe('previous');
    const noDir = await cli(['check', 'story', '--write-baseline', 'nowhere/b.json']);
    expect(noDir.code).toBe(3);
    await expect(stat(join(work, 'nowhere'))).rejects.toThrow();
  });
});

describe('check --against (a draft against its sources)', () => {
  it('the apt31 draft: two errors, exit 1 by default and with --fail-on error, 0 with never', async () => {
    await cp(APT31, join(work, 'wires'), { recursive: true, filter: (src) => !src.endsWith('.json') });
    await cp(DRAFT, join(work, 'draft.md'));
    const run = await cli(['check', 'draft.md', '--against', 'wires', '-f', 'json', '--fail-on', 'error']);
    expect(run.code).toBe(1);
    const report = json(run);
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['draft/contradicted', 'draft/contradicted']);
    expect((await cli(['check', 'draft.md', '--against', 'wires'])).code).toBe(1);
    expect((await cli(['check', 'draft.md', '--against', 'wires', '--fail-on', 'never'])).code).toBe(0);
    // Annotations land in the draft, the file being edited.
    const annotations = lines((await cli(['check', 'draft.md', '--against', 'wires', '-f', 'github'])).stdout).filter((l) => l.startsWith('::error '));
    expect(annotations).toHaveLength(2);
    for (const line of annotations) expect(line).toMatch(/^::error file=draft\.md,line=\d+,/);
  });

  it('takes the draft from stdin, and needs exactly one draft and one source', async () => {
    await story();
    const piped = await cli(['check', '-', '--against', 'story', '-f', 'json'], 'Prosecutors charged 14 people on Monday.\n');
    const report = json(piped);
    expect(report.findings.map((f) => `${f.rule}:${f.severity}`)).toContain('draft/contradicted:error');
    expect(report.findings.every((f) => f.evidence.some((e) => e.sourceId === 'stdin'))).toBe(true);
    const two = await cli(['check', 'a.md', 'b.md', '--against', 'story']);
    expect(two.code).toBe(2);
    expect(lines(two.stderr)[0]).toBe('corroborate: --against checks one draft; got 2 paths (a.md, b.md)');
    await mkdir(join(work, 'empty'));
    const none = await cli(['check', '-', '--against', 'empty'], 'Prosecutors charged 14 people.\n');
    expect(none.code).toBe(2);
    expect(lines(none.stderr).at(-1)).toBe('corroborate: need at least one readable source in empty to check the draft against, found 0 (1 skipped)');
  });
});

describe('check - (stdin)', () => {
  it('reads one article from stdin beside files', async () => {
    await story();
    const run = await cli(['check', '-', 'story/wire.txt', '-f', 'json', '--fail-on', 'never'], 'Fifteen people were charged by prosecutors on Monday.\n');
    expect(run.code).toBe(0);
    const report = json(run);
    expect(report.sources.map((s) => `${s.id}:${s.path}`)).toEqual(['stdin:-', 'wire:story/wire.txt']);
    expect(report.findings.some((f) => f.rule === 'quantity/disjoint')).toBe(true);
  });

  it('empty stdin is skipped with a line; "-" twice is a usage error', async () => {
    await story();
    const empty = await cli(['check', '-', 'story/wire.txt']);
    expect(empty.code).toBe(2);
    expect(lines(empty.stderr)).toEqual(['corroborate: -: empty input', 'corroborate: need at least two readable articles to compare, found 1 (1 skipped)']);
    const big = await cli(['check', '-', 'story/wire.txt', '--max-source-bytes', '20'], 'Fifteen people were charged by prosecutors on Monday.\n');
    expect(lines(big.stderr)).toContain('corroborate: -: too large (over the limit of 20 bytes; raise it with --max-source-bytes)');
    const twice = await cli(['check', '-', '-']);
    expect(twice.code).toBe(2);
    expect(lines(twice.stderr)[0]).toBe('corroborate: "-" (standard input) can be given only once');
  });
});
