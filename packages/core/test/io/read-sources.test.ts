import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check.js';
import { type InputProblem, readSources, SUPPORTED_EXTENSIONS } from '../../src/io/read-sources.js';
import { formatReport } from '../../src/report/format/index.js';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corroborate-read-'));
});

afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

async function put(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(join(dir, path, '..'), { recursive: true });
  await writeFile(join(dir, path), content);
}

const read = (...paths: string[]) => readSources(paths, { cwd: dir });
const codes = (problems: InputProblem[]) => problems.map((p) => [p.path, p.code]);

describe('readSources', () => {
  it('reads files with id = name without extension and path relative to cwd', async () => {
    await put('a.txt', 'Alpha text.');
    await put('sub/b.md', '# Beta\n\nText.');
    const { sources, problems } = await read('a.txt', 'sub/b.md');
    expect(problems).toEqual([]);
    expect(sources).toEqual([
      { id: 'a', text: 'Alpha text.', path: 'a.txt' },
      { id: 'b', text: '# Beta\n\nText.', path: join('sub', 'b.md') },
    ]);
  });

  it('shows absolute paths inside cwd as relative ones', async () => {
    await put('a.txt', 'Alpha.');
    const { sources } = await read(join(dir, 'a.txt'));
    expect(sources[0]?.path).toBe('a.txt');
  });

  it('lists a directory one level deep, sorted by name, articles only', async () => {
    await put('story/b.md', 'B.');
    await put('story/a.txt', 'A.');
    await put('story/C.markdown', 'C.');
    await put('story/d.TXT', 'D.');
    await put('story/notes.pdf', '%PDF');
    await put('story/.hidden.md', 'Hidden.');
    await put('story/deeper/e.txt', 'E.');
    const { sources, problems } = await read('story');
    expect(problems).toEqual([]);
    expect(sources.map((s) => s.id)).toEqual(['C', 'a', 'b', 'd']);
    expect(sources.map((s) => s.path)).toEqual(['C.markdown', 'a.txt', 'b.md', 'd.TXT'].map((n) => join('story', n)));
  });

  it('keeps the order the paths were given in', async () => {
    await put('z.txt', 'Z.');
    await put('a.txt', 'A.');
    const { sources } = await read('z.txt', 'a.txt');
    expect(sources.map((s) => s.id)).toEqual(['z', 'a']);
  });

  it('strips a UTF-8 byte order mark and keeps non-ASCII text', async () => {
    await put('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Ünïcode “quoted” text.', 'utf8')]));
    const { sources } = await read('bom.txt');
    expect(sources[0]?.text).toBe('Ünïcode “quoted” text.');
  });

  it('reports a missing path and still reads the others', async () => {
    await put('a.txt', 'A.');
    const { sources, problems } = await read('nope.txt', 'a.txt');
    expect(sources.map((s) => s.id)).toEqual(['a']);
    expect(codes(problems)).toEqual([['nope.txt', 'missing']]);
    expect(problems[0]?.reason).toMatch(/no such file/);
  });

  it('reports an explicitly named file of another type as unsupported', async () => {
    await put('notes.pdf', 'x');
    const { problems } = await read('notes.pdf');
    expect(problems).toEqual([{ path: 'notes.pdf', code: 'unsupported', reason: 'not a .txt, .md, .markdown, .html or .htm file' }]);
  });

  it('reports empty and whitespace-only files', async () => {
    await put('empty.txt', '');
    await put('blank.md', ' \n\t\r\n ');
    await put('bom-only.txt', Buffer.from([0xef, 0xbb, 0xbf]));
    const { sources, problems } = await read('empty.txt', 'blank.md', 'bom-only.txt');
    expect(sources).toEqual([]);
    expect(codes(problems)).toEqual([
      ['empty.txt', 'empty'],
      ['blank.md', 'empty'],
      ['bom-only.txt', 'empty'],
    ]);
  });

  it('reports binary files: a NUL byte, or bytes that are not UTF-8', async () => {
    await put('nul.txt', Buffer.from([0x48, 0x69, 0x00, 0x21]));
    await put('latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2e])); // "Café." in Latin-1
    // UTF-16 with a byte order mark is text (input-classes.test.ts); without one, its NULs make it binary.
    await put('utf16.txt', Buffer.from('Hi', 'utf16le'));
    const { sources, problems } = await read('nul.txt', 'latin1.txt', 'utf16.txt');
    expect(sources).toEqual([]);
    expect(codes(problems)).toEqual([
      ['nul.txt', 'binary'],
      ['latin1.txt', 'binary'],
      ['utf16.txt', 'binary'],
    ]);
  });

  it('does not mistake a multi-byte character cut at the 8 KB sniff boundary for binary', async () => {
    const text = `${'a'.repeat(8 * 1024 - 1)}é and more text.`;
    await put('long.txt', text);
    const { sources, problems } = await read('long.txt');
    expect(problems).toEqual([]);
    expect(sources[0]?.text).toBe(text);
  });

  it('reports a directory with no articles', async () => {
    await put('pdfs/a.pdf', 'x');
    await mkdir(join(dir, 'void'));
    await put('nested/inner/a.txt', 'Too deep.');
    const { problems } = await read('pdfs', 'void', 'nested');
    expect(codes(problems)).toEqual([
      ['pdfs', 'no-articles'],
      ['void', 'no-articles'],
      ['nested', 'no-articles'],
    ]);
    expect(problems[0]?.reason).toBe('no .txt, .md, .markdown, .html or .htm files in this directory');
  });

  it('reports a symbolic link loop as unreadable', async () => {
    await symlink(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
    await symlink(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
    const { problems } = await read('loop-a.txt');
    expect(codes(problems)).toEqual([['loop-a.txt', 'unreadable']]);
  });

  it.skipIf(isRoot)('reports a file without read permission as unreadable', async () => {
    await put('secret.txt', 'Secret.');
    await chmod(join(dir, 'secret.txt'), 0o000);
    const { problems } = await read('secret.txt');
    expect(problems).toEqual([{ path: 'secret.txt', code: 'unreadable', reason: 'permission denied' }]);
  });

  it('gives a clashing id the path relative to cwd, keeping both articles', async () => {
    await put('bbc/story.txt', 'One.');
    await put('cnn/story.md', 'Two.');
    await put('cnn/story.txt', 'Three.');
    const { sources, problems } = await read('bbc', 'cnn');
    expect(problems).toEqual([]);
    expect(sources.map((s) => s.id)).toEqual(['story', join('cnn', 'story'), join('cnn', 'story.txt')]);
    expect(new Set(sources.map((s) => s.id)).size).toBe(3);
  });

  it('reads a file reached twice once, and reports the repeat as a duplicate', async () => {
    await put('story/a.txt', 'A.');
    await put('story/b.txt', 'B.');
    const { sources, problems } = await read('story', join('story', 'a.txt'));
    expect(sources.map((s) => s.id)).toEqual(['a', 'b']);
    expect(codes(problems)).toEqual([[join('story', 'a.txt'), 'duplicate']]);
  });

  it('never throws, whatever the mix', async () => {
    await put('ok.txt', 'Fine.');
    await expect(read('', 'ok.txt', '\0bad', 'missing/dir/')).resolves.toMatchObject({ sources: [{ id: 'ok' }] });
  });

  it('reads .html and .htm files, inside a named folder as named alone (issue 15)', async () => {
    await put('web/a.html', '<p>Alpha page.</p>');
    await put('web/b.HTM', '<!doctype html><p>Beta page.</p>');
    await put('web/c.txt', 'Gamma text.');
    await put('web/photo.png', 'x');
    await put('page.htm', '<p>Delta page.</p>');
    const { sources, problems } = await read('web', 'page.htm');
    expect(problems).toEqual([]);
    expect(sources.map((s) => s.path)).toEqual([join('web', 'a.html'), join('web', 'b.HTM'), join('web', 'c.txt'), 'page.htm']);
  });

  it('skips its own review page saved into the folder, with a reason', async () => {
    await put('story/a.txt', 'Alpha text.');
    const report = checkSources([
      { id: 'x', text: 'Police said 12 people were injured on Tuesday.' },
      { id: 'y', text: 'Police said 15 people were injured on Tuesday.' },
    ]);
    await put('story/report.html', formatReport(report, 'html'));
    const { sources, problems } = await read('story');
    expect(sources.map((s) => s.id)).toEqual(['a']);
    expect(problems).toEqual([{ path: join('story', 'report.html'), code: 'unsupported', reason: 'a corroborate review page, not an article' }]);
  });

  it('exports the supported extensions', () => {
    expect([...SUPPORTED_EXTENSIONS]).toEqual(['.txt', '.md', '.markdown', '.html', '.htm']);
  });
});
