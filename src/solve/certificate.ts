import { type AssignmentProblem, type AssignmentSolution, validateProblem } from "./problem.js";

/** Outcome of `checkAssignmentOptimality`. */
export type CertificateResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: string };

/** Duals must be safe integers no larger than this, so that `u + v` is exact. */
const DUAL_LIMIT = 2 ** 52;

/**
 * Checks, independently of the solver's code paths, that `solution` is feasible and optimal for
 * "most columns matched, then most total weight", using the dual values it carries.
 *
 * Feasibility: `rowOf` has one entry per column, each -1 or a row joined to the column by an
 * allowed edge; no row holds more than its capacity; `matched` and `totalWeight` equal the values
 * recomputed here.
 *
 * Optimality, by weak LP duality over pairs ordered lexicographically (the first part counts
 * unmatched columns, the second is minus the weight). Any feasible plan is a 0/1 vector `x` over
 * edges and `y` over columns (y_c = 1: column c unmatched) with `sum_r x_(c,r) + y_c = 1` and
 * `sum_c x_(c,r) <= cap_r`; its cost is `sum x_e (0, -w_e) + sum y_c (1, 0)`. Given duals
 * `u_c = (colTier, colDual)` and `v_r = (-rowTier, rowDual)` with
 *   (a) `u_c + v_r <= (0, -w_e)` on every edge,
 *   (b) `u_c <= (1, 0)` for every column,
 *   (c) `v_r <= (0, 0)` for every row,
 * every feasible plan costs at least
 *   `sum_e x_e (u_c + v_r) + sum_c y_c u_c = sum_c u_c + sum_r v_r load_r >= sum_c u_c + sum_r v_r cap_r`,
 * a bound that does not depend on the plan. The solution reaches it exactly when also
 *   (d) matched edges have `u_c + v_r = (0, -w_e)`, (e) unmatched columns have `u_c = (1, 0)`,
 *   (f) a row with `v_r != 0` is full,
 * so then no plan is lexicographically better. (a)-(c) are exactly "every residual arc of the
 * flow network, dummy arcs to 'unmatched' included, has a non-negative reduced cost".
 *
 * All comparisons are exact: weights are safe integers and duals must be integers of magnitude
 * at most 2^52. Time O(rows + cols + edges + cols * log(row degree)), memory O(rows). Throws a
 * `RangeError` naming this function for a malformed problem; a wrong solution is a result with
 * `ok: false` and a reason, never an exception.
 *
 * @example
 * const problem = problemFromDense([[1, 10]], [1]);
 * checkAssignmentOptimality(problem, solveAssignment(problem)); // { ok: true }
 */
export function checkAssignmentOptimality(
  problem: AssignmentProblem,
  solution: AssignmentSolution,
): CertificateResult {
  try {
    validateProblem(problem);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new RangeError(`checkAssignmentOptimality: ${error.message}`);
    }
    throw error;
  }
  const { rows, cols, capacity, rowStart, colIndex, weight } = problem;
  const { rowOf, colDual, rowDual, colTier, rowTier } = solution;
  const bad = (reason: string): CertificateResult => ({ ok: false, reason });

  if (rowOf.length !== cols) return bad(`rowOf has length ${rowOf.length}, expected ${cols}`);
  if (colDual.length !== cols) return bad(`colDual has length ${colDual.length}, expected ${cols}`);
  if (colTier.length !== cols) return bad(`colTier has length ${colTier.length}, expected ${cols}`);
  if (rowDual.length !== rows) return bad(`rowDual has length ${rowDual.length}, expected ${rows}`);
  if (rowTier.length !== rows) return bad(`rowTier has length ${rowTier.length}, expected ${rows}`);

  // Feasibility, and the objective recomputed from the problem's own edge lists.
  const load = new Int32Array(rows);
  let matched = 0;
  let total = 0;
  for (let c = 0; c < cols; c++) {
    const r = rowOf[c]!;
    if (r === -1) continue;
    if (!Number.isInteger(r) || r < 0 || r >= rows) return bad(`rowOf[${c}] = ${r} is not a row`);
    const e = edgeOf(rowStart, colIndex, r, c);
    if (e < 0) return bad(`column ${c} is matched to row ${r} over a forbidden pair`);
    load[r]! += 1;
    matched++;
    total += weight[e]!;
  }
  for (let r = 0; r < rows; r++) {
    if (load[r]! > capacity[r]!) {
      return bad(`row ${r} holds ${load[r]} columns but has capacity ${capacity[r]}`);
    }
  }
  if (solution.matched !== matched) {
    return bad(`matched is ${solution.matched} but rowOf matches ${matched} columns`);
  }
  if (solution.totalWeight !== total) {
    return bad(`totalWeight is ${solution.totalWeight} but the matched edges weigh ${total}`);
  }

  // Dual values: integers in the exact range, tiers 0 or 1.
  for (let c = 0; c < cols; c++) {
    const x = colDual[c]!;
    if (!Number.isInteger(x) || Math.abs(x) > DUAL_LIMIT) {
      return bad(`colDual[${c}] = ${x} is not an integer within 2^52`);
    }
    const t = colTier[c]!;
    if (t !== 0 && t !== 1) return bad(`colTier[${c}] = ${t} is not 0 or 1`);
    // (b) u_c <= (1, 0); (e) unmatched: u_c = (1, 0).
    if (t === 1 && x > 0)
      return bad(`column ${c}: dual (1, ${x}) exceeds (1, 0), the unmatched cost`);
    if (rowOf[c] === -1 && (t !== 1 || x !== 0)) {
      return bad(
        `unmatched column ${c} has dual (${t}, ${x}), not (1, 0): leaving it out is not proven best`,
      );
    }
  }
  for (let r = 0; r < rows; r++) {
    const x = rowDual[r]!;
    if (!Number.isInteger(x) || Math.abs(x) > DUAL_LIMIT) {
      return bad(`rowDual[${r}] = ${x} is not an integer within 2^52`);
    }
    const t = rowTier[r]!;
    if (t !== 0 && t !== 1) return bad(`rowTier[${r}] = ${t} is not 0 or 1`);
    // (c) v_r = (-t, x) <= (0, 0); (f) v_r != 0 only on a full row.
    if (t === 0 && x > 0) return bad(`row ${r}: dual (0, ${x}) is positive`);
    if ((t === 1 || x !== 0) && load[r] !== capacity[r]) {
      return bad(`row ${r} has spare capacity but a non-zero dual (${-t}, ${x})`);
    }
  }

  // (a) on every edge, (d) with equality on matched ones.
  for (let r = 0; r < rows; r++) {
    const vt = rowTier[r]!;
    const vx = rowDual[r]!;
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) {
      const c = colIndex[e]!;
      const first = colTier[c]! - vt;
      const isMatched = rowOf[c] === r;
      if (first > 0)
        return bad(`edge (row ${r}, column ${c}) has reduced cost below zero in the count`);
      if (first < 0) {
        if (isMatched) return bad(`matched edge (row ${r}, column ${c}) is not tight in the count`);
        continue;
      }
      const sum = colDual[c]! + vx;
      const cost = -weight[e]!;
      if (sum > cost) {
        return bad(
          `edge (row ${r}, column ${c}) has reduced cost ${cost - sum} < 0: the plan can be improved`,
        );
      }
      if (isMatched && sum !== cost) {
        return bad(`matched edge (row ${r}, column ${c}) has reduced cost ${cost - sum}, not 0`);
      }
    }
  }
  return { ok: true };
}

/** Index of edge (r, c) in the CSR arrays, or -1; binary search over the row's sorted columns. */
function edgeOf(rowStart: Int32Array, colIndex: Int32Array, r: number, c: number): number {
  let lo = rowStart[r]!;
  let hi = rowStart[r + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = colIndex[mid]!;
    if (x === c) return mid;
    if (x < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
