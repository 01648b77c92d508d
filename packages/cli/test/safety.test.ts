import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { corroborate, DAILY, WIRE } from './helpers.js';

const LIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
let tmp: string;

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'corroborate-safe-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe('control characters in file names and articles', () => {
  it('a hostile file name is shown on stderr, never obeyed', async () => {
    writeFileSync(join(tmp, 'wire.txt'), WIRE);
    writeFileSync(join(tmp, 'daily.txt'), DAILY);
    const hostile = '\u001b]0;owned\u0007\u001b[2J.txt';
    writeFileSync(join(tmp, hostile), '');
    const run = await corroborate(['check', '.', '--no-color', '--fail-on', 'never'], { cwd: tmp });
    // The empty file could not be read as an article: the others are reported, and the exit code says so.
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(LIVE);
    expect(run.stderr).toContain('corroborate: \u241b]0;owned\u2407\u241b[2J.txt: empty file');
  });

  it('a file name with a line break gives one warning line, the break shown (issue 15)', async () => {
    writeFileSync(join(tmp, 'wire.txt'), WIRE);
    writeFileSync(join(tmp, 'daily.txt'), DAILY);
    writeFileSync(join(tmp, 'two\nlines\r.txt'), '');
    const run = await corroborate(['check', '.', '--no-color', '--fail-on', 'never'], { cwd: tmp });
    // An unreadable file makes the run exit 2 (docs/cli.md); the good ones are still reported.
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('corroborate: two\u240alines\u240d.txt: empty file\n');
  });

  it('web pages inside a named folder are read, not skipped without a word (issue 15)', async () => {
    writeFileSync(join(tmp, 'wire.html'), `<!doctype html><html><body><p>${WIRE.replace(/\n\n/g, '</p><p>')}</p></body></html>`);
    writeFileSync(join(tmp, 'daily.htm'), `<p>${DAILY}</p>`);
    const run = await corroborate(['check', '.', '--format', 'json', '--fail-on', 'never'], { cwd: tmp });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as { sources: { path: string }[]; findings: { rule: string }[] };
    expect(report.sources.map((s) => s.path)).toEqual(['daily.htm', 'wire.html']);
    expect(report.findings.some((f) => f.rule === 'quantity/disjoint')).toBe(true);
  });

  it('the text and Markdown reports carry no escape from a file name or an article', async () => {
    writeFileSync(join(tmp, 'wire\u001b[31m.txt'), WIRE.replace('12 people', '\u001b[5m12 people\u0007'));
    writeFileSync(join(tmp, 'daily\u202e.txt'), DAILY);
    for (const format of ['text', 'markdown', 'html']) {
      const run = await corroborate(['check', '.', '--format', format, '--color', '--fail-on', 'never'], { cwd: tmp });
      expect(run.code).toBe(0);
      // --color adds our own SGR codes; take them out and nothing else may be left.
      const ours = run.stdout.replace(/\u001b\[[0-9;]*m/g, '');
      expect(ours).not.toMatch(LIVE);
      expect(ours.replace(/\\/g, '')).toContain('wire\u241b[31m');
      expect(run.stdout).not.toMatch(/\u001b\[5m/);
    }
  });
});
