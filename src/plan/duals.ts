/**
 * The one optimality check of the plan step, used on the solver's answer (`runSolver`) and on a
 * result's certificate (`certificateProves`): weak duality on the mentors' duals alone. Given
 * row duals `v_r = (-tier, value)` (pairs compared lexicographically: first the count of adepts
 * left out, then minus the weight), each adept's dual is set as high as its edges allow, and the
 * sum bounds the cost of every plan from below; a plan whose own cost reaches the bound is
 * optimal. Independent of the solver's code paths, exact (BigInt sums), one pass over the edges.
 */
import type { AssignmentProblem, AssignmentSolution } from "../solve/assignment.js";

/**
 * Row duals: per row the real part and the count part (0 or 1) of `v_r = (-tier, value)`.
 *
 * @example
 * const d: RowDuals = { value: solution.rowDual, tier: solution.rowTier };
 */
export interface RowDuals {
  readonly value: Float64Array;
  readonly tier: Uint8Array;
}

/**
 * A cost `(unmatched adepts, minus weight)`; costs compare lexicographically.
 *
 * @example
 * const c: Cost = { count: 1n, value: -412_500n };
 */
export interface Cost {
  readonly count: bigint;
  readonly value: bigint;
}

/**
 * The lower bound that row duals prove on the cost of every plan of `problem`, by weak duality:
 * with each adept's dual as high as the edges allow, `u_c = min((1, 0), min over its edges of
 * (0, -w) - v_r)`, no plan costs less than `sum u_c + sum v_r * capacity_r` (a plan that is not
 * matched pays (1, 0) per adept left out). The bound is the optimum itself for the solver's
 * optimal duals. `null` when a row dual is above (0, 0), which no bound may use. Exact (BigInt).
 *
 * @example
 * dualBound(problem, { value: solution.rowDual, tier: solution.rowTier }) // { count, value }
 */
export function dualBound(problem: AssignmentProblem, d: RowDuals | null): Cost | null {
  if (d === null) return null;
  for (let r = 0; r < problem.rows; r++) if (d.tier[r] === 0 && d.value[r]! > 0) return null;
  const u = columnDuals(problem, d);
  return numberSums(problem, d, u) ?? bigintSums(problem, d, u);
}

/**
 * `dualBound`'s sums in doubles, where every term and every partial sum is a safe integer (then
 * exact, to the unit); `null` otherwise. A BigInt per term (`bigintSums`) made thousands of
 * objects per proof.
 */
function numberSums(problem: AssignmentProblem, d: RowDuals, u: RowDuals): Cost | null {
  let count = 0;
  let value = 0;
  for (let r = 0; r < problem.rows; r++) {
    const capacity = problem.capacity[r]!;
    count -= d.tier[r]! * capacity;
    value += d.value[r]! * capacity;
    if (!Number.isSafeInteger(value) || !Number.isSafeInteger(d.value[r]!)) return null;
    if (!Number.isSafeInteger(d.value[r]! * capacity)) return null;
  }
  for (let c = 0; c < problem.cols; c++) {
    count += u.tier[c]!;
    value += u.value[c]!;
    if (!Number.isSafeInteger(value) || !Number.isSafeInteger(u.value[c]!)) return null;
  }
  return { count: BigInt(count), value: BigInt(value) };
}

/** `dualBound`'s sums in BigInt: exact for any integer duals. */
function bigintSums(problem: AssignmentProblem, d: RowDuals, u: RowDuals): Cost {
  let count = 0n;
  let value = 0n;
  for (let r = 0; r < problem.rows; r++) {
    count -= BigInt(d.tier[r]! * problem.capacity[r]!);
    value += BigInt(d.value[r]!) * BigInt(problem.capacity[r]!);
  }
  for (let c = 0; c < problem.cols; c++) {
    count += BigInt(u.tier[c]!);
    value += BigInt(u.value[c]!);
  }
  return { count, value };
}

/**
 * The edge of each column's pair in the plan (-1 when unmatched), or `null` when the plan is
 * not one of `problem`: a pair that is not an edge, or a row above its capacity.
 *
 * @example
 * planEdges(problem, rowOf)?.[c] // the edge of column c's pair, or -1
 */
export function planEdges(problem: AssignmentProblem, rowOf: Int32Array): Int32Array | null {
  const edge = new Int32Array(problem.cols).fill(-1);
  const load = new Int32Array(problem.rows);
  for (let r = 0; r < problem.rows; r++) {
    for (let e = problem.rowStart[r]!; e < problem.rowStart[r + 1]!; e++) {
      const c = problem.colIndex[e]!;
      if (rowOf[c] === r) {
        edge[c] = e;
        if (++load[r]! > problem.capacity[r]!) return null;
      }
    }
  }
  for (let c = 0; c < problem.cols; c++) if (rowOf[c]! >= 0 && edge[c]! < 0) return null;
  return edge;
}

/**
 * Whether the plan is a plan of `problem` whose cost reaches the duals' bound: optimal.
 *
 * @example
 * optimal(problem, rowOf, dualBound(problem, duals)) // true for the solver's answer
 */
export function optimal(
  problem: AssignmentProblem,
  rowOf: Int32Array,
  bound: Cost | null,
): boolean {
  const edges = planEdges(problem, rowOf);
  if (edges === null || bound === null) return false;
  let count = 0n;
  let value = 0n;
  edges.forEach((e) => {
    if (e < 0) count++;
    else value -= BigInt(problem.weight[e]!);
  });
  return count === bound.count && value === bound.value;
}

/**
 * Whether a solver's answer is feasible and optimal, proven by its own row duals.
 *
 * @example
 * solutionProves(problem, solveAssignment(problem)) // true
 */
export function solutionProves(problem: AssignmentProblem, solution: AssignmentSolution): boolean {
  const duals = { value: solution.rowDual, tier: solution.rowTier };
  return (
    solution.rowOf.length === problem.cols &&
    optimal(problem, solution.rowOf, dualBound(problem, duals))
  );
}

/**
 * Each column's dual as high as its edges allow, `u_c = min((1, 0), min over edges of
 * (tier_r, -w - value_r))`, as its count part and real part (the bound of `dualBound`).
 *
 * @example
 * const { tier, value } = columnDuals(problem, { value: s.rowDual, tier: s.rowTier });
 */
export function columnDuals(
  problem: AssignmentProblem,
  d: RowDuals,
): { tier: Uint8Array; value: Float64Array } {
  const tier = new Uint8Array(problem.cols).fill(1);
  const value = new Float64Array(problem.cols);
  const { rowStart, colIndex, weight } = problem;
  for (let r = 0; r < problem.rows; r++) {
    const t = d.tier[r]!;
    const x = d.value[r]!;
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) {
      const c = colIndex[e]!;
      const y = -weight[e]! - x;
      if (t < tier[c]! || (t === tier[c]! && y < value[c]!)) {
        tier[c] = t;
        value[c] = y;
      }
    }
  }
  return { tier, value };
}
