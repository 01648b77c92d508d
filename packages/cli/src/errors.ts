/** Exit codes, documented in `corroborate --help` and docs/cli.md. */
export const EXIT = {
  ok: 0,
  findings: 1,
  usage: 2,
  /** A path given could not be read: the report of the others is written, but the check is incomplete. */
  unreadable: 2,
  output: 3,
} as const;

/** A mistake in the command line: the message is followed by a pointer to the help. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Nothing wrong with the command line, but not enough to work with (fewer than two readable articles). */
export class InputError extends Error {
  override name = 'InputError';
}

/** The report was made but could not be written. */
export class OutputError extends Error {
  override name = 'OutputError';
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
