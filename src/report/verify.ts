/**
 * The report's check of what it is handed: a result must come from `match` on this cohort with
 * these options. Its people and pair scores are checked against the prepared cohort; where the
 * report lists alternatives (they are losses against the plan) the plan is proven optimal with
 * the result's certificate (`verifiedPlan`), which scores every allowed pair once and solves
 * nothing. A result without a certificate (an older version's) is compared with the plan
 * solved once more.
 */
import { UNITS_PER_POINT, weightedUnits } from "../criteria/total.js";
import { type CohortContext, idIndex } from "../explain/context.js";
import { resolveOptions } from "../options/resolve.js";
import { type OptimalPlan, optimalPlan, verifiedPlan } from "../plan/plan.js";
import type { Prepared } from "../prepare/prepare.js";
import type { MatchOptions, MatchResult } from "../types.js";
import { canonicalJson } from "../util/hash.js";

/**
 * Most people on either side for which the report lists alternatives. With the default
 * objective they take one shortest-path search per adept (a 300 x 300 cohort: under a second);
 * with `"fair"` each alternative is a few exact solves, hence the lower limit.
 *
 * @example
 * REPORT_ALTERNATIVES_MAX.total // 300
 */
export const REPORT_ALTERNATIVES_MAX = Object.freeze({ total: 300, fair: 60, stable: 0 });

/** The options that decide scores and the plan: they must be the ones the result was made with. */
const AUDITED = ["weights", "rules", "criteria", "solver", "objective"] as const;

/**
 * The result's own options (from its audit), plus the caller's municipality table. An audited
 * option the caller passes as well must resolve to the same value: a report that scored pairs
 * with other weights than the result would contradict itself.
 *
 * @example
 * prepare("renderReport", cohort, optionsFor(result, { municipalities }))
 */
export function optionsFor(result: MatchResult, rest: MatchOptions): MatchOptions {
  const given = resolveOptions("renderReport", rest);
  const audit = result.audit;
  const fromAudit = {
    weights: audit.weights,
    rules: audit.rules,
    criteria: audit.criteria,
    solver: audit.solver,
    objective: audit.objective,
  };
  for (const key of AUDITED) {
    if (rest[key] === undefined) continue;
    if (canonicalJson(given[key]) !== canonicalJson(fromAudit[key])) {
      throw new RangeError(
        `renderReport: options.${key} differs from the result's audit.${key}; pass the options the result was made with (or leave ${key} out)`,
      );
    }
  }
  return { ...rest, ...fromAudit };
}

function canonicalOf(ctx: CohortContext, role: "mentor" | "adept", id: string): number {
  const at = idIndex(ctx, role, id);
  if (at === undefined) {
    throw new RangeError(
      `renderReport: the result does not belong to this cohort: ${role} ${JSON.stringify(id)} is not in it`,
    );
  }
  return at;
}

/**
 * The result must describe this cohort: its people, and its scores under these options. Returns
 * its pairs in canonical indices. Scores come from the criteria pair by pair (a few per mentor:
 * the scorer's row-by-row fast path would score every pair of the cohort).
 *
 * @example
 * const pairs = checkResult(cohortContext(p), result); // [{ mentor: 0, adept: 3 }, ...]
 */
export function checkResult(
  ctx: CohortContext,
  result: MatchResult,
): { mentor: number; adept: number }[] {
  const { p } = ctx;
  const pairs: { mentor: number; adept: number }[] = [];
  for (const pair of result.pairs) {
    const m = canonicalOf(ctx, "mentor", pair.mentorId);
    const a = canonicalOf(ctx, "adept", pair.adeptId);
    const units = weightedUnits(p.scorer.criteria(m, a), p.options.weights);
    if (Math.round(pair.score * UNITS_PER_POINT) !== units) {
      throw new RangeError(
        `renderReport: the result scores ${pair.mentorId}/${pair.adeptId} ${pair.score}, this cohort ${units / UNITS_PER_POINT}: the result was made from another cohort or with other options`,
      );
    }
    pairs.push({ mentor: m, adept: a });
  }
  for (const u of result.unmatchedAdepts) canonicalOf(ctx, "adept", u.id);
  for (const s of result.spareMentors) canonicalOf(ctx, "mentor", s.id);
  if (result.pairs.length + result.unmatchedAdepts.length !== p.adepts.length) {
    throw new RangeError(
      `renderReport: the result accounts for ${result.pairs.length + result.unmatchedAdepts.length} adepts, the cohort has ${p.adepts.length}`,
    );
  }
  return pairs;
}

/**
 * Whether the report lists alternatives for this cohort (they take a plan).
 *
 * @example
 * listsAlternatives(p) // false above 300 people on a side
 */
export function listsAlternatives(p: Prepared): boolean {
  const limit = REPORT_ALTERNATIVES_MAX[p.options.objective];
  return p.mentors.length <= limit && p.adepts.length <= limit;
}

const NOT_OPTIMAL =
  "renderReport: the result's pairs are not the optimal plan of this cohort with the result's options; make the result with match() on this cohort";

/**
 * The result's plan, proven optimal for this cohort: with its certificate, without solving
 * (`verifiedPlan`); a result without one (made by an older version) is compared with the plan
 * solved once more. Alternatives are losses against this plan, so it must be the result's. A
 * plan that ties with the optimum on every level is an optimum too and is accepted; any other
 * throws a `RangeError` naming `renderReport`.
 *
 * @example
 * alternativesOfPlan(provenPlan(p, checkResult(ctx, result), result), 3)
 */
export function provenPlan(
  p: Prepared,
  pairs: readonly { mentor: number; adept: number }[],
  result: MatchResult,
): OptimalPlan {
  if (result.certificate !== undefined) {
    const plan = verifiedPlan(p, pairs, result.certificate);
    if (plan === null) throw new RangeError(NOT_OPTIMAL);
    return plan;
  }
  const plan = optimalPlan(p);
  const planned = new Set<string>();
  plan.mentorOf.forEach((m, a) => {
    if (m >= 0) planned.add(`${m}/${a}`);
  });
  const same =
    planned.size === pairs.length && pairs.every((x) => planned.has(`${x.mentor}/${x.adept}`));
  if (!same) throw new RangeError(NOT_OPTIMAL);
  return plan;
}
