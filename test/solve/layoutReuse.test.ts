import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { problemFromDense, solveAssignment } from "../../src/solve/assignment.js";
import { layoutArray } from "../../src/solve/layout.js";

/** A matrix of weights 0..99 with some forbidden pairs (null), capacities 1-2. */
const instance = fc
  .record({ rows: fc.integer({ min: 1, max: 9 }), cols: fc.integer({ min: 1, max: 9 }) })
  .chain(({ rows, cols }) =>
    fc.record({
      matrix: fc.array(
        fc.array(fc.option(fc.integer({ min: 0, max: 99 }), { freq: 3 }), {
          minLength: cols,
          maxLength: cols,
        }),
        { minLength: rows, maxLength: rows },
      ),
      capacity: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: rows, maxLength: rows }),
    }),
  );

describe("layout arrays reused between solves", () => {
  it("a solve after a larger one gives the answer of a solve on fresh memory", () => {
    fc.assert(
      fc.property(instance, instance, (first, second) => {
        const a = problemFromDense(first.matrix, first.capacity);
        const b = problemFromDense(second.matrix, second.capacity);
        for (const layout of ["dense", "sparse"] as const) {
          // Fill the spare array with stale costs no real edge has, then solve b on it.
          solveAssignment(a, layout);
          layoutArray(4096).fill(-1);
          const reused = solveAssignment(b, layout);
          const fresh = solveAssignment(b, layout === "dense" ? "sparse" : "dense");
          expect(reused.matched).toBe(fresh.matched);
          expect(reused.totalWeight).toBe(fresh.totalWeight);
          expect(Array.from(reused.rowOf)).toEqual(Array.from(fresh.rowOf));
        }
      }),
    );
  });

  it("hands out the spare array again while it is alive", () => {
    const big = layoutArray(1000);
    const small = layoutArray(10);
    expect(small.buffer).toBe(big.buffer);
    expect(small.length).toBe(10);
  });
});
