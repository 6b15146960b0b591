import { describe, expect, it } from "vitest";
import { problemFromDense, solveAssignment } from "../../src/solve/assignment.js";
import { solveLp } from "../../src/solve/lp.js";

/** A deterministic pseudo-random generator (mulberry32), so the instances are the same every run. */
function random(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let x = Math.imul(t ^ (t >>> 15), 1 | t);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function weightOf(problem: ReturnType<typeof problemFromDense>, rowOf: Int32Array): number {
  let total = 0;
  rowOf.forEach((r, c) => {
    if (r < 0) return;
    for (let e = problem.rowStart[r]!; e < problem.rowStart[r + 1]!; e++) {
      if (problem.colIndex[e] === c) total += problem.weight[e]!;
    }
  });
  return total;
}

// javascript-lp-solver 1.0.3 was measured here returning a suboptimal vertex as optimal in 1-3
// of 8 random instances from n = 120 up; this test is what pins the version that does not.
describe("javascript-lp-solver against the exact solver at n = 120", () => {
  it.each([1, 2, 3, 4])("random dense 120 x 120 instance %i reaches the exact optimum", (seed) => {
    const next = random(seed);
    const n = 120;
    const weights = Array.from({ length: n }, () =>
      Array.from({ length: n }, () => Math.floor(next() * 1_000_000)),
    );
    const problem = problemFromDense(
      weights,
      Array.from({ length: n }, () => 1),
    );
    const exact = solveAssignment(problem);
    const lp = solveLp(problem);
    expect(lp.status).toBe("solved");
    if (lp.status !== "solved") return;
    expect(lp.rowOf.filter((r) => r >= 0).length).toBe(exact.matched);
    expect(weightOf(problem, lp.rowOf)).toBe(exact.totalWeight);
  });
});
