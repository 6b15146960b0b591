/**
 * Edge helpers shared by the graph algorithms of this folder and their callers: looking an edge
 * up in the CSR problem, and the problem's edges grouped the other way round.
 */
import type { AssignmentProblem } from "./problem.js";

/**
 * The edge of (row, column) in a CSR problem, or -1 (also for a row outside the problem, such as
 * the -1 of a person without a row): a binary search in the row's ascending columns.
 *
 * @example
 * const p = problemFromDense([[5, null, 7]], [1]);
 * edgeIndex(p, 0, 2); // 1, so p.weight[1] === 7
 * edgeIndex(p, 0, 1); // -1: the pair is not allowed
 */
export function edgeIndex(problem: AssignmentProblem, row: number, col: number): number {
  const { rowStart, colIndex } = problem;
  if (!(row >= 0 && row < problem.rows)) return -1;
  let lo = rowStart[row]!;
  let hi = rowStart[row + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = colIndex[mid]!;
    if (x === col) return mid;
    if (x < col) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The weight of edge (row, column), for a pair a plan uses; a `RangeError` if the problem has
 * no such edge (an internal error of the caller's plan).
 *
 * @example
 * edgeWeight(problemFromDense([[5, null, 7]], [1]), 0, 2); // 7
 */
export function edgeWeight(problem: AssignmentProblem, row: number, col: number): number {
  const e = edgeIndex(problem, row, col);
  if (e < 0) {
    throw new RangeError(`edgeWeight: no edge (${row}, ${col})`);
  }
  return problem.weight[e]!;
}

/**
 * Per edge of a CSR layout its row: edge e of row r lies in `rowStart[r]..rowStart[r + 1] - 1`.
 *
 * @example
 * rowOfEdges(Int32Array.of(0, 2, 3)) // Int32Array [0, 0, 1]
 */
export function rowOfEdges(rowStart: Int32Array): Int32Array {
  const rows = rowStart.length - 1;
  const out = new Int32Array(rows < 0 ? 0 : rowStart[rows]!);
  for (let r = 0; r < rows; r++) out.fill(r, rowStart[r]!, rowStart[r + 1]!);
  return out;
}

/**
 * The rows adjacent to each column: the CSR problem transposed, each list in ascending row order.
 *
 * @example
 * columnsToRows(problemFromDense([[1, null], [2, 3]], [1, 1])); // [[0, 1], [1]]
 */
export function columnsToRows(problem: AssignmentProblem): number[][] {
  const { rows, cols, rowStart, colIndex } = problem;
  const rowsOf: number[][] = Array.from({ length: cols }, () => []);
  for (let r = 0; r < rows; r++) {
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) rowsOf[colIndex[e]!]!.push(r);
  }
  return rowsOf;
}

/**
 * The rows of each of `columns` (distinct) in `problem`, in `columns`' order: one pass over the
 * edges, a list for these columns only (a proof round most often has none or a few to prove,
 * where `columnsToRows` made a list for every column).
 *
 * @example
 * rowsOfColumns(problemFromDense([[1, null], [2, 3]], [1, 1]), [1]) // [[1]]
 */
export function rowsOfColumns(problem: AssignmentProblem, columns: readonly number[]): number[][] {
  const rowsOf = columns.map((): number[] => []);
  if (columns.length === 0) return rowsOf;
  const at = new Int32Array(problem.cols).fill(-1);
  columns.forEach((c, i) => {
    at[c] = i;
  });
  for (let r = 0; r < problem.rows; r++) {
    for (let e = problem.rowStart[r]!; e < problem.rowStart[r + 1]!; e++) {
      const i = at[problem.colIndex[e]!]!;
      if (i >= 0) rowsOf[i]!.push(r);
    }
  }
  return rowsOf;
}

/**
 * Arcs grouped by one end (a counting sort), as `[start, ids]`: `ids[start[v] .. start[v + 1] -
 * 1]` are the arcs whose `end[a]` is node v, in ascending arc order.
 *
 * @example
 * const [start, ids] = groupArcs(Int32Array.from([1, 0, 1]), 3, 2);
 * // Array.from(start) -> [0, 1, 3], Array.from(ids) -> [1, 0, 2]
 */
export function groupArcs(end: Int32Array, arcs: number, nodes: number): [Int32Array, Int32Array] {
  const start = new Int32Array(nodes + 1);
  for (let a = 0; a < arcs; a++) start[end[a]! + 1]!++;
  for (let v = 0; v < nodes; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, nodes);
  const ids = new Int32Array(arcs);
  for (let a = 0; a < arcs; a++) ids[fill[end[a]!]!++] = a;
  return [start, ids];
}
