import { execFileSync, spawn } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { corroborate, DAILY, WIRE } from './helpers.js';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let tmp: string;

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'corroborate-out-'));
  writeFileSync(join(tmp, 'wire.txt'), WIRE);
  writeFileSync(join(tmp, 'daily.txt'), DAILY);
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const temporaries = () => readdirSync(tmp).filter((name) => name.endsWith('.tmp'));

describe('--output to something that is not a regular file', () => {
  it('writes into a FIFO and leaves it a FIFO', async () => {
    const fifo = join(tmp, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.setEncoding('utf8').on('data', (d: string) => (read += d));
    const closed = new Promise((done) => reader.on('close', done));
    const run = await corroborate(['check', 'wire.txt', 'daily.txt', '--output', fifo], { cwd: tmp });
    await closed;
    // WIRE and DAILY disagree on a count (an error), so the run exits 1 once the report is written.
    expect(run.code).toBe(1);
    expect(read).toMatch(/^2 sources, /);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(temporaries()).toEqual([]);
  });

  it.runIf(isRoot)('writes into a character device and leaves the device node in place', async () => {
    // A private copy of /dev/null: the real one must never be put at risk by a test.
    const device = join(tmp, 'null');
    execFileSync('mknod', [device, 'c', '1', '3']);
    const run = await corroborate(['check', 'wire.txt', 'daily.txt', '-o', device], { cwd: tmp });
    expect(run.code).toBe(1);
    expect(statSync(device).isCharacterDevice()).toBe(true);
    expect(temporaries()).toEqual([]);
  });

  it.runIf(isRoot)('a link to a character device is written through: the link and the device stay', async () => {
    // The old code replaced what the link pointed at, so the device is a private node, never the real /dev/null.
    const device = join(tmp, 'null');
    execFileSync('mknod', [device, 'c', '1', '3']);
    const link = join(tmp, 'discard');
    symlinkSync(device, link);
    const run = await corroborate(['check', 'wire.txt', 'daily.txt', '-o', link], { cwd: tmp });
    expect(run.code).toBe(1);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync(device).isCharacterDevice()).toBe(true);
    expect(temporaries()).toEqual([]);
  });

  it('a link to /proc/self/fd/1 writes the report to stdout, and the link stays a link', async () => {
    const link = join(tmp, 'stdout');
    symlinkSync('/proc/self/fd/1', link);
    const run = await corroborate(['check', 'wire.txt', 'daily.txt', '-o', link], { cwd: tmp });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^2 sources, /);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(temporaries()).toEqual([]);
  });

  it('batch --output to a link to /proc/self/fd/1 streams the lines to stdout', async () => {
    const link = join(tmp, 'stdout');
    symlinkSync('/proc/self/fd/1', link);
    const feed = [
      { story: 'fire', id: 'wire', text: WIRE },
      { story: 'fire', id: 'daily', text: DAILY },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n');
    const run = await corroborate(['batch', '--ndjson', '-', '-o', link, '-j', '1'], { cwd: tmp, stdin: feed });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout.trim()) as { story: string }).toMatchObject({ story: 'fire' });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });
});

describe('temporary files on interruption', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`batch --output removes its temporary file on ${signal}`, async () => {
      const target = join(tmp, 'reports.ndjson');
      writeFileSync(target, 'previous run\n');
      const run = await corroborate(['batch', '--ndjson', '-', '-o', target, '-j', '1'], {
        cwd: tmp,
        onStart: (child) => {
          // The feed stays open, so the run is mid-way when the signal comes.
          child.stdin?.write(`${JSON.stringify({ story: 'fire', id: 'wire', text: WIRE })}\n`);
          const poll = setInterval(() => {
            if (temporaries().length > 0) {
              clearInterval(poll);
              child.kill(signal);
            }
          }, 20);
        },
      });
      expect(run.signal).toBe(signal);
      expect(temporaries()).toEqual([]);
      expect(readdirSync(tmp).sort()).toEqual(['daily.txt', 'reports.ndjson', 'wire.txt']);
    });
  }
});
