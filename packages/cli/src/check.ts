import type { CheckOptions, Report, SourceInput } from '@corroborate/core';
import { formatNames } from '@corroborate/core/format';
import { booleanOption, byteSizeOption, choiceOption, type OptionSpec, parseOptions, stringOption } from './args.js';
import { readBaseline, writeBaseline } from './baseline.js';
import { stylesFor, useColor } from './colors.js';
import { loadConfig } from './config.js';
import { EXIT, InputError, UsageError } from './errors.js';
import { DEFAULT_FAIL_ON, FAIL_ON_LEVELS, failsOn } from './fail-on.js';
import { CHECK_HELP, ruleListing } from './help.js';
import { STDIN_PATH } from './stdin.js';
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
  'list-rules': { type: 'boolean' },
  'stdin-filename': { type: 'string' },
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

/**
 * Sources the pipeline skipped (an error while reading one, not English, a copy) or found no claims in, and
 * inline comments naming an unknown rule or suppressing nothing (with their line).
 */
function noticeLines(report: Report, noticeLine: (n: NonNullable<Report['notices']>[number]) => string): string[] {
  return (report.notices ?? []).map((n) => `corroborate: ${noticeLine(n)}`);
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
  if (booleanOption(parsed, 'list-rules')) {
    await writeStdout(ruleListing((await import('@corroborate/core')).ruleList));
    return EXIT.ok;
  }
  const cwd = process.cwd();
  const loaded = await loadConfig({ file: nonEmpty(stringOption(parsed, 'config'), 'config'), disabled: parsed.values.get('config') === false, cwd });
  const { config } = loaded;
  const format = choiceOption(parsed, 'format', formatNames, config.format ?? 'text');
  const failOn = choiceOption(parsed, 'fail-on', FAIL_ON_LEVELS, config.failOn ?? DEFAULT_FAIL_ON);
  const output = nonEmpty(stringOption(parsed, 'output'), 'output');
  const baseline = nonEmpty(stringOption(parsed, 'baseline'), 'baseline');
  const writeTo = nonEmpty(stringOption(parsed, 'write-baseline'), 'write-baseline');
  const against = nonEmpty(stringOption(parsed, 'against'), 'against');
  const quiet = booleanOption(parsed, 'quiet') ?? false;
  const maxSourceBytes = byteSizeOption(parsed, 'max-source-bytes');
  const stdinName = nonEmpty(stringOption(parsed, 'stdin-filename'), 'stdin-filename');
  if (stdinName !== undefined && !parsed.positionals.includes(STDIN_PATH)) {
    throw new UsageError('--stdin-filename names standard input; give "-" among the paths too');
  }
  if (parsed.positionals.length === 0) {
    throw new UsageError(against === undefined ? 'no articles given: name at least two files or a directory' : 'no draft given: name the draft file (or - for stdin) before --against');
  }
  if (against !== undefined && parsed.positionals.length > 1) {
    throw new UsageError(`--against checks one draft; got ${parsed.positionals.length} paths (${parsed.positionals.join(', ')})`);
  }
  // Read before checking, so that a missing baseline stops the run before any work.
  const known = baseline === undefined ? undefined : await readBaseline(baseline);

  const [core, node] = await Promise.all([import('@corroborate/core'), import('@corroborate/core/node')]);
  const ignored = node.ignoreMatcher(config.ignore ?? [], loaded.dir, cwd);
  const gather = { output, ignored, configPath: loaded.path, maxSourceBytes, stdinName };
  const options: CheckOptions = { divergencesOnly: booleanOption(parsed, 'divergences-only') ?? false };
  if (config.rules) options.rules = config.rules;
  if (config.aliases) options.aliases = config.aliases;
  let report: Report;
  // Paths given that could not be read: the others are still checked and reported, but the run is not a pass.
  let unreadable = 0;
  if (against === undefined) {
    const { sources, lines, unreadable: missing } = await gatherSources(parsed.positionals, gather);
    unreadable += missing;
    enough(sources, lines, 2, 'need at least two readable articles to compare');
    if (!quiet) for (const line of lines) warn(line);
    report = core.checkSources(sources, options);
    const notices = noticeLines(report, core.noticeLine);
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
    unreadable += drafts.unreadable + wires.unreadable;
    const sources = wires.sources.filter((s) => s.path === undefined || s.path !== draft.path);
    enough(sources, wires.lines, 1, `need at least one readable source in ${against} to check the draft against`);
    if (!quiet) for (const line of [...drafts.lines, ...wires.lines]) warn(line);
    // A wire story may share the draft's file name; the draft keeps its own, recognisable id.
    const ids = new Set(sources.map((s) => s.id));
    const id = ids.has(draft.id) ? `draft:${draft.id}` : draft.id;
    report = core.checkDraft({ ...draft, id }, sources, options);
    const notices = noticeLines(report, core.noticeLine);
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

  // An article that failed inside the pipeline could not be read either (the other notices are about content).
  unreadable += (report.notices ?? []).filter((n) => n.code === 'failed').length;
  if (writeTo !== undefined) await writeBaseline(writeTo, report);
  if (known) report = core.applyBaseline(report, known);
  const color = useColor({
    flag: booleanOption(parsed, 'color'),
    toFile: output !== undefined,
    format,
    stdoutIsTTY: process.stdout.isTTY === true,
    env: process.env,
  });
  // SARIF and GitHub annotations are read from the repository root, whatever folder the run was started in.
  const repository = node.repositoryPaths(report, { cwd });
  // In pieces: the JSON of a report of many claims is never held whole, as a string and again as bytes.
  const pieces = core.formatReportPieces(report, format, { styles: stylesFor(color), toolVersion: await cliVersion(), repository });
  if (output !== undefined) await writeReportFile(output, pieces);
  else for (const piece of pieces) await writeStdout(piece);
  if (unreadable > 0) return EXIT.unreadable;
  return failsOn(report, failOn) ? EXIT.findings : EXIT.ok;
}
