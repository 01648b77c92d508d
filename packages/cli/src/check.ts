import { resolve } from 'node:path';
import type { SourceInput } from '@corroborate/core';
import { formatNames } from '@corroborate/core/format';
import { booleanOption, byteSizeOption, choiceOption, type OptionSpec, parseOptions, stringOption } from './args.js';
import { stylesFor, useColor } from './colors.js';
import { EXIT, InputError, UsageError } from './errors.js';
import { FAIL_ON_LEVELS, failsOn } from './fail-on.js';
import { CHECK_HELP } from './help.js';
import { warn, writeReportFile, writeStdout } from './output.js';
import { cliVersion } from './version.js';

const OPTIONS: Record<string, OptionSpec> = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
  'divergences-only': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'max-source-bytes': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};

/** `corroborate check`: read, check, format, write. Returns the exit code; throws the errors of errors.ts. */
export async function runCheck(args: readonly string[]): Promise<number> {
  const parsed = parseOptions(args, OPTIONS);
  if (booleanOption(parsed, 'help')) {
    await writeStdout(CHECK_HELP);
    return EXIT.ok;
  }
  if (booleanOption(parsed, 'version')) {
    await writeStdout(`${await cliVersion()}\n`);
    return EXIT.ok;
  }
  const format = choiceOption(parsed, 'format', formatNames, 'text');
  const failOn = choiceOption(parsed, 'fail-on', FAIL_ON_LEVELS, 'never');
  const output = stringOption(parsed, 'output');
  const quiet = booleanOption(parsed, 'quiet') ?? false;
  const maxSourceBytes = byteSizeOption(parsed, 'max-source-bytes');
  if (output === '') throw new UsageError('option "--output" needs a file name');
  if (parsed.positionals.length === 0) throw new UsageError('no articles given: name at least two files or a directory');

  // Loaded only now, so that a mistyped command line is answered without loading the whole pipeline.
  const [{ checkSources, formatReport }, { readSources }] = await Promise.all([
    import('@corroborate/core'),
    import('@corroborate/core/node'),
  ]);
  const { sources, problems } = await readSources(parsed.positionals, maxSourceBytes === undefined ? {} : { maxSourceBytes });
  const lines = problems.map((p) => `corroborate: ${p.path}: ${p.reason}`);
  let usable: SourceInput[] = sources;
  if (output !== undefined) {
    // A report written into the folder being checked would otherwise be read back as an article on the next run.
    const target = resolve(output);
    usable = sources.filter((s) => {
      const isOutput = s.path !== undefined && resolve(s.path) === target;
      if (isOutput) lines.push(`corroborate: ${s.path}: skipped, it is the --output file`);
      return !isOutput;
    });
  }

  const tooFew = (found: number, skipped: number) => {
    const why = skipped ? ` (${skipped} skipped)` : '';
    return new InputError(`need at least two readable articles to compare, found ${found}${why}`);
  };
  if (usable.length < 2) {
    // --quiet hides warnings for a run that goes on; here they are the explanation of why it did not.
    for (const line of lines) warn(line);
    throw tooFew(usable.length, lines.length);
  }
  if (!quiet) for (const line of lines) warn(line);

  const report = checkSources(usable, { divergencesOnly: booleanOption(parsed, 'divergences-only') ?? false });
  // Sources the pipeline skipped (an error while reading one, not English, a copy) or found no claims in.
  const notices = (report.notices ?? []).map((n) => `corroborate: ${n.path ?? n.sourceId}: ${n.message}`);
  if (report.sources.length < 2) {
    // As above: the lines explain the stop, so --quiet does not hide them (those already shown are not repeated).
    for (const line of quiet ? [...lines, ...notices] : notices) warn(line);
    throw tooFew(report.sources.length, lines.length + usable.length - report.sources.length);
  }
  if (!quiet) for (const line of notices) warn(line);
  const color = useColor({
    flag: booleanOption(parsed, 'color'),
    toFile: output !== undefined,
    format,
    stdoutIsTTY: process.stdout.isTTY === true,
    env: process.env,
  });
  const text = formatReport(report, format, { styles: stylesFor(color), toolVersion: await cliVersion() });
  if (output !== undefined) await writeReportFile(output, text);
  else await writeStdout(text);
  return failsOn(report, failOn) ? EXIT.findings : EXIT.ok;
}
