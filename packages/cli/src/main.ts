import { closestMatches, didYouMean } from '@corroborate/core/format';
import { EXIT, errorCode, errorMessage, InputError, OutputError, UsageError } from './errors.js';
import { HINT, MAIN_HELP } from './help.js';
import { warn, writeStdout } from './output.js';
import { cliVersion } from './version.js';

const COMMANDS = ['check', 'batch', 'lsp'] as const;

async function runBatchCommand(args: readonly string[]): Promise<number> {
  return (await import('./batch.js')).runBatchCommand(args);
}

function unknownCommand(word: string): UsageError {
  if (word.startsWith('-')) return new UsageError(`unknown option "${word}"${didYouMean(closestMatches(word, ['--help', '--version']))}`);
  // Someone who types `corroborate a.md b.md` wants `check`.
  const looksLikePath = /[./\\]/.test(word);
  const near = didYouMean(closestMatches(word, COMMANDS));
  const hint = looksLikePath ? `; did you mean "corroborate check ${word} ..."?` : near || `; use ${COMMANDS.slice(0, -1).join(', ')} or ${COMMANDS.at(-1) ?? ''}`;
  return new UsageError(`unknown command "${word}"${hint}`);
}

// Commands are imported when used, so that `--help` and `--version` answer without loading the whole pipeline.
async function route(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      throw new UsageError('no command given; use check, batch or lsp');
    case '-h':
    case '--help':
      await writeStdout(MAIN_HELP);
      return EXIT.ok;
    case 'help': {
      const [topic] = rest;
      if (topic === undefined) {
        await writeStdout(MAIN_HELP);
        return EXIT.ok;
      }
      if (topic === 'check') return (await import('./check.js')).runCheck(['--help']);
      if (topic === 'batch') return runBatchCommand(['--help']);
      if (topic === 'lsp') return (await import('./lsp.js')).runLsp(['--help']);
      throw unknownCommand(topic);
    }
    case '-v':
    case '--version':
      await writeStdout(`${await cliVersion()}\n`);
      return EXIT.ok;
    case 'check':
      return (await import('./check.js')).runCheck(rest);
    case 'batch':
      return runBatchCommand(rest);
    case 'lsp':
      return (await import('./lsp.js')).runLsp(rest);
    default:
      throw unknownCommand(command);
  }
}

function exitCodeFor(error: unknown): number {
  if (error instanceof OutputError) return EXIT.output;
  return EXIT.usage;
}

/**
 * The whole CLI. Sets `process.exitCode` and returns, never `process.exit`, so that everything written to a pipe
 * is flushed first. Every error ends here as one line on stderr: no stack traces.
 */
export async function main(argv: string[]): Promise<void> {
  // Without a listener, a closed pipe (`| head`) would crash the process with a stack trace.
  process.stdout.on('error', () => undefined);
  process.stderr.on('error', () => undefined);
  // Last resort for a failure outside the awaited path (a stream or a timer): still one line, never a stack.
  const fatal = (error: unknown) => {
    warn(`corroborate: internal error: ${errorMessage(error)}`);
    process.exit(EXIT.usage);
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
  try {
    process.exitCode = await route(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      warn(`corroborate: ${error.message}`);
      warn(HINT);
    } else if (error instanceof InputError || error instanceof OutputError) {
      warn(`corroborate: ${error.message}`);
    } else {
      // A bug in the pipeline, or the file system failing in a way nothing above expected.
      const code = errorCode(error);
      warn(`corroborate: ${code && !errorMessage(error).includes(code) ? `${code}: ` : ''}${errorMessage(error)}`);
    }
    process.exitCode = exitCodeFor(error);
  }
}
