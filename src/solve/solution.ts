/**
 * What a finished flow hands back: the plan, its weight, and the duals that prove it optimal
 * (the pair values described at AssignmentSolution), after checking that every potential stayed
 * far inside the exact range of a double.
 */
import type { FlowState } from "./flowState.js";
import type { AssignmentSolution } from "./problem.js";

/** Largest potential magnitude accepted at the end of a solve. */
const POTENTIAL_LIMIT = 2 ** 51;

/**
 * Throws a `RangeError` naming solveAssignment when a potential of the finished flow exceeds
 * 2^51. Potentials are alternating-path cost differences, far inside that bound; the check makes
 * the exactness claim unconditional rather than argued.
 *
 * @example
 * checkPotentials(state); // passes on every input solveAssignment accepts
 */
export function checkPotentials(state: FlowState): void {
  const { rows, cols, maxW, u, v } = state;
  let largest = 0;
  for (let c = 0; c < cols; c++) {
    largest = Math.max(largest, Math.abs(u[c]!), Math.abs(u[c]! - maxW));
  }
  for (let r = 0; r < rows; r++) largest = Math.max(largest, Math.abs(v[r]!));
  if (largest > POTENTIAL_LIMIT) {
    throw new RangeError(
      `solveAssignment: a dual potential reached ${largest}, beyond 2^51; the result could not be guaranteed exact`,
    );
  }
}

/**
 * The solution a finished flow state holds; `weightOf(r, c)` is the weight of edge (r, c). The
 * column duals shift back from the cost `maxW - w` to the weight; the row duals need no shift.
 *
 * @example
 * const s = solutionOf(state, (r, c) => edgeWeight(problem, r, c));
 * s.matched // columns holding a seat
 */
export function solutionOf(
  state: FlowState,
  weightOf: (row: number, col: number) => number,
): AssignmentSolution {
  const { rows, cols, maxW, rowOf, slots, slotStart, load, u, v, colTier, rowTier } = state;
  let matched = 0;
  let totalWeight = 0;
  for (let r = 0; r < rows; r++) {
    matched += load[r]!;
    for (let s = slotStart[r]!, se = s + load[r]!; s < se; s++)
      totalWeight += weightOf(r, slots[s]!);
  }
  const colDual = new Float64Array(cols);
  for (let c = 0; c < cols; c++) colDual[c] = u[c]! - maxW;
  return { rowOf, matched, totalWeight, colDual, rowDual: v, colTier, rowTier };
}
