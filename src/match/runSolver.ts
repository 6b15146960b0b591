import { type AssignmentProblem, solveAssignment } from "../solve/assignment.js";
import { checkAssignmentOptimality } from "../solve/certificate.js";
import { solveLp } from "../solve/lp.js";
import type { SolverChoice, SolverInfo } from "../types.js";

/** Most allowed pairs for which `solver: "auto"` uses the LP; above it the flow solver runs. */
export const AUTO_LP_MAX_EDGES = 1600;

/**
 * Thrown when a solver cannot give a proven answer: the exact solver's certificate failed, or
 * the LP (asked for explicitly) returned an answer that is not optimal. Never a wrong result.
 */
export class SolverError extends Error {
  override readonly name = "SolverError";
}

function objective(
  problem: AssignmentProblem,
  rowOf: Int32Array,
): { matched: number; weight: number; feasible: boolean } {
  const load = new Int32Array(problem.rows);
  let matched = 0;
  let weight = 0;
  let feasible = true;
  rowOf.forEach((r, c) => {
    if (r < 0) return;
    matched++;
    load[r]!++;
    let found = false;
    for (let e = problem.rowStart[r]!; e < problem.rowStart[r + 1]!; e++) {
      if (problem.colIndex[e] === c) {
        weight += problem.weight[e]!;
        found = true;
        break;
      }
    }
    if (!found) feasible = false;
  });
  for (let r = 0; r < problem.rows; r++) if (load[r]! > problem.capacity[r]!) feasible = false;
  return { matched, weight, feasible };
}

/**
 * Solves with the chosen solver and proves the answer optimal. The flow solver's answer carries
 * a dual certificate that is checked; an LP answer is compared with the exact flow optimum and
 * used only when it reaches it. With `auto` a rejected LP answer is replaced by the exact one
 * (and `proof` says so); with `lp` it is a `SolverError`.
 */
export function runSolver(
  problem: AssignmentProblem,
  choice: SolverChoice,
): { rowOf: Int32Array; info: SolverInfo } {
  const t0 = performance.now();
  const exact = solveAssignment(problem);
  const certificate = checkAssignmentOptimality(problem, exact);
  if (!certificate.ok) {
    throw new SolverError(
      `match: the exact solver's answer failed its optimality certificate (${certificate.reason}); no result is returned`,
    );
  }
  const useLp =
    choice === "lp" || (choice === "auto" && problem.colIndex.length <= AUTO_LP_MAX_EDGES);
  if (!useLp) {
    return {
      rowOf: exact.rowOf,
      info: {
        name: "flow",
        optimal: true,
        ms: performance.now() - t0,
        proof:
          "dual certificate: no augmenting path and no improving cycle (reduced costs checked on every residual arc)",
      },
    };
  }
  const lp = solveLp(problem);
  let rejected: string;
  if (lp.status === "solved") {
    const got = objective(problem, lp.rowOf);
    if (got.feasible && got.matched === exact.matched && got.weight === exact.totalWeight) {
      return {
        rowOf: lp.rowOf,
        info: {
          name: "lp",
          optimal: true,
          ms: performance.now() - t0,
          proof: `LP objective equals the exact min-cost-flow optimum (${exact.matched} matched, weight ${exact.totalWeight})`,
        },
      };
    }
    rejected = got.feasible
      ? `the LP answer (${got.matched} matched, weight ${got.weight}) is below the exact optimum (${exact.matched} matched, weight ${exact.totalWeight})`
      : "the LP answer breaks a capacity or uses a forbidden pair";
  } else {
    rejected = lp.reason;
  }
  if (choice === "lp")
    throw new SolverError(
      `match: javascript-lp-solver failed: ${rejected}; use solver "auto" or "flow"`,
    );
  return {
    rowOf: exact.rowOf,
    info: {
      name: "flow",
      optimal: true,
      ms: performance.now() - t0,
      proof: `dual certificate of the exact solver; ${rejected}, so it was not used`,
    },
  };
}
