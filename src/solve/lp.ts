import solver from "javascript-lp-solver";
import type { AssignmentProblem } from "./assignment.js";

/** What the LP returned, before it is checked. */
export type LpOutcome =
  | { readonly status: "solved"; readonly rowOf: Int32Array }
  | { readonly status: "failed"; readonly reason: string };

const INTEGRAL = 1e-6;

/**
 * Solves the lexicographic assignment (most columns matched, then most weight) as one LP with
 * `javascript-lp-solver`. Each edge's objective coefficient is `K + (w - wMin) / (wMax - wMin + 1)`
 * with `K = cols + 1`: the fractional parts of a whole plan add up to less than `cols`, so one
 * more matched column always outweighs any change in weight, and for a fixed number matched the
 * order of plans by weight is unchanged. The constraint matrix is totally unimodular, so an
 * optimal vertex is integral; this function still checks integrality and never claims
 * optimality: the caller verifies the answer against an exact method, because a JavaScript LP
 * library has been seen to report a suboptimal vertex as optimal.
 *
 * @example
 * const out = solveLp(problemFromDense([[5, 1], [2, 4]], [1, 1]));
 * out.status === "solved" && Array.from(out.rowOf) // [0, 1]
 */
export function solveLp(problem: AssignmentProblem): LpOutcome {
  const { rows, cols, capacity, rowStart, colIndex, weight } = problem;
  const edges = colIndex.length;
  const rowOf = new Int32Array(cols).fill(-1);
  if (edges === 0) return { status: "solved", rowOf };
  let wMin = Number.POSITIVE_INFINITY;
  let wMax = Number.NEGATIVE_INFINITY;
  for (let e = 0; e < edges; e++) {
    wMin = Math.min(wMin, weight[e]!);
    wMax = Math.max(wMax, weight[e]!);
  }
  const spread = wMax - wMin + 1;
  const k = cols + 1;
  // Names are built from indices, never from ids: ids such as "__proto__" stay out of objects.
  const constraints: Record<string, { max: number }> = {};
  const variables: Record<string, Record<string, number>> = {};
  for (let r = 0; r < rows; r++) constraints[`m${r}`] = { max: capacity[r]! };
  for (let c = 0; c < cols; c++) constraints[`a${c}`] = { max: 1 };
  for (let r = 0; r < rows; r++) {
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) {
      variables[`x${e}`] = {
        z: k + (weight[e]! - wMin) / spread,
        [`m${r}`]: 1,
        [`a${colIndex[e]!}`]: 1,
      };
    }
  }
  const solution = solver.Solve({ optimize: "z", opType: "max", constraints, variables });
  if (!solution.feasible)
    return { status: "failed", reason: "the LP solver reported the model infeasible" };
  for (let r = 0; r < rows; r++) {
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) {
      const value = solution[`x${e}`];
      const x = typeof value === "number" ? value : 0;
      if (Math.abs(x) <= INTEGRAL) continue;
      if (Math.abs(x - 1) > INTEGRAL) {
        return {
          status: "failed",
          reason: `the LP solver returned a fractional value ${x} for an edge`,
        };
      }
      const c = colIndex[e]!;
      if (rowOf[c] !== -1)
        return { status: "failed", reason: "the LP solver matched an adept twice" };
      rowOf[c] = r;
    }
  }
  return { status: "solved", rowOf };
}
