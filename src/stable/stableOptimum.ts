/**
 * The stable objective, its own entry (`mentorpair/stable`, kept out of the core's bundle):
 * the best stable plan (`stableOptimum`, here) by the rotation poset of the stable plans
 * (`marriage.ts`, `rotations.ts`) and a maximum-weight closure (`closure.ts`), checked against
 * the LP over the stable-matching polytope (`stableLp.ts`); deferred acceptance
 * (`galeShapley.ts`); `matchStable`; and `shortlist` re-exported. Imports `stability/`,
 * `plan/`, `match/` (the result step) and the leaves; nothing in the core imports it.
 */
import { MAX_UNITS, UNITS_PER_POINT } from "../criteria/total.js";
import { checkPlan } from "../plan/checkPlan.js";
import { optimalPlan, planOf } from "../plan/plan.js";
import { type Prepared, softViolations } from "../prepare/prepare.js";
import { blockingEdges } from "../stability/blocking.js";
import {
  type StableInstance,
  type StablePlanResult,
  stabilityOf,
  stableInstance,
  stablePlan,
} from "../stability/stability.js";
import { SolverError } from "../util/solverError.js";
import { marriageOf } from "./marriage.js";
import { bestStableMatching } from "./rotations.js";
import { stableLp } from "./stableLp.js";

/** The acceptable pair of mentor m and adept a (it is one: the plan only holds such pairs). */
function edgeOf(inst: StableInstance, m: number, a: number): number {
  const { rowStart, adept } = inst.acc;
  for (let e = rowStart[m]!; e < rowStart[m + 1]!; e++) if (adept[e] === a) return e;
  throw new Error("stableOptimum: internal error, a planned pair is not acceptable");
}

/**
 * Most acceptable pairs (after locked pairs, counting each free place of a mentor once) for
 * which the stable objective is solved: the LP has one variable and one dense constraint per
 * clone pair, and javascript-lp-solver's dense tableau grows with their square (about 5 s at
 * 540 pairs on one core, and minutes at 800: the stable polytope is highly degenerate).
 */
export const STABLE_LP_MAX_PAIRS = 500;

/**
 * With solver `"auto"`, the LP also runs (and is checked against the exact method) up to this
 * many pairs: about a second at 400 pairs, where the exact method takes milliseconds.
 */
export const STABLE_AUTO_LP_MAX_PAIRS = 200;

/**
 * The plan of objective `"stable"`: among plans with no blocking pair, the one with the fewest
 * soft-rule violations, then the highest total score. Solved exactly by the rotation poset and
 * a maximum-weight closure (`bestStableMatching`); with solver `"lp"` (up to
 * `STABLE_LP_MAX_PAIRS`), or `"auto"` up to `STABLE_AUTO_LP_MAX_PAIRS`, also by the LP over the stable-matching polytope (`stableLp`), whose
 * answer is kept only when it is integral and as good as the exact one. The plan is checked to
 * have no blocking pair and to keep every rule, or `SolverError` is thrown: no unchecked plan
 * is returned. Also solves the default objective once for the price of
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
  const penalty = Uint8Array.from(inst.acc.adept, (a, e) =>
    p.softMask === 0 ? 0 : softViolations(p, inst.mentorOfEdge[e]!, a).length,
  );
  // Exact: the best stable plan by the rotation poset and one minimum cut.
  const sm = marriageOf(inst.acc, inst.orders, places, free, inst.mentorOfEdge);
  const v = MAX_UNITS * (sm.men + 1) + 1;
  const best = bestStableMatching(sm, (pid) => {
    const e = sm.pairEdge[pid]!;
    return inst.acc.units[e]! - v * penalty[e]!;
  });
  const exact = new Int32Array(p.adepts.length).fill(-1);
  best.forEach((pid, a) => {
    if (pid >= 0) exact[a] = sm.cloneMentor[sm.pairWoman[pid]!]!;
  });
  const useLp =
    p.options.solver === "lp" || (p.options.solver === "auto" && size <= STABLE_AUTO_LP_MAX_PAIRS);
  if (p.options.solver === "lp" && size > STABLE_LP_MAX_PAIRS) {
    throw new SolverError(
      `objective "stable" with solver "lp" is solved only up to ${STABLE_LP_MAX_PAIRS} acceptable pairs (counting each free place of a mentor); this cohort has ${size}: use solver "auto" or "flow"`,
    );
  }
  let mentorOf: Int32Array = exact;
  let proof = `rotation poset of the stable plans (mentors cloned per place) and a maximum-weight closure by one minimum cut: exact`;
  if (useLp) {
    const out = stableLp(inst.acc, inst.orders, places, free, penalty);
    if (out.status === "failed")
      throw new SolverError(`objective "stable": no checked answer: ${out.reason}`);
    const value = (plan: Int32Array) => {
      let units = 0;
      let violations = 0;
      plan.forEach((m, a) => {
        if (m < 0) return;
        const e = edgeOf(inst, m, a);
        units += inst.acc.units[e]!;
        violations += penalty[e]!;
      });
      return { units, violations };
    };
    const lp = value(out.mentorOf);
    const ex = value(exact);
    if (lp.units === ex.units && lp.violations === ex.violations) {
      mentorOf = out.mentorOf;
      proof = `LP over the stable-matching polytope (Rothblum 1992; mentors cloned per place), ${size} pair variables, its optimum equal to the exact optimum by the rotation poset and a minimum cut`;
    } else {
      proof = `${proof} (the LP over the stable-matching polytope returned a worse plan, which was set aside)`;
    }
  }
  lockedMentorOf.forEach((m, a) => {
    if (m >= 0) mentorOf[a] = m;
  });
  const plan = stablePlan(p, mentorOf, lockedMentorOf);
  const blocking = blockingEdges(inst.acc, inst.orders, plan);
  if (blocking.length > 0) {
    throw new SolverError(
      `objective "stable": the plan has ${blocking.length} blocking pairs; no result is returned`,
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
      name: mentorOf === exact ? "flow" : "lp",
      optimal: true,
      ms,
      proof: `${proof}; the plan has no blocking pair and keeps every rule`,
    },
    // No blocking pair: checked above, before the plan was accepted.
    stability: { blockingPairs: [], priceOfStability: price, defaultBlockingPairs: before },
  };
}
