import type { MatchOptions } from "../types.js";
import { printable } from "../util/quote.js";
import { UsageError } from "./errors.js";

/** The options every command that matches takes, as given on the command line. */
export interface MatchFlags {
  readonly config?: string | undefined;
  readonly weights?: string | undefined;
  readonly rules?: string | undefined;
  readonly objective?: string | undefined;
  readonly solver?: string | undefined;
  /** `--threads <n>`: the library's `threads` (it checks 1-16). */
  readonly threads?: number | undefined;
  /** `--alternatives [n]`: `true` when given without a number. */
  readonly alternatives?: number | true | undefined;
  /** `--history FILE` (repeatable): earlier results (the tool's JSON, CSV or XLSX export). */
  readonly history?: readonly string[] | undefined;
  /** `--locked FILE` (repeatable): pairs to keep (the tool's export, or mentor and adept columns). */
  readonly locked?: readonly string[] | undefined;
}

/** Next-best mentors listed per adept for a bare `--alternatives`. */
export const DEFAULT_ALTERNATIVES = 3;

function parseValue(raw: string): string | number | boolean {
  const t = raw.trim();
  if (t === "true") return true;
  if (t === "false") return false;
  if (/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/u.test(t)) return Number(t.replace(",", "."));
  return t;
}

/**
 * Parses `name=value,name=value` (as in `--weights wishes=3,geography=1` or
 * `--rules differentMunicipality=off`) into an object. Values that look like numbers become
 * numbers, `true`/`false` booleans, anything else stays text.
 *
 * @example
 * parsePairs("--weights", "wishes=3,geography=0.5") // { wishes: 3, geography: 0.5 }
 */
export function parsePairs(flag: string, text: string): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const part of text.split(/[,;]/u)) {
    if (part.trim() === "") continue;
    const eq = part.indexOf("=");
    const name = eq < 0 ? "" : part.slice(0, eq).trim();
    const value = eq < 0 ? "" : part.slice(eq + 1).trim();
    if (name === "" || value === "") {
      const got = printable(part.trim());
      throw new UsageError((w) => w.pairsExpected(flag, got));
    }
    out[name] = parseValue(value);
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The match options of a command: the `--config` file's object, then `--weights`, `--rules`,
 * `--objective`, `--solver`, `--threads` and `--alternatives` on top (a flag wins over the file; weights and rules merge by
 * name). Values are checked by the library itself, which names the option it rejects.
 *
 * @example
 * matchOptions({ weights: "wishes=3" }, undefined) // { weights: { wishes: 3 } }
 */
export function matchOptions(flags: MatchFlags, configText: string | undefined): MatchOptions {
  let base: Record<string, unknown> = {};
  if (configText !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(configText.replace(/^\uFEFF/u, ""));
    } catch (error) {
      const file = printable(flags.config ?? "");
      const detail = printable(error instanceof Error ? error.message : String(error), 200);
      throw new UsageError((w) => w.configNotJson(file, detail));
    }
    if (!isRecord(parsed)) {
      const file = printable(flags.config ?? "");
      throw new UsageError((w) => w.configNotObject(file));
    }
    base = parsed;
  }
  const options: Record<string, unknown> = { ...base };
  if (flags.weights !== undefined) {
    const fromFile = isRecord(base.weights) ? base.weights : {};
    options.weights = { ...fromFile, ...parsePairs("--weights", flags.weights) };
  }
  if (flags.rules !== undefined) {
    const fromFile = isRecord(base.rules) ? base.rules : {};
    options.rules = { ...fromFile, ...parsePairs("--rules", flags.rules) };
  }
  if (flags.objective !== undefined) options.objective = flags.objective;
  if (flags.solver !== undefined) options.solver = flags.solver;
  if (flags.threads !== undefined) options.threads = flags.threads;
  if (flags.alternatives !== undefined) {
    options.alternatives = flags.alternatives === true ? DEFAULT_ALTERNATIVES : flags.alternatives;
  }
  // The library validates every option and names the one it rejects; see `optionProblem`.
  return options as MatchOptions;
}

/**
 * The option error in a library error message (`safeParseCohort: options.weights.charm is not an
 * option`) as a command-line message, or `undefined` when the error is not about options.
 *
 * @example
 * optionProblem(new RangeError("match: options.objective must be one of ...")) // "options.objective must be one of ..."
 */
export function optionProblem(error: unknown): string | undefined {
  if (!(error instanceof RangeError || error instanceof TypeError)) return undefined;
  const m = /^\w+: (options(?:\.\w+)*\b.*)$/su.exec(error.message);
  if (m === null) return undefined;
  const text = m[1]!;
  if (/^options\.objective is not an option/u.test(text)) {
    return "--objective is not supported by this version of mentorpair yet";
  }
  return text
    .replace(/^options\.weights\./u, "--weights ")
    .replace(/^options\.rules\./u, "--rules ")
    .replace(/^options\.(objective|solver|threads|lang)\b/u, "--$1")
    .replace(/^options\./u, "option ");
}

/**
 * Runs a library call for a command: an option it rejects (`optionProblem`), or a `RangeError`
 * from `fn` itself (an id or field the command line named that is not there), is a mistake on
 * the command line, so it becomes a `UsageError` with the library's words (after `prefix`,
 * which names the flag when one flag is to blame). Any other error passes through.
 *
 * @example
 * const e = asUsage("explainPair", () => explainPair(cohort, mentor, adept, options));
 */
export function asUsage<T>(fn: string, run: () => T, prefix = ""): T {
  try {
    return run();
  } catch (error) {
    const problem = optionProblem(error);
    if (problem !== undefined) throw new UsageError((w) => w.option(problem));
    if (error instanceof RangeError && error.message.startsWith(`${fn}: `)) {
      const text = `${prefix}${error.message.slice(fn.length + 2)}`;
      throw new UsageError((w) => w.option(text));
    }
    throw error;
  }
}
