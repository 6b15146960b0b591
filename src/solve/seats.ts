/**
 * The seat side: when the mentors have fewer seats than there are adepts competing for them,
 * the solve runs on the transposed problem, in which every seat is a column that must be filled
 * by an adept or stay empty (count part 1) and every adept is a row of capacity 1, because then
 * each seat finds a free adept quickly while each adept would have to prove which adept stays
 * out. Both problems have the same plans (a seat-to-adept matching is an adept-to-mentor plan)
 * and the same matched count and weight, so the optimum carries over; fromSeats maps the answer
 * and its duals back. This file builds the transposed problem (as CSR) and maps back;
 * solveAssignment solves.
 */
import type { AssignmentProblem, AssignmentSolution } from "./problem.js";

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
 * The competing columns (1 in the marks: adepts with an edge to a row with a seat) when the
 * seats are fewer than they are, else `null`. Only then does the seat side pay (and its
 * transposed problem then takes the ordinary path, having more such rows than columns).
 *
 * @example
 * scarceSeats(problemFromDense([[1, 2, 3]], [1])); // Int32Array [1, 1, 1]: one seat, three adepts
 * scarceSeats(problemFromDense([[1, 2]], [2])); // null
 */
export function scarceSeats(problem: AssignmentProblem): Int32Array | null {
  const seatTotal = seatCount(problem);
  if (seatTotal >= problem.cols) return null;
  const competing = competingColumns(problem);
  return seatTotal < competing.count ? competing.marks : null;
}

/**
 * The seats of the transposed problem: row r's seats are columns `seatStart[r] ..
 * seatStart[r + 1] - 1`.
 *
 * @example
 * const { seatStart } = seatLayout(problemFromDense([[1, 2, 3]], [1]));
 * // Array.from(seatStart) -> [0, 1]
 */
export function seatLayout(problem: AssignmentProblem): { seatStart: Int32Array } {
  const seatStart = new Int32Array(problem.rows + 1);
  for (let r = 0; r < problem.rows; r++) seatStart[r + 1] = seatStart[r]! + seatsOfRow(problem, r);
  return { seatStart };
}

/**
 * The transposed problem in CSR form (adept a lists, for each of its mentors in ascending
 * order, every seat), for the sparse layout.
 *
 * @example
 * const p = problemFromDense([[1, 2, 3]], [1]);
 * seatsProblem(p, seatLayout(p).seatStart); // 3 rows (adepts) of capacity 1, 1 column (seat)
 */
export function seatsProblem(problem: AssignmentProblem, seatStart: Int32Array): AssignmentProblem {
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
  return {
    rows: cols,
    cols: seats,
    capacity: new Int32Array(cols).fill(1),
    rowStart: start,
    colIndex: seatIndex,
    weight: seatWeight,
  };
}

/**
 * The solution of the transposed problem mapped back, with its duals.
 *
 * Duals: the transposed LP has seat duals `u'_s <= (1, 0)` (equal on empty seats) and adept
 * duals `v'_a <= 0` (zero on unmatched adepts) with `u'_s + v'_a <= (0, -w)`, tight on matched
 * pairs. Then `u_a = v'_a + (1, 0)` and `v_r = min_s u'_s - (1, 0)` over r's seats satisfy the
 * original conditions: edge sums are `v'_a + u'_s <= (0, -w)`; all matched seats of a row have
 * equal duals (each is tight on its own adept and feasible on the other's), so matched edges stay
 * tight; an empty seat forces every seat of its row to (1, 0), so a row with room gets v_r = 0;
 * an unmatched adept gets (1, 0). A row with edges but no seat (capacity 0) gets count part -1,
 * which relaxes its edges in the count, and a real part low enough for its tier-1 adepts.
 *
 * @example
 * const sub = solveAssignment(seatsProblem(problem, seatStart));
 * fromSeats(problem, seatStart, sub).rowOf // per adept: its mentor, or -1
 */
export function fromSeats(
  problem: AssignmentProblem,
  seatStart: Int32Array,
  sub: AssignmentSolution,
): AssignmentSolution {
  const { rows, cols, rowStart, colIndex, weight } = problem;
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
