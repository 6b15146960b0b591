import type { MatchOptions, MatchResult } from "../types.js";
import type { ExplainOptions } from "./types.js";

/**
 * Separates a function's own options (`lang`, `perAdept`, `title`...) from the `match` options it
 * passes on, which `match`'s resolver checks (it rejects keys it does not know).
 *
 * @example
 * splitOptions("explainPair", { lang: "sv", solver: "flow" }, ["lang"])
 * // { own: { lang: "sv" }, rest: { solver: "flow" } }
 */
export function splitOptions<K extends string>(
  fn: string,
  options: unknown,
  ownKeys: readonly K[],
): { own: Partial<Record<K, unknown>>; rest: MatchOptions } {
  if (options === undefined) return { own: {}, rest: {} };
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError(`${fn}: options must be an object`);
  }
  const own: Partial<Record<K, unknown>> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if ((ownKeys as readonly string[]).includes(key)) own[key as K] = value;
    else rest[key] = value;
  }
  return { own, rest: rest as MatchOptions };
}

const EXPLAIN_OPTION_KEYS = [
  "lang",
  "weights",
  "cohort",
  "municipalities",
  "builtinMunicipalities",
];

/**
 * The options of `explain` and `explainReasons`, checked: an object with only their keys.
 *
 * @example
 * explainOptions("explain", { lang: "sv" }) // { lang: "sv" }
 */
export function explainOptions(fn: string, options: unknown): ExplainOptions {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError(`${fn}: options must be an object`);
  }
  for (const key of Object.keys(options)) {
    if (!EXPLAIN_OPTION_KEYS.includes(key)) {
      throw new RangeError(
        `${fn}: options.${key} is not an option (known: ${EXPLAIN_OPTION_KEYS.join(", ")})`,
      );
    }
  }
  return options as ExplainOptions;
}

/**
 * Whether a value has the shape of a `MatchResult` (pairs, unmatched adepts, spare mentors and
 * the audit), before anything reads it as one.
 *
 * @example
 * isMatchResult(match(cohort)) // true
 */
export function isMatchResult(value: unknown): value is MatchResult {
  const r = value as MatchResult;
  return (
    typeof value === "object" &&
    value !== null &&
    Array.isArray(r.pairs) &&
    Array.isArray(r.unmatchedAdepts) &&
    Array.isArray(r.spareMentors) &&
    typeof r.audit === "object" &&
    r.audit !== null
  );
}
