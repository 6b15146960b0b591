import { alternativesOfPlan } from "../plan/alternatives.js";
import { optimalPlan } from "../plan/plan.js";
import { prepare } from "../prepare/prepare.js";
import type { CohortInput } from "../schema/cohort.js";
import { guarded } from "../util/boundary.js";
import { splitOptions } from "./options.js";
import type { AdeptAlternatives, AlternativesOptions } from "./types.js";

function resolvePerAdept(value: unknown): number {
  if (value === undefined) return 3;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new RangeError(
      `alternatives: options.perAdept must be a whole number >= 0, got ${String(value)}`,
    );
  }
  return value;
}

/**
 * For every adept: the mentor in the optimal plan (if any) and the next best allowed mentors by
 * pair score (at most `perAdept`, default 3), each with the exact loss in the objective if the
 * adept were given that mentor instead (the best plan containing that pair, locked pairs kept;
 * the same number `explainPair` gives as `loss`). Adepts come in canonical order (by normalised
 * id), so the answer does not depend on the order of the input. Locked adepts get no
 * alternatives; mentors whose places are all held by locked pairs are not offered.
 *
 * Cost: one `match`-sized solve for the optimum, on one prepared cohort. Then, with the default
 * objective `"total"`, one shortest-path search per adept gives the forced optimum for all its
 * alternatives at once (the forced plan differs from the optimum by one cycle through the forced
 * pair; see `ForcingOracle`), so a few hundred people per side take well under a second. With
 * objective `"fair"` each alternative costs one exact solve of the residual problem (more when
 * the weakest pair has to be searched for again), which is slower: keep it to cohorts of tens.
 *
 * Throws like `match` for an invalid cohort or option, and a `RangeError` naming `alternatives`
 * for a bad `perAdept`.
 *
 * @example
 * for (const a of alternatives(cohort)) {
 *   console.log(a.adeptId, a.mentorId, a.alternatives.map((x) => `${x.mentorId} -${x.loss.totalScore}`));
 * }
 */
export function alternatives(
  cohort: CohortInput,
  options?: AlternativesOptions,
): AdeptAlternatives[] {
  return guarded("alternatives", () => alternativesUnguarded(cohort, options));
}

function alternativesUnguarded(
  cohort: unknown,
  options?: AlternativesOptions,
): AdeptAlternatives[] {
  const { own, rest } = splitOptions("alternatives", options, ["perAdept"]);
  const perAdept = resolvePerAdept(own.perAdept);
  const p = prepare("alternatives", cohort, rest);
  return alternativesOfPlan(optimalPlan(p), perAdept);
}
