/**
 * What the Dijkstra search (searchSparse) is made of: its arrays, its start, and the settling
 * of a batch of equally distant rows.
 */
import type { FlowState } from "./flowState.js";

/**
 * Arrays and results one search shares with the dual update and augmentation that follow.
 *
 * @example
 * const search = new Search(state.rows, state.cols); // reused by every search of a solve
 */
export class Search {
  readonly dist: Float64Array;
  readonly predCol: Int32Array;
  readonly doneRows: Int32Array;
  readonly doneDist: Float64Array;
  readonly colDist: Float64Array;
  readonly doneCols: Int32Array;
  /** Rows not yet settled: the frontier. */
  readonly todo: Int32Array;
  readonly parked: Int32Array;
  /** `rowSeen[r] === epoch` when row r was reached in the current search. */
  readonly rowSeen: Int32Array;
  epoch = 0;
  /** Settled rows and columns; `levelRows`/`levelCols` of them were settled at level 0. */
  nRows = 0;
  nCols = 0;
  levelRows = 0;
  levelCols = 0;
  /** The row with room the path ends at, or -1 when it ends at `bestCol`'s dummy. */
  endRow = -1;
  /** The path's length when it ends at `endRow`. */
  endDist = 0;
  bestEnd = 0;
  bestCol = -1;

  constructor(rows: number, cols: number) {
    this.dist = new Float64Array(rows);
    this.predCol = new Int32Array(rows);
    this.doneRows = new Int32Array(rows);
    this.doneDist = new Float64Array(rows);
    this.colDist = new Float64Array(cols);
    this.doneCols = new Int32Array(cols);
    this.todo = new Int32Array(rows);
    this.parked = new Int32Array(rows);
    this.rowSeen = new Int32Array(rows);
  }
}
/** Sorts `a[from .. to - 1]` ascending; batches of equally distant rows are almost always tiny. */
function sortRange(a: Int32Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const x = a[i]!;
    let j = i - 1;
    while (j >= from && a[j]! > x) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = x;
  }
}

/**
 * Settles the batch `doneRows[batchStart .. nRows - 1]` of rows at distance `min`, in ascending
 * row order (so both layouts settle, and break ties, identically). Returns the lowest row with
 * room in the batch, or -1 after settling the batch and the columns its rows hold.
 *
 * @example
 * const end = settleBatch(state, search, batchStart, min);
 * if (end >= 0) search.endRow = end; // a row with room: the path ends here
 */
export function settleBatch(
  state: FlowState,
  search: Search,
  batchStart: number,
  min: number,
): number {
  const { maxW, capacity, slotStart, slots, load, u } = state;
  const { doneRows, doneDist, colDist, doneCols } = search;
  const nRows = search.nRows;
  sortRange(doneRows, batchStart, nRows);
  for (let k = batchStart; k < nRows; k++) {
    const r = doneRows[k]!;
    if (load[r]! < capacity[r]!) {
      // Rows of this batch other than the end keep distance == D: their update is zero.
      search.nRows = batchStart;
      return r;
    }
  }
  let nCols = search.nCols;
  for (let k = batchStart; k < nRows; k++) {
    const r = doneRows[k]!;
    doneDist[k] = min;
    for (let s = slotStart[r]!, se = s + load[r]!; s < se; s++) {
      const held = slots[s]!;
      colDist[held] = min;
      doneCols[nCols++] = held;
      // Ending at this column's dummy: pushes it out (ties: leave out the highest index).
      const end = min + maxW - u[held]!;
      if (end < search.bestEnd || (end === search.bestEnd && held > search.bestCol)) {
        search.bestEnd = end;
        search.bestCol = held;
      }
    }
  }
  search.nCols = nCols;
  return -1;
}

/**
 * Starts a search from `source`: only its own dummy ending is known.
 *
 * @example
 * startSearch(state, search, source); // then relax from the source column
 */
export function startSearch(state: FlowState, search: Search, source: number): void {
  search.nRows = 0;
  search.nCols = 1;
  search.levelRows = 0;
  search.levelCols = 0;
  search.endRow = -1;
  search.bestEnd = state.maxW - state.u[source]!;
  search.bestCol = source;
  search.colDist[source] = 0;
  search.doneCols[0] = source;
}
