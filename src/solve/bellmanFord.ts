/**
 * Shortest distances from a virtual source joined to every node by a 0 arc (queue-based
 * Bellman-Ford, nodes first queued in index order), or `null` when the graph has a negative
 * cycle. The graph has `nodes` nodes; the arcs leaving node v are `outArcs[outStart[v] ..
 * outStart[v + 1] - 1]` (see groupArcs), each with its `head` and `cost`. With the distances
 * as potentials every reduced cost `cost + d[tail] - d[head]` is >= 0, so a Dijkstra can run on
 * the graph. A node whose distance improves more than `2 * nodes + 2` times is taken as proof of
 * a negative cycle. Time O(nodes * arcs) at worst.
 *
 * @example
 * // 0 -> 1 costs 4, 1 -> 2 costs -3, 0 -> 2 costs 2
 * const [outStart, outArcs] = groupArcs(Int32Array.from([0, 1, 0]), 3, 3);
 * const head = Int32Array.from([1, 2, 2]);
 * bellmanFord(3, outStart, outArcs, head, Float64Array.from([4, -3, 2])); // Float64Array [0, 0, -3]
 */
export function bellmanFord(
  nodes: number,
  outStart: Int32Array,
  outArcs: Int32Array,
  head: Int32Array,
  cost: Float64Array,
): Float64Array | null {
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
          if (++times[v]! > 2 * nodes + 2) return null;
          queued[v] = 1;
          queue[(qHead + qLen) % (nodes + 1)] = v;
          qLen++;
        }
      }
    }
  }
  return d;
}
