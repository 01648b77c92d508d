import { parseArgs } from 'node:util';
import { closestMatches, didYouMean } from '@corroborate/core/format';
import { UsageError } from './errors.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
}

export interface ParsedArgs {
  /** Values of the options given; for booleans, the last of a flag and its `no-` twin decides. */
  values: Map<string, string | boolean>;
  positionals: string[];
}

function optionName(name: string, rawName: string): string {
  return rawName.startsWith('--') ? `--${name}` : rawName;
}

/** `; did you mean "--format"?` for a long option close to a known one (`--frmat`, `--fromat`, `--no-colour`). */
function suggestOption(name: string, rawName: string, specs: Readonly<Record<string, OptionSpec>>): string {
  if (!rawName.startsWith('--')) return '';
  return didYouMean(closestMatches(name, Object.keys(specs)).map((known) => `--${known}`));
}

/**
 * Parse with node:util, leniently, then check every token ourselves: parseArgs' own strict errors are long and
 * talk about its API, while a user needs one short line naming the bad option.
 */
export function parseOptions(args: readonly string[], specs: Readonly<Record<string, OptionSpec>>): ParsedArgs {
  const { tokens } = parseArgs({ args: [...args], options: { ...specs }, strict: false, allowPositionals: true, tokens: true });
  const values = new Map<string, string | boolean>();
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const spec = specs[token.name];
    const shown = optionName(token.name, token.rawName);
    if (!spec) throw new UsageError(`unknown option "${shown}"${suggestOption(token.name, token.rawName, specs)}`);
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`option "${shown}" takes no value`);
      const negated = token.name.startsWith('no-');
      values.set(negated ? token.name.slice(3) : token.name, !negated);
      continue;
    }
    // A missing value makes parseArgs swallow the next option as the value ("--output --quiet").
    // "-" alone is a value (stdin), as in `--ndjson -`.
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-') && token.value !== '-')) {
      throw new UsageError(`option "${shown}" needs a value`);
    }
    values.set(token.name, token.value);
  }
  return { values, positionals };
}

export function stringOption(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.values.get(name);
  return typeof value === 'string' ? value : undefined;
}

export function booleanOption(parsed: ParsedArgs, name: string): boolean | undefined {
  const value = parsed.values.get(name);
  return typeof value === 'boolean' ? value : undefined;
}

/** Restrict a string option to a closed set of values. */
export function choiceOption<T extends string>(
  parsed: ParsedArgs,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const value = stringOption(parsed, name);
  if (value === undefined) return fallback;
  const found = choices.find((choice) => choice === value);
  if (found === undefined) {
    throw new UsageError(`invalid value "${value}" for --${name}; use ${choices.slice(0, -1).join(', ')} or ${choices.at(-1) ?? ''}`);
  }
  return found;
}

const BYTE_UNITS: Readonly<Record<string, number>> = { '': 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** A size in bytes: `500000`, `512K`, `4MB`, `1GiB` (units are powers of 1024). */
export function byteSizeOption(parsed: ParsedArgs, name: string): number | undefined {
  const value = stringOption(parsed, name);
  if (value === undefined) return undefined;
  const match = /^(\d+)\s*([a-z]*)$/i.exec(value.trim());
  const unit = match ? BYTE_UNITS[(match[2] ?? '').toLowerCase()] : undefined;
  if (!match || unit === undefined || Number(match[1]) < 1) {
    throw new UsageError(`invalid value "${value}" for --${name}; give a size in bytes, such as 4000000 or 4MB`);
  }
  return Number(match[1]) * unit;
}

/** A whole number from `min` to `max`, or undefined when the option is not given. */
export function integerOption(parsed: ParsedArgs, name: string, min: number, max: number, what = 'a whole number'): number | undefined {
  const value = stringOption(parsed, name);
  if (value === undefined) return undefined;
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(number >= min && number <= max)) {
    throw new UsageError(`invalid value "${value}" for --${name}; use ${what} from ${min} to ${max}`);
  }
  return number;
}
