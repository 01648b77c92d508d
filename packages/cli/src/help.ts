import type { RuleInfo } from '@corroborate/core';
import { formatterList } from '@corroborate/core/format';

export const HINT = 'Run "corroborate --help" for usage.';

const EXIT_CODES = `Exit codes:
  0  the report was written; no divergence at or above --fail-on
  1  a divergence at or above --fail-on was found (by default: an error)
  2  usage or config error, fewer than two readable articles, or a path that
     could not be read (the report of the others is still written)
  3  the report could not be written`;

export const MAIN_HELP = `corroborate: check news articles about the same event against each other

Usage:
  corroborate check <paths...> [options]   compare articles; report agreements and divergences
  corroborate batch [options]              check many events in one run
  corroborate lsp --stdio                  a language server: check drafts in the editor
  corroborate --help | --version

Run "corroborate check --help", "corroborate batch --help" or "corroborate lsp --help"
for a command's options.

${EXIT_CODES}
`;

// Listed from the core's registry, so a new format is in the help the day it is registered.
const FORMAT_LINES = formatterList.map((f) => `                             ${f.name.padEnd(9)}${f.description}`).join('\n');

export const CHECK_HELP = `Usage: corroborate check <paths...> [options]
       corroborate check <draft> --against <path> [options]

Split the articles into claims, align the claims across sources and report where
the sources agree and where they diverge, quoting each source's own words.

Each path is an article (.txt, .md, .markdown, .html or .htm) or a directory of
them, read one level deep; - reads one article from standard input; a web page
(.html, .htm, or a file that opens like one) is read as HTML (visible text only). Paths that cannot be read, and articles that cannot
be checked (not English, a copy of another, an error while reading one), are
skipped with one warning line each; at least two readable articles are needed.
With --against, the one path is a draft, checked against the sources.

Options:
  -f, --format <name>      the report format (default text):
${FORMAT_LINES}
  -o, --output <file>      write the report to <file>, replacing it in one step,
                           instead of printing it
      --fail-on <level>    exit 1 when a divergence at this severity or worse is
                           found: error (default), warning or never
      --divergences-only   leave agreements out of the report
      --color, --no-color  force colour on or off; by default the text report is
                           coloured on a terminal (FORCE_COLOR and NO_COLOR are
                           honoured)
  -q, --quiet              do not warn about skipped files
      --stdin-filename <name>
                           the name of the article read from - (its id, path and
                           format in the report)
      --max-source-bytes <n>
                           skip articles larger than <n> bytes (default 2MB;
                           4000000, 512K and 4MB all work)
      --against <path>     check the draft against the sources in <path> (a file
                           or a directory): what they contradict, do not
                           support and confirm
      --config <file>      use this config file instead of looking for
                           corroborate.config.json, .corroboraterc.json or
                           package.json#corroborate from here upwards
      --no-config          use no config file
      --baseline <file>    report only findings that are not in this baseline
      --write-baseline <file>
                           record this run's findings in <file> (replaced in
                           one step)
      --list-rules         print every rule id with its default severity and
                           help text
  -h, --help               show this help
  -v, --version            print the version

${EXIT_CODES}

Examples:
  corroborate check fixtures/apt31
  corroborate check a.md b.md c.txt --divergences-only
  corroborate check articles/ --format html --output report.html
  corroborate check articles/ --format json --fail-on error > report.json
  corroborate check articles/ --format sarif --output corroborate.sarif
  corroborate check draft.md --against wires/ --fail-on error
  corroborate check articles/ --write-baseline .corroborate-baseline.json
  corroborate check articles/ --baseline .corroborate-baseline.json
  pbpaste | corroborate check - wires/ --stdin-filename draft.md
  corroborate check --list-rules
`;

/** The help of `batch`; the default number of workers is the machine's. */
export function batchHelp(parallelism: number): string {
  return `Usage: corroborate batch <dir> [options]
       corroborate batch --ndjson <file|-> [options]

Check many stories at once. With <dir>, each subfolder is one story and its .txt, .md, .markdown,
.html and .htm files are the sources. With --ndjson, each line is {"story": ..., "id": ..., "text": ...}; the lines
of one story may be interleaved with other stories' lines (within --window lines).
Writes one NDJSON line per story, in input order: {"story": ..., "report": {...}}, or
{"story": ..., "error": "..."} when a story has fewer than two usable sources, or its worker
crashed or hung on it (the worker is replaced and the run goes on).

Options:
      --ndjson <file|->   read stories from an NDJSON file, or from stdin with -
  -j, --jobs <n>          worker threads (default: ${parallelism}, the available parallelism)
  -o, --output <file>     write to a file (atomically: all or nothing) instead of stdout
      --fail-on <level>   exit 1 if any story has a divergence at this severity or worse:
                          error (default), warning or never
      --divergences-only  leave agreements out of the reports
      --window <lines>    NDJSON: close a story after this many lines without it (default 1000; 0 = whole input)
      --max-source-bytes <n>
                          skip articles larger than <n> bytes (default 2MB)
      --story-timeout <s> stop a story still running after <s> seconds (default 300); its worker is replaced
      --no-progress       no progress bar (it is only drawn when stderr is a terminal)
      --config <file>     use this config file (rules, aliases, ignore, failOn) instead of
                          looking for one from here upwards, as check does
      --no-config         use no config file
  -h, --help              show this help

${EXIT_CODES}
`;
}

/**
 * `corroborate check --list-rules`: one block per rule, its id first on the line (so that grep finds it), with
 * its kind and default severity, then what it reports and what to do.
 */
export function ruleListing(rules: readonly RuleInfo[]): string {
  const blocks = rules.map((r) => {
    const severity = r.severityNote === undefined ? r.severity : `${r.severity}; ${r.severityNote}`;
    return `${r.id}  (${r.kind}, default ${severity})\n  ${r.summary}\n  ${r.help}\n`;
  });
  const footer = `${rules.length} rules. Set a rule's severity, or "off", in the config file's "rules" (docs/config.md);\nsuppress one line with <!-- corroborate-disable-next-line rule-id --> in a Markdown article.\n`;
  return `${blocks.join('\n')}\n${footer}`;
}

export const LSP_HELP = `Usage: corroborate lsp [--stdio]

A Language Server Protocol server on standard input and output (--stdio is the
only transport, and the default). Each open Markdown or plain-text document is
checked as a draft against the sources, as "corroborate check <draft> --against"
does, and the draft findings are published as diagnostics: contradicted as
errors, disputed, unsupported, outdated and inconsistent as warnings, confirmed
as hints, each with the sources' own words as related information.

The sources come from the editor's "corroborate.against" setting (or the
initialization option "against"), relative to the workspace root, else from the
"against" key of the config file found from the workspace root upwards. They are
read once and again when their files or the settings change.

Options:
      --stdio              talk LSP over stdin and stdout (the default)
  -h, --help               show this help

Set-up for VS Code and Neovim: docs/editor.md.
`;
