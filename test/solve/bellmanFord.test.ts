import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bellmanFord } from "../../src/solve/bellmanFord.js";
import { groupArcs } from "../../src/solve/edges.js";

interface Arc {
  readonly tail: number;
  readonly head: number;
  readonly cost: number;
}

function run(nodes: number, arcs: readonly Arc[]): Float64Array | null {
  const tail = Int32Array.from(arcs, (a) => a.tail);
  const [outStart, outArcs] = groupArcs(tail, arcs.length, nodes);
  const head = Int32Array.from(arcs, (a) => a.head);
  return bellmanFord(
    nodes,
    outStart,
    outArcs,
    head,
    Float64Array.from(arcs, (a) => a.cost),
  );
}

/** Floyd-Warshall from a virtual source joined to every node by a 0 arc: the simpler oracle. */
function oracle(nodes: number, arcs: readonly Arc[]): number[] {
  const d = Array.from({ length: nodes }, (_, i) =>
    Array.from({ length: nodes }, (_, j) => (i === j ? 0 : Number.POSITIVE_INFINITY)),
  );
  for (const a of arcs) {
    const row = d[a.tail]!;
    row[a.head] = Math.min(row[a.head]!, a.cost);
  }
  for (let k = 0; k < nodes; k++) {
    for (let i = 0; i < nodes; i++) {
      for (let j = 0; j < nodes; j++) {
        const via = d[i]![k]! + d[k]![j]!;
        if (via < d[i]![j]!) d[i]![j] = via;
      }
    }
  }
  return Array.from({ length: nodes }, (_, v) => Math.min(0, ...d.map((row) => row[v]!)));
}

/**
 * Graphs without a negative cycle, built constructively: each arc costs a non-negative amount
 * plus `p[tail] - p[head]` for random node prices `p`, so every cycle costs >= 0.
 */
const graphArb = fc.integer({ min: 1, max: 7 }).chain((nodes) =>
  fc.record({
    nodes: fc.constant(nodes),
    price: fc.array(fc.integer({ min: -20, max: 20 }), { minLength: nodes, maxLength: nodes }),
    arcs: fc.array(
      fc.record({
        tail: fc.integer({ min: 0, max: nodes - 1 }),
        head: fc.integer({ min: 0, max: nodes - 1 }),
        extra: fc.integer({ min: 0, max: 10 }),
      }),
      { maxLength: 20 },
    ),
  }),
);

describe("bellmanFord", () => {
  it("finds the distances from a virtual source on a small example", () => {
    // 0 -> 1 costs 4, 1 -> 2 costs -3, 0 -> 2 costs 2; 2 -> 0 costs 5 closes a positive cycle.
    const arcs = [
      { tail: 0, head: 1, cost: 4 },
      { tail: 1, head: 2, cost: -3 },
      { tail: 0, head: 2, cost: 2 },
      { tail: 2, head: 0, cost: 5 },
    ];
    expect(Array.from(run(3, arcs) ?? [])).toEqual([0, 0, -3]);
  });

  it("answers null for a negative cycle", () => {
    const arcs = [
      { tail: 0, head: 1, cost: 2 },
      { tail: 1, head: 2, cost: -1 },
      { tail: 2, head: 0, cost: -2 },
    ];
    expect(run(3, arcs)).toBeNull();
    expect(run(1, [{ tail: 0, head: 0, cost: -1 }])).toBeNull();
  });

  it("matches Floyd-Warshall and leaves every reduced cost >= 0 on graphs without negative cycles", () => {
    fc.assert(
      fc.property(graphArb, ({ nodes, price, arcs: raw }) => {
        const arcs = raw.map((a) => ({
          tail: a.tail,
          head: a.head,
          cost: a.extra + price[a.tail]! - price[a.head]!,
        }));
        const d = run(nodes, arcs);
        expect(d).not.toBeNull();
        if (d === null) return;
        expect(Array.from(d)).toEqual(oracle(nodes, arcs));
        for (const a of arcs) expect(a.cost + d[a.tail]! - d[a.head]!).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});
