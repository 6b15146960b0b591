/**
 * The state the flow steps share (greedy start, row reduction, searches, augmentation): the
 * edges in their layout, each row's held columns, and the potentials. Typed arrays only.
 */
import type { Adjacency } from "./layout.js";
import type { AssignmentProblem } from "./problem.js";

/**
 * Per row: how many columns it can ever hold, its capacity but at most its degree.
 *
 * @example
 * Array.from(slotLimits(problemFromDense([[1, 2], [3, null]], [5, 0]))); // [2, 0]
 */
export function slotLimits(problem: AssignmentProblem): Int32Array {
  const { rows, capacity, rowStart } = problem;
  const limit = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    limit[r] = Math.min(capacity[r]!, rowStart[r + 1]! - rowStart[r]!);
  }
  return limit;
}

/**
 * Everything the augmenting phase reads and writes; typed arrays only.
 *
 * @example
 * const state: FlowState = initialState(rows, cols, capacity, slotLimits(problem), maxW, adjacency);
 * state.rowOf[c] // the row column c holds a seat of, or -1
 */
export interface FlowState extends Adjacency {
  readonly rows: number;
  readonly cols: number;
  readonly maxW: number;
  readonly capacity: Int32Array;
  /**
   * Per matched column, during the start: a lower bound on how far its potential can rise with
   * every reduced cost staying >= 0 (its slack to the second cheapest row when it was placed;
   * row potentials only fall during the start, so the true slack never drops below it).
   */
  readonly gap: Float64Array;
  /** Row r's held columns are `slots[slotStart[r] .. slotStart[r] + load[r] - 1]`. */
  readonly slotStart: Int32Array;
  readonly slots: Int32Array;
  readonly load: Int32Array;
  /** Per column: its index in `slots`, valid while matched. */
  readonly slotOf: Int32Array;
  readonly rowOf: Int32Array;
  /** Potentials in the shifted cost maxW - w: edge (c, r) has reduced cost cost - u[c] - v[r]. */
  readonly u: Float64Array;
  readonly v: Float64Array;
  readonly colTier: Uint8Array;
  readonly rowTier: Uint8Array;
}

/**
 * A flow with nothing placed yet: every column free, every potential zero (dual feasible, as
 * every cost `maxW - w` is >= 0), and each row's slot block sized by `slotLimit`.
 *
 * @example
 * const state = initialState(rows, cols, problem.capacity, slotLimits(problem), maxW, adjacency);
 */
export function initialState(
  rows: number,
  cols: number,
  capacity: Int32Array,
  slotLimit: Int32Array,
  maxW: number,
  adjacency: Adjacency,
): FlowState {
  // Seats: a row never holds more columns than it has edges, so its slot block is bounded by
  // its degree (a capacity of 1e9 costs nothing). Spare capacity is still judged against the
  // true capacity, so that a row whose edges are all used stays "not full" and keeps v = 0.
  const slotStart = new Int32Array(rows + 1);
  for (let r = 0; r < rows; r++) slotStart[r + 1] = slotStart[r]! + slotLimit[r]!;
  const slots = new Int32Array(slotStart[rows]!);
  const load = new Int32Array(rows);
  const slotOf = new Int32Array(cols);
  const rowOf = new Int32Array(cols).fill(-1);
  return {
    rows,
    cols,
    maxW,
    capacity,
    // Listed, not spread: a spread object is slower to read on every small solve.
    colStart: adjacency.colStart,
    adj: adjacency.adj,
    rowSpan: adjacency.rowSpan,
    colMin: adjacency.colMin,
    colNext: adjacency.colNext,
    colArg: adjacency.colArg,
    slotStart,
    slots,
    load,
    slotOf,
    rowOf,
    gap: new Float64Array(cols),
    u: new Float64Array(cols),
    v: new Float64Array(rows),
    colTier: new Uint8Array(cols),
    rowTier: new Uint8Array(rows),
  };
}
