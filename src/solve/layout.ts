/**
 * The two layouts in which the searches read the edges, column by column: where at least a
 * quarter of all pairs is allowed (and the matrix has at most 2^25 cells), a dense column-major
 * cost matrix that a search reads as contiguous runs, relaxing and finding the minimum in one
 * pass; else a sparse column-major copy, each edge packed into one double. Both layouts take the
 * same steps and give the same answer, bit for bit.
 */
import type { AssignmentProblem } from "./problem.js";

/**
 * Which edge layout a solve uses: `"auto"` picks by size and density (see denseLayout).
 *
 * @example
 * const layout: Layout = "auto";
 */
export type Layout = "auto" | "dense" | "sparse";

/** Dense layout up to this many cells (256 MB of costs) ... */
const DENSE_CELLS = 2 ** 25;
/** ... when at least this share of the pairs is allowed. */
const DENSE_SHARE = 0.25;
/** Tile of the dense copy: rows per block and columns per block (see denseCopy). */
const TILE_ROWS = 16;
const TILE_COLS = 1024;

/**
 * The largest layout array of the last solve, held weakly: the next solve reuses it while the
 * garbage collector has not taken it. Touching fresh memory costs more than the copy itself on
 * virtual machines (each new page faults), and a service or a page that matches again and again
 * would pay it on every solve; held weakly, the array never keeps memory from the collector.
 * Safe because a solve uses one layout array at a time and keeps none of it in its answer.
 */
let spare: WeakRef<Float64Array> | undefined;

/**
 * A Float64Array of `length` for one solve's layout, reusing the last one when it is large
 * enough. Its contents are stale: the caller writes every element it reads.
 *
 * @example
 * const dense = layoutArray(rows * cols).fill(Number.POSITIVE_INFINITY);
 */
export function layoutArray(length: number): Float64Array {
  const last = spare?.deref();
  if (last !== undefined && last.length >= length) return last.subarray(0, length);
  const fresh = new Float64Array(length);
  spare = new WeakRef(fresh);
  return fresh;
}

/**
 * Whether a problem of `cells` pairs, `edges` of them allowed, is solved in the dense layout.
 *
 * @example
 * denseLayout("auto", 100, 30); // true: 30% of the pairs are allowed
 * denseLayout("sparse", 100, 100); // false: forced
 */
export function denseLayout(layout: Layout, cells: number, edges: number): boolean {
  return (
    layout === "dense" ||
    (layout === "auto" && cells <= DENSE_CELLS && edges >= cells * DENSE_SHARE)
  );
}

/**
 * The edges in the layout the searches read, plus each column's two cheapest costs.
 *
 * @example
 * const a: Adjacency = transpose(problem, maxW, rowSpan, colStart); // or denseCopy(problem, maxW)
 * a.dense === null // the sparse layout
 */
export interface Adjacency {
  /** Sparse layout: column c's edges are `adj[colStart[c] .. colStart[c + 1] - 1]`. */
  readonly colStart: Int32Array;
  /** Sparse layout: edges packed as `cost * rowSpan + row` with cost = maxW - w (see transpose). */
  readonly adj: Float64Array;
  readonly rowSpan: number;
  /** Dense layout: `cols x rows` costs, column-major, +Infinity where forbidden; else null. */
  readonly dense: Float64Array | null;
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
  // Every element is written below: one per edge.
  const adj = layoutArray(edges);
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
  return { colStart, adj, rowSpan, dense: null, colMin, colNext, colArg };
}

/**
 * Column-major dense copy of the costs (`dense[c * rows + r] = maxW - w`, +Infinity where the
 * pair is forbidden), for instances where most pairs are allowed: a search then reads each
 * column as one contiguous run with no row indices to unpack, and relaxes the distances and
 * finds the next minimum in one pass, as compiled dense solvers do. The copy goes tile by tile
 * (a block of rows times a block of columns), so that the writes of a tile, one short run per
 * column, stay in cache instead of touching a new page for every edge.
 *
 * @example
 * const a = denseCopy(problemFromDense([[5, null], [2, 4]], [1, 1]), 5);
 * Array.from(a.dense ?? []) // [0, 3, Infinity, 1]: column 0, then column 1
 */
export function denseCopy(problem: AssignmentProblem, maxW: number): Adjacency {
  const { rows, cols, rowStart, colIndex, weight } = problem;
  const dense = layoutArray(rows * cols).fill(Number.POSITIVE_INFINITY);
  const colMin = new Float64Array(cols).fill(Number.POSITIVE_INFINITY);
  const colNext = new Float64Array(cols).fill(Number.POSITIVE_INFINITY);
  const colArg = new Int32Array(cols).fill(-1);
  const next = new Int32Array(TILE_ROWS);
  for (let r0 = 0; r0 < rows; r0 += TILE_ROWS) {
    const r1 = Math.min(rows, r0 + TILE_ROWS);
    for (let r = r0; r < r1; r++) next[r - r0] = rowStart[r]!;
    for (let c0 = 0; c0 < cols; c0 += TILE_COLS) {
      const c1 = Math.min(cols, c0 + TILE_COLS);
      // Rows ascend within a tile and tiles ascend by row block: each column meets its rows in
      // ascending order, so colArg is the lowest row among equally cheap ones.
      for (let r = r0; r < r1; r++) {
        let e = next[r - r0]!;
        for (const end = rowStart[r + 1]!; e < end; e++) {
          const c = colIndex[e]!;
          if (c >= c1) break;
          const cost = maxW - weight[e]!;
          dense[c * rows + r] = cost;
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
        next[r - r0] = e;
      }
    }
  }
  return denseAdjacency(dense, colMin, colNext, colArg);
}

/**
 * A dense-layout Adjacency, with the same fields in the same order as transpose's (one object
 * shape for V8, whichever layout a solve took).
 *
 * @example
 * const a = denseAdjacency(dense, colMin, colNext, colArg);
 * a.adj.length === 0 && a.rowSpan === 1
 */
export function denseAdjacency(
  dense: Float64Array,
  colMin: Float64Array,
  colNext: Float64Array,
  colArg: Int32Array,
): Adjacency {
  const colStart = new Int32Array(0);
  const adj = new Float64Array(0);
  return { colStart, adj, rowSpan: 1, dense, colMin, colNext, colArg };
}
