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
 * Colour for a person at a terminal only. Files and JSON never get escape codes, even when forced: they are read
 * by programs. A flag beats NO_COLOR, as no-color.org asks: the flag is the more specific wish.
 */
export function useColor(context: ColorContext): boolean {
  if (context.toFile || context.format !== 'text') return false;
  if (context.flag !== undefined) return context.flag;
  const noColor = context.env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  return context.stdoutIsTTY;
}

export function stylesFor(enabled: boolean): Styles {
  const c = createColors(enabled);
  return { bold: c.bold, dim: c.dim, red: c.red, yellow: c.yellow, green: c.green, cyan: c.cyan };
}
