import type { Aliases, RuleSettings, SourceInput } from '@corroborate/core';

/** What a config file gives every story's check (plain data: it goes to the workers). */
export interface StoryConfig {
  /** Severity per rule id, or "off" (`checkSources(…, { rules })`). */
  rules?: RuleSettings;
  /** Other names of the same entity (`checkSources(…, { aliases })`). */
  aliases?: Aliases;
  /** Folder mode: glob patterns of files that are never articles, relative to `ignoreBase`. */
  ignore?: string[];
  /** The config file's folder, which `ignore` patterns are relative to. */
  ignoreBase?: string;
}

/** One story to check: either a folder to read, or sources already read (from NDJSON). */
export interface BatchTask {
  /** Position of the story in the input: the output order. */
  seq: number;
  story: string;
  /** Folder of the story's articles (folder mode). */
  dir?: string;
  /** The story's articles (NDJSON mode). */
  sources?: SourceInput[];
  /** Articles left out before the check, as "id: reason", for the error message. */
  skipped?: string[];
  divergencesOnly: boolean;
  /** Articles larger than this are skipped (folder mode; NDJSON lines are measured while grouping). */
  maxSourceBytes: number;
  /** From the config file, as for `check`. */
  config?: StoryConfig;
}

/** The answer: the story's output line (without newline) and what `--fail-on` needs. */
export interface BatchResult {
  seq: number;
  line: string;
  /** Divergences of severity error (agreements never count for `--fail-on`, as in `check`). */
  errors: number;
  /** Divergences of severity warning. */
  warnings: number;
  /** The story could not be checked; `line` carries `{ story, error }`. */
  failed: boolean;
}

export function errorResult(task: Pick<BatchTask, 'seq' | 'story'>, message: string): BatchResult {
  return {
    seq: task.seq,
    line: JSON.stringify({ story: task.story, error: message }),
    errors: 0,
    warnings: 0,
    failed: true,
  };
}
