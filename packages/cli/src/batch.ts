import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { booleanOption, byteSizeOption, choiceOption, integerOption, type OptionSpec, parseOptions, stringOption } from './args.js';
import { EXIT, errorCode, errorMessage, OutputError, UsageError } from './errors.js';
import { loadConfig } from './config.js';
import { DEFAULT_FAIL_ON, FAIL_ON_LEVELS } from './fail-on.js';
import { batchHelp } from './help.js';
import { openReportTarget, writeStdout } from './output.js';
import { Progress } from './progress.js';

const OPTIONS: Record<string, OptionSpec> = {
  ndjson: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
  'divergences-only': { type: 'boolean' },
  window: { type: 'string' },
  'no-progress': { type: 'boolean' },
  'max-source-bytes': { type: 'string' },
  'story-timeout': { type: 'string' },
  config: { type: 'string' },
  'no-config': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

/** The reader of stdout went away (`| head`): not a failure, the run just stops. */
const READER_GONE = Symbol('reader gone');

/** Lines to stdout, each write waiting until it is handed to the OS: the pipe's pace holds the run back. */
function stdoutSink(): { write(chunk: string): Promise<void> } {
  return {
    write: (chunk) =>
      new Promise<void>((resolve, reject) => {
        process.stdout.write(chunk, (error) => {
          if (!error) resolve();
          else if (errorCode(error) === 'EPIPE') reject(READER_GONE);
          else reject(new OutputError(`cannot write to stdout: ${errorMessage(error)}`));
        });
      }),
  };
}

async function openNdjson(path: string): Promise<NodeJS.ReadableStream> {
  if (path === '-') return process.stdin;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new UsageError(`--ndjson ${path} is a folder; give an NDJSON file, or a folder without --ndjson`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${path}: ${errorCode(error) === 'ENOENT' ? 'no such file' : errorMessage(error)}`);
  }
  return createReadStream(path, { highWaterMark: 256 * 1024 });
}

/**
 * `corroborate batch`: arguments, input, output target, progress and exit codes. The checking itself is the
 * runner's (`@corroborate/batch`). Returns the exit code; throws the errors of errors.ts.
 */
export async function runBatchCommand(args: readonly string[]): Promise<number> {
  const parsed = parseOptions(args, OPTIONS);
  if (booleanOption(parsed, 'help')) {
    await writeStdout(batchHelp(availableParallelism()));
    return EXIT.ok;
  }
  const ndjson = stringOption(parsed, 'ndjson');
  if (ndjson !== undefined && parsed.positionals.length > 0) throw new UsageError('give either a folder or --ndjson, not both');
  if (ndjson === '') throw new UsageError('option "--ndjson" needs a file, or - for stdin');
  if (ndjson === undefined && parsed.positionals.length === 0) throw new UsageError('batch needs a folder of stories, or --ndjson <file|->');
  if (parsed.positionals.length > 1) throw new UsageError(`batch takes one folder, got ${parsed.positionals.length}`);
  const outputName = stringOption(parsed, 'output');
  if (outputName === '') throw new UsageError('option "--output" needs a file name');
  const timeout = integerOption(parsed, 'story-timeout', 1, 86_400, 'a whole number of seconds');
  const configFile = stringOption(parsed, 'config');
  if (configFile === '') throw new UsageError('option "--config" needs a file name');
  // The same file, found the same way, as for `check`; its format is not used (batch always writes NDJSON).
  const { config, dir: configDir } = await loadConfig({ file: configFile, disabled: parsed.values.get('config') === false, cwd: process.cwd() });
  const [{ runBatch, listStories, DEFAULT_STORY_TIMEOUT_MS }, { DEFAULT_MAX_SOURCE_BYTES }] = await Promise.all([
    import('@corroborate/batch'),
    import('@corroborate/core/node'),
  ]);
  const options = {
    jobs: integerOption(parsed, 'jobs', 1, 1024) ?? availableParallelism(),
    divergencesOnly: booleanOption(parsed, 'divergences-only') ?? false,
    failOn: choiceOption(parsed, 'fail-on', FAIL_ON_LEVELS, config.failOn ?? DEFAULT_FAIL_ON),
    window: integerOption(parsed, 'window', 0, Number.MAX_SAFE_INTEGER, 'a whole number of lines') ?? 1000,
    maxSourceBytes: byteSizeOption(parsed, 'max-source-bytes') ?? DEFAULT_MAX_SOURCE_BYTES,
    storyTimeoutMs: timeout === undefined ? DEFAULT_STORY_TIMEOUT_MS : timeout * 1000,
    config: {
      ...(config.rules ? { rules: config.rules } : {}),
      ...(config.aliases ? { aliases: config.aliases } : {}),
      ...(config.ignore ? { ignore: config.ignore, ignoreBase: configDir } : {}),
    },
  };

  let input: Parameters<typeof runBatch>[0];
  if (ndjson !== undefined) {
    input = { kind: 'ndjson', stream: await openNdjson(ndjson), label: ndjson === '-' ? 'stdin' : ndjson };
  } else {
    const dir = parsed.positionals[0] as string;
    const stories = await listStories(dir);
    if (!Array.isArray(stories)) throw new UsageError(stories.problem);
    input = { kind: 'folder', dir, stories };
    options.jobs = Math.min(options.jobs, stories.length);
  }
  const closeInput = () => {
    if (input.kind === 'ndjson' && input.stream !== process.stdin) (input.stream as { destroy?: () => void }).destroy?.();
  };

  // `--output -` is stdout, as for most tools that read and write streams.
  let target: Awaited<ReturnType<typeof openReportTarget>> | undefined;
  try {
    if (outputName !== undefined && outputName !== '-') target = await openReportTarget(outputName);
  } catch (error) {
    closeInput();
    throw error;
  }
  const sink = target ?? stdoutSink();
  const progress = new Progress(booleanOption(parsed, 'progress') !== false && process.stderr.isTTY === true);
  let outcome;
  try {
    outcome = await runBatch(input, options, sink, {
      warn: (message) => progress.log(`corroborate: ${message}`),
      progress: (done, failed, total) => progress.set(done, failed, total),
    });
  } catch (error) {
    await target?.abort();
    throw error;
  } finally {
    closeInput();
    progress.clear();
  }
  if (outcome.writeError !== undefined) {
    await target?.abort();
    if (outcome.writeError === READER_GONE) return outcome.failOnHit ? EXIT.findings : EXIT.ok;
    throw outcome.writeError instanceof OutputError ? outcome.writeError : new OutputError(errorMessage(outcome.writeError));
  }
  await target?.commit();
  return outcome.failOnHit ? EXIT.findings : EXIT.ok;
}
