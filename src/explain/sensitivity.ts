import { edgeIndex } from "../plan/plan.js";
import type { AssignmentProblem } from "../solve/assignment.js";

/**
 * What forcing one pair changes against the optimal plan, in exact units: adepts matched, soft
 * violations and units (each `forced - optimum`).
 *
 * @example
 * const d: ForcedDelta = { matched: 0, violations: 0, units: -42_500 };
 */
export interface ForcedDelta {
  readonly matched: number;
  readonly violations: number;
  readonly units: number;
}

// Arc kinds of the residual network, and what pushing one unit along each does to the plan.
const ADD = 0; // column -> row over an unused edge: the pair is formed
const REMOVE = 1; // row -> column over a used edge: the pair is broken
const UNMATCH = 2; // column -> sink over the column's unused "unmatched" arc
const MATCH = 3; // sink -> column: an unmatched column leaves its "unmatched" arc
const FREE_PLACE = 4; // row -> sink: the row has a free place
const TAKEN_PLACE = 5; // sink -> row: the row gives up a place it uses

/**
 * Exact cost of forcing each of many pairs into an optimal plan of the lexicographic
 * assignment objective (most matched, then the highest combined weight), with one
 * shortest-path search per adept instead of one solve per pair.
 *
 * Why it is exact: in the min-cost-flow form of the problem (each adept sends one unit to a
 * mentor or to its own "unmatched" arc; a mentor passes at most its capacity to the sink), the
 * best plan `Y` that uses arc (adept c -> mentor r) differs from an optimal plan `X` by a
 * circulation in X's residual network. It decomposes into simple cycles; the one through the
 * forced arc can be added to `X` alone, and every other cycle costs >= 0 because `X` is optimal.
 * So `Y = X + the cheapest cycle through (c -> r)`, whose cost is `cost(c -> r)` plus the
 * shortest path from `r` back to `c`. One reverse Dijkstra from `c` (on reduced costs from
 * Bellman-Ford potentials; `X` has no negative cycle) gives that path for every mentor at once;
 * the cycle is then walked to count what it changes.
 *
 * Costs are one exact double per arc: the matched count as a multiple of `big` (larger than the
 * weight of any simple path) plus minus the weight, which orders plans exactly as the
 * lexicographic objective does. The constructor throws a `RangeError` when that would not stay
 * below 2^53; callers then fall back to one solve per pair.
 *
 * Cost: O(nodes * arcs) at worst for the potentials, then per adept O(arcs + nodes log nodes).
 *
 * @example
 * const oracle = new ForcingOracle(combinedProblem(built), plan.rowOf, built.problem.weight, built.penalty);
 * oracle.deltas(col, [row1, row2]) // [{ matched: 0, violations: 0, units: -31_250 }, null]
 */
export class ForcingOracle {
  private readonly cols: number;
  private readonly nodes: number;
  private readonly sink: number;
  private readonly big: number;
  private readonly tail: Int32Array;
  private readonly head: Int32Array;
  private readonly cost: Float64Array;
  private readonly kind: Uint8Array;
  private readonly edge: Int32Array;
  /** Arcs by head (for the reverse search) and by tail (for Bellman-Ford). */
  private readonly inStart: Int32Array;
  private readonly inArcs: Int32Array;
  /**
   * Tail and reduced cost of each arc in `inArcs` order: the reverse search reads them in
   * sequence instead of through the arc id (fewer cache misses on large cohorts).
   */
  private readonly inTail: Int32Array;
  private readonly inReduced: Float64Array;
  private readonly outStart: Int32Array;
  private readonly outArcs: Int32Array;
  private readonly potential: Float64Array;
  // Reused by every search.
  private readonly dist: Float64Array;
  private readonly next: Int32Array;
  private readonly settled: Int32Array;
  private epoch = 0;

  /**
   * @param problem the problem in the weights the plan is optimal for (`combinedProblem`)
   * @param rowOf an optimal plan of it: per column, its row or -1
   * @param units each edge's score units (to report the change in score)
   * @param penalty each edge's soft-rule violations
   */
  constructor(
    private readonly problem: AssignmentProblem,
    private readonly rowOf: Int32Array,
    private readonly units: Float64Array,
    private readonly penalty: Uint8Array,
  ) {
    const { rows, cols, capacity, rowStart, colIndex, weight } = problem;
    this.cols = cols;
    this.nodes = cols + rows + 1;
    this.sink = cols + rows;
    let maxAbs = 1;
    for (let e = 0; e < weight.length; e++) maxAbs = Math.max(maxAbs, Math.abs(weight[e]!));
    // A simple path has fewer than `nodes` arcs, so its weight stays below big / 2.
    this.big = 2 * (this.nodes + 1) * maxAbs + 1;
    if (8 * this.big > Number.MAX_SAFE_INTEGER) {
      throw new RangeError("ForcingOracle: weights too large for exact path costs");
    }

    const load = new Int32Array(rows);
    rowOf.forEach((r) => {
      if (r >= 0) load[r]!++;
    });
    const arcCount = colIndex.length + cols + 2 * rows;
    this.tail = new Int32Array(arcCount);
    this.head = new Int32Array(arcCount);
    this.cost = new Float64Array(arcCount);
    this.kind = new Uint8Array(arcCount);
    this.edge = new Int32Array(arcCount).fill(-1);
    let n = 0;
    const arc = (from: number, to: number, c: number, k: number, e = -1) => {
      this.tail[n] = from;
      this.head[n] = to;
      this.cost[n] = c;
      this.kind[n] = k;
      this.edge[n] = e;
      n++;
    };
    for (let r = 0; r < rows; r++) {
      for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) {
        const c = colIndex[e]!;
        if (rowOf[c] === r) arc(cols + r, c, weight[e]!, REMOVE, e);
        else arc(c, cols + r, -weight[e]!, ADD, e);
      }
    }
    for (let c = 0; c < cols; c++) {
      if (rowOf[c]! >= 0) arc(c, this.sink, this.big, UNMATCH);
      else arc(this.sink, c, -this.big, MATCH);
    }
    for (let r = 0; r < rows; r++) {
      if (load[r]! < capacity[r]!) arc(cols + r, this.sink, 0, FREE_PLACE);
      if (load[r]! > 0) arc(this.sink, cols + r, 0, TAKEN_PLACE);
    }
    [this.inStart, this.inArcs] = this.index(this.head, n);
    [this.outStart, this.outArcs] = this.index(this.tail, n);
    this.potential = this.bellmanFord();
    this.inTail = new Int32Array(n);
    this.inReduced = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const a = this.inArcs[i]!;
      const u = this.tail[a]!;
      this.inTail[i] = u;
      this.inReduced[i] = this.cost[a]! + this.potential[u]! - this.potential[this.head[a]!]!;
    }
    this.dist = new Float64Array(this.nodes);
    this.next = new Int32Array(this.nodes);
    this.settled = new Int32Array(this.nodes);
  }

  /** Arcs grouped by one end (counting sort): start offsets and arc ids. */
  private index(end: Int32Array, arcs: number): [Int32Array, Int32Array] {
    const start = new Int32Array(this.nodes + 1);
    for (let a = 0; a < arcs; a++) start[end[a]! + 1]!++;
    for (let v = 0; v < this.nodes; v++) start[v + 1]! += start[v]!;
    const fill = start.slice(0, this.nodes);
    const ids = new Int32Array(arcs);
    for (let a = 0; a < arcs; a++) ids[fill[end[a]!]!++] = a;
    return [start, ids];
  }

  /**
   * Shortest distances from a virtual source joined to every node by a 0 arc (queue-based
   * Bellman-Ford). They make every reduced cost `cost + d[tail] - d[head]` non-negative. A node
   * relaxed `nodes` times means a negative cycle, i.e. the plan was not optimal: an internal
   * error, never a wrong answer.
   */
  private bellmanFord(): Float64Array {
    const { nodes, outStart, outArcs, head, cost } = this;
    const d = new Float64Array(nodes);
    const queued = new Uint8Array(nodes).fill(1);
    const times = new Int32Array(nodes);
    const queue = new Int32Array(nodes + 1);
    let qHead = 0;
    let qLen = nodes;
    for (let v = 0; v < nodes; v++) queue[v] = v;
    while (qLen > 0) {
      const u = queue[qHead]!;
      qHead = qHead === nodes ? 0 : qHead + 1;
      qLen--;
      queued[u] = 0;
      const du = d[u]!;
      for (let i = outStart[u]!; i < outStart[u + 1]!; i++) {
        const a = outArcs[i]!;
        const v = head[a]!;
        const dv = du + cost[a]!;
        if (dv < d[v]!) {
          d[v] = dv;
          if (queued[v] === 0) {
            if (++times[v]! > 2 * nodes + 2) {
              throw new Error("ForcingOracle: internal error, the plan is not optimal");
            }
            queued[v] = 1;
            queue[(qHead + qLen) % (nodes + 1)] = v;
            qLen++;
          }
        }
      }
    }
    return d;
  }

  /**
   * For column `col` (an adept) and each of `rows` (mentors with an edge to it and at least one
   * place), what the best plan that pairs them changes against the optimal plan; `null` when no
   * plan can pair them. A row the column already has in the plan gives all zeros.
   */
  deltas(col: number, rows: readonly number[]): (ForcedDelta | null)[] {
    const { cols, inStart, inArcs, inTail, inReduced, dist, next, settled } = this;
    this.epoch++;
    const epoch = this.epoch;
    dist.fill(Number.POSITIVE_INFINITY);
    next.fill(-1);
    const wanted = new Set(rows.map((r) => cols + r));
    let left = wanted.size;
    const heap = new MinHeap();
    dist[col] = 0;
    heap.push(0, col);
    while (left > 0 && heap.size > 0) {
      const [key, x] = heap.pop();
      if (settled[x] === epoch || key > dist[x]!) continue;
      settled[x] = epoch;
      if (wanted.has(x)) left--;
      // Reverse search: arcs into x extend paths that end at the column.
      for (let i = inStart[x]!, end = inStart[x + 1]!; i < end; i++) {
        const u = inTail[i]!;
        if (settled[u] === epoch) continue;
        const du = key + inReduced[i]!;
        if (du < dist[u]!) {
          dist[u] = du;
          next[u] = inArcs[i]!;
          heap.push(du, u);
        }
      }
    }
    return rows.map((r) => this.walk(col, r));
  }

  /** Walks the cycle col -> r -> ... -> col and adds up what it changes. */
  private walk(col: number, row: number): ForcedDelta | null {
    const { cols, head, kind, edge, cost, potential, problem, units, penalty } = this;
    const start = cols + row;
    const e = edgeIndex(problem, row, col);
    if (e < 0) return null;
    if (this.rowOf[col] === row) return { matched: 0, violations: 0, units: 0 };
    if (this.dist[start] === Number.POSITIVE_INFINITY) return null;
    const forcedArcCost = -problem.weight[e]!;
    let matched = 0;
    let violations = penalty[e]!;
    let gained = units[e]!;
    let pathCost = 0;
    let node = start;
    let steps = 0;
    while (node !== col) {
      const a = this.next[node]!;
      if (a < 0 || ++steps > this.nodes) {
        throw new Error("ForcingOracle: internal error, broken shortest-path tree");
      }
      pathCost += cost[a]!;
      const k = kind[a]!;
      const arcEdge = edge[a]!;
      if (k === ADD) {
        violations += penalty[arcEdge]!;
        gained += units[arcEdge]!;
      } else if (k === REMOVE) {
        violations -= penalty[arcEdge]!;
        gained -= units[arcEdge]!;
      } else if (k === UNMATCH) {
        matched--;
      } else if (k === MATCH) {
        matched++;
      }
      node = head[a]!;
    }
    // The walked path must be the shortest one the search found (reduced costs telescope).
    if (pathCost !== this.dist[start]! - potential[start]! + potential[col]!) {
      throw new Error("ForcingOracle: internal error, path cost does not match its distance");
    }
    if (forcedArcCost + pathCost < 0) {
      throw new Error("ForcingOracle: internal error, a negative cycle: the plan is not optimal");
    }
    return { matched, violations, units: gained };
  }
}

/** A binary min-heap of (key, node) with lazy deletion by the caller. */
class MinHeap {
  private keys: number[] = [];
  private nodes: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, node: number): void {
    const { keys, nodes } = this;
    let i = keys.length;
    keys.push(key);
    nodes.push(node);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent]! <= key) break;
      keys[i] = keys[parent]!;
      nodes[i] = nodes[parent]!;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  pop(): [number, number] {
    const { keys, nodes } = this;
    const top: [number, number] = [keys[0]!, nodes[0]!];
    const lastKey = keys.pop()!;
    const lastNode = nodes.pop()!;
    const n = keys.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) break;
        if (child + 1 < n && keys[child + 1]! < keys[child]!) child++;
        if (keys[child]! >= lastKey) break;
        keys[i] = keys[child]!;
        nodes[i] = nodes[child]!;
        i = child;
      }
      keys[i] = lastKey;
      nodes[i] = lastNode;
    }
    return top;
  }
}
