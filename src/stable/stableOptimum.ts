import { UNITS_PER_POINT } from "../criteria/total.js";
import { checkPlan } from "../plan/checkPlan.js";
import { type OptimalPlan, optimalPlan, planOf } from "../plan/plan.js";
import { type Prepared, softViolations } from "../prepare/prepare.js";
import type { SolverInfo, Stability } from "../types.js";
import { SolverError } from "../util/solverError.js";
import { blockingEdges } from "./blocking.js";
import { stabilityOf, stableInstance, stablePlan } from "./stability.js";
import { stableLp } from "./stableLp.js";

/**
 * Most acceptable pairs (after locked pairs, counting each free place of a mentor once) for
 * which the stable objective is solved: the LP has one variable and one dense constraint per
 * clone pair, and javascript-lp-solver's dense tableau grows with their square (about 5 s at
 * 540 pairs on one core, and minutes at 800: the stable polytope is highly degenerate).
 */
export const STABLE_LP_MAX_PAIRS = 500;

/**
 * A stable plan as the result step reads it: the plan, the solver, no certificate (the
 * certificate proves plans of the default objectives), and the stability block with the price
 * of stability and the blocking pairs of the default plan.
 *
 * @example
 * const plan: StablePlanResult = stableOptimum(p);
 */
export type StablePlanResult = OptimalPlan & {
  readonly solver: SolverInfo;
  readonly stability: Stability;
};

/**
 * The plan of objective `"stable"`: among plans with no blocking pair, the one with the fewest
 * soft-rule violations, then the highest total score (`stableLp`). The answer is checked to be
 * integral, to have no blocking pair and to keep every rule, or `SolverError` is thrown: no
 * unchecked plan is returned. Also solves the default objective once for the price of
 * stability (its total minus the stable plan's) and the default plan's blocking pairs.
 *
 * @example
 * const plan = stableOptimum(prepare("match", cohort, { objective: "stable" }));
 * plan.stability.priceOfStability // 3.25
 */
export function stableOptimum(p: Prepared): StablePlanResult {
  if (p.options.alternatives > 0) {
    throw new RangeError(
      'options.alternatives is not available with options.objective "stable" (losses are measured against the default objective)',
    );
  }
  const t0 = performance.now();
  const inst = stableInstance(p);
  const lockedMentorOf = new Int32Array(p.adepts.length).fill(-1);
  const places = Int32Array.from(p.mentors, (m) => m.capacity);
  for (const l of p.locked) {
    lockedMentorOf[l.adept] = l.mentor;
    places[l.mentor]!--;
  }
  const free = Uint8Array.from(lockedMentorOf, (m) => (m < 0 ? 1 : 0));
  let size = 0;
  for (let m = 0; m < inst.acc.mentors; m++) {
    for (let e = inst.acc.rowStart[m]!; e < inst.acc.rowStart[m + 1]!; e++)
      if (free[inst.acc.adept[e]!] === 1) size += places[m]!;
  }
  if (size > STABLE_LP_MAX_PAIRS) {
    throw new SolverError(
      `objective "stable" is solved exactly only up to ${STABLE_LP_MAX_PAIRS} acceptable pairs (counting each free place of a mentor); this cohort has ${size}. Use the default objective and read result.stability, or split the cohort`,
    );
  }
  const penalty = Uint8Array.from(inst.acc.adept, (a, e) =>
    p.softMask === 0 ? 0 : softViolations(p, inst.mentorOfEdge[e]!, a).length,
  );
  const out = stableLp(inst.acc, inst.orders, places, free, penalty);
  if (out.status === "failed")
    throw new SolverError(`objective "stable": no checked answer: ${out.reason}`);
  const mentorOf = out.mentorOf;
  lockedMentorOf.forEach((m, a) => {
    if (m >= 0) mentorOf[a] = m;
  });
  const plan = stablePlan(p, mentorOf, lockedMentorOf);
  const blocking = blockingEdges(inst.acc, inst.orders, plan);
  if (blocking.length > 0) {
    throw new SolverError(
      `objective "stable": the LP's plan has ${blocking.length} blocking pairs; no result is returned`,
    );
  }
  const pairs: { mentorId: string; adeptId: string }[] = [];
  mentorOf.forEach((m, a) => {
    if (m >= 0) pairs.push({ mentorId: p.mentors[m]!.id, adeptId: p.adepts[a]!.id });
  });
  const problems = checkPlan(p.cohort, p.options.rules, pairs);
  if (problems.length > 0) {
    throw new SolverError(`objective "stable": the plan breaks a rule: ${problems[0]}`);
  }
  const ms = performance.now() - t0;

  const byDefault = optimalPlan({ ...p, options: { ...p.options, objective: "total" } });
  const { built } = byDefault;
  const rowOf = new Int32Array(built.problem.cols).fill(-1);
  mentorOf.forEach((m, a) => {
    const c = byDefault.colOfAdept[a]!;
    if (m >= 0 && c >= 0) rowOf[c] = byDefault.rowOfMentor[m]!;
  });
  const stable = planOf(p, built, rowOf);
  const price = (byDefault.objective.units - stable.objective.units) / UNITS_PER_POINT;
  const before = stabilityOf(
    p,
    inst,
    stablePlan(p, byDefault.mentorOf, byDefault.lockedMentorOf),
  ).blockingPairs;
  return {
    ...stable,
    solver: {
      name: "lp",
      optimal: false,
      ms,
      proof: `LP over the stable-matching polytope (Rothblum 1992; mentors cloned per place), ${size} pair variables; the answer is integral, has no blocking pair and keeps every rule; its optimality among stable plans is as reported by the LP solver`,
    },
    stability: { ...stabilityOf(p, inst, plan, price), defaultBlockingPairs: before },
  };
}
