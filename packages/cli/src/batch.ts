/**
 * `corroborate batch`: check many stories, in parallel on worker threads, and stream one NDJSON line per story.
 *
 *   corroborate batch <dir>                 each subfolder of <dir> is a story, its .txt/.md/.markdown files the sources
 *   corroborate batch --ndjson <file|->     each line is { "story", "id", "text" }; lines of a story may be interleaved
 *
 * Design, in short (docs/performance.md has the long form):
 * - Stories get a sequence number in input order (sorted folder names; first appearance in NDJSON). Results come
 *   back from the workers in any order and wait in a reorder buffer until every earlier story is written, so the
 *   output is the same bytes whatever `--jobs` is.
 * - Work in flight is bounded (count and bytes): reading the input pauses while too much is queued or waiting to be
 *   written, so memory stays flat in the number of stories.
 * - NDJSON grouping is windowed: a story is closed ("sealed") and sent to a worker once `--window` lines (default
 *   1000) have gone by without a line for it, or at the end of input. Lines arriving after their story was sealed are
 *   skipped with a warning. Open stories are also bounded in bytes; `--window 0` groups the whole input (unbounded).
 *   Every sealing decision depends on the input only, never on timing, so grouping is reproducible.
 * - The main thread never loads the pipeline: workers read folders, check, and serialise the line.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { SourceInput } from '@corroborate/core';
import type { BatchResult, BatchTask } from './batch-worker.js';
import { visibleControls } from '@corroborate/core/node';
import { openReportTarget, warn } from './output.js';

const USAGE = `Usage: corroborate batch <dir> [options]
       corroborate batch --ndjson <file|-> [options]

Check many stories at once. With <dir>, each subfolder is one story and its .txt, .md and .markdown
files are the sources. With --ndjson, each line is {"story": ..., "id": ..., "text": ...}; the lines
of one story may be interleaved with other stories' lines (within --window lines).
Writes one NDJSON line per story, in input order: {"story": ..., "report": {...}}, or
{"story": ..., "error": "..."} when a story has fewer than two usable sources.

Options:
  --ndjson <file|->       read stories from an NDJSON file, or from stdin with -
  -j, --jobs <n>          worker threads (default: ${availableParallelism()}, the available parallelism)
  -o, --output <file>     write to a file (atomically: all or nothing) instead of stdout
      --fail-on <level>   exit 1 if any story has a divergence at this severity or worse:
                          error, warning or never (default)
      --divergences-only  leave agreements out of the reports
      --window <lines>    NDJSON: close a story after this many lines without it (default 1000; 0 = whole input)
      --no-progress       no progress bar (it is only drawn when stderr is a terminal)
  -h, --help              show this help

Exit codes:
  0  every story was written (a story that could not be checked is an "error" line, not a failure)
  1  a divergence at or above --fail-on was found in some story
  2  usage error
  3  the output could not be written
`;

/** Bytes of article text that each of the bounded buffers may hold (open stories, blocked stories, queue). */
const BUFFER_BYTES = 64 * 1024 * 1024;
/** Stories that may wait, sealed, behind a story that is still open (NDJSON); beyond that the open one is sealed. */
const HEAD_LIMIT = 256;
/** Names of sealed stories remembered, to recognise (and skip) lines that arrive after their story was sealed. */
const SEALED_MEMORY = 65536;
/** Input problems printed one by one before only counting them. */
const MAX_WARNINGS = 20;

class UsageError extends Error {}
class OutputError extends Error {
  /** Nothing to tell the user: the reader went away (EPIPE). */
  constructor(
    message: string,
    readonly quiet = false,
  ) {
    super(message);
  }
}

interface Options {
  dir?: string;
  ndjson?: string;
  jobs: number;
  output?: string;
  failOn?: 'error' | 'warning' | 'never';
  divergencesOnly: boolean;
  window: number;
  progress: boolean;
  help: boolean;
}

function parseOptions(args: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        ndjson: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        'divergences-only': { type: 'boolean' },
        window: { type: 'string' },
        'no-progress': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const err = error as Error & { code?: string };
    const quoted = /'([^']+)'/.exec(err.message)?.[1];
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted) throw new UsageError(`unknown option ${quoted}`);
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && quoted) {
      const name = quoted.split(' ')[0];
      throw new UsageError(
        /argument missing/.test(err.message) ? `${name} needs a value` : `${name} does not take a value`,
      );
    }
    throw new UsageError(err.message.split('. ')[0] ?? err.message);
  }
  const { values, positionals } = parsed;
  const options: Options = {
    jobs: availableParallelism(),
    divergencesOnly: values['divergences-only'] === true,
    window: 1000,
    progress: values['no-progress'] !== true,
    help: values.help === true,
  };
  if (options.help) return options;

  if (values.ndjson !== undefined) {
    if (positionals.length > 0) throw new UsageError('give either a folder or --ndjson, not both');
    if (values.ndjson === '') throw new UsageError('--ndjson needs a file, or - for stdin');
    options.ndjson = values.ndjson;
  } else if (positionals.length === 0) {
    throw new UsageError('batch needs a folder of stories, or --ndjson <file|->');
  } else if (positionals.length > 1) {
    throw new UsageError(`batch takes one folder, got ${positionals.length}`);
  } else {
    options.dir = positionals[0];
  }
  if (values.jobs !== undefined) {
    if (!/^\d+$/.test(values.jobs) || Number(values.jobs) < 1 || Number(values.jobs) > 1024) {
      throw new UsageError(`--jobs must be a whole number from 1 to 1024, got "${values.jobs}"`);
    }
    options.jobs = Number(values.jobs);
  }
  if (values.window !== undefined) {
    if (!/^\d+$/.test(values.window)) {
      throw new UsageError(`--window must be a whole number of lines (0 = whole input), got "${values.window}"`);
    }
    options.window = Number(values.window);
  }
  if (values['fail-on'] !== undefined) {
    const level = values['fail-on'];
    if (level !== 'error' && level !== 'warning' && level !== 'never') {
      throw new UsageError(`--fail-on must be error, warning or never, got "${level}"`);
    }
    options.failOn = level;
  }
  if (values.output !== undefined && values.output !== '-') {
    if (values.output === '') throw new UsageError('--output needs a file name');
    options.output = values.output;
  }
  return options;
}

// ---------------------------------------------------------------------------------------------------------------
// Output: stdout, or a temporary file renamed into place when everything was written.

interface Sink {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

function stdoutSink(): Sink {
  const stream = process.stdout;
  let failure: Error | undefined;
  const failed = (): Error | undefined => failure;
  const onError = (error: Error) => {
    failure ??= error;
  };
  stream.on('error', onError);
  const check = () => {
    const error = failed();
    if (!error) return;
    // A reader that stops early (`| head`) is not a failure to write: stop quietly, as `check` does.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') throw new OutputError('stdout was closed', true);
    throw new OutputError(`cannot write to stdout: ${error.message}`);
  };
  const waitDrain = () =>
    new Promise<void>((resolveDrain) => {
      const done = () => {
        stream.off('drain', done);
        stream.off('error', done);
        resolveDrain();
      };
      stream.on('drain', done);
      stream.on('error', done);
    });
  return {
    async write(chunk) {
      check();
      if (!stream.write(chunk)) await waitDrain();
      check();
    },
    async close() {
      if (stream.writableNeedDrain && !failed()) await waitDrain();
      stream.off('error', onError);
      check();
    },
    async abort() {
      stream.off('error', onError);
    },
  };
}

/** `--output`: a regular file is replaced atomically once every line is written; a device or FIFO is written into. */
async function fileSink(target: string): Promise<Sink> {
  const out = await openReportTarget(target).catch((error: unknown) => Promise.reject(new OutputError((error as Error).message)));
  const wrap = (error: unknown) => new OutputError((error as Error).message);
  return {
    write: (chunk) => out.write(chunk).catch((error: unknown) => Promise.reject(wrap(error))),
    close: () => out.commit().catch((error: unknown) => Promise.reject(wrap(error))),
    abort: () => out.abort(),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Progress on stderr (only when it is a terminal).

class Progress {
  private last = 0;
  private readonly started = Date.now();
  private drawn = false;
  total: number | undefined;
  done = 0;
  failed = 0;

  constructor(private readonly enabled: boolean) {}

  update(force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = `${(this.done / seconds).toFixed(1)} stories/s`;
    const errors = this.failed > 0 ? ` · ${this.failed} not checked` : '';
    let line: string;
    if (this.total !== undefined && this.total > 0) {
      const width = 24;
      const filled = Math.round((this.done / this.total) * width);
      line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total} stories${errors} · ${rate}`;
    } else {
      line = `${this.done} stories${errors} · ${rate}`;
    }
    process.stderr.write(`\r\x1b[2K${line}`);
    this.drawn = true;
  }

  /** A message on its own line, with the bar redrawn under it. */
  log(message: string): void {
    if (this.drawn) process.stderr.write('\r\x1b[2K');
    process.stderr.write(`${visibleControls(message)}\n`);
    if (this.drawn) this.update(true);
  }

  clear(): void {
    if (this.drawn) process.stderr.write('\r\x1b[2K');
    this.drawn = false;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Workers.

function errorLine(task: Pick<BatchTask, 'seq' | 'story'>, message: string): BatchResult {
  return { seq: task.seq, line: JSON.stringify({ story: task.story, error: message }), errors: 0, warnings: 0, failed: true };
}

/** Up to `size` workers, started when there is work for them; each has at most one task at a time. */
class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, BatchTask>();
  private readonly queue: BatchTask[] = [];
  private readonly url = new URL('./batch-worker.js', import.meta.url);
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly onResult: (result: BatchResult) => void,
  ) {}

  submit(task: BatchTask): void {
    this.queue.push(task);
    this.pump();
  }

  private pump(): void {
    while (!this.closed && this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.busy.size < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const task = this.queue.shift() as BatchTask;
      this.busy.set(worker, task);
      worker.postMessage(task);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(this.url);
    let gone = false;
    const lost = (reason: string) => {
      if (gone) return;
      gone = true;
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      if (this.closed) return;
      // The story that was running is reported as not checked; the others go on with a fresh worker.
      if (task) this.onResult(errorLine(task, `the worker checking this story stopped: ${reason}`));
      this.pump();
    };
    worker.on('message', (result: BatchResult) => {
      this.busy.delete(worker);
      this.idle.push(worker);
      this.onResult(result);
      this.pump();
    });
    worker.on('error', (error) => lost(error.message));
    worker.on('exit', (code) => lost(`exit code ${code}`));
    return worker;
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    this.busy.clear();
    await Promise.all(all.map((worker) => worker.terminate()));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The run: stories in, ordered lines out.

interface OpenStory {
  seq: number;
  story: string;
  sources: SourceInput[];
  skipped: string[];
  ids: Set<string>;
  bytes: number;
  lastLine: number;
}

class BatchRun {
  /** Next sequence number to give a story. */
  private nextSeq = 0;
  /** Next sequence number to write: every story before it is written. */
  private nextWrite = 0;
  /** Sealed stories not written yet, with their text size. */
  private readonly pending = new Map<number, number>();
  private pendingBytes = 0;
  /** Finished stories waiting for an earlier one (the reorder buffer). */
  private readonly finished = new Map<number, BatchResult>();
  private writing = false;
  private waiters: (() => void)[] = [];
  private allWritten: (() => void) | undefined;
  private readonly pool: WorkerPool;
  private readonly pendingLimit: number;
  private warnings = 0;
  failure: OutputError | undefined;
  failOnHit = false;

  constructor(
    private readonly options: Options,
    private readonly sink: Sink,
    private readonly progress: Progress,
  ) {
    this.pool = new WorkerPool(options.jobs, (result) => this.onResult(result));
    this.pendingLimit = 4 * options.jobs + 4;
  }

  get aborted(): boolean {
    return this.failure !== undefined;
  }

  warn(message: string): void {
    this.warnings++;
    if (this.warnings <= MAX_WARNINGS) this.progress.log(`corroborate: ${message}`);
  }

  reportWarnings(): void {
    if (this.warnings > MAX_WARNINGS) {
      this.progress.log(`corroborate: ${this.warnings - MAX_WARNINGS} more input problems not shown`);
    }
  }

  newSeq(): number {
    return this.nextSeq++;
  }

  /** Hand a sealed story to the workers. */
  seal(task: BatchTask, bytes: number): void {
    this.pending.set(task.seq, bytes);
    this.pendingBytes += bytes;
    this.pool.submit(task);
  }

  /** Sealed stories with a higher number than `seq`: they cannot be written before `seq` is. */
  blockedBehind(seq: number): { count: number; bytes: number } {
    let count = 0;
    let bytes = 0;
    for (const [s, b] of this.pending) {
      if (s > seq) {
        count++;
        bytes += b;
      }
    }
    return { count, bytes };
  }

  /**
   * Wait while too much is queued or waiting to be written. Only waits while the story to write next is sealed
   * (`minOpenSeq` is the oldest story still being read), so that waiting always ends: that story will finish.
   */
  async room(minOpenSeq = Infinity): Promise<void> {
    while (
      !this.aborted &&
      this.nextWrite < Math.min(minOpenSeq, this.nextSeq) &&
      (this.pending.size >= this.pendingLimit || this.pendingBytes >= BUFFER_BYTES)
    ) {
      await new Promise<void>((wake) => this.waiters.push(wake));
    }
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  private onResult(result: BatchResult): void {
    this.finished.set(result.seq, result);
    this.progress.done++;
    if (result.failed) this.progress.failed++;
    this.progress.update();
    const level = this.options.failOn;
    if (level === 'error' ? result.errors > 0 : level === 'warning' && result.errors + result.warnings > 0) {
      this.failOnHit = true;
    }
    void this.drain();
  }

  /** Write every finished story whose predecessors are all written, in order. One writer at a time. */
  private async drain(): Promise<void> {
    if (this.writing || this.aborted) return;
    this.writing = true;
    try {
      while (this.finished.has(this.nextWrite)) {
        const lines: string[] = [];
        while (this.finished.has(this.nextWrite)) {
          const seq = this.nextWrite;
          lines.push((this.finished.get(seq) as BatchResult).line, '\n');
          this.finished.delete(seq);
          this.pendingBytes -= this.pending.get(seq) ?? 0;
          this.pending.delete(seq);
          this.nextWrite++;
        }
        await this.sink.write(lines.join(''));
        this.wake();
      }
    } catch (error) {
      this.failure = error instanceof OutputError ? error : new OutputError((error as Error).message);
      this.wake();
      this.allWritten?.();
    } finally {
      this.writing = false;
    }
    if (this.nextWrite === this.nextSeq) this.allWritten?.();
  }

  /** After the last story is sealed: wait until everything is written (or writing failed). */
  async finish(): Promise<void> {
    if (!this.aborted && this.nextWrite < this.nextSeq) {
      await new Promise<void>((done) => {
        this.allWritten = done;
        void this.drain();
      });
    }
    await this.pool.close();
  }

  async close(): Promise<void> {
    await this.pool.close();
  }
}

async function runDirectory(run: BatchRun, dir: string, stories: string[], options: Options): Promise<void> {
  for (const story of stories) {
    await run.room();
    if (run.aborted) return;
    run.seal({ seq: run.newSeq(), story, dir: join(dir, story), divergencesOnly: options.divergencesOnly }, 0);
  }
}

async function listStories(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'not a folder' : (error as Error).message;
    throw new UsageError(`cannot read ${dir}: ${reason}`);
  }
  const stories: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) isDir = await stat(join(dir, entry.name)).then((s) => s.isDirectory(), () => false);
    if (isDir) stories.push(entry.name);
  }
  if (stories.length === 0) {
    throw new UsageError(`${dir} has no story folders (each subfolder of it is one story)`);
  }
  // Code-unit order: the same on every machine and locale.
  return stories.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Lines of a stream, read as they are consumed (the stream is paused while we wait). */
async function* lines(stream: NodeJS.ReadableStream): AsyncGenerator<string> {
  stream.setEncoding('utf8');
  let rest = '';
  for await (const chunk of stream as AsyncIterable<string>) {
    let start = 0;
    let end = chunk.indexOf('\n');
    if (end < 0) {
      rest += chunk;
      continue;
    }
    let first = rest + chunk.slice(0, end);
    rest = '';
    yield first.endsWith('\r') ? first.slice(0, -1) : first;
    start = end + 1;
    while ((end = chunk.indexOf('\n', start)) >= 0) {
      first = chunk.slice(start, end);
      yield first.endsWith('\r') ? first.slice(0, -1) : first;
      start = end + 1;
    }
    rest = chunk.slice(start);
  }
  if (rest.length > 0) yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}

function key(value: unknown): string | undefined {
  if (typeof value === 'string' && value.length > 0) return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

async function runNdjson(run: BatchRun, input: NodeJS.ReadableStream, label: string, options: Options): Promise<void> {
  /** Open stories in order of first appearance (a Map keeps insertion order), so the first is the oldest. */
  const open = new Map<string, OpenStory>();
  let openBytes = 0;
  /** (story, line) for every line, oldest first: how stories are found that the window has passed. */
  const recent: { story: string; line: number }[] = [];
  let recentHead = 0;
  const sealedNames = new Map<string, true>();
  let lineNo = 0;

  const sealStory = (entry: OpenStory) => {
    open.delete(entry.story);
    openBytes -= entry.bytes;
    sealedNames.set(entry.story, true);
    if (sealedNames.size > SEALED_MEMORY) sealedNames.delete(sealedNames.keys().next().value as string);
    const task: BatchTask = {
      seq: entry.seq,
      story: entry.story,
      sources: entry.sources,
      divergencesOnly: options.divergencesOnly,
    };
    if (entry.skipped.length > 0) task.skipped = entry.skipped;
    run.seal(task, entry.bytes);
  };
  const oldestOpen = () => open.values().next().value as OpenStory | undefined;

  for await (const raw of lines(input)) {
    lineNo++;
    if (run.aborted) return;
    if (raw.trim() === '') continue;
    const where = `${label}:${lineNo}`;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      run.warn(`${where}: not a JSON object; line skipped`);
      continue;
    }
    const record = (value !== null && typeof value === 'object' ? value : {}) as Record<string, unknown>;
    const story = key(record.story);
    const id = key(record.id);
    if (story === undefined || id === undefined || typeof record.text !== 'string') {
      run.warn(`${where}: expected {"story": ..., "id": ..., "text": "..."}; line skipped`);
      continue;
    }
    let entry = open.get(story);
    if (!entry) {
      if (sealedNames.has(story)) {
        run.warn(
          `${where}: story "${story}" was already checked (its lines must come within --window ${options.window} lines of each other); line skipped`,
        );
        continue;
      }
      entry = { seq: run.newSeq(), story, sources: [], skipped: [], ids: new Set(), bytes: 0, lastLine: 0 };
      open.set(story, entry);
    }
    entry.lastLine = lineNo;
    if (entry.ids.has(id)) {
      entry.skipped.push(`${id}: a second source with this id`);
    } else if (record.text.trim() === '') {
      entry.skipped.push(`${id}: empty`);
    } else {
      entry.ids.add(id);
      const source: SourceInput = { id, text: record.text };
      if (typeof record.path === 'string') source.path = record.path;
      if (record.format === 'text' || record.format === 'markdown') source.format = record.format;
      entry.sources.push(source);
      entry.bytes += record.text.length;
      openBytes += record.text.length;
    }

    if (options.window > 0) {
      // 1. The window: stories without a line in the last `window` lines are complete.
      recent.push({ story, line: lineNo });
      while (recentHead < recent.length && (recent[recentHead] as { line: number }).line <= lineNo - options.window) {
        const old = recent[recentHead++] as { story: string; line: number };
        const candidate = open.get(old.story);
        if (candidate && candidate.lastLine === old.line) sealStory(candidate);
      }
      if (recentHead > 4096 && recentHead * 2 > recent.length) {
        recent.splice(0, recentHead);
        recentHead = 0;
      }
      // 2. Bytes: too much open text seals the oldest stories (not the one being read).
      let oldest = oldestOpen();
      while (openBytes > BUFFER_BYTES && oldest && oldest !== entry) {
        sealStory(oldest);
        oldest = oldestOpen();
      }
      // 3. Head of line: too many finished stories waiting behind the oldest open one seal it.
      while ((oldest = oldestOpen()) !== undefined) {
        const blocked = run.blockedBehind(oldest.seq);
        if (blocked.count < HEAD_LIMIT && blocked.bytes < BUFFER_BYTES) break;
        sealStory(oldest);
      }
    }
    await run.room(oldestOpen()?.seq ?? Infinity);
  }
  for (const entry of [...open.values()]) sealStory(entry);
}

async function openInput(path: string): Promise<NodeJS.ReadableStream> {
  if (path === '-') return process.stdin;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new UsageError(`--ndjson ${path} is a folder; give an NDJSON file, or a folder without --ndjson`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  return createReadStream(path, { highWaterMark: 256 * 1024 });
}

/** Run `corroborate batch <args>` and return the exit code. Never calls process.exit. */
export async function runBatch(args: string[]): Promise<number> {
  let options: Options;
  let input: NodeJS.ReadableStream | undefined;
  let stories: string[] | undefined;
  try {
    options = parseOptions(args);
    if (options.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (options.ndjson !== undefined) input = await openInput(options.ndjson);
    else stories = await listStories(options.dir as string);
  } catch (error) {
    if (error instanceof UsageError) {
      warn(`corroborate: ${error.message}`);
      return 2;
    }
    throw error;
  }
  if (stories) options.jobs = Math.min(options.jobs, stories.length);

  let sink: Sink;
  try {
    sink = options.output !== undefined ? await fileSink(options.output) : stdoutSink();
  } catch (error) {
    (input as { destroy?: () => void } | undefined)?.destroy?.();
    warn(`corroborate: ${(error as Error).message}`);
    return 3;
  }

  const progress = new Progress(options.progress && process.stderr.isTTY === true);
  if (stories) progress.total = stories.length;
  const run = new BatchRun(options, sink, progress);
  try {
    if (input) await runNdjson(run, input, options.ndjson === '-' ? 'stdin' : (options.ndjson as string), options);
    else await runDirectory(run, options.dir as string, stories as string[], options);
    await run.finish();
  } catch (error) {
    await run.close();
    await sink.abort();
    progress.clear();
    throw error;
  }
  if (input && input !== process.stdin) (input as { destroy?: () => void }).destroy?.();
  progress.update(true);
  progress.clear();
  run.reportWarnings();

  if (!run.failure) {
    try {
      await sink.close();
    } catch (error) {
      run.failure = error as OutputError;
    }
  } else {
    await sink.abort();
  }
  if (run.failure && !run.failure.quiet) {
    warn(`corroborate: ${run.failure.message}`);
    return 3;
  }
  return run.failOnHit ? 1 : 0;
}
