/**
 * The batch runner: many stories checked on a pool of worker threads (piscina), one NDJSON line per story written
 * in input order. The command line (arguments, output target, progress bar, exit codes) is the CLI's; this module
 * takes typed options, an input, a sink for the lines and callbacks, and never writes to stdout or stderr itself.
 *
 * - Stories get a sequence number in input order (sorted folder names; first appearance in NDJSON). Results come
 *   back from the workers in any order and wait in a reorder buffer until every earlier story is written, so the
 *   output is the same bytes whatever the number of workers.
 * - Work in flight is bounded (count and bytes): reading the input pauses while too much is queued or waiting to be
 *   written, so memory stays flat in the number of stories.
 * - NDJSON grouping is windowed: a story is closed ("sealed") and sent to a worker once `window` lines have gone by
 *   without a line for it, or at the end of input. Lines arriving after their story was sealed are skipped with a
 *   warning. Open stories are also bounded in bytes; `window: 0` groups the whole input (unbounded). Every sealing
 *   decision depends on the input only, never on timing, so grouping is reproducible.
 * - A worker that crashes, runs out of memory or takes longer than `storyTimeoutMs` on a story is replaced by the
 *   pool; that story gets an error line naming why, and the feed goes on.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceInput } from '@corroborate/core';
import { Piscina } from 'piscina';
import { type BatchResult, type BatchTask, errorResult, type StoryConfig } from './task.js';

export type { BatchResult, BatchTask, StoryConfig } from './task.js';

/** Bytes of article text that each of the bounded buffers may hold (open stories, blocked stories, queue). */
const BUFFER_BYTES = 64 * 1024 * 1024;
/** Stories that may wait, sealed, behind a story that is still open (NDJSON); beyond that the open one is sealed. */
const HEAD_LIMIT = 256;
/** Names of sealed stories remembered, to recognise (and skip) lines that arrive after their story was sealed. */
const SEALED_MEMORY = 65536;
/** Input problems reported one by one before only counting them. */
const MAX_WARNINGS = 20;
/** A story still running after this long is taken to hang: its worker is stopped and replaced. */
export const DEFAULT_STORY_TIMEOUT_MS = 300_000;
/**
 * Heap of each worker, in MB. A worker past it is stopped alone (ERR_WORKER_OUT_OF_MEMORY) instead of V8 aborting
 * the whole process; 2 GB holds a story of several articles at the 2 MB size limit, even of the worst patterns.
 */
export const DEFAULT_WORKER_HEAP_MB = 2048;

export interface BatchOptions {
  /** Worker threads. */
  jobs: number;
  divergencesOnly: boolean;
  /** `fail-on` level: which divergences make `failOnHit` true. */
  failOn: 'error' | 'warning' | 'never';
  /** NDJSON: a story is complete after this many lines without it; 0 = the whole input. */
  window: number;
  /** Articles larger than this many bytes are skipped. */
  maxSourceBytes: number;
  /** A story running longer than this is stopped (its worker replaced) and gets an error line. */
  storyTimeoutMs?: number;
  /** Heap limit of each worker thread, in MB (default DEFAULT_WORKER_HEAP_MB). */
  workerHeapMb?: number;
  /** The worker module (default: this package's own); a test may give one that misbehaves on purpose. */
  worker?: URL;
  /** Rules, aliases and ignored files from a config file, applied to every story. */
  config?: StoryConfig;
}

export type BatchInput =
  | { kind: 'folder'; dir: string; stories: readonly string[] }
  | { kind: 'ndjson'; stream: NodeJS.ReadableStream; label: string };

/** Where the lines go. A write that throws stops the run; the error comes back in `BatchOutcome.writeError`. */
export interface BatchSink {
  write(chunk: string): Promise<void>;
}

export interface BatchEvents {
  /** An input problem or a story that failed, as one line without the `corroborate: ` prefix. */
  warn(message: string): void;
  /** After each story: how many are done, how many of them failed, and the total when known. */
  progress?(done: number, failed: number, total: number | undefined): void;
}

export interface BatchOutcome {
  stories: number;
  failed: number;
  /** Some story has a divergence at or above `failOn`. */
  failOnHit: boolean;
  /** What the sink threw, when writing failed; the run stopped there. */
  writeError?: unknown;
}

/** The pool: piscina replaces a worker that dies or is aborted; a story's failure becomes its error line. */
class StoryPool {
  private readonly pool: Piscina<BatchTask, BatchResult>;
  private closed = false;

  constructor(
    private readonly jobs: number,
    worker: URL,
    heapMb: number,
    private readonly timeoutMs: number,
    private readonly onResult: (result: BatchResult) => void,
    private readonly onFailure: (task: BatchTask, reason: string) => void,
  ) {
    this.pool = new Piscina<BatchTask, BatchResult>({
      filename: worker.href,
      minThreads: 0,
      maxThreads: jobs,
      concurrentTasksPerWorker: 1,
      idleTimeout: 1000,
      // Tasks await file reads: a worker must keep its event loop running between tasks.
      atomics: 'disabled',
      maxQueue: Infinity,
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
    });
  }

  /**
   * Tasks wait here, not in piscina's queue, until a worker is free: the time limit of a story must count from
   * when it starts, not from when it was queued behind others.
   */
  private readonly waiting: BatchTask[] = [];
  private running = 0;

  submit(task: BatchTask): void {
    this.waiting.push(task);
    this.pump();
  }

  private pump(): void {
    while (!this.closed && this.running < this.jobs && this.waiting.length > 0) {
      this.start(this.waiting.shift() as BatchTask);
    }
  }

  private start(task: BatchTask): void {
    this.running++;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    const settle = () => {
      clearTimeout(timer);
      this.running--;
      this.pump();
    };
    this.pool.run(task, { signal: controller.signal }).then(
      (result) => {
        settle();
        this.onResult(result);
      },
      (error: unknown) => {
        settle();
        if (this.closed) return;
        const reason = controller.signal.aborted
          ? `took longer than ${this.timeoutMs / 1000} s; its worker was stopped and replaced`
          : `the worker checking it stopped (${describe(error)}); it was replaced`;
        this.onFailure(task, reason);
      },
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.destroy();
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
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
  private readonly pool: StoryPool;
  private readonly pendingLimit: number;
  private warnings = 0;
  private done = 0;
  private failedCount = 0;
  total: number | undefined;
  failure: { error: unknown } | undefined;
  failOnHit = false;

  constructor(
    readonly options: BatchOptions,
    private readonly sink: BatchSink,
    private readonly events: BatchEvents,
  ) {
    const worker = options.worker ?? new URL('./worker.js', import.meta.url);
    this.pool = new StoryPool(
      options.jobs,
      worker,
      options.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB,
      options.storyTimeoutMs ?? DEFAULT_STORY_TIMEOUT_MS,
      (result) => this.onResult(result),
      (task, reason) => {
        this.warn(`story "${task.story}": ${reason}`, true);
        this.onResult(errorResult(task, reason));
      },
    );
    this.pendingLimit = 4 * options.jobs + 4;
  }

  get stories(): number {
    return this.nextSeq;
  }

  get failed(): number {
    return this.failedCount;
  }

  get aborted(): boolean {
    return this.failure !== undefined;
  }

  /** An input problem (counted, and only the first few shown), or a story that failed (always shown). */
  warn(message: string, always = false): void {
    if (always) {
      this.events.warn(message);
      return;
    }
    this.warnings++;
    if (this.warnings <= MAX_WARNINGS) this.events.warn(message);
  }

  reportWarnings(): void {
    if (this.warnings > MAX_WARNINGS) this.events.warn(`${this.warnings - MAX_WARNINGS} more input problems not shown`);
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
    this.done++;
    if (result.failed) this.failedCount++;
    this.events.progress?.(this.done, this.failedCount, this.total);
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
      this.failure = { error };
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

async function runDirectory(run: BatchRun, dir: string, stories: readonly string[], options: BatchOptions): Promise<void> {
  for (const story of stories) {
    await run.room();
    if (run.aborted) return;
    const task: BatchTask = { seq: run.newSeq(), story, dir: join(dir, story), divergencesOnly: options.divergencesOnly, maxSourceBytes: options.maxSourceBytes };
    if (options.config) task.config = options.config;
    run.seal(task, 0);
  }
}

/**
 * The stories of a folder: its subfolders (links to folders included, hidden ones not), in code-unit order, the
 * same on every machine and locale. A folder that cannot be read, or holds no story, gives the reason instead.
 */
export async function listStories(dir: string): Promise<string[] | { problem: string }> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'not a folder' : (error as Error).message;
    return { problem: `cannot read ${dir}: ${reason}` };
  }
  const stories: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) isDir = await stat(join(dir, entry.name)).then((s) => s.isDirectory(), () => false);
    if (isDir) stories.push(entry.name);
  }
  if (stories.length === 0) return { problem: `${dir} has no story folders (each subfolder of it is one story)` };
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

async function runNdjson(run: BatchRun, input: NodeJS.ReadableStream, label: string, options: BatchOptions): Promise<void> {
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
      maxSourceBytes: options.maxSourceBytes,
    };
    if (entry.skipped.length > 0) task.skipped = entry.skipped;
    if (options.config) task.config = options.config;
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
    } else if (Buffer.byteLength(record.text, 'utf8') > options.maxSourceBytes) {
      entry.skipped.push(`${id}: too large (over the limit of ${options.maxSourceBytes} bytes; raise it with --max-source-bytes)`);
    } else {
      entry.ids.add(id);
      const source: SourceInput = { id, text: record.text };
      if (typeof record.path === 'string') source.path = record.path;
      if (record.format === 'text' || record.format === 'markdown' || record.format === 'html') source.format = record.format;
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


/** Check every story of `input`, writing one line per story to `sink` in input order. Never throws for a story. */
export async function runBatch(input: BatchInput, options: BatchOptions, sink: BatchSink, events: BatchEvents): Promise<BatchOutcome> {
  const run = new BatchRun(options, sink, events);
  if (input.kind === 'folder') run.total = input.stories.length;
  try {
    if (input.kind === 'ndjson') await runNdjson(run, input.stream, input.label, options);
    else await runDirectory(run, input.dir, input.stories, options);
    await run.finish();
  } finally {
    await run.close();
  }
  run.reportWarnings();
  const outcome: BatchOutcome = { stories: run.stories, failed: run.failed, failOnHit: run.failOnHit };
  if (run.failure) outcome.writeError = run.failure.error;
  return outcome;
}
