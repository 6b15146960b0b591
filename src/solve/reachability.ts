/**
 * Searches over alternating paths of a maximum plan, for diagnosing why adepts stay unmatched:
 * the adepts an unmatched adept competes with (a Hall violator), and the mentors from which a
 * chain of moves reaches a free place. Rows are mentors, columns adepts; `onRow[r]` lists the
 * columns row r holds in the plan, `rowOf[c]` the row column c is matched to (-1 if none).
 */
import type { AssignmentProblem } from "./problem.js";

/**
 * A short group in row and column indices: adepts with fewer places than adepts.
 *
 * @example
 * const g: GroupIndices = { cols: [0, 2], rows: [1], places: 1 };
 */
export interface GroupIndices {
  readonly cols: number[];
  readonly rows: number[];
  readonly places: number;
}

/**
 * The Hall violator around unmatched column `u`: the adepts `u` reaches by alternating paths
 * (one of its mentors, an adept that mentor holds, another of that adept's mentors, ...), in
 * the order reached, with every mentor they can use and those mentors' places. `onRow` must be
 * a plan of the graph `rowsOf` gives (every held pair an edge of it, no row over capacity). The
 * reached mentors hold every reached adept but `u`, so their places are at least the adepts
 * less one (exactly that in a maximum plan, where a mentor with room would be a path to a free
 * place). No single adept can leave the group and take places with it: a mentor only that adept
 * can use holds no one (an adept it held would be a second user, and a mentor is never reached
 * through an adept it holds, who joins only after), so its places were spare. The search stops
 * once every row is reached: in a dense market (a national cohort with too few mentors) that is
 * after a few adepts, not after reading every reached adept's rows (25 diagnoses at 10,000
 * adepts and 5,000 places took 7 s that way, with a greedy shrink that never dropped anyone).
 * `rowsOf(c)` lists the rows of column c (`columnsToRows(problem)` read by index, or the rows
 * of a graph that is asked column by column).
 *
 * @example
 * // One mentor with one place, held by adept 0; adept 1 wants the same mentor.
 * const p = problemFromDense([[5, 4]], [1]);
 * hallViolator(p, (c) => columnsToRows(p)[c]!, [[0]], 1); // { cols: [1, 0], rows: [0], places: 1 }
 */
export function hallViolator(
  problem: AssignmentProblem,
  rowsOf: (c: number) => readonly number[],
  onRow: readonly (readonly number[])[],
  u: number,
): GroupIndices {
  const { capacity, rows, cols } = problem;
  const seenCol = new Uint8Array(cols);
  const seenRow = new Uint8Array(rows);
  const order: number[] = [u];
  seenCol[u] = 1;
  let reached = 0;
  // Columns join only through rows seen for the first time: once every row is, the order is whole.
  for (let i = 0; i < order.length && reached < rows; i++) {
    for (const r of rowsOf(order[i]!)) {
      if (seenRow[r]) continue;
      seenRow[r] = 1;
      reached++;
      for (const c of onRow[r]!) {
        if (!seenCol[c]) {
          seenCol[c] = 1;
          order.push(c);
        }
      }
    }
  }
  const groupRows: number[] = [];
  let places = 0;
  for (let r = 0; r < rows; r++) {
    if (seenRow[r] === 1) {
      groupRows.push(r);
      places += capacity[r]!;
    }
  }
  return { cols: order, rows: groupRows, places };
}

/**
 * Rows from which an alternating path (an adept the row holds, then another of that adept's
 * mentors, ...) reaches a row with a free place, itself included (1 in the result): a search
 * backwards from the free places over `colsOf(x)`, the columns paired with row x in the graph
 * at hand (the problem's own edges, or those of a variant with the same rows and columns).
 *
 * @example
 * // Mentor 0 (one place) holds adept 0, who could also go to mentor 1, which has room.
 * const p = problemFromDense([[3], [2]], [1, 1]);
 * const colsOf = (x: number) => p.colIndex.subarray(p.rowStart[x], p.rowStart[x + 1]);
 * rowsReachingRoom(p.capacity, [[0], []], Int32Array.from([0]), colsOf); // Uint8Array [1, 1]
 */
export function rowsReachingRoom(
  capacity: Int32Array,
  onRow: readonly (readonly number[])[],
  rowOf: Int32Array,
  colsOf: (x: number) => ArrayLike<number>,
): Uint8Array {
  const rows = capacity.length;
  const mark = new Uint8Array(rows);
  const queue: number[] = [];
  for (let r = 0; r < rows; r++) {
    if (onRow[r]!.length < capacity[r]!) {
      mark[r] = 1;
      queue.push(r);
    }
  }
  for (let i = 0; i < queue.length; i++) {
    const x = queue[i]!;
    // A row y holding an adept that may also go to x can pass its place on.
    const cols = colsOf(x);
    for (let k = 0; k < cols.length; k++) {
      const y = rowOf[cols[k]!]!;
      if (y >= 0 && y !== x && mark[y] === 0) {
        mark[y] = 1;
        queue.push(y);
      }
    }
  }
  return mark;
}
