import { describe, expect, it } from "vitest";
import {
  incrementalPlan,
  type LeftOutBounds,
  leftOutBounds,
  mergedBounds,
} from "../../src/plan/sparseProof.js";
import type { AssignmentSolution } from "../../src/solve/assignment.js";

/** Bounds of tier 0 (tier 1 empty). */
function tier0(low: number[]): LeftOutBounds {
  const b = leftOutBounds(low.length);
  b.low[0].set(low);
  return b;
}

/** A solution with these row duals and tiers (the fields `incrementalPlan` reads). */
function duals(x: number[], t: number[]): AssignmentSolution {
  return {
    rowDual: Float64Array.from(x),
    rowTier: Uint8Array.from(t),
  } as unknown as AssignmentSolution;
}

describe("incrementalPlan", () => {
  const before = { x: Float64Array.of(0, 0, 0), t: Uint8Array.of(0, 0, 0) };
  const u = { tier: Uint8Array.of(0, 0, 0), value: Float64Array.of(6, 8, 0) };

  it("scores the row whose dual rose most and vouches for the columns its bound still clears", () => {
    // Row 0 rose by 5, row 1 by 1: without row 0 the others rose by at most 1, and columns 0
    // and 1 (bound 10) stay above their duals 6 and 8 less that; column 2 has no left-out pair.
    const plan = incrementalPlan(
      tier0([10, 10, Infinity]),
      before,
      duals([5, 1, 0], [0, 0, 0]),
      u,
      [0, 1, 2],
      8,
    );
    expect(plan).not.toBeNull();
    expect(Array.from(plan!.rows)).toEqual([0]);
    expect(plan!.columns).toEqual([]);
    expect(plan!.delta).toEqual([1, Number.NEGATIVE_INFINITY]);
    expect(Array.from(plan!.skip)).toEqual([1, 0, 0]);
  });

  it("scores a column its bound cannot vouch for, and every row whose tier changed", () => {
    // Row 2 changed tier: scored in full whatever its dual did. The others rose by up to 5, so
    // neither column 0 (bound 10, dual 6) nor column 1 (bound 8.5, dual 8) is vouched for:
    // scored pair by pair, which costs as little as scoring row 0 too and column 1 (its bound
    // less the rise 1 still below 8), so the fewer rows are kept. (A pair of a column pass costs
    // what one of a row pass does here: at eight times, one pass over these 3 x 3 pairs is less.)
    const plan = incrementalPlan(
      tier0([10, 8.5, Infinity]),
      before,
      duals([5, 1, -3], [0, 0, 1]),
      u,
      [0, 1, 2],
      1,
    );
    expect(plan).not.toBeNull();
    expect(Array.from(plan!.rows)).toEqual([2]);
    expect(plan!.columns).toEqual([0, 1]);
    expect(plan!.delta).toEqual([5, Number.NEGATIVE_INFINITY]);
    // A column of a higher tier than its left-out pairs' rows: they break its dual whatever
    // their bound.
    const higher = incrementalPlan(
      tier0([100, 100, 100]),
      before,
      duals([0, 0, 0], [0, 0, 0]),
      { tier: Uint8Array.of(1, 0, 0), value: Float64Array.of(0, 0, 0) },
      [0, 1, 2],
      1,
    );
    expect(higher!.columns).toEqual([0]);
  });

  it("gives way to a whole row pass where that costs less", () => {
    // Every row rose far, so every column needs a look: scoring them costs more than one pass.
    const plan = incrementalPlan(
      tier0([10, 10, 10]),
      before,
      duals([50, 50, 50], [0, 0, 0]),
      u,
      [0, 1, 2],
      8,
    );
    expect(plan).toBeNull();
  });
});

describe("mergedBounds", () => {
  it("takes the least of the rows scored, the columns scored and the old bound less the rise", () => {
    const next = mergedBounds(
      tier0([10, 10, Infinity, 4]),
      { columns: [3], delta: [1, Number.NEGATIVE_INFINITY] },
      tier0([7, 20, Infinity, 30]),
      tier0([Infinity, Infinity, Infinity, 12]),
    );
    expect(Array.from(next.low[0])).toEqual([7, 9, Infinity, 12]);
    // No row of tier 1 outside those scored: nothing to bound there.
    expect(Array.from(next.low[1])).toEqual([Infinity, Infinity, Infinity, Infinity]);
  });
});
