import { type AssignmentProblem, validateProblem } from "./problem.js";

/**
 * The largest threshold `t` such that some plan matches `targetMatched` columns using only edges
 * of weight `>= t`: the best achievable "weakest pair" for that many pairs. Used by the fair
 * objective (most matched, then the strongest weakest pair, then the most weight among edges
 * `>= t`). Returns `-Infinity` for `targetMatched === 0` (no pair, so no weakest pair).
 *
 * Binary search over the integer thresholds between the lightest weight and the target-th largest
 * column maximum (feasibility only grows as `t` falls), each probe a maximum-cardinality
 * b-matching by Hopcroft-Karp phases (Dinic on the unit network source ->
 * mentor (capacity) -> adept (1) -> sink), stopped as soon as `targetMatched` is reached. Time
 * O(E * sqrt(V) * log(weight range)), memory O(rows + cols).
 *
 * Throws a `RangeError` naming this function for a malformed problem, for a `targetMatched` that
 * is not an integer in [0, cols], and when no plan matches `targetMatched` columns at all.
 *
 * @example
 * // Two seats; pairing both adepts forces the weight-3 edge, one adept alone can have 9.
 * const p = problemFromDense([[9, 3], [null, 5]], [1, 1]);
 * maxBottleneck(p, 2); // 5  (row 0 takes column 0 at 9, row 1 takes column 1 at 5)
 * maxBottleneck(p, 1); // 9
 */
export function maxBottleneck(problem: AssignmentProblem, targetMatched: number): number {
  try {
    validateProblem(problem);
  } catch (error) {
    if (error instanceof RangeError) throw new RangeError(`maxBottleneck: ${error.message}`);
    throw error;
  }
  if (!Number.isInteger(targetMatched) || targetMatched < 0 || targetMatched > problem.cols) {
    throw new RangeError(
      `maxBottleneck: targetMatched must be an integer in [0, ${problem.cols}], got ${targetMatched}`,
    );
  }
  if (targetMatched === 0) return Number.NEGATIVE_INFINITY;

  // Every matched column uses an edge no heavier than its own best, so the threshold is at most
  // the target-th largest column maximum. The search runs over the integers between the lightest
  // weight and that bound (no sort of the weights needed): the largest feasible integer is always
  // an edge weight, since raising t past a value no edge has does not change the edge set.
  let lo = minWeight(problem.weight);
  let hi = columnBound(problem, targetMatched);
  const matcher = new Matcher(problem);
  const best = Number.isFinite(lo) ? matcher.probe(lo, targetMatched) : 0;
  if (best < targetMatched) {
    throw new RangeError(
      `maxBottleneck: no plan matches ${targetMatched} columns; the most that can be matched is ${best}`,
    );
  }
  // Invariant: lo is feasible; every integer above hi is infeasible.
  while (lo < hi) {
    const mid = lo + Math.ceil((hi - lo) / 2);
    if (matcher.probe(mid, targetMatched) >= targetMatched) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function minWeight(weight: Float64Array): number {
  let min = Number.POSITIVE_INFINITY;
  for (let e = 0; e < weight.length; e++) if (weight[e]! < min) min = weight[e]!;
  return min;
}

/** The target-th largest over columns of the column's heaviest edge (-Infinity if too few). */
function columnBound(problem: AssignmentProblem, target: number): number {
  const best = new Float64Array(problem.cols).fill(Number.NEGATIVE_INFINITY);
  const { colIndex, weight } = problem;
  for (let e = 0; e < colIndex.length; e++) {
    const c = colIndex[e]!;
    if (weight[e]! > best[c]!) best[c] = weight[e]!;
  }
  best.sort();
  return best[problem.cols - target]!;
}

/**
 * Maximum b-matching on the edges of weight >= a threshold, with rows (capacity) as the side the
 * searches start from, so the problem's row-major CSR is used as it is. Buffers are reused across
 * thresholds, and each probe starts from the last feasible probe's matching: that probe had a
 * lower threshold (binary search only moves up from a feasible level), so dropping its edges
 * below the new threshold leaves a valid matching that usually needs few augmentations.
 */
class Matcher {
  private readonly rowOf: Int32Array;
  private readonly load: Int32Array;
  private readonly level: Int32Array;
  private readonly arc: Int32Array;
  private readonly queue: Int32Array;
  private readonly stack: Int32Array;
  /** The matching of the last probe that reached its target, and its edges' weights. */
  private readonly baseRowOf: Int32Array;
  private readonly baseWeight: Float64Array;
  private readonly pickedWeight: Float64Array;

  constructor(private readonly problem: AssignmentProblem) {
    this.baseRowOf = new Int32Array(problem.cols).fill(-1);
    this.baseWeight = new Float64Array(problem.cols);
    this.pickedWeight = new Float64Array(problem.cols);
    this.rowOf = new Int32Array(problem.cols);
    this.load = new Int32Array(problem.rows);
    this.level = new Int32Array(problem.rows);
    this.arc = new Int32Array(problem.rows);
    this.queue = new Int32Array(problem.rows);
    this.stack = new Int32Array(problem.rows);
  }

  /**
   * Size of a maximum matching on edges of weight >= t, stopping early at `enough`; when it
   * reaches `enough`, the matching becomes the start of later probes.
   */
  probe(t: number, enough: number): number {
    const { rows, cols, capacity, rowStart, colIndex, weight } = this.problem;
    const { rowOf, load, baseRowOf, baseWeight, pickedWeight } = this;
    load.fill(0);
    let matched = 0;
    for (let c = 0; c < cols; c++) {
      const r = baseRowOf[c]!;
      if (r >= 0 && baseWeight[c]! >= t) {
        rowOf[c] = r;
        pickedWeight[c] = baseWeight[c]!;
        load[r]! += 1;
        matched++;
      } else {
        rowOf[c] = -1;
      }
    }
    // Greedy fill: rows with room take free columns in order, until enough.
    for (let r = 0; r < rows && matched < enough; r++) {
      for (let e = rowStart[r]!, end = rowStart[r + 1]!; e < end && load[r]! < capacity[r]!; e++) {
        const c = colIndex[e]!;
        if (weight[e]! < t || rowOf[c] !== -1) continue;
        rowOf[c] = r;
        pickedWeight[c] = weight[e]!;
        load[r]! += 1;
        matched++;
      }
    }
    while (matched < enough && this.buildLevels(t)) {
      let gained = 0;
      for (let r = 0; r < rows && matched + gained < enough; r++) {
        while (load[r]! < capacity[r]! && this.level[r] === 0 && this.augmentFrom(r, t)) gained++;
      }
      if (gained === 0) break;
      matched += gained;
    }
    if (matched >= enough) {
      baseRowOf.set(rowOf);
      baseWeight.set(pickedWeight);
    }
    return matched;
  }

  /**
   * BFS layers over rows from every row with spare capacity (layer 0); a matched column leads
   * to the row holding it. Returns whether some free column is reachable.
   */
  private buildLevels(t: number): boolean {
    const { rows, capacity, rowStart, colIndex, weight } = this.problem;
    const { rowOf, load, level, arc, queue } = this;
    let head = 0;
    let tail = 0;
    for (let r = 0; r < rows; r++) {
      arc[r] = rowStart[r]!;
      if (load[r]! < capacity[r]!) {
        level[r] = 0;
        queue[tail++] = r;
      } else {
        level[r] = -1;
      }
    }
    let found = false;
    let foundLevel = -1;
    while (head < tail) {
      const r = queue[head++]!;
      // Rows deeper than the first layer that reaches a free column are not needed.
      if (found && level[r]! >= foundLevel) break;
      for (let e = rowStart[r]!, end = rowStart[r + 1]!; e < end; e++) {
        if (weight[e]! < t) continue;
        const holder = rowOf[colIndex[e]!]!;
        if (holder === r) continue;
        if (holder === -1) {
          if (!found) {
            found = true;
            foundLevel = level[r]!;
          }
          continue;
        }
        if (level[holder] === -1) {
          level[holder] = level[r]! + 1;
          queue[tail++] = holder;
        }
      }
    }
    return found;
  }

  /**
   * One augmenting path from `source` along increasing layers (iterative DFS with current-arc
   * pointers; a row found to be a dead end leaves the layering). On success the source gains
   * one column and every row on the path trades the column it passes on for a new one.
   */
  private augmentFrom(source: number, t: number): boolean {
    const { rowStart, colIndex, weight } = this.problem;
    const { rowOf, load, level, arc, stack } = this;
    let depth = 0;
    stack[depth++] = source;
    while (depth > 0) {
      const r = stack[depth - 1]!;
      const end = rowStart[r + 1]!;
      let e = arc[r]!;
      let pushed = false;
      for (; e < end; e++) {
        if (weight[e]! < t) continue;
        const c = colIndex[e]!;
        const holder = rowOf[c]!;
        if (holder === r) continue;
        if (holder === -1) {
          // Found: the top row takes c, each row below takes the column its child held.
          arc[r] = e;
          rowOf[c] = r;
          this.pickedWeight[c] = weight[e]!;
          for (let k = depth - 2; k >= 0; k--) {
            const parent = stack[k]!;
            const via = arc[parent]!;
            rowOf[colIndex[via]!] = parent;
            this.pickedWeight[colIndex[via]!] = weight[via]!;
          }
          load[source]! += 1;
          return true;
        }
        if (level[holder] === level[r]! + 1) {
          arc[r] = e;
          stack[depth++] = holder;
          pushed = true;
          break;
        }
      }
      if (pushed) continue;
      // Dead end: drop the row from the layering and let the parent try its next arc.
      arc[r] = end;
      level[r] = -2;
      depth--;
      if (depth > 0) arc[stack[depth - 1]!]! += 1;
    }
    return false;
  }
}
