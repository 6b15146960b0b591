/**
 * Exact lexicographic assignment of adepts (columns) to mentors (rows with a capacity): first the
 * most adepts matched, then the highest total weight among those plans.
 *
 * ## Outline (one file per step)
 * 1. `problem.ts`: check the input; find the weight range; refuse what could not stay exact.
 * 2. `seats.ts`: when seats are scarcer than the adepts competing for them, solve the transposed
 *    problem instead (each seat a column) and map the answer back.
 * 3. `layout.ts`: copy the edges column by column, as packed sparse lists.
 * 4. `runFlow` below: `greedyStart.ts` places each adept at its cheapest mentor while there is
 *    room; `rowReduction.ts` (an auction) places almost all the rest; then per adept still free
 *    one shortest augmenting path: `searchSparse.ts` (with `search.ts`),
 *    then `augment.ts` moves the duals and the adepts along the path.
 * 5. `solution.ts`: check the potentials, read off the plan, its weight and the duals.
 * `flowState.ts` holds the state steps 4 and 5 share; `edges.ts` the edge look-ups.
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
 * Jonker-Volgenant style: a greedy start and an "augmenting row reduction" pass, a cheap auction
 * that, with the capacity extension described at reduceAugment, places almost every adept of a
 * dense instance with no search at all; then one shortest augmenting path per remaining adept,
 * with array-based Dijkstra (an O(frontier) scan for the minimum beats a heap on dense graphs),
 * equal-distance rows settled as one batch, and capacities kept on the mentor rows (a full
 * mentor leads on to the adepts it holds). (A dense-matrix twin of the search served large
 * dense cohorts; those now take the sparse path of plan/sparse.ts.)
 *
 * ## Exactness
 * Weights are safe integers and every quantity is an integer-valued double. The solver refuses
 * (RangeError) inputs where `spread * (cols + 1)` exceeds 2^52 or `max|w| * cols` exceeds 2^53,
 * and checks at the end that every potential stayed below 2^51 in magnitude.
 */
import { augment } from "./augment.js";
import { edgeWeight } from "./edges.js";
import { type FlowState, initialState, slotLimits } from "./flowState.js";
import { greedyStart } from "./greedyStart.js";
import { type Adjacency, transpose } from "./layout.js";
import {
  type AssignmentProblem,
  type AssignmentSolution,
  checkExactness,
  type EdgeScan,
  inspectEdges,
  validateProblem,
  validateShape,
} from "./problem.js";
import { reduceAugment } from "./rowReduction.js";
import { Search } from "./search.js";
import { searchSparse } from "./searchSparse.js";
import { fromSeats, scarceSeats, seatLayout, seatsProblem } from "./seats.js";
import { checkPotentials, solutionOf } from "./solution.js";

export type { AssignmentProblem, AssignmentSolution } from "./problem.js";
export { problemFromDense, validateProblem } from "./problem.js";

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
 * Time O(cols * edges) worst case, typically far less; memory O(rows + cols) plus one 8-byte
 * column-major copy of the edges. The input is only read.
 *
 * @example
 * // One seat, two adepts: the heavier adept gets it even though it comes second.
 * const s = solveAssignment(problemFromDense([[1, 10]], [1]));
 * // Array.from(s.rowOf) -> [-1, 0], s.matched === 1, s.totalWeight === 10
 */
export function solveAssignment(problem: AssignmentProblem): AssignmentSolution {
  // The input: its shape (O(rows)), then one fused pass over the edges for the weight range
  // (and the sparse layout's per-column edge counts); on a bad edge the full validator runs
  // again only to word the error.
  let scan: EdgeScan;
  let colStart: Int32Array;
  try {
    validateShape(problem);
    colStart = new Int32Array(problem.cols + 1);
    scan = inspectEdges(problem, colStart);
    if (scan.badEdge >= 0) validateProblem(problem);
  } catch (error) {
    if (error instanceof RangeError) throw new RangeError(`solveAssignment: ${error.message}`);
    throw error;
  }
  const rowSpan = checkExactness(problem, scan);
  // Fewer seats than adepts: augment from the seats instead (each finds a free adept quickly,
  // where adepts would each have to prove which of them stays out).
  const competing = scarceSeats(problem);
  if (competing !== null) return solveBySeats(problem);
  const { minW, maxW } = scan;
  const adjacency = transpose(problem, maxW, rowSpan, colStart);
  const { rows, cols, capacity } = problem;
  const state = runFlow(rows, cols, capacity, slotLimits(problem), maxW, adjacency, maxW - minW);
  return solutionOf(state, (r, c) => edgeWeight(problem, r, c));
}

/**
 * The solve proper on a checked instance: greedy start, row reduction, shortest augmenting
 * paths, and the check that every potential stayed exact.
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
  checkPotentials(state);
  return state;
}

/**
 * One shortest augmenting path (or push-out) per column the start left unmatched: a Dijkstra
 * search from the column, then the dual update and the augmentation.
 */
function augmentAll(state: FlowState): void {
  const { rows, cols, rowOf } = state;
  // Allocated on the first free column: after the start there is often none.
  let search: Search | null = null;
  for (let source = 0; source < cols; source++) {
    if (rowOf[source] !== -1) continue;
    search ??= new Search(rows, cols);
    searchSparse(state, search, source);
    augment(state, search, source);
  }
}

/**
 * The seat side (see seats.ts): the transposed problem, solved through solveAssignment (where
 * it takes the ordinary path), and its answer and duals mapped back.
 */
function solveBySeats(problem: AssignmentProblem): AssignmentSolution {
  const { seatStart } = seatLayout(problem);
  return fromSeats(problem, seatStart, solveAssignment(seatsProblem(problem, seatStart)));
}
