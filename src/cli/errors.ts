/**
 * Exit codes of the CLI.
 *
 * @example
 * process.exitCode = EXIT.usage; // 2
 */
export const EXIT = {
  ok: 0,
  /** Invalid input, or no pair can be formed. */
  invalid: 1,
  /** A usage error: unknown option, bad option value, missing or unreadable file. */
  usage: 2,
  /** An unexpected internal error: a bug. */
  bug: 3,
} as const;

/**
 * A problem with the command line; reported in one line with exit code 2.
 *
 * @example
 * throw new UsageError("--weights expects name=value pairs");
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/**
 * A problem with the input; reported in one line with exit code 1.
 *
 * @example
 * throw new InputError("2 problems in mentorer.csv");
 */
export class InputError extends Error {
  override readonly name = "InputError";
}
