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
  it("a solve on reused memory gives the same answer whatever the memory held before", () => {
    fc.assert(
      fc.property(instance, instance, (first, second) => {
        const a = problemFromDense(first.matrix, first.capacity);
        const b = problemFromDense(second.matrix, second.capacity);
        // The spare array is what every solve of these sizes runs on: b is solved on it after a,
        // with the stale contents overwritten by three different fills (costs no edge has, huge
        // ones, NaN). A solve that read a stale cell would answer differently for some fill.
        const answers = [-1, 1e300, Number.NaN].map((stale) => {
          solveAssignment(a);
          layoutArray(4096).fill(stale);
          const s = solveAssignment(b);
          return { matched: s.matched, total: s.totalWeight, rowOf: Array.from(s.rowOf) };
        });
        for (const x of answers) expect(x).toEqual(answers[0]);
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
