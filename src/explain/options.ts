import type { MatchOptions } from "../types.js";

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
