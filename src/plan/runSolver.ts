import { MAX_UNITS } from "../criteria/total.js";
import {
  type AssignmentProblem,
  type AssignmentSolution,
  solveAssignment,
} from "../solve/assignment.js";
import { solveLp } from "../solve/lp.js";
import type { SolverChoice, SolverInfo } from "../types.js";
import { SolverError } from "../util/solverError.js";
import { planEdges, solutionProves } from "./duals.js";

/**
 * Most allowed pairs for which `solver: "auto"` uses the LP; above it the flow solver runs. The
 * exact solver and its certificate run either way, so the LP only adds time; measured (bench,
 * same process): about +2 % at 6 + 6, +17 % at 20 + 20 (some 320 allowed pairs), +40 % at
 * 30 + 30 and 2x from 40 + 40 on. 400 keeps it for a programme's own cohort of tens of people.
 */
export const AUTO_LP_MAX_EDGES = 400;

/**
 * The residual problem in score units, with the soft-rule violations of each edge. `weight` is
 * the pair's score in integer units (total x 10,000).
 */
export interface ScoredProblem {
  readonly problem: AssignmentProblem;
  /** Soft rules each edge breaks (0 when no rule is soft). */
  readonly penalty: Uint8Array;
}

/**
 * One integer weight per edge that orders plans lexicographically by fewest violations, then
 * most units: `units - V * penalty` with `V` above any total of units. Matched count comes
 * first in both solvers by construction. Exact in doubles: |weight| stays below 2^53 for
 * cohorts within the schema's limits.
 */
export function combinedProblem({ problem, penalty }: ScoredProblem): AssignmentProblem {
  if (!hasPenalty(penalty)) return problem;
  const v = violationWeight(problem);
  const weight = problem.weight.map((w, e) => w - v * penalty[e]!);
  return { ...problem, weight };
}

/**
 * What one soft-rule violation costs in `combinedProblem`'s weights: more than the units of any
 * plan, so that a plan's combined weight `units - V * violations` orders violations first.
 *
 * @example
 * violationWeight(problem) // 1_000_000 * problem.cols + 1
 */
export function violationWeight(problem: AssignmentProblem): number {
  return MAX_UNITS * Math.max(1, problem.cols) + 1;
}

/**
 * Whether any edge breaks a soft rule (without one, `combinedProblem` keeps the plain units).
 *
 * @example
 * hasPenalty(scored.penalty) // false when no rule is soft
 */
export function hasPenalty(penalty: Uint8Array): boolean {
  for (let e = 0; e < penalty.length; e++) if (penalty[e] !== 0) return true;
  return false;
}

/**
 * Matched count, combined weight and feasibility of a plan, recomputed from the problem.
 *
 * @example
 * evaluatePlan(problem, lp.rowOf) // { matched: 6, weight: 4_125_000, feasible: true }
 */
export function evaluatePlan(
  problem: AssignmentProblem,
  rowOf: Int32Array,
): { matched: number; weight: number; feasible: boolean } {
  const edges = rowOf.length === problem.cols ? planEdges(problem, rowOf) : null;
  let matched = 0;
  let weight = 0;
  edges?.forEach((e) => {
    if (e < 0) return;
    matched++;
    weight += problem.weight[e]!;
  });
  return { matched, weight, feasible: edges !== null };
}

/**
 * Solves with the chosen solver and proves the answer optimal. The flow solver's answer carries
 * a dual certificate that is checked; an LP answer is compared with the exact flow optimum and
 * used only when it reaches it. With `auto` a rejected LP answer is replaced by the exact one
 * (and `proof` says so); with `lp` it is a `SolverError`. `exact` is the flow solver's answer
 * with its duals: they prove whichever plan is returned optimal (an optimal dual solution fits
 * every optimal plan), so the plan step keeps them as the result's certificate.
 *
 * @example
 * const { rowOf, info, exact } = runSolver(built, "auto");
 */
export function runSolver(
  scored: ScoredProblem,
  choice: SolverChoice,
): { rowOf: Int32Array; info: SolverInfo; exact: AssignmentSolution } {
  const t0 = performance.now();
  const problem = combinedProblem(scored);
  const exact = solveAssignment(problem);
  // The same check the report makes of a result's certificate (duals.ts).
  if (!solutionProves(problem, exact)) {
    throw new SolverError(
      "match: the exact solver's answer failed its optimality certificate; no result is returned",
    );
  }
  const useLp =
    choice === "lp" || (choice === "auto" && problem.colIndex.length <= AUTO_LP_MAX_EDGES);
  if (!useLp) {
    return {
      rowOf: exact.rowOf,
      exact,
      info: {
        name: "flow",
        optimal: true,
        ms: performance.now() - t0,
        proof:
          "dual certificate: no augmenting path and no improving exchange (reduced costs checked on every residual arc)",
      },
    };
  }
  const lp = solveLp(scored.problem, scored.penalty);
  let rejected: string;
  if (lp.status === "solved") {
    const got = evaluatePlan(problem, lp.rowOf);
    if (got.feasible && got.matched === exact.matched && got.weight === exact.totalWeight) {
      return {
        rowOf: lp.rowOf,
        exact,
        info: {
          name: "lp",
          optimal: true,
          ms: performance.now() - t0,
          proof: `javascript-lp-solver's plan reaches the optimum of the exact min-cost-flow solver (${exact.matched} matched, objective ${exact.totalWeight})`,
        },
      };
    }
    rejected = got.feasible
      ? `the LP plan (${got.matched} matched, objective ${got.weight}) is below the exact optimum (${exact.matched} matched, objective ${exact.totalWeight})`
      : "the LP plan breaks a capacity or uses a forbidden pair";
  } else {
    rejected = lp.reason;
  }
  if (choice === "lp") {
    throw new SolverError(
      `match: javascript-lp-solver failed: ${rejected}; use solver "auto" or "flow"`,
    );
  }
  return {
    rowOf: exact.rowOf,
    exact,
    info: {
      name: "flow",
      optimal: true,
      ms: performance.now() - t0,
      proof: `dual certificate of the exact solver; ${rejected}, so it was not used`,
    },
  };
}
