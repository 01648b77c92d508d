import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { corroborate, DAILY, hasStack, lines, WIRE } from './helpers.js';

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'corroborate-iso-'));
  writeFileSync(join(tmp, 'wire.txt'), WIRE);
  writeFileSync(join(tmp, 'daily.txt'), DAILY);
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

interface JsonReport {
  sources: { id: string }[];
  notices?: { sourceId: string; code: string }[];
}

describe('one bad source never stops the run', () => {
  it('deep nesting and a huge hyphenated token: each named on one line, the good articles still checked', async () => {
    writeFileSync(join(tmp, 'deep.md'), `${'>'.repeat(4000)} Police said 3 people died.\n`);
    writeFileSync(join(tmp, 'hyphen.txt'), `${Array.from({ length: 150_000 }, () => 'ab').join('-')}\n`);
    const run = await corroborate(['check', '.', '--format', 'json', '--fail-on', 'never'], { cwd: tmp });
    expect(hasStack(run.stderr)).toBe(false);
    const report = JSON.parse(run.stdout) as JsonReport;
    // An article the pipeline could not read is a path that could not be read: the run is not a pass.
    expect(run.code).toBe((report.notices ?? []).some((n) => n.code === 'failed') ? 2 : 0);
    // Whether the pipeline reads them or skips them, the other articles are in the report...
    expect(report.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['daily', 'wire']));
    // ...and anything said about the bad ones is one line naming the file.
    for (const line of lines(run.stderr)) expect(line).toMatch(/^corroborate: (deep\.md|hyphen\.txt): \S/);
    // One line per notice in the report (skipped, or read but without claims), and nothing else.
    expect(lines(run.stderr)).toHaveLength((report.notices ?? []).length);
  });

  it('a file over --max-source-bytes is skipped with a clear line; the limit can be raised', async () => {
    writeFileSync(join(tmp, 'long.txt'), `${WIRE}${DAILY}`.repeat(20));
    const limited = await corroborate(['check', '.', '--max-source-bytes', '1K', '--fail-on', 'never'], { cwd: tmp });
    expect(limited.code).toBe(2);
    expect(lines(limited.stderr)).toEqual([
      `corroborate: long.txt: too large (${(WIRE.length + DAILY.length) * 20} bytes, over the limit of 1 KB; raise it with --max-source-bytes)`,
    ]);
    const raised = await corroborate(['check', '.', '--max-source-bytes', '1MB', '-f', 'json', '--fail-on', 'never'], { cwd: tmp });
    expect(raised.code).toBe(0);
    expect((JSON.parse(raised.stdout) as JsonReport).sources.map((s) => s.id)).toContain('long');
  });

  it('a bad --max-source-bytes value is a usage error', async () => {
    const run = await corroborate(['check', '.', '--max-source-bytes', 'lots'], { cwd: tmp });
    expect(run.code).toBe(2);
    expect(lines(run.stderr)[0]).toBe('corroborate: invalid value "lots" for --max-source-bytes; give a size in bytes, such as 4000000 or 4MB');
  });

  it('skipped sources count against the two needed: exit 2 with every reason shown', async () => {
    writeFileSync(join(tmp, 'copy.txt'), WIRE);
    rmSync(join(tmp, 'daily.txt'));
    const run = await corroborate(['check', '.', '--quiet'], { cwd: tmp });
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([
      'corroborate: wire.txt: same text as copy.txt; counted once',
      'corroborate: need at least two readable articles to compare, found 1 (1 skipped)',
    ]);
  });
});

describe('input classes on the command line', () => {
  it('a non-English article and a copy are each one line on stderr and a note in the report', async () => {
    writeFileSync(
      join(tmp, 'de.txt'),
      'Die Feuerwehr teilte am Dienstag mit, dass bei dem Brand in einer Lagerhalle in Dunmore zwölf Menschen verletzt wurden. Die Bürgermeisterin besuchte am Mittwoch den Ort.\n',
    );
    writeFileSync(join(tmp, 'wire-copy.txt'), WIRE);
    // Read, but not compared: the exit code is as if they had not been given.
    const run = await corroborate(['check', '.', '--no-color', '--fail-on', 'never'], { cwd: tmp });
    expect(run.code).toBe(0);
    expect(lines(run.stderr)).toEqual([
      'corroborate: de.txt: not English (it reads as German); only English articles are supported for now; skipped',
      'corroborate: wire-copy.txt: same text as wire.txt; counted once',
    ]);
    expect(run.stdout).toMatch(/^2 sources, .*\nnote {5}de\.txt: not English/);
  });
});
