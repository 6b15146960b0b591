import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fairThreshold, restrict } from "../../src/plan/fair.js";
import { problemFromDense, solveAssignment } from "../../src/solve/assignment.js";
import { denseArb } from "../solve/helpers.js";

/** The first version's search: binary search over the distinct scores, one exact solve each. */
function thresholdBySolving(weights: (number | null)[][], capacity: number[]): number {
  const problem = problemFromDense(weights, capacity);
  const scored = { problem, penalty: new Uint8Array(problem.colIndex.length) };
  if (problem.colIndex.length === 0) return Number.NEGATIVE_INFINITY;
  const matched = solveAssignment(problem).matched;
  const levels = Float64Array.from(new Set(problem.weight)).sort();
  let lo = 0;
  let hi = levels.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (solveAssignment(restrict(scored, levels[mid]!).problem).matched === matched) lo = mid;
    else hi = mid - 1;
  }
  return levels[lo]!;
}

describe("fairThreshold without soft rules", () => {
  it("finds the level the solve-per-probe search finds (weights 0-20: adjacent levels, ties)", () => {
    fc.assert(
      fc.property(denseArb(7, 7, 3), (d) => {
        // Small integer weights make neighbouring levels one unit apart, so an off-by-one level
        // cannot hide.
        const weights = d.weights.map((row) =>
          row.map((w) => (w === null ? null : Math.abs(w) % 21)),
        );
        const problem = problemFromDense(weights, d.capacity);
        const fast = fairThreshold({ problem, penalty: new Uint8Array(problem.colIndex.length) });
        expect(fast).toBe(thresholdBySolving(weights, d.capacity));
      }),
      { numRuns: 400 },
    );
  });
});
