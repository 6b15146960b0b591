/**
 * A maximum-weight closure of a precedence graph (Picard 1976): the set of nodes, closed under
 * predecessors, whose weights add up to the most, by one minimum cut. Source -> node with the
 * node's weight when it is positive, node -> sink with minus the weight when negative, and an
 * infinite arc from each node to each of its predecessors; the closure is what the source still
 * reaches after a maximum flow (Dinic). Weights are whole numbers (exact in doubles). Returns 1
 * per node in the closure; of several best closures, the smallest.
 *
 * @example
 * // Node 1 (worth 5) needs node 0 (worth -3): taking both gains 2.
 * Array.from(maxClosure([-3, 5], [[0, 1]])) // [1, 1]
 */
export function maxClosure(
  weight: readonly number[],
  precedes: readonly (readonly [before: number, after: number])[],
): Uint8Array {
  const n = weight.length;
  const S = n;
  const T = n + 1;
  const nodes = n + 2;
  const to: number[] = [];
  const cap: number[] = [];
  const next: number[] = [];
  const head = new Int32Array(nodes).fill(-1);
  const add = (u: number, v: number, c: number) => {
    to.push(v, u);
    cap.push(c, 0);
    next.push(head[u]!, head[v]!);
    head[u] = to.length - 2;
    head[v] = to.length - 1;
  };
  let positive = 0;
  weight.forEach((w, i) => {
    if (w > 0) {
      add(S, i, w);
      positive += w;
    } else if (w < 0) add(i, T, -w);
  });
  const INF = positive + 1;
  for (const [before, after] of precedes) add(after, before, INF);

  const level = new Int32Array(nodes);
  const iter = new Int32Array(nodes);
  const bfs = (): boolean => {
    level.fill(-1);
    level[S] = 0;
    const queue = [S];
    for (let q = 0; q < queue.length; q++) {
      const u = queue[q]!;
      for (let a = head[u]!; a >= 0; a = next[a]!) {
        if (cap[a]! > 0 && level[to[a]!]! < 0) {
          level[to[a]!] = level[u]! + 1;
          queue.push(to[a]!);
        }
      }
    }
    return level[T]! >= 0;
  };
  // Iterative depth-first search for blocking flow (no recursion: graphs can be deep).
  const push = (): number => {
    const path: number[] = [];
    let u = S;
    for (;;) {
      if (u === T) {
        let f = Number.POSITIVE_INFINITY;
        for (const a of path) f = Math.min(f, cap[a]!);
        for (const a of path) {
          cap[a]! -= f;
          cap[a ^ 1]! += f;
        }
        return f;
      }
      let advanced = false;
      for (; iter[u]! >= 0; iter[u] = next[iter[u]!]!) {
        const a = iter[u]!;
        const v = to[a]!;
        if (cap[a]! > 0 && level[v] === level[u]! + 1) {
          path.push(a);
          u = v;
          advanced = true;
          break;
        }
      }
      if (advanced) continue;
      if (u === S) return 0;
      // Dead end: never enter u again in this phase, and step back.
      level[u] = -1;
      const a = path.pop()!;
      u = to[a ^ 1]!;
      iter[u] = next[iter[u]!]!;
    }
  };
  while (bfs()) {
    iter.set(head);
    while (push() > 0);
  }
  // The source side of the minimum cut: what the source reaches in the residual graph.
  const seen = new Uint8Array(nodes);
  seen[S] = 1;
  const stack = [S];
  while (stack.length > 0) {
    const u = stack.pop()!;
    for (let a = head[u]!; a >= 0; a = next[a]!) {
      if (cap[a]! > 0 && seen[to[a]!] === 0) {
        seen[to[a]!] = 1;
        stack.push(to[a]!);
      }
    }
  }
  return seen.subarray(0, n);
}
