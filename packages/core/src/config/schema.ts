import { z } from 'zod';
import { formatters, type FormatName } from '../report/format/index.js';
import { ruleIds, unknownRuleMessage } from '../rules/index.js';

/**
 * The config file's contract (`corroborate.config.json`, `.corroboraterc.json`, `package.json#corroborate`).
 * One zod schema gives the type, the validation with a message naming the key, and the published
 * `config.schema.json` (written at build time, like `report.schema.json`). Finding the file is the CLI's job.
 */

export const RULE_SETTINGS = ['error', 'warning', 'info', 'off'] as const;
export type RuleSetting = (typeof RULE_SETTINGS)[number];
export const FAIL_ON_SETTINGS = ['error', 'warning', 'never'] as const;

// From the registry, so that a formatter added there is accepted here without a second list to keep in step.
const FORMAT_NAMES = Object.keys(formatters) as [FormatName, ...FormatName[]];
// From the rule registry: an editor completes the ids from the JSON Schema, and a misspelt one is an error.
const RULE_IDS = ruleIds as [string, ...string[]];

export const ConfigSchema = z
  .object({
    $schema: z.string().optional().describe('Where the JSON Schema of this file is, for editors.'),
    rules: z
      .partialRecord(z.enum(RULE_IDS), z.enum(RULE_SETTINGS))
      .optional()
      .describe('Severity per rule id ("quantity/disjoint": "warning"), or "off" to leave the rule\'s findings out.'),
    aliases: z
      .record(z.string().min(1), z.array(z.string().min(1)))
      .optional()
      .describe('A desk\'s own dictionary: each name with the other names of the same entity ("China": ["Beijing"]).'),
    ignore: z
      .array(z.string().min(1))
      .optional()
      .describe('Glob patterns of files never read as articles, relative to the config file ("drafts/**", "*.notes.md").'),
    failOn: z.enum(FAIL_ON_SETTINGS).optional().describe('Default of --fail-on.'),
    format: z.enum(FORMAT_NAMES).optional().describe('Default of --format.'),
    against: z
      .string()
      .min(1)
      .optional()
      .describe('The folder (or file) of sources that `corroborate lsp` checks open drafts against, relative to the config file.'),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; problem: string };

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.map(String).join('.');
  const at = (message: string, key = where) => (key ? `${key}: ${message}` : message);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const [key = ''] = issue.keys;
      if (where === 'rules') return at(unknownRuleMessage(key));
      const known = Object.keys(ConfigSchema.shape).join(', ');
      return at(`unknown key (known keys: ${known})`, where ? `${where}.${key}` : key);
    }
    case 'invalid_value':
      return at(`expected ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}`);
    case 'invalid_type':
      return at(`expected ${issue.expected === 'record' ? 'an object' : issue.expected}`);
    case 'too_small':
      return at('must not be empty');
    case 'invalid_key':
      return at(issue.issues[0]?.message ?? 'invalid key');
    default:
      return at(issue.message);
  }
}

/** Validate a parsed config; a problem is one line naming the key ("rules.name/partial: expected …"). */
export function parseConfig(value: unknown): ConfigResult {
  const result = ConfigSchema.safeParse(value);
  if (result.success) return { ok: true, config: result.data };
  const [issue] = result.error.issues;
  return { ok: false, problem: issue ? describeIssue(issue) : 'invalid config' };
}

/** The JSON Schema (draft 2020-12) of the config file, generated from the zod schema. */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ConfigSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
