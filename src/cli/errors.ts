import { type CliWords, cliWords } from "./words.js";

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
  /**
   * A usage error: unknown option, bad option value, missing or unreadable file; or the output
   * cannot be written (`--out` names an input, a link or a missing folder; the disk is full;
   * standard output is closed or full). The previous file at `--out` is then left as it was.
   */
  usage: 2,
  /** An unexpected internal error: a bug. */
  bug: 3,
} as const;

/** An error the CLI says in the user's language: its words, in English or for every language. */
abstract class SaidError extends Error {
  /** The message in English, or words in every language (see `cliWords`). */
  constructor(readonly say: string | ((w: CliWords) => string)) {
    super(typeof say === "string" ? say : say(cliWords("en")));
  }

  /** The message in a language. */
  text(lang: "sv" | "en" | undefined): string {
    return typeof this.say === "string" ? this.say : this.say(cliWords(lang));
  }
}

/**
 * A problem with the command line; reported in one line with exit code 2.
 *
 * @example
 * throw new UsageError("--weights expects name=value pairs");
 */
export class UsageError extends SaidError {
  override readonly name = "UsageError";
}

/**
 * A problem with the input; reported in one line with exit code 1.
 *
 * @example
 * throw new InputError("2 problems in mentorer.csv");
 */
export class InputError extends SaidError {
  override readonly name = "InputError";
}

/**
 * Why a file or standard output could not be written, in words, from the error's `code`
 * (`ENOSPC`, `EACCES`, ...); `undefined` when the error has no system code (then it is a bug).
 *
 * @example
 * writeProblem(Object.assign(new Error("write"), { code: "ENOSPC" })) // "the disk is full"
 */
export function writeProblem(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== "string") return undefined;
  return code === "ENOENT" ? "the folder does not exist" : cliWords("en").fileProblem(code);
}
