import type { CheckOptions, Report, SourceInput } from '@corroborate/core';
import { formatNames } from '@corroborate/core/format';
import { booleanOption, byteSizeOption, choiceOption, type OptionSpec, parseOptions, stringOption } from './args.js';
import { readBaseline, withoutKnown, writeBaseline } from './baseline.js';
import { stylesFor, useColor } from './colors.js';
import { ignoreMatcher, loadConfig } from './config.js';
import { EXIT, InputError, UsageError } from './errors.js';
import { FAIL_ON_LEVELS, failsOn } from './fail-on.js';
import { CHECK_HELP } from './help.js';
import { gatherSources } from './inputs.js';
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
  config: { type: 'string' },
  'no-config': { type: 'boolean' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  against: { type: 'string' },
};

function nonEmpty(value: string | undefined, option: string): string | undefined {
  if (value === '') throw new UsageError(`option "--${option}" needs a file name`);
  return value;
}

/** Skipped files are warned about unless --quiet; when too few articles are left they are the explanation. */
function enough(sources: readonly SourceInput[], lines: readonly string[], needed: number, what: string): void {
  if (sources.length >= needed) return;
  for (const line of lines) warn(line);
  const skipped = lines.length ? ` (${lines.length} skipped)` : '';
  throw new InputError(`${what}, found ${sources.length}${skipped}`);
}

/** Sources the pipeline skipped (an error while reading one, not English, a copy) or found no claims in. */
function noticeLines(report: Report): string[] {
  return (report.notices ?? []).map((n) => `corroborate: ${n.path ?? n.sourceId}: ${n.message}`);
}

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
  const cwd = process.cwd();
  const loaded = await loadConfig({ file: nonEmpty(stringOption(parsed, 'config'), 'config'), disabled: parsed.values.get('config') === false, cwd });
  const { config } = loaded;
  const format = choiceOption(parsed, 'format', formatNames, config.format ?? 'text');
  const failOn = choiceOption(parsed, 'fail-on', FAIL_ON_LEVELS, config.failOn ?? 'never');
  const output = nonEmpty(stringOption(parsed, 'output'), 'output');
  const baseline = nonEmpty(stringOption(parsed, 'baseline'), 'baseline');
  const writeTo = nonEmpty(stringOption(parsed, 'write-baseline'), 'write-baseline');
  const against = nonEmpty(stringOption(parsed, 'against'), 'against');
  const quiet = booleanOption(parsed, 'quiet') ?? false;
  const maxSourceBytes = byteSizeOption(parsed, 'max-source-bytes');
  if (parsed.positionals.length === 0) {
    throw new UsageError(against === undefined ? 'no articles given: name at least two files or a directory' : 'no draft given: name the draft file (or - for stdin) before --against');
  }
  if (against !== undefined && parsed.positionals.length > 1) {
    throw new UsageError(`--against checks one draft; got ${parsed.positionals.length} paths (${parsed.positionals.join(', ')})`);
  }
  // Read before checking, so that a missing baseline stops the run before any work.
  const known = baseline === undefined ? undefined : await readBaseline(baseline);

  const gather = { output, ignored: ignoreMatcher(loaded, cwd), configPath: loaded.path, maxSourceBytes };
  const options: CheckOptions = { divergencesOnly: booleanOption(parsed, 'divergences-only') ?? false };
  if (config.rules) options.rules = config.rules;
  if (config.aliases) options.aliases = config.aliases;
  const core = await import('@corroborate/core');
  let report: Report;
  if (against === undefined) {
    const { sources, lines } = await gatherSources(parsed.positionals, gather);
    enough(sources, lines, 2, 'need at least two readable articles to compare');
    if (!quiet) for (const line of lines) warn(line);
    report = core.checkSources(sources, options);
    const notices = noticeLines(report);
    if (report.sources.length < 2) {
      // As above: the lines explain the stop, so --quiet does not hide them (those already shown are not repeated).
      for (const line of quiet ? [...lines, ...notices] : notices) warn(line);
      const skipped = lines.length + sources.length - report.sources.length;
      throw new InputError(`need at least two readable articles to compare, found ${report.sources.length}${skipped ? ` (${skipped} skipped)` : ''}`);
    }
    if (!quiet) for (const line of notices) warn(line);
  } else {
    const drafts = await gatherSources(parsed.positionals, gather);
    enough(drafts.sources, drafts.lines, 1, 'need a readable draft');
    const [draft] = drafts.sources as [SourceInput];
    const wires = await gatherSources([against], gather);
    const sources = wires.sources.filter((s) => s.path === undefined || s.path !== draft.path);
    enough(sources, wires.lines, 1, `need at least one readable source in ${against} to check the draft against`);
    if (!quiet) for (const line of [...drafts.lines, ...wires.lines]) warn(line);
    // A wire story may share the draft's file name; the draft keeps its own, recognisable id.
    const ids = new Set(sources.map((s) => s.id));
    const id = ids.has(draft.id) ? `draft:${draft.id}` : draft.id;
    report = core.checkDraft({ ...draft, id }, sources, options);
    const notices = noticeLines(report);
    const draftNotice = report.notices?.find((n) => n.sourceId === id);
    if (draftNotice) {
      for (const line of quiet ? [...drafts.lines, ...wires.lines] : []) warn(line);
      throw new InputError(`${draftNotice.path ?? id}: ${draftNotice.message}; the draft cannot be checked`);
    }
    if (report.sources.length < 2) {
      for (const line of notices) warn(line);
      throw new InputError(`need at least one readable source in ${against} to check the draft against, found 0`);
    }
    if (!quiet) for (const line of notices) warn(line);
  }

  if (writeTo !== undefined) await writeBaseline(writeTo, report);
  if (known) report = withoutKnown(report, known);
  const color = useColor({
    flag: booleanOption(parsed, 'color'),
    toFile: output !== undefined,
    format,
    stdoutIsTTY: process.stdout.isTTY === true,
    env: process.env,
  });
  // In pieces: the JSON of a report of many claims is never held whole, as a string and again as bytes.
  const pieces = core.formatReportPieces(report, format, { styles: stylesFor(color), toolVersion: await cliVersion() });
  if (output !== undefined) await writeReportFile(output, pieces);
  else for (const piece of pieces) await writeStdout(piece);
  return failsOn(report, failOn) ? EXIT.findings : EXIT.ok;
}
