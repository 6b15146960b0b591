import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MinHeap } from "../../src/solve/minHeap.js";

describe("MinHeap", () => {
  it("pops the smallest key first and undefined once empty", () => {
    const heap = new MinHeap();
    heap.push(5, 1);
    heap.push(2, 7);
    heap.push(9, 3);
    expect(heap.size).toBe(3);
    expect(heap.pop()).toEqual([2, 7]);
    expect(heap.pop()).toEqual([5, 1]);
    expect(heap.pop()).toEqual([9, 3]);
    expect(heap.size).toBe(0);
    expect(heap.pop()).toBeUndefined();
  });

  it("keeps a node pushed twice as two entries (lazy deletion is the caller's)", () => {
    const heap = new MinHeap();
    heap.push(8, 4);
    heap.push(3, 4);
    expect(heap.pop()).toEqual([3, 4]);
    expect(heap.pop()).toEqual([8, 4]);
  });

  it("pops every pushed pair, keys in ascending order, whatever the push and pop interleaving", () => {
    // Each step pushes (key, its position) or pops; the popped keys between pushes must be the
    // current minima, and in the end every pair comes out exactly once.
    const step = fc.oneof(fc.integer({ min: -50, max: 50 }), fc.constant(null));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const heap = new MinHeap();
        const held: [number, number][] = [];
        const popped: [number, number][] = [];
        steps.forEach((key, node) => {
          if (key !== null) {
            heap.push(key, node);
            held.push([key, node]);
            return;
          }
          const top = heap.pop();
          if (held.length === 0) {
            expect(top).toBeUndefined();
            return;
          }
          expect(top).toBeDefined();
          if (top === undefined) return;
          expect(top[0]).toBe(Math.min(...held.map(([k]) => k)));
          const at = held.findIndex(([k, n]) => k === top[0] && n === top[1]);
          expect(at).toBeGreaterThanOrEqual(0);
          held.splice(at, 1);
          popped.push(top);
        });
        const rest: [number, number][] = [];
        for (let top = heap.pop(); top !== undefined; top = heap.pop()) rest.push(top);
        expect(rest.map(([k]) => k)).toEqual(held.map(([k]) => k).sort((a, b) => a - b));
        expect(rest.length + popped.length).toBe(steps.filter((k) => k !== null).length);
      }),
      { numRuns: 300 },
    );
  });
});
