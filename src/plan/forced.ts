import { UNITS_PER_POINT } from "../criteria/total.js";
import { solveAssignment } from "../solve/assignment.js";
import { edgeIndex } from "../solve/edges.js";
import type { PlanLoss, PlanObjective } from "../types.js";
import { fairThreshold, keepEdges, restrict } from "./fair.js";
import { type Built, evaluate, type Objective, type OptimalPlan } from "./plan.js";
import { combinedProblem, type ScoredProblem } from "./runSolver.js";

/**
 * Solves a residual problem the way the plan step does for its objective. Returns the plan's
 * value over free pairs. `"total"`: most matched, fewest violations, most units. `"fair"`: the
 * same with the weakest pair first maximised (`fairThreshold`) before the units.
 */
function solveFree(scored: ScoredProblem, fair: boolean): Objective {
  const restricted = fair ? restrict(scored, fairThreshold(scored)) : scored;
  return evaluate(restricted, solveAssignment(combinedProblem(restricted)).rowOf);
}

/**
 * The residual problem with one pair fixed: the column's edges dropped (the adept is placed) and
 * the row's capacity one less (the mentor's place is taken). Derived from the built problem in
 * O(edges) instead of rebuilding and rescoring it.
 */
function fixPair(built: Built, row: number, col: number): ScoredProblem {
  const { colIndex } = built.problem;
  const fixed = keepEdges(built, (e) => colIndex[e] !== col);
  const capacity = Int32Array.from(fixed.problem.capacity);
  capacity[row]!--;
  return { ...fixed, problem: { ...fixed.problem, capacity } };
}

/**
 * The best plan that contains (mentor, adept), by the cohort's objective, with locked pairs
 * kept: the residual problem with the adept removed and the mentor's capacity one less, solved
 * exactly, plus the pair itself. With objective `"fair"` the forced pair counts towards the
 * weakest pair like any pair that is not locked: the weakest becomes `min(pair, t)` where `t` is
 * the residual's own fair threshold, and the units are maximised among pairs at or above it.
 * The caller checks that the pair is allowed and possible (see `forcing`).
 *
 * @example
 * forcedObjective(plan, 2, 5).units - plan.objective.units // <= 0
 */
export function forcedObjective(plan: OptimalPlan, mentor: number, adept: number): Objective {
  const { p, built } = plan;
  const row = plan.rowOfMentor[mentor]!;
  const col = plan.colOfAdept[adept]!;
  const e = edgeIndex(built.problem, row, col);
  if (row < 0 || col < 0 || e < 0 || built.problem.capacity[row]! < 1) {
    throw new Error("forcedObjective: internal error, the pair cannot be forced");
  }
  const pairUnits = built.problem.weight[e]!;
  const pairViolations = built.penalty[e]!;
  const residual = fixPair(built, row, col);
  let free: Objective;
  if (p.options.objective !== "fair") {
    free = solveFree(residual, false);
  } else {
    const best = solveFree(residual, false);
    if (best.matched === 0) {
      free = best;
    } else {
      // If the residual reaches its best matched/violations with every pair at or above the
      // forced pair's score, the forced pair is the weakest and only the units remain to be
      // maximised; otherwise the residual's own threshold is lower and decides.
      const atPair = solveFree(restrict(residual, pairUnits), false);
      free =
        atPair.matched === best.matched && atPair.violations === best.violations
          ? atPair
          : solveFree(residual, true);
    }
  }
  return {
    matched: free.matched + 1 + plan.locked.count,
    violations: free.violations + pairViolations + plan.locked.violations,
    weakest: free.weakest === null ? pairUnits : Math.min(free.weakest, pairUnits),
    units: free.units + pairUnits + plan.locked.units,
  };
}

/**
 * Whether a pair can be forced into a plan without breaking a locked pair, and if not, why.
 * (`isAllowed` is checked by the caller.)
 *
 * @example
 * forcing(plan, 2, 5) // { possible: true } or { possible: false, lockedTo: 1 }
 */
export function forcing(
  plan: OptimalPlan,
  mentor: number,
  adept: number,
): { possible: true } | { possible: false; lockedTo?: number } {
  const lockedTo = plan.lockedMentorOf[adept]!;
  if (lockedTo >= 0 && lockedTo !== mentor) return { possible: false, lockedTo };
  if (plan.lockedLoad[mentor]! >= plan.p.mentors[mentor]!.capacity) return { possible: false };
  return { possible: true };
}

/**
 * An internal objective as the public one: points instead of units; the weakest pair only with
 * objective `"fair"`, where it is optimised (with `"total"` it depends on which of several
 * optimal plans the solver returns).
 *
 * @example
 * publicObjective({ matched: 1, violations: 0, weakest: 645_833, units: 645_833 }, false)
 * // { matched: 1, softViolations: 0, totalScore: 64.5833 }
 */
export function publicObjective(o: Objective, fair: boolean): PlanObjective {
  const base = {
    matched: o.matched,
    softViolations: o.violations,
    totalScore: o.units / UNITS_PER_POINT,
  };
  return fair
    ? { ...base, weakestScore: o.weakest === null ? null : o.weakest / UNITS_PER_POINT }
    : base;
}

/**
 * What `forced` loses against `optimum`, in points, computed on exact units.
 *
 * @example
 * lossOf(optimum, forced, false) // { matched: 0, softViolations: 0, totalScore: 4.25 }
 */
export function lossOf(optimum: Objective, forced: Objective, fair: boolean): PlanLoss {
  const base = {
    matched: optimum.matched - forced.matched,
    softViolations: forced.violations - optimum.violations,
    totalScore: (optimum.units - forced.units) / UNITS_PER_POINT,
  };
  if (!fair || optimum.weakest === null || forced.weakest === null) return base;
  return { ...base, weakestScore: (optimum.weakest - forced.weakest) / UNITS_PER_POINT };
}

/**
 * A loss of nothing at all: the pair is in the optimal plan.
 *
 * @example
 * NO_LOSS // { matched: 0, softViolations: 0, totalScore: 0 }
 */
export const NO_LOSS: PlanLoss = Object.freeze({ matched: 0, softViolations: 0, totalScore: 0 });
