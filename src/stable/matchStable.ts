import { resultOf } from "../match/match.js";
import type { Prepared } from "../prepare/prepare.js";
import { prepare } from "../prepare/prepare.js";
import type { CohortInput } from "../schema/cohort.js";
import type { StablePlanResult } from "../stability/stability.js";
import type { MatchOptions, MatchResult } from "../types.js";
import { guarded } from "../util/boundary.js";
import { stableOptimum } from "./stableOptimum.js";

/**
 * `matchStable`, keeping the prepared cohort and the plan for a later step that reads them (the
 * CLI's report), as `matchWithPlan` does for `match`.
 *
 * @example
 * const { p, plan, result } = matchStableWithPlan(cohort);
 */
export function matchStableWithPlan(
  cohort: CohortInput,
  options?: MatchOptions,
): { p: Prepared; plan: StablePlanResult; result: MatchResult } {
  return guarded("matchStable", () => {
    const t0 = performance.now();
    const objective = options?.objective;
    if (objective !== undefined && objective !== "stable")
      throw new RangeError(
        `options.objective must be "stable" or left out (match solves "${String(objective)}")`,
      );
    const p = prepare("matchStable", cohort, { ...options, objective: "stable" });
    const plan = stableOptimum(p);
    return { p, plan, result: resultOf(plan, t0) };
  });
}

/**
 * `match` with objective `"stable"`: among plans with no blocking pair (see `Stability` and the
 * README), the one with the fewest soft-rule violations, then the highest total score, solved
 * exactly (the rotation poset of the stable plans and a minimum cut, checked against the LP over
 * the stable-matching polytope for small cohorts). The result's `stability` block holds the
 * plan's blocking pairs (none), the price of stability (the default optimum's total minus this
 * plan's) and who would have blocked the default plan. Validates and checks like `match`;
 * `options.objective` may be left out or `"stable"`. In its own entry so the core's bundle
 * does not carry the solver.
 *
 * @example
 * import { matchStable } from "mentorpair/stable";
 * const result = matchStable(cohort);
 * result.stability?.priceOfStability // 1.5
 */
export function matchStable(cohort: CohortInput, options?: MatchOptions): MatchResult {
  return matchStableWithPlan(cohort, options).result;
}
