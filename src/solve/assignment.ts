/**
 * Exact lexicographic assignment of adepts (columns) to mentors (rows with a capacity): first the
 * most adepts matched, then the highest total weight among those plans.
 *
 * ## Model
 * A min-cost flow in which every adept `i` must send one unit, either over an allowed edge to a
 * mentor `r` (cost `(0, -w)`) or to a private "unmatched" dummy (cost `(1, 0)`), and mentor `r`
 * absorbs at most `capacity[r]` units. Costs are PAIRS compared lexicographically: the first
 * part counts unmatched adepts, the second is minus the weight. Minimising the pair total is
 * exactly "most matched, then most weight", and no big-M constant is needed, so nothing has to
 * exceed 2^53 (a single constant BIG with `BIG * cols` exact would not fit for 20,000 adepts
 * with weights of 1e11: BIG must exceed `cols * spread` = 4e15, and then `cols * BIG` = 8e19).
 *
 * ## Why the naive Hungarian is wrong, and why this is not
 * Processing adepts one at a time and leaving an adept unmatched when no augmenting path exists
 * keeps whichever adept came first (a1 with w=1 keeps the single seat that a2 with w=10 wants).
 * Here an adept that cannot reach a free seat still sends its unit: the cheapest way may be to
 * push a matched adept `k` out to `k`'s dummy along an alternating path, which is what the pair
 * costs choose (a2 -> m -> a1 -> dummy(a1) costs (1, -10 + 1), better than a2 -> dummy(a2) at
 * (1, 0)). Successive shortest paths over a network whose flow is min-cost keeps it min-cost
 * (each added unit goes along a shortest path, so no negative cycle appears), and every adept is
 * in the flow at the end, so the final flow is the lexicographic optimum.
 *
 * ## How the pairs stay cheap
 * A shortest path from a new adept either ends at a mentor with spare capacity (first part 0) or
 * at some dummy (first part 1): no path can use a dummy in its middle. So a Dijkstra over real
 * arcs with real reduced costs finds the free mentor if one is reachable ("level 0"). Only when
 * none is, the whole reachable set `A` is closed (all its mentors full, every edge of its adepts
 * stays inside it) and it is merged into the closed region `Z` ("tier 1"), whose potentials carry
 * first part +1 for adepts and -1 for mentors. Arcs from outside into `Z` then cost (1, x): a
 * level-0 search never settles `Z` nodes, it parks them and continues into `Z` ("level 1") only
 * when it found no free mentor, comparing real parts among tier-1 endings. Every dual value thus
 * is a tier bit plus one exact double.
 *
 * ## Speed
 * Jonker-Volgenant style: a greedy start (each adept its cheapest mentor while there is room)
 * and an "augmenting row reduction" pass, a cheap auction that, with the capacity extension
 * described at reduceAugment, places almost every adept of a dense instance with no search at
 * all; then one shortest augmenting path per remaining adept, with array-based Dijkstra (an
 * O(frontier) scan for the minimum beats a heap on dense graphs), equal-distance rows settled
 * as one batch, and capacities kept on the mentor rows (a full mentor leads on to the adepts it
 * holds). Edges are read column by column, in one of two layouts: where at least a quarter of
 * all pairs is allowed (and the matrix has at most 2^25 cells), a dense column-major cost matrix
 * that a search reads as contiguous runs, relaxing and finding the minimum in one pass; else a
 * sparse column-major copy, each edge packed into one double. Both layouts take the same steps
 * and give the same answer, bit for bit.
 *
 * ## Orientation
 * When the mentors have fewer seats than there are adepts competing for them (adepts with an
 * allowed pair to a mentor with a seat), the same algorithm runs on the transposed problem (each
 * seat a unit that must be filled or left empty, each adept a row of capacity 1), because then
 * each seat finds a free adept quickly while each adept would have to prove which adept stays
 * out. The answer and its duals are mapped back (see solveBySeats). In the dense layout the
 * transposed matrix is built straight from the mentors' rows (see solveSeatsDense).
 *
 * ## Exactness
 * Weights are safe integers and every quantity is an integer-valued double. The solver refuses
 * (RangeError) inputs where `spread * (cols + 1)` exceeds 2^52 or `max|w| * cols` exceeds 2^53,
 * and checks at the end that every potential stayed below 2^51 in magnitude.
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
/** Largest potential magnitude accepted at the end of a solve (see solveAssignment). */
const POTENTIAL_LIMIT = 2 ** 51;
/** Dense layout up to this many cells (256 MB of costs) ... */
const DENSE_CELLS = 2 ** 25;
/** ... when at least this share of the pairs is allowed. */
const DENSE_SHARE = 0.25;
/** Tile of the dense copy: rows per block and columns per block (see denseCopy). */
const TILE_ROWS = 16;
const TILE_COLS = 1024;

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

/** The O(rows) part of validateProblem: sizes, array kinds and lengths, capacities, offsets. */
function validateShape(problem: AssignmentProblem): void {
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
 * Seats of row r in the seat-side formulation: its capacity, but never more than its degree + 1.
 * One seat beyond the degree is always empty, which keeps such a row's dual at zero (a row that
 * cannot fill its capacity must not carry a negative dual); more would only cost searches.
 */
function seatsOfRow(problem: AssignmentProblem, r: number): number {
  const degree = problem.rowStart[r + 1]! - problem.rowStart[r]!;
  return degree === 0 ? 0 : Math.min(problem.capacity[r]!, degree + 1);
}

/**
 * How many columns have an edge to a row with a seat (the adepts that compete for the seats),
 * and which (1 in `marks`).
 * Only when seats are fewer than these does solveBySeats pay (and its transposed problem then
 * takes the ordinary path, having more such rows than columns).
 */
function competingColumns(problem: AssignmentProblem): { count: number; marks: Int32Array } {
  const { rows, cols, rowStart, colIndex } = problem;
  const marks = new Int32Array(cols);
  let count = 0;
  for (let r = 0; r < rows; r++) {
    if (seatsOfRow(problem, r) === 0) continue;
    for (let e = rowStart[r]!, end = rowStart[r + 1]!; e < end; e++) {
      const c = colIndex[e]!;
      if (marks[c] === 0) {
        marks[c] = 1;
        count++;
      }
    }
  }
  return { count, marks };
}

function seatCount(problem: AssignmentProblem): number {
  let total = 0;
  for (let r = 0; r < problem.rows; r++) total += seatsOfRow(problem, r);
  return total;
}

/**
 * Solves the transposed problem, in which every seat is a column that must be filled by an
 * adept or stay empty (count part 1) and every adept is a row of capacity 1, and maps the answer
 * and its duals back. Both problems have the same plans (a seat-to-adept matching is an
 * adept-to-mentor plan) and the same matched count and weight, so the optimum carries over.
 *
 * Duals: the transposed LP has seat duals `u'_s <= (1, 0)` (equal on empty seats) and adept
 * duals `v'_a <= 0` (zero on unmatched adepts) with `u'_s + v'_a <= (0, -w)`, tight on matched
 * pairs. Then `u_a = v'_a + (1, 0)` and `v_r = min_s u'_s - (1, 0)` over r's seats satisfy the
 * original conditions: edge sums are `v'_a + u'_s <= (0, -w)`; all matched seats of a row have
 * equal duals (each is tight on its own adept and feasible on the other's), so matched edges stay
 * tight; an empty seat forces every seat of its row to (1, 0), so a row with room gets v_r = 0;
 * an unmatched adept gets (1, 0). A row with edges but no seat (capacity 0) gets count part -1,
 * which relaxes its edges in the count, and a real part low enough for its tier-1 adepts.
 */
function solveBySeats(
  problem: AssignmentProblem,
  layout: "auto" | "dense" | "sparse",
  scan: EdgeScan,
  competing: Int32Array,
): AssignmentSolution {
  const { rows, cols, rowStart, colIndex, weight } = problem;
  const seatStart = new Int32Array(rows + 1);
  let innerEdges = 0;
  for (let r = 0; r < rows; r++) {
    const k = seatsOfRow(problem, r);
    seatStart[r + 1] = seatStart[r]! + k;
    innerEdges += k * (rowStart[r + 1]! - rowStart[r]!);
  }
  const seats = seatStart[rows]!;
  const cells = cols * seats;
  const dense =
    layout === "dense" ||
    (layout === "auto" && cells <= DENSE_CELLS && innerEdges >= cells * DENSE_SHARE);
  const sub = dense
    ? solveSeatsDense(problem, seatStart, scan, competing)
    : solveSeatsSparse(problem, seatStart);
  const rowOf = new Int32Array(cols).fill(-1);
  const colTier = new Uint8Array(cols);
  const colDual = new Float64Array(cols);
  for (let a = 0; a < cols; a++) {
    colTier[a] = 1 - sub.rowTier[a]!;
    colDual[a] = sub.rowDual[a]!;
  }
  const rowTier = new Uint8Array(rows);
  const rowDual = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const s0 = seatStart[r]!;
    const s1 = seatStart[r + 1]!;
    if (s0 === s1) {
      if (rowStart[r] === rowStart[r + 1]) continue;
      // Capacity 0 with edges: (-1, x), x low enough for every tier-1 adept it touches.
      let x = 0;
      for (let e = rowStart[r]!, end = rowStart[r + 1]!; e < end; e++) {
        const a = colIndex[e]!;
        if (colTier[a] === 1) x = Math.min(x, -weight[e]! - colDual[a]!);
      }
      rowTier[r] = 1;
      rowDual[r] = x;
      continue;
    }
    let tier = 2;
    let real = 0;
    for (let s = s0; s < s1; s++) {
      const a = sub.rowOf[s]!;
      if (a >= 0) rowOf[a] = r;
      const t = sub.colTier[s]!;
      const x = sub.colDual[s]!;
      if (t < tier || (t === tier && x < real)) {
        tier = t;
        real = x;
      }
    }
    rowTier[r] = 1 - tier;
    rowDual[r] = real;
  }
  return {
    rowOf,
    matched: sub.matched,
    totalWeight: sub.totalWeight,
    colDual,
    rowDual,
    colTier,
    rowTier,
  };
}

/**
 * The transposed problem of solveBySeats in CSR form (adept a lists, for each of its mentors in
 * ascending order, every seat), solved in the sparse layout. It takes the ordinary path there:
 * its rows with edges (adepts) outnumber its columns (seats), as solveBySeats is only called then.
 */
function solveSeatsSparse(problem: AssignmentProblem, seatStart: Int32Array): AssignmentSolution {
  const { rows, cols, rowStart, colIndex, weight } = problem;
  const seats = seatStart[rows]!;
  const start = new Int32Array(cols + 1);
  for (let r = 0; r < rows; r++) {
    const k = seatStart[r + 1]! - seatStart[r]!;
    for (let e = rowStart[r]!, end = rowStart[r + 1]!; e < end; e++) start[colIndex[e]! + 1]! += k;
  }
  for (let a = 0; a < cols; a++) start[a + 1]! += start[a]!;
  const seatIndex = new Int32Array(start[cols]!);
  const seatWeight = new Float64Array(start[cols]!);
  const fill = start.slice(0, cols);
  for (let r = 0; r < rows; r++) {
    const s0 = seatStart[r]!;
    const s1 = seatStart[r + 1]!;
    for (let e = rowStart[r]!, end = rowStart[r + 1]!; e < end; e++) {
      const a = colIndex[e]!;
      const w = weight[e]!;
      let p = fill[a]!;
      for (let s = s0; s < s1; s++) {
        seatIndex[p] = s;
        seatWeight[p] = w;
        p++;
      }
      fill[a] = p;
    }
  }
  const transposed: AssignmentProblem = {
    rows: cols,
    cols: seats,
    capacity: new Int32Array(cols).fill(1),
    rowStart: start,
    colIndex: seatIndex,
    weight: seatWeight,
  };
  return solveAssignment(transposed, "sparse");
}

/**
 * The same transposed problem, solved in the dense layout, with its matrix built straight from
 * the mentors' rows: seat s of mentor r is column s, whose costs are r's row (copied once per
 * seat), so no CSR transpose is needed. Same matrix, column minima and weights as the sparse
 * route, hence the same answer.
 */
function solveSeatsDense(
  problem: AssignmentProblem,
  seatStart: Int32Array,
  scan: EdgeScan,
  competing: Int32Array,
): AssignmentSolution {
  const { rows, cols, rowStart, colIndex, weight } = problem;
  const seats = seatStart[rows]!;
  // The transposed problem's weights are those of mentors with a seat: the whole problem's
  // range unless some mentor with pairs has none. Its rows that can hold anything are the
  // competing adepts.
  let { minW, maxW } = scan;
  let unseated = false;
  for (let r = 0; r < rows; r++) {
    if (seatStart[r + 1] === seatStart[r] && rowStart[r + 1] !== rowStart[r]) unseated = true;
  }
  if (unseated) {
    minW = Number.POSITIVE_INFINITY;
    maxW = Number.NEGATIVE_INFINITY;
    for (let r = 0; r < rows; r++) {
      if (seatStart[r + 1] === seatStart[r]) continue;
      for (let e = rowStart[r]!, end = rowStart[r + 1]!; e < end; e++) {
        const w = weight[e]!;
        if (w > maxW) maxW = w;
        if (w < minW) minW = w;
      }
    }
    if (minW > maxW) {
      minW = 0;
      maxW = 0;
    }
  }
  const slotLimit = competing;
  const dense = new Float64Array(seats * cols).fill(Number.POSITIVE_INFINITY);
  const colMin = new Float64Array(seats).fill(Number.POSITIVE_INFINITY);
  const colNext = new Float64Array(seats).fill(Number.POSITIVE_INFINITY);
  const colArg = new Int32Array(seats).fill(-1);
  const seatRow = new Int32Array(seats);
  for (let r = 0; r < rows; r++) {
    const s0 = seatStart[r]!;
    const s1 = seatStart[r + 1]!;
    if (s0 === s1) continue;
    const off = s0 * cols;
    let best = Number.POSITIVE_INFINITY;
    let next = Number.POSITIVE_INFINITY;
    let arg = -1;
    for (let e = rowStart[r]!, end = rowStart[r + 1]!; e < end; e++) {
      const a = colIndex[e]!;
      const cost = maxW - weight[e]!;
      dense[off + a] = cost;
      if (cost < next) {
        if (cost < best) {
          next = best;
          best = cost;
          arg = a;
        } else {
          next = cost;
        }
      }
    }
    for (let s = s0; s < s1; s++) {
      if (s > s0) dense.copyWithin(s * cols, off, off + cols);
      colMin[s] = best;
      colNext[s] = next;
      colArg[s] = arg;
      seatRow[s] = r;
    }
  }
  const colStart = new Int32Array(0);
  const adj = new Float64Array(0);
  const adjacency = { colStart, adj, rowSpan: 1, dense, colMin, colNext, colArg };
  const capacity = new Int32Array(cols).fill(1);
  const state = runFlow(cols, seats, capacity, slotLimit, maxW, adjacency, maxW - minW);
  return solutionOf(state, (a, s) => weight[findEdge(rowStart, colIndex, seatRow[s]!, a)]!);
}

/** What one pass over the edges found: the first bad edge (or -1) and the weight range. */
interface EdgeScan {
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
 */
function inspectEdges(problem: AssignmentProblem, counts: Int32Array | null): EdgeScan {
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

/**
 * Solves the assignment exactly: the most columns matched, then the highest total weight.
 *
 * Deterministic: the same input always gives the same output. Each step breaks ties the same
 * way: the greedy start and the searches prefer the lowest row index among equally cheap
 * choices, and a search that must leave an adept out picks the highest-index one among equally
 * cheap choices, so earlier adepts keep their place. (A rule per step, not a promise that the
 * plan is the lexicographically smallest of several optimal plans.)
 *
 * Throws `RangeError("solveAssignment: ...")` for a malformed problem, and when exactness could
 * not be promised: `(maxWeight - minWeight) * (cols + 1) > 2^52`, `max|weight| * cols > 2^53`,
 * or `(spread + 1) * rowSpan > 2^53` with rowSpan the row count rounded up to a power of two.
 * Time O(cols * edges) worst case (O(cols * rows * cols) in the dense layout), typically far
 * less; memory O(rows + cols) plus one 8-byte column-major copy of the edges (sparse) or of the
 * whole matrix (dense). The input is only read. `layout` forces one layout ("auto" picks by
 * density, see the module notes); the answer does not depend on it.
 *
 * @example
 * // One seat, two adepts: the heavier adept gets it even though it comes second.
 * const s = solveAssignment(problemFromDense([[1, 10]], [1]));
 * // Array.from(s.rowOf) -> [-1, 0], s.matched === 1, s.totalWeight === 10
 */
export function solveAssignment(
  problem: AssignmentProblem,
  layout: "auto" | "dense" | "sparse" = "auto",
): AssignmentSolution {
  // Shape first (O(rows)), then one fused pass over the edges; on any bad edge the full
  // validator runs again only to word the error.
  let scan: EdgeScan | null = null;
  let colStart: Int32Array | null = null;
  let dense = false;
  try {
    validateShape(problem);
    const cells = problem.rows * problem.cols;
    dense =
      layout === "dense" ||
      (layout === "auto" && cells <= DENSE_CELLS && problem.colIndex.length >= cells * DENSE_SHARE);
    // The sparse layout needs per-column edge counts; the dense one does not.
    colStart = new Int32Array(dense ? 0 : problem.cols + 1);
    scan = inspectEdges(problem, dense ? null : colStart);
    if (scan.badEdge >= 0) validateProblem(problem);
  } catch (error) {
    if (error instanceof RangeError) throw new RangeError(`solveAssignment: ${error.message}`);
    throw error;
  }
  const { rows, cols, rowStart, colIndex, weight } = problem;
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

  // Fewer seats than adepts: augment from the seats instead (each finds a free adept quickly,
  // where adepts would each have to prove which of them stays out).
  const seatTotal = seatCount(problem);
  if (seatTotal < cols) {
    const competing = competingColumns(problem);
    if (seatTotal < competing.count) return solveBySeats(problem, layout, scan, competing.marks);
  }

  const adjacency = dense ? denseCopy(problem, maxW) : transpose(problem, maxW, rowSpan, colStart);
  const state = runFlow(rows, cols, problem.capacity, slotLimits(problem), maxW, adjacency, spread);
  return solutionOf(state, (r, c) => weight[findEdge(rowStart, colIndex, r, c)]!);
}

/** Per row: how many columns it can ever hold, its capacity but at most its degree. */
function slotLimits(problem: AssignmentProblem): Int32Array {
  const { rows, capacity, rowStart } = problem;
  const limit = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    limit[r] = Math.min(capacity[r]!, rowStart[r + 1]! - rowStart[r]!);
  }
  return limit;
}

/**
 * The solve proper on a checked instance: greedy start, row reduction, shortest augmenting
 * paths. Potentials are alternating-path cost differences, far inside POTENTIAL_LIMIT; the
 * check at the end makes the exactness claim unconditional rather than argued.
 */
function runFlow(
  rows: number,
  cols: number,
  capacity: Int32Array,
  slotLimit: Int32Array,
  maxW: number,
  adjacency: Adjacency,
  spread: number,
): FlowState {
  const state = initialState(rows, cols, capacity, slotLimit, maxW, adjacency);
  greedyStart(state);
  reduceAugment(state, spread * (cols + 1));
  augmentAll(state);
  let largest = 0;
  for (let c = 0; c < cols; c++) {
    largest = Math.max(largest, Math.abs(state.u[c]!), Math.abs(state.u[c]! - maxW));
  }
  for (let r = 0; r < rows; r++) largest = Math.max(largest, Math.abs(state.v[r]!));
  if (largest > POTENTIAL_LIMIT) {
    throw new RangeError(
      `solveAssignment: a dual potential reached ${largest}, beyond 2^51; the result could not be guaranteed exact`,
    );
  }
  return state;
}

/** The solution a finished flow state holds; `weightOf(r, c)` is the weight of edge (r, c). */
function solutionOf(
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

/** Everything the augmenting phase reads and writes; typed arrays only. */
interface FlowState extends Adjacency {
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

function initialState(
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
    dense: adjacency.dense,
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

/**
 * Greedy start: each column takes its cheapest edge if a row at that cost still has room. With
 * v = 0, u[c] = min cost keeps every reduced cost >= 0 and the matched edge tight; rows stay at
 * v = 0, which is what non-full rows need.
 */
function greedyStart(state: FlowState): void {
  const { rows, cols, capacity, colStart, adj, rowSpan, dense, colMin, colNext, colArg } = state;
  const { slotStart, slots, load, slotOf, rowOf, u, gap } = state;
  const inverse = 1 / rowSpan;
  for (let c = 0; c < cols; c++) {
    let r = colArg[c]!;
    if (r < 0) continue;
    const best = colMin[c]!;
    u[c] = best;
    if (load[r]! >= capacity[r]!) {
      // The lowest cheapest row is full: look for another row at the same cost with room.
      r = -1;
      if (dense !== null) {
        for (let row = 0, off = c * rows; row < rows; row++) {
          if (dense[off + row] === best && load[row]! < capacity[row]!) {
            r = row;
            break;
          }
        }
      } else {
        for (let p = colStart[c]!, pe = colStart[c + 1]!; p < pe; p++) {
          const x = adj[p]!;
          const cost = Math.floor(x * inverse);
          if (cost !== best) continue;
          const row = (x - cost * rowSpan) | 0;
          if (load[row]! < capacity[row]!) {
            r = row;
            break;
          }
        }
      }
      if (r < 0) continue;
    }
    const at = slotStart[r]! + load[r]!;
    slots[at] = c;
    slotOf[c] = at;
    load[r]! += 1;
    rowOf[c] = r;
    gap[c] = colNext[c]! - best;
  }
}

/**
 * Jonker-Volgenant "augmenting row reduction", extended to capacities: a free column c takes its
 * cheapest row r1 (on a tie with a full r1, the second cheapest r2, as JV does). If that row has
 * room, c takes a seat. If it is full, c evicts the held column with the least slack, and the
 * row's potential drops by delta = c's gap to its second cheapest option (u2 - u1), capped by
 * the slack of every other column the row keeps; those columns' potentials rise by delta, so
 * they stay tight and, delta being within their slack, feasible. With capacity 1 this is JV's
 * price rise exactly. "Slack" is the lower bound kept in `gap`: a column's gap to its second
 * cheapest row when placed, less what it has risen since (row potentials only fall here, so its
 * true slack never drops below that). Lowering a row potential only raises reduced costs, so dual
 * feasibility and tight matched edges hold throughout, and non-full rows keep v = 0. The evicted
 * column is treated next. Whatever is still free when the passes stop (or the step budget runs
 * out) goes to the shortest-path phase; on the benchmark's cohorts that is almost nothing.
 */
function reduceAugment(state: FlowState, potentialLimit: number): void {
  const { rows, cols, capacity, colStart, adj, rowSpan, dense, colArg } = state;
  const { slotStart, slots, load, slotOf, rowOf, u, v, gap } = state;
  const inverse = 1 / rowSpan;
  // Passes over the free columns, as in Jonker-Volgenant. Within a pass an evicted column after
  // a strict price rise is treated at once; one evicted at a tie waits for the next pass. Passes
  // stop when one frees no fewer columns than it started with (ties can ping-pong forever) or
  // when the step budget is spent; whatever is left goes to the shortest-path phase.
  let list = new Int32Array(cols);
  let listLen = 0;
  for (let c = 0; c < cols; c++) {
    if (rowOf[c] === -1 && colArg[c]! >= 0) list[listLen++] = c;
  }
  let nextList = new Int32Array(cols);
  let budget = 16 * cols;
  while (listLen > 0 && budget > 0) {
    let nextLen = 0;
    let dropped = 0;
    for (let k = 0; k < listLen && budget > 0; k++) {
      let c = list[k]!;
      while (c >= 0 && budget-- > 0) {
        const current = c;
        c = -1;
        // Cheapest and second cheapest reduced cost (rows ascending: ties keep the lowest row).
        let u1 = Number.POSITIVE_INFINITY;
        let u2 = Number.POSITIVE_INFINITY;
        let r1 = -1;
        let r2 = -1;
        if (dense !== null) {
          for (let r = 0, off = current * rows; r < rows; r++) {
            const h = dense[off + r]! - v[r]!;
            if (h < u2) {
              if (h < u1) {
                u2 = u1;
                r2 = r1;
                u1 = h;
                r1 = r;
              } else {
                u2 = h;
                r2 = r;
              }
            }
          }
        } else {
          for (let p = colStart[current]!, pe = colStart[current + 1]!; p < pe; p++) {
            const x = adj[p]!;
            const cost = Math.floor(x * inverse);
            const r = (x - cost * rowSpan) | 0;
            const h = cost - v[r]!;
            if (h < u2) {
              if (h < u1) {
                u2 = u1;
                r2 = r1;
                u1 = h;
                r1 = r;
              } else {
                u2 = h;
                r2 = r;
              }
            }
          }
        }
        // Take the cheapest row, or on a tie with a full cheapest row the second (as JV does).
        let target = r1;
        let slack = u2 - u1;
        if (load[r1]! >= capacity[r1]! && u1 === u2 && r2 >= 0) {
          target = r2;
          slack = 0;
        }
        let lower = 0;
        let at: number;
        let evicted = -1;
        if (load[target]! < capacity[target]!) {
          at = slotStart[target]! + load[target]!;
          load[target]! += 1;
        } else {
          // Full: evict the held column with the least slack, and lower the row by as much as
          // the newcomer and every other held column can absorb (those rise by the same, so
          // they stay tight). With capacity 1 this is JV's price rise u2 - u1.
          const s0 = slotStart[target]!;
          const s1 = s0 + load[target]!;
          if (s0 === s1) {
            dropped++;
            continue;
          }
          at = s0;
          for (let s = s0 + 1; s < s1; s++) if (gap[slots[s]!]! < gap[slots[at]!]!) at = s;
          lower = slack === Number.POSITIVE_INFINITY ? 0 : slack;
          for (let s = s0; s < s1; s++) if (s !== at) lower = Math.min(lower, gap[slots[s]!]!);
          if (v[target]! - lower < -potentialLimit) {
            dropped++;
            continue;
          }
          if (lower > 0) {
            for (let s = s0; s < s1; s++) {
              if (s === at) continue;
              const held = slots[s]!;
              u[held]! += lower;
              gap[held]! -= lower;
            }
            v[target]! -= lower;
          }
          evicted = slots[at]!;
          rowOf[evicted] = -1;
        }
        u[current] = (target === r1 ? u1 : u2) + lower;
        gap[current] = slack - lower;
        slots[at] = current;
        slotOf[current] = at;
        rowOf[current] = target;
        if (evicted < 0) continue;
        if (lower > 0) c = evicted;
        else nextList[nextLen++] = evicted;
      }
      // A column cut off by the budget stays free for the shortest-path phase.
    }
    if (nextLen + dropped >= listLen) break;
    const swap = list;
    list = nextList;
    nextList = swap;
    listLen = nextLen;
  }
}

/** Arrays and results one search shares with the dual update and augmentation that follow. */
class Search {
  readonly dist: Float64Array;
  readonly predCol: Int32Array;
  readonly doneRows: Int32Array;
  readonly doneDist: Float64Array;
  readonly colDist: Float64Array;
  readonly doneCols: Int32Array;
  /** Rows not yet settled: the frontier (sparse) or every candidate row (dense). */
  readonly todo: Int32Array;
  readonly parked: Int32Array;
  /** Sparse only: `rowSeen[r] === epoch` when row r was reached in the current search. */
  readonly rowSeen: Int32Array;
  /** Dense only: positions in `todo` of the rows at the current minimum. */
  readonly atMin: Int32Array;
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
    this.atMin = new Int32Array(rows);
  }
}

/**
 * One shortest augmenting path (or push-out) per column the start left unmatched: a Dijkstra
 * search from the column (sparse or dense), then the dual update and the augmentation.
 */
function augmentAll(state: FlowState): void {
  const { rows, cols, rowOf } = state;
  // Allocated on the first free column: after the start there is often none.
  let search: Search | null = null;
  for (let source = 0; source < cols; source++) {
    if (rowOf[source] !== -1) continue;
    search ??= new Search(rows, cols);
    if (state.dense !== null) searchDense(state, state.dense, search, source);
    else searchSparse(state, search, source);
    augment(state, search, source);
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
 */
function settleBatch(state: FlowState, search: Search, batchStart: number, min: number): number {
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

/** Starts a search from `source`: only its own dummy ending is known. */
function startSearch(state: FlowState, search: Search, source: number): void {
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

/**
 * Dijkstra over the column-major sparse adjacency: the frontier holds only rows reached so far
 * (stamped with the search's epoch, so nothing is cleared between searches), and each step scans
 * it for the minimum.
 */
function searchSparse(state: FlowState, search: Search, source: number): void {
  const { colStart, adj, rowSpan, u, v, rowTier } = state;
  const { dist, predCol, rowSeen, colDist, doneRows, doneCols, todo, parked } = search;
  const inverse = 1 / rowSpan;
  const epoch = ++search.epoch;
  startSearch(state, search, source);
  let todoLen = 0;
  let parkedLen = 0;
  let scanned = 0;
  let level = 0;
  for (;;) {
    // Scan every settled column not yet scanned: the source, or those held by the rows just
    // settled (reverse arcs of matched edges are tight, so they share the row's distance).
    while (scanned < search.nCols) {
      const c = doneCols[scanned++]!;
      const base = colDist[c]! - u[c]!;
      for (let p = colStart[c]!, pe = colStart[c + 1]!; p < pe; p++) {
        // Unpack: both steps are exact (power-of-two scaling, integers below 2^53).
        const x = adj[p]!;
        const cost = Math.floor(x * inverse);
        const r = (x - cost * rowSpan) | 0;
        // Settled rows hold dist = -Infinity, so they never improve: no separate check.
        const value = base + cost - v[r]!;
        if (rowSeen[r] !== epoch) {
          rowSeen[r] = epoch;
          dist[r] = value;
          predCol[r] = c;
          // Level 0 parks tier rows: reaching them costs (1, .), worse than any (0, .) path.
          if (level === 0 && rowTier[r] === 1) parked[parkedLen++] = r;
          else todo[todoLen++] = r;
        } else if (value < dist[r]!) {
          dist[r] = value;
          predCol[r] = c;
        }
      }
    }
    if (todoLen === 0) {
      if (level === 1) return;
      // Nothing with room is reachable: everything reached is closed. Go on into the tier
      // region from the parked rows; only dummy endings remain.
      level = 1;
      search.levelRows = search.nRows;
      search.levelCols = search.nCols;
      todo.set(parked.subarray(0, parkedLen));
      todoLen = parkedLen;
      if (todoLen === 0) return;
    }
    // O(frontier) scan for the minimum; all rows at it are settled together.
    let min = dist[todo[0]!]!;
    for (let k = 1; k < todoLen; k++) {
      const d = dist[todo[k]!]!;
      if (d < min) min = d;
    }
    if (level === 1 && min >= search.bestEnd) return;
    const batchStart = search.nRows;
    let nRows = batchStart;
    for (let k = todoLen - 1; k >= 0; k--) {
      const r = todo[k]!;
      if (dist[r] !== min) continue;
      todo[k] = todo[--todoLen]!;
      doneRows[nRows++] = r;
      dist[r] = Number.NEGATIVE_INFINITY;
    }
    search.nRows = nRows;
    const end = settleBatch(state, search, batchStart, min);
    if (end >= 0) {
      search.endRow = end;
      search.endDist = min;
      return;
    }
  }
}

/**
 * Dijkstra over the dense cost matrix, in the manner of compiled dense solvers: every row not
 * yet settled is a candidate (unreachable ones at +Infinity), each newly settled column is read
 * as one contiguous run, and the last of them relaxes the candidates and finds the minimum in
 * the same pass. Same steps and tie-breaking as searchSparse, so both give the same answer.
 */
function searchDense(state: FlowState, dense: Float64Array, search: Search, source: number): void {
  const { rows, u, v, rowTier } = state;
  const { dist, predCol, colDist, doneRows, doneCols, todo, parked, atMin } = search;
  startSearch(state, search, source);
  // Candidates: every row outside the tier region; tier rows wait for level 1 (see searchSparse).
  let todoLen = 0;
  let parkedLen = 0;
  for (let r = 0; r < rows; r++) {
    dist[r] = Number.POSITIVE_INFINITY;
    if (rowTier[r] === 1) parked[parkedLen++] = r;
    else todo[todoLen++] = r;
  }
  let scanned = 0;
  let level = 0;
  for (;;) {
    const nCols = search.nCols;
    // Relax from every newly settled column; the last one's pass also finds the minimum.
    // Unreachable rows stay at +Infinity and never reach `min`, which starts at MAX_VALUE.
    while (scanned < nCols - 1) {
      const c = doneCols[scanned++]!;
      const base = colDist[c]! - u[c]!;
      const off = c * rows;
      for (let k = 0; k < todoLen; k++) {
        const r = todo[k]!;
        const value = base + dense[off + r]! - v[r]!;
        if (value < dist[r]!) {
          dist[r] = value;
          predCol[r] = c;
        }
      }
    }
    let min = Number.MAX_VALUE;
    let nMin = 0;
    if (scanned < nCols) {
      const c = doneCols[scanned++]!;
      const base = colDist[c]! - u[c]!;
      const off = c * rows;
      for (let k = 0; k < todoLen; k++) {
        const r = todo[k]!;
        let d = dist[r]!;
        const value = base + dense[off + r]! - v[r]!;
        if (value < d) {
          d = value;
          dist[r] = value;
          predCol[r] = c;
        }
        if (d < min) {
          min = d;
          atMin[0] = k;
          nMin = 1;
        } else if (d === min) {
          atMin[nMin++] = k;
        }
      }
    } else {
      for (let k = 0; k < todoLen; k++) {
        const d = dist[todo[k]!]!;
        if (d < min) {
          min = d;
          atMin[0] = k;
          nMin = 1;
        } else if (d === min) {
          atMin[nMin++] = k;
        }
      }
    }
    if (nMin === 0) {
      if (level === 1) return;
      // Nothing with room is reachable (see searchSparse): the tier rows join the candidates,
      // at their distance from every column settled so far, taken in settling order.
      level = 1;
      search.levelRows = search.nRows;
      search.levelCols = nCols;
      for (let k = 0; k < parkedLen; k++) {
        const r = parked[k]!;
        let d = Number.POSITIVE_INFINITY;
        for (let j = 0; j < nCols; j++) {
          const c = doneCols[j]!;
          const value = colDist[c]! - u[c]! + dense[c * rows + r]! - v[r]!;
          if (value < d) {
            d = value;
            predCol[r] = c;
          }
        }
        dist[r] = d;
        todo[todoLen++] = r;
      }
      continue;
    }
    if (level === 1 && min >= search.bestEnd) return;
    // Take the rows at the minimum out of the candidates (highest position first, so the
    // positions still to come stay valid).
    const batchStart = search.nRows;
    let nRows = batchStart;
    for (let j = nMin - 1; j >= 0; j--) {
      const k = atMin[j]!;
      doneRows[nRows++] = todo[k]!;
      todo[k] = todo[--todoLen]!;
    }
    search.nRows = nRows;
    const end = settleBatch(state, search, batchStart, min);
    if (end >= 0) {
      search.endRow = end;
      search.endDist = min;
      return;
    }
  }
}

/**
 * After a search: moves the duals (settled nodes by how far below the path length D they are,
 * which keeps every residual reduced cost >= 0 and makes the path tight), closes a level-0 set
 * into the tier region when the path ends at a dummy, and augments along the path.
 */
function augment(state: FlowState, search: Search, source: number): void {
  const { slotStart, slots, load, slotOf, rowOf, u, v, colTier, rowTier } = state;
  const { predCol, doneRows, doneDist, colDist, doneCols, nRows, nCols, endRow } = search;
  const D = endRow >= 0 ? search.endDist : search.bestEnd;
  if (endRow < 0) {
    // The closed level-0 set joins the tier region: its duals gain (+1, .) and (-1, .).
    for (let k = 0; k < search.levelRows; k++) rowTier[doneRows[k]!] = 1;
    for (let k = 0; k < search.levelCols; k++) colTier[doneCols[k]!] = 1;
  }
  for (let k = 0; k < nRows; k++) {
    const r = doneRows[k]!;
    v[r]! += doneDist[k]! - D;
  }
  for (let k = 0; k < nCols; k++) {
    const c = doneCols[k]!;
    u[c]! += D - colDist[c]!;
  }

  // Augment along the predecessor chain back to the source: each column on the path takes
  // the seat that the next one vacates (or the new seat, or the pushed-out column's seat).
  let r: number;
  let slot: number;
  if (endRow >= 0) {
    r = endRow;
    slot = slotStart[r]! + load[r]!;
    load[r]! += 1;
  } else {
    const out = search.bestCol;
    if (out === source) return;
    r = rowOf[out]!;
    rowOf[out] = -1;
    slot = slotOf[out]!;
  }
  for (;;) {
    const c = predCol[r]!;
    const previous = rowOf[c]!;
    const vacated = slotOf[c]!;
    rowOf[c] = r;
    slots[slot] = c;
    slotOf[c] = slot;
    if (previous < 0) break;
    r = previous;
    slot = vacated;
  }
}

/** The edges in the layout the searches read, plus each column's two cheapest costs. */
interface Adjacency {
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
 */
function transpose(
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
  return { colStart, adj, rowSpan, dense: null, colMin, colNext, colArg };
}

/**
 * Column-major dense copy of the costs (`dense[c * rows + r] = maxW - w`, +Infinity where the
 * pair is forbidden), for instances where most pairs are allowed: a search then reads each
 * column as one contiguous run with no row indices to unpack, and relaxes the distances and
 * finds the next minimum in one pass, as compiled dense solvers do. The copy goes tile by tile
 * (a block of rows times a block of columns), so that the writes of a tile, one short run per
 * column, stay in cache instead of touching a new page for every edge.
 */
function denseCopy(problem: AssignmentProblem, maxW: number): Adjacency {
  const { rows, cols, rowStart, colIndex, weight } = problem;
  const dense = new Float64Array(rows * cols).fill(Number.POSITIVE_INFINITY);
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
  // Same fields in the same order as transpose's (one object shape for V8).
  const colStart = new Int32Array(0);
  const adj = new Float64Array(0);
  return { colStart, adj, rowSpan: 1, dense, colMin, colNext, colArg };
}

/** Binary search for column `c` among row `r`'s ascending column list. */
function findEdge(rowStart: Int32Array, colIndex: Int32Array, r: number, c: number): number {
  let lo = rowStart[r]!;
  let hi = rowStart[r + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = colIndex[mid]!;
    if (x === c) return mid;
    if (x < c) lo = mid + 1;
    else hi = mid - 1;
  }
  throw new RangeError(`solveAssignment: internal error, edge (${r}, ${c}) is not in the problem`);
}
