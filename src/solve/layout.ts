/**
 * The layout in which the searches read the edges, column by column: a sparse column-major copy,
 * each edge packed into one double. (A dense matrix layout served large dense cohorts; they now
 * take the sparse path of plan/sparse.ts, whose problems are sparse.)
 */
import type { AssignmentProblem } from "./problem.js";

/**
 * The edges in the layout the searches read, plus each column's two cheapest costs.
 *
 * @example
 * const a: Adjacency = transpose(problem, maxW, rowSpan, colStart);
 * a.colMin[0] // column 0's cheapest cost
 */
export interface Adjacency {
  /** Column c's edges are `adj[colStart[c] .. colStart[c + 1] - 1]`. */
  readonly colStart: Int32Array;
  /** Edges packed as `cost * rowSpan + row` with cost = maxW - w (see transpose). */
  readonly adj: Float64Array;
  readonly rowSpan: number;
  /** Per column: its cheapest cost and the lowest row reaching it (-1 without edges). */
  readonly colMin: Float64Array;
  /** Per column: its second cheapest cost (equal to colMin on a tie), +Infinity if none. */
  readonly colNext: Float64Array;
  readonly colArg: Int32Array;
}

/**
 * Column-major copy of the edges, each packed into one double as `cost * rowSpan + row` with
 * cost = maxW - w >= 0 (so zero potentials start dual feasible) and rowSpan a power of two above
 * every row index. One 8-byte array instead of a 4-byte and an 8-byte one: this scatter is the
 * costliest step of the whole solve on dense inputs, and it is bound by memory traffic. Rows are
 * visited in ascending order, so each column's list is sorted by row: scans meet lower rows
 * first, and the column minimum found on the way is at the lowest row among ties.
 *
 * @example
 * // colStart holds each column's edge count at c + 1 (see inspectEdges)
 * const a = transpose(problem, scan.maxW, rowSpan, colStart);
 * a.adj[a.colStart[c]] // cost * rowSpan + row of column c's first edge
 */
export function transpose(
  problem: AssignmentProblem,
  maxW: number,
  rowSpan: number,
  colStart: Int32Array,
): Adjacency {
  const { rows, cols, rowStart, colIndex, weight } = problem;
  const edges = colIndex.length;
  // colStart arrives holding per-column edge counts at c + 1 (from inspectEdges).
  for (let c = 0; c < cols; c++) colStart[c + 1]! += colStart[c]!;
  const adj = new Float64Array(edges);
  const colMin = new Float64Array(cols).fill(Number.POSITIVE_INFINITY);
  const colNext = new Float64Array(cols).fill(Number.POSITIVE_INFINITY);
  const colArg = new Int32Array(cols).fill(-1);
  const fill = colStart.slice(0, cols);
  for (let r = 0; r < rows; r++) {
    for (let e = rowStart[r]!, end = rowStart[r + 1]!; e < end; e++) {
      const c = colIndex[e]!;
      const cost = maxW - weight[e]!;
      const p = fill[c]!;
      fill[c] = p + 1;
      adj[p] = cost * rowSpan + r;
      if (cost < colNext[c]!) {
        if (cost < colMin[c]!) {
          colNext[c] = colMin[c]!;
          colMin[c] = cost;
          colArg[c] = r;
        } else {
          colNext[c] = cost;
        }
      }
    }
  }
  return { colStart, adj, rowSpan, colMin, colNext, colArg };
}
