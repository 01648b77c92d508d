import type { Styles } from '@corroborate/core';
import { createColors } from 'picocolors';

export interface ColorContext {
  /** `--color` (true), `--no-color` (false) or neither (undefined). */
  flag: boolean | undefined;
  /** Whether the report goes to a file instead of stdout. */
  toFile: boolean;
  format: string;
  stdoutIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * FORCE_COLOR as chalk (supports-color) and Node read it: unset means no wish; "0" or "false" means no colour;
 * anything else ("1", "2", "3", "true", or empty) means colour.
 */
function forceColor(env: ColorContext['env']): boolean | undefined {
  const value = env['FORCE_COLOR'];
  if (value === undefined) return undefined;
  return !['0', 'false'].includes(value.trim().toLowerCase());
}

/**
 * Colour for a person at a terminal only. Files and JSON never get escape codes, even when forced: they are read
 * by programs. The more specific wish wins, as in Node and chalk: a flag, then FORCE_COLOR, then NO_COLOR (any
 * non-empty value, no-color.org), then whether stdout is a terminal that is not TERM=dumb.
 */
export function useColor(context: ColorContext): boolean {
  if (context.toFile || context.format !== 'text') return false;
  if (context.flag !== undefined) return context.flag;
  const forced = forceColor(context.env);
  if (forced !== undefined) return forced;
  const noColor = context.env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  return context.stdoutIsTTY && context.env['TERM'] !== 'dumb';
}

export function stylesFor(enabled: boolean): Styles {
  const c = createColors(enabled);
  return { bold: c.bold, dim: c.dim, red: c.red, yellow: c.yellow, green: c.green, cyan: c.cyan };
}
