import { type AssignmentSolution, solveAssignment } from "../solve/assignment.js";
import { maxBottleneck } from "../solve/bottleneck.js";
import { planEdges } from "./duals.js";
import { combinedProblem, hasPenalty, type ScoredProblem } from "./runSolver.js";

/**
 * The problem with only the edges `keep` accepts: the same rows, columns and capacities.
 *
 * @example
 * keepEdges(scored, (e) => scored.problem.colIndex[e] !== 3) // column 3 without its pairs
 */
export function keepEdges(
  { problem, penalty }: ScoredProblem,
  keep: (edge: number) => boolean,
): ScoredProblem {
  const kept = new Int32Array(problem.colIndex.length);
  const rowStart = new Int32Array(problem.rows + 1);
  let n = 0;
  for (let r = 0; r < problem.rows; r++) {
    rowStart[r] = n;
    for (let e = problem.rowStart[r]!; e < problem.rowStart[r + 1]!; e++)
      if (keep(e)) kept[n++] = e;
  }
  rowStart[problem.rows] = n;
  const edges = kept.subarray(0, n);
  return {
    problem: {
      ...problem,
      rowStart,
      colIndex: Int32Array.from(edges, (e) => problem.colIndex[e]!),
      weight: Float64Array.from(edges, (e) => problem.weight[e]!),
    },
    penalty: Uint8Array.from(edges, (e) => penalty[e]!),
  };
}

/**
 * The problem restricted to edges whose score is at least `threshold` units.
 *
 * @example
 * restrict(scored, 600_000) // only pairs scoring 60 or more
 */
export function restrict(scored: ScoredProblem, threshold: number): ScoredProblem {
  const { weight } = scored.problem;
  return keepEdges(scored, (e) => weight[e]! >= threshold);
}

/**
 * The highest score threshold (in units) such that a plan using only pairs at or above it still
 * matches as many adepts with as few soft-rule violations as the unrestricted optimum: the
 * "weakest pair as strong as possible" level of `objective: "fair"`. Binary search over the
 * distinct edge scores; each probe is one exact solve, and feasibility only shrinks as the
 * threshold rises, so the search is exact. Without soft rules each probe only has to count
 * (maxBottleneck). Returns `-Infinity` for a problem without edges. `full`, the optimum of the
 * whole problem, is solved here unless the caller already has it (the plan step keeps it: its
 * duals prove that no plan matches more or breaks fewer rules).
 *
 * @example
 * const t = fairThreshold(scored); // then solve restrict(scored, t)
 */
export function fairThreshold(
  scored: ScoredProblem,
  full: AssignmentSolution = solveAssignment(combinedProblem(scored)),
): number {
  const { problem } = scored;
  if (problem.colIndex.length === 0) return Number.NEGATIVE_INFINITY;
  // Without soft rules the target is the matched count alone: a bottleneck search with
  // cardinality probes (Hopcroft-Karp) finds the same level, as the largest feasible threshold
  // is always some pair's score.
  // (With nobody matched every level reaches; the search below returns the lowest.)
  if (full.matched > 0 && !hasPenalty(scored.penalty)) {
    return maxBottleneck(problem, full.matched);
  }
  const levels = Float64Array.from(new Set(problem.weight)).sort();
  // A probe reaches the target when it matches as many with as few violations. The combined
  // weight mixes violations and units, so violations are compared on their own.
  const violations = (s: ScoredProblem, rowOf: Int32Array) => {
    let count = 0;
    planEdges(s.problem, rowOf)?.forEach((e) => {
      if (e >= 0) count += s.penalty[e]!;
    });
    return count;
  };
  const target = violations(scored, full.rowOf);
  const reaches = (threshold: number) => {
    const restricted = restrict(scored, threshold);
    const plan = solveAssignment(combinedProblem(restricted));
    return plan.matched === full.matched && violations(restricted, plan.rowOf) === target;
  };
  let lo = 0; // levels[lo] always reaches (the lowest level keeps every edge)
  let hi = levels.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (reaches(levels[mid]!)) lo = mid;
    else hi = mid - 1;
  }
  return levels[lo]!;
}
