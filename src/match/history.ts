import type { MatchResult } from "../types.js";
import { boundedList, guarded } from "../util/boundary.js";

/** One earlier pair, in the cohort input's `history` shape. */
export interface HistoryEntry {
  readonly mentor: string;
  readonly adept: string;
  readonly cohort?: string;
}

/**
 * Turns earlier results into `history` entries, so a new cohort never repeats an earlier pair.
 * Each result may carry a label (e.g. "2024-spring") that is recorded as the entry's `cohort`.
 * Duplicates (the same pair in two results) are kept once, with the first label.
 *
 * @example
 * const history = historyFromResults([{ result: spring, cohort: "2024-spring" }]);
 * match({ ...nextCohort, history: [...(nextCohort.history ?? []), ...history] });
 */
export function historyFromResults(
  results: readonly (MatchResult | { readonly result: MatchResult; readonly cohort?: string })[],
): HistoryEntry[] {
  return guarded("historyFromResults", () => historyUnguarded(results));
}

function historyUnguarded(
  results: readonly (MatchResult | { readonly result: MatchResult; readonly cohort?: string })[],
): HistoryEntry[] {
  const seen = new Set<string>();
  const entries: HistoryEntry[] = [];
  for (const item of boundedList("historyFromResults", "results", results) as typeof results) {
    const { result, cohort } =
      typeof item === "object" && item !== null && "result" in item
        ? item
        : { result: item, cohort: undefined };
    if (!Array.isArray(result?.pairs)) {
      throw new TypeError(
        "historyFromResults: each item must be a MatchResult or { result, cohort }",
      );
    }
    const pairs = boundedList("historyFromResults", "result.pairs", result.pairs);
    for (const pair of pairs as typeof result.pairs) {
      const key = `${pair.mentorId}\u0000${pair.adeptId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      entries.push(
        cohort === undefined
          ? { mentor: pair.mentorId, adept: pair.adeptId }
          : { mentor: pair.mentorId, adept: pair.adeptId, cohort },
      );
    }
  }
  return entries;
}
