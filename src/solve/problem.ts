/**
 * The solver's input and output, and the checks an input passes before any solving: shape,
 * edges, and the bounds under which every quantity stays an exact double.
 */

/** A sparse bipartite b-matching instance in CSR form (rows = mentors, columns = adepts). */
export interface AssignmentProblem {
  /** Number of mentors. */
  readonly rows: number;
  /** Number of adepts. */
  readonly cols: number;
  /** Per row: how many adepts the mentor can take, `>= 0`. */
  readonly capacity: Int32Array;
  /** Length `rows + 1`: the edges of row `r` are `rowStart[r] .. rowStart[r + 1] - 1`. */
  readonly rowStart: Int32Array;
  /** Column of each edge; ascending and without duplicates within a row. */
  readonly colIndex: Int32Array;
  /** Integer (safe) weight of each edge; negative allowed. */
  readonly weight: Float64Array;
}

/**
 * An optimal plan plus the dual solution that proves it (see `checkAssignmentOptimality`).
 *
 * The duals are for the LP "min sum over edges of (0, -w) x_e + sum over columns of (1, 0) y_c,
 * each column's x plus its y equal to 1, each row's x at most its capacity", with pair values:
 * column `c` has `u_c = (colTier[c], colDual[c])`, row `r` has `v_r = (-rowTier[r], rowDual[r])`.
 * They satisfy: `u_c + v_r <= (0, -w)` on every edge with equality on matched edges;
 * `u_c <= (1, 0)` with equality for unmatched columns; `v_r <= (0, 0)`, and `v_r` is zero unless
 * row `r` is full. Pairs compare lexicographically.
 */
export interface AssignmentSolution {
  /** Per column: the row it is matched to, or -1. */
  readonly rowOf: Int32Array;
  /** Number of matched columns. */
  readonly matched: number;
  /** Sum of the weights of the matched edges (exact). */
  readonly totalWeight: number;
  /** Per column: the real part of its dual `u_c`. */
  readonly colDual: Float64Array;
  /** Per row: the real part of its dual `v_r`. */
  readonly rowDual: Float64Array;
  /** Per column: the count part of `u_c`, 0 or 1 (always 1 for an unmatched column). */
  readonly colTier: Uint8Array;
  /** Per row: minus the count part of `v_r`, 0 or 1 (1 only on a full row). */
  readonly rowTier: Uint8Array;
}

const SAFE = Number.MAX_SAFE_INTEGER;
/** Largest index a typed-array based instance can use. */
const MAX_SIZE = 0x7fffffff;
/**
 * Bound on `spread * (cols + 1)`: potentials are differences of alternating path costs, so they
 * stay within a small multiple of it, and every sum formed below then stays under 2^53.
 */
const EXACT_LIMIT = 2 ** 52;

function fail(message: string): never {
  throw new RangeError(`validateProblem: ${message}`);
}

function checkCount(name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > MAX_SIZE) {
    fail(`${name} must be an integer in [0, ${MAX_SIZE}], got ${String(value)}`);
  }
  return value;
}

/**
 * Checks that a problem is well formed and throws a `RangeError` naming the first bad field:
 * sizes, typed-array kinds and lengths, CSR offsets, column order, capacities and weights.
 * Costs O(rows + edges).
 *
 * @example
 * validateProblem(problemFromDense([[1, null]], [1])); // passes
 * validateProblem({ ...problemFromDense([[1]], [1]), capacity: new Int32Array([-1]) });
 * // throws RangeError: validateProblem: capacity[0] must be >= 0, got -1
 */
export function validateProblem(problem: AssignmentProblem): void {
  validateShape(problem);
  const { cols, colIndex, weight } = problem;
  const { badEdge, badRow } = inspectEdges(problem, null);
  if (badEdge >= 0) {
    const c = colIndex[badEdge]!;
    if (c < 0 || c >= cols) fail(`colIndex[${badEdge}] = ${c} is outside [0, ${cols})`);
    if (!Number.isSafeInteger(weight[badEdge]!)) {
      fail(`weight[${badEdge}] must be a safe integer, got ${weight[badEdge]}`);
    }
    fail(`colIndex must be strictly ascending within row ${badRow} (at edge ${badEdge})`);
  }
}

/**
 * The O(rows) part of validateProblem: sizes, array kinds and lengths, capacities, offsets.
 *
 * @example
 * validateShape({ ...problemFromDense([[1]], [1]), rowStart: new Int32Array([0, 2]) });
 * // throws RangeError: validateProblem: rowStart[1] must equal colIndex.length = 1, got 2
 */
export function validateShape(problem: AssignmentProblem): void {
  const rows = checkCount("rows", problem.rows);
  checkCount("cols", problem.cols);
  const { capacity, rowStart, colIndex, weight } = problem;
  if (!(capacity instanceof Int32Array)) fail("capacity must be an Int32Array");
  if (!(rowStart instanceof Int32Array)) fail("rowStart must be an Int32Array");
  if (!(colIndex instanceof Int32Array)) fail("colIndex must be an Int32Array");
  if (!(weight instanceof Float64Array)) fail("weight must be a Float64Array");
  if (capacity.length !== rows)
    fail(`capacity has length ${capacity.length}, expected rows = ${rows}`);
  if (rowStart.length !== rows + 1) {
    fail(`rowStart has length ${rowStart.length}, expected rows + 1 = ${rows + 1}`);
  }
  if (weight.length !== colIndex.length) {
    fail(`weight has length ${weight.length}, expected colIndex.length = ${colIndex.length}`);
  }
  if (rowStart[0] !== 0) fail(`rowStart[0] must be 0, got ${rowStart[0]}`);
  if (rowStart[rows] !== colIndex.length) {
    fail(
      `rowStart[${rows}] must equal colIndex.length = ${colIndex.length}, got ${rowStart[rows]}`,
    );
  }
  for (let r = 0; r < rows; r++) {
    const cap = capacity[r]!;
    if (cap < 0) fail(`capacity[${r}] must be >= 0, got ${cap}`);
    if (rowStart[r + 1]! < rowStart[r]!) {
      fail(`rowStart must be non-decreasing, but rowStart[${r + 1}] < rowStart[${r}]`);
    }
  }
}

/**
 * What one pass over the edges found: the first bad edge (or -1) and the weight range.
 *
 * @example
 * const scan: EdgeScan = { badEdge: -1, badRow: -1, minW: 0, maxW: 10 };
 */
export interface EdgeScan {
  readonly badEdge: number;
  readonly badRow: number;
  readonly minW: number;
  readonly maxW: number;
}

/**
 * One pass over all edges: finds the first edge whose column is out of order or range or whose
 * weight is not a safe integer, the weight range (0, 0 without edges), and, when `counts` is
 * given, adds one to `counts[c + 1]` per edge of column c. The loop only records the bad edge;
 * messages are built by the caller, because error-building calls inside a hot loop made V8 run
 * it about ten times slower.
 *
 * @example
 * inspectEdges(problemFromDense([[4, 9]], [1]), null); // { badEdge: -1, badRow: -1, minW: 4, maxW: 9 }
 */
export function inspectEdges(problem: AssignmentProblem, counts: Int32Array | null): EdgeScan {
  const { rows, cols, rowStart, colIndex, weight } = problem;
  let minW = Number.POSITIVE_INFINITY;
  let maxW = Number.NEGATIVE_INFINITY;
  for (let r = 0; r < rows; r++) {
    let previous = -1;
    for (let e = rowStart[r]!, end = rowStart[r + 1]!; e < end; e++) {
      const c = colIndex[e]!;
      const w = weight[e]!;
      // Number.isSafeInteger, spelled out: V8 does not inline the call in this loop.
      if (c <= previous || c >= cols || !(Math.floor(w) === w && Math.abs(w) <= SAFE)) {
        return { badEdge: e, badRow: r, minW: 0, maxW: 0 };
      }
      previous = c;
      if (w > maxW) maxW = w;
      if (w < minW) minW = w;
      if (counts !== null) counts[c + 1]! += 1;
    }
  }
  if (minW > maxW) return { badEdge: -1, badRow: -1, minW: 0, maxW: 0 };
  return { badEdge: -1, badRow: -1, minW, maxW };
}

/**
 * Refuses (RangeError naming solveAssignment) a problem whose totals, potentials or packed edges
 * could leave the exact integer range of a double, and returns `rowSpan`: the row count rounded
 * up to a power of two, by which the sparse layout packs an edge's row beside its cost.
 *
 * @example
 * const p = problemFromDense([[3, 5]], [1]);
 * checkExactness(p, inspectEdges(p, null)); // 1
 */
export function checkExactness(problem: AssignmentProblem, scan: EdgeScan): number {
  const { rows, cols } = problem;
  const { minW, maxW } = scan;
  const spread = maxW - minW;
  if (spread * (cols + 1) > EXACT_LIMIT) {
    throw new RangeError(
      `solveAssignment: weight spread ${spread} times ${cols + 1} exceeds 2^52; totals could not be kept exact`,
    );
  }
  if (Math.max(Math.abs(minW), Math.abs(maxW)) * cols > 2 ** 53) {
    throw new RangeError(
      `solveAssignment: weights up to ${Math.max(Math.abs(minW), Math.abs(maxW))} over ${cols} columns could exceed 2^53 in total`,
    );
  }
  let rowSpan = 1;
  while (rowSpan < rows) rowSpan *= 2;
  if ((spread + 1) * rowSpan > 2 ** 53) {
    throw new RangeError(
      `solveAssignment: weight spread ${spread} times ${rowSpan} (rows rounded up to a power of two) exceeds 2^53; edges could not be packed exactly`,
    );
  }
  return rowSpan;
}

/**
 * Builds a problem from a dense `rows x cols` matrix of weights, `null` marking a forbidden pair.
 * Meant for tests and small examples.
 *
 * @example
 * const p = problemFromDense([[5, null], [2, 4]], [1, 2]);
 * // p.rows === 2, p.cols === 2, Array.from(p.colIndex) -> [0, 0, 1]
 */
export function problemFromDense(
  weights: readonly (readonly (number | null)[])[],
  capacity: readonly number[],
): AssignmentProblem {
  const rows = weights.length;
  if (capacity.length !== rows) {
    throw new RangeError(
      `problemFromDense: capacity has length ${capacity.length}, expected ${rows} (one per row)`,
    );
  }
  const cols = rows === 0 ? 0 : weights[0]!.length;
  const rowStart = new Int32Array(rows + 1);
  const colList: number[] = [];
  const weightList: number[] = [];
  for (let r = 0; r < rows; r++) {
    const row = weights[r]!;
    if (row.length !== cols) {
      throw new RangeError(
        `problemFromDense: row ${r} has ${row.length} entries, expected ${cols}`,
      );
    }
    for (let c = 0; c < cols; c++) {
      const w = row[c];
      if (w === null || w === undefined) continue;
      colList.push(c);
      weightList.push(w);
    }
    rowStart[r + 1] = colList.length;
  }
  const problem: AssignmentProblem = {
    rows,
    cols,
    capacity: Int32Array.from(capacity),
    rowStart,
    colIndex: Int32Array.from(colList),
    weight: Float64Array.from(weightList),
  };
  validateProblem(problem);
  return problem;
}
