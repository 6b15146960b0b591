import { MinHeap } from "./minHeap.js";

/**
 * A capacitated bipartite b-matching: rows and columns each with a capacity, every edge usable
 * at most once. Rows are mentors, columns adepts (CSR by row, as `AssignmentProblem`).
 *
 * @example
 * const b: BMatchingProblem = { rows: 1, cols: 2, rowCap: Int32Array.of(2), colCap: Int32Array.of(1, 1), rowStart: Int32Array.of(0, 2), colIndex: Int32Array.of(0, 1), weight: Float64Array.of(5, 3) };
 */
export interface BMatchingProblem {
  readonly rows: number;
  readonly cols: number;
  readonly rowCap: Int32Array;
  readonly colCap: Int32Array;
  readonly rowStart: Int32Array;
  readonly colIndex: Int32Array;
  /** Integer (safe) weight of each edge, at most 2^40 in size. */
  readonly weight: Float64Array;
}

/**
 * The b-matching with the most edges and, among those, the highest total weight: min-cost
 * maximum flow by successive shortest paths (Dijkstra on reduced costs, potentials from the
 * initial layered graph), source -> column (capacity `colCap`) -> row (one unit per edge, cost
 * minus its weight) -> sink (capacity `rowCap`). Exact in integers. Returns 1 per chosen edge.
 * O(flow * edges * log nodes).
 *
 * @example
 * Array.from(maxWeightBMatching(b)) // [1, 1] when both edges fit
 */
export function maxWeightBMatching(b: BMatchingProblem): Uint8Array {
  const { rows, cols, rowStart, colIndex, weight } = b;
  const edges = colIndex.length;
  // Nodes: 0 source, 1..cols columns, cols+1..cols+rows rows, cols+rows+1 sink.
  const S = 0;
  const T = cols + rows + 1;
  const n = T + 1;
  const arcs = 2 * (cols + edges + rows);
  const to = new Int32Array(arcs);
  const cap = new Int32Array(arcs);
  const cost = new Float64Array(arcs);
  const next = new Int32Array(arcs);
  const head = new Int32Array(n).fill(-1);
  let count = 0;
  const add = (u: number, v: number, c: number, w: number) => {
    to[count] = v;
    cap[count] = c;
    cost[count] = w;
    next[count] = head[u]!;
    head[u] = count++;
    to[count] = u;
    cap[count] = 0;
    cost[count] = -w;
    next[count] = head[v]!;
    head[v] = count++;
  };
  for (let c = 0; c < cols; c++) add(S, 1 + c, b.colCap[c]!, 0);
  const edgeArc = new Int32Array(edges);
  for (let r = 0; r < rows; r++) {
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) {
      edgeArc[e] = count;
      add(1 + colIndex[e]!, 1 + cols + r, 1, -weight[e]!);
    }
  }
  for (let r = 0; r < rows; r++) add(1 + cols + r, T, b.rowCap[r]!, 0);

  // Potentials: shortest distances in the initial graph (a DAG: source, columns, rows, sink).
  const pot = new Float64Array(n);
  let sinkPot = 0;
  for (let r = 0; r < rows; r++) {
    let best = 0;
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) best = Math.min(best, -weight[e]!);
    pot[1 + cols + r] = best;
    sinkPot = Math.min(sinkPot, best);
  }
  pot[T] = sinkPot;

  const dist = new Float64Array(n);
  const via = new Int32Array(n);
  const done = new Uint8Array(n);
  for (;;) {
    dist.fill(Number.POSITIVE_INFINITY);
    done.fill(0);
    via.fill(-1);
    dist[S] = 0;
    const heap = new MinHeap();
    heap.push(0, S);
    for (let top = heap.pop(); top !== undefined; top = heap.pop()) {
      const [d, u] = top;
      if (done[u] === 1 || d > dist[u]!) continue;
      done[u] = 1;
      for (let a = head[u]!; a >= 0; a = next[a]!) {
        if (cap[a]! <= 0) continue;
        const v = to[a]!;
        const nd = d + cost[a]! + pot[u]! - pot[v]!;
        if (nd < dist[v]!) {
          dist[v] = nd;
          via[v] = a;
          heap.push(nd, v);
        }
      }
    }
    if (done[T] !== 1) break;
    // Nodes not reached stay unreachable (no arc into them changes), so their potential may stay.
    for (let v = 0; v < n; v++) if (done[v] === 1) pot[v]! += dist[v]!;
    for (let v = T; v !== S; v = to[via[v]! ^ 1]!) {
      cap[via[v]!]!--;
      cap[via[v]! ^ 1]!++;
    }
  }
  const chosen = new Uint8Array(edges);
  for (let e = 0; e < edges; e++) chosen[e] = cap[edgeArc[e]!] === 0 ? 1 : 0;
  return chosen;
}
