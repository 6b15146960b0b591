/**
 * A binary min-heap of (key, node) pairs for Dijkstra with lazy deletion: a node may be pushed
 * again with a lower key, and the caller skips the stale entries it pops (the key above the
 * node's distance, or the node already settled). Equal keys come out in no promised order.
 *
 * @example
 * const heap = new MinHeap();
 * heap.push(5, 1);
 * heap.push(2, 7);
 * heap.pop(); // [2, 7]
 * heap.pop(); // [5, 1]
 * heap.pop(); // undefined: empty
 */
export class MinHeap {
  private keys: number[] = [];
  private nodes: number[] = [];

  /** How many pairs the heap holds. */
  get size(): number {
    return this.keys.length;
  }

  /** Adds the pair (key, node). */
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

  /** Removes and returns a pair with the smallest key, or `undefined` when the heap is empty. */
  pop(): [number, number] | undefined {
    const { keys, nodes } = this;
    const lastKey = keys.pop();
    const lastNode = nodes.pop();
    if (lastKey === undefined || lastNode === undefined) return undefined;
    const n = keys.length;
    if (n === 0) return [lastKey, lastNode];
    const top: [number, number] = [keys[0]!, nodes[0]!];
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
    return top;
  }
}
