import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AssignmentProblem,
  type AssignmentSolution,
  problemFromDense,
  solveAssignment,
} from "../../src/solve/assignment.js";
import { checkAssignmentOptimality } from "../../src/solve/certificate.js";
import { type Dense, denseArb, objectiveOf, randomDense } from "./helpers.js";

/** The same plan with different assignments; matched and totalWeight recomputed honestly. */
function withRowOf(
  p: AssignmentProblem,
  s: AssignmentSolution,
  rowOf: Int32Array,
): AssignmentSolution {
  const { matched, weight } = objectiveOf(p, rowOf);
  return { ...s, rowOf, matched, totalWeight: weight };
}

/**
 * Every feasible plan that differs from `rowOf` by moving one adept (to no mentor, or to another
 * allowed mentor with room) and is strictly worse: fewer matched, or as many with less weight.
 */
function worseMoves(d: Dense, rowOf: Int32Array): Int32Array[] {
  const load = new Array<number>(d.rows).fill(0);
  for (const r of rowOf) if (r >= 0) load[r]! += 1;
  const moves: Int32Array[] = [];
  for (let c = 0; c < d.cols; c++) {
    const from = rowOf[c]!;
    if (from < 0) continue;
    const unmatched = rowOf.slice();
    unmatched[c] = -1;
    moves.push(unmatched);
    const here = d.weights[from]![c]!;
    for (let r = 0; r < d.rows; r++) {
      const w = d.weights[r]![c];
      if (r === from || w === null || w === undefined || load[r]! >= d.capacity[r]! || w >= here)
        continue;
      const moved = rowOf.slice();
      moved[c] = r;
      moves.push(moved);
    }
  }
  return moves;
}

/**
 * Dense instances in which at least one adept can be matched: mentor 0 has a place and may take
 * adept 0. An optimal plan then matches someone (it matches as many as possible).
 */
const matchableDenseArb = fc
  .record({ d: denseArb(6, 7, 3), w: fc.integer({ min: -3, max: 3 }) })
  .map(({ d, w }): Dense => {
    if (d.rows === 0 || d.cols === 0) return { weights: [[w]], capacity: [1], rows: 1, cols: 1 };
    const weights = d.weights.map((row) => [...row]);
    weights[0]![0] = weights[0]![0] ?? w;
    const capacity = [Math.max(1, d.capacity[0]!), ...d.capacity.slice(1)];
    return { ...d, weights, capacity };
  });

describe("checkAssignmentOptimality: properties", () => {
  it("the certificate accepts every solution", () => {
    fc.assert(
      fc.property(denseArb(7, 8, 3), (d) => {
        const p = problemFromDense(d.weights, d.capacity);
        expect(checkAssignmentOptimality(p, solveAssignment(p))).toEqual({ ok: true });
      }),
      { numRuns: 500 },
    );
  });

  it("the certificate accepts every solution of larger random instances", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.constantFrom(3, 1000, 100_000_000_000),
        fc.integer({ min: 0, max: 4 }),
        fc.integer(),
        (rows, cols, density, maxWeight, maxCapacity, seed) => {
          const d = randomDense(rows, cols, {
            density,
            maxWeight,
            minCapacity: 0,
            maxCapacity,
            seed,
          });
          const p = problemFromDense(d.weights, d.capacity);
          expect(checkAssignmentOptimality(p, solveAssignment(p))).toEqual({ ok: true });
        },
      ),
      { numRuns: 200 },
    );
  });

  it("the certificate rejects a solution made worse by moving one adept", () => {
    fc.assert(
      fc.property(matchableDenseArb, fc.nat(), (d, pick) => {
        const p = problemFromDense(d.weights, d.capacity);
        const s = solveAssignment(p);
        const moves = worseMoves(d, s.rowOf);
        // Someone is matched in every instance (by construction), so leaving them out is a
        // worse move: the property never passes vacuously.
        expect(moves.length).toBeGreaterThan(0);
        const worse = withRowOf(p, s, moves[pick % moves.length]!);
        const result = checkAssignmentOptimality(p, worse);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 400 },
    );
  });
});

describe("checkAssignmentOptimality: named rejections", () => {
  const p = problemFromDense(
    [
      [1, 10, null],
      [4, null, 2],
    ],
    [1, 2],
  );
  const s = solveAssignment(p);

  it("accepts the solver's answer", () => {
    expect(s.matched).toBe(3);
    expect(s.totalWeight).toBe(16);
    expect(checkAssignmentOptimality(p, s)).toEqual({ ok: true });
  });

  it("rejects a wrong matched count and a wrong total", () => {
    expect(checkAssignmentOptimality(p, { ...s, matched: 2 })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/matched is 2/),
    });
    expect(checkAssignmentOptimality(p, { ...s, totalWeight: 17 })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/totalWeight is 17/),
    });
  });

  it("rejects a forbidden pair, an unknown row and an overfull mentor", () => {
    const forbidden = withRowOf(p, s, Int32Array.of(1, 1, 0));
    expect(checkAssignmentOptimality(p, forbidden)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/forbidden/),
    });
    expect(checkAssignmentOptimality(p, { ...s, rowOf: Int32Array.of(1, 0, 7) })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not a row/),
    });
    const overfull = withRowOf(p, s, Int32Array.of(0, 0, 1));
    expect(checkAssignmentOptimality(p, overfull)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/capacity 1/),
    });
  });

  it("rejects arrays of the wrong length and tiers other than 0 or 1", () => {
    expect(checkAssignmentOptimality(p, { ...s, rowOf: Int32Array.of(1, 0) }).ok).toBe(false);
    expect(checkAssignmentOptimality(p, { ...s, colDual: new Float64Array(2) }).ok).toBe(false);
    expect(checkAssignmentOptimality(p, { ...s, rowDual: new Float64Array(3) }).ok).toBe(false);
    expect(checkAssignmentOptimality(p, { ...s, colTier: Uint8Array.of(2, 0, 0) }).ok).toBe(false);
  });

  it("rejects duals that are not a proof even when the plan is optimal", () => {
    const zero = {
      ...s,
      colDual: new Float64Array(3),
      rowDual: new Float64Array(2),
      colTier: new Uint8Array(3),
      rowTier: new Uint8Array(2),
    };
    expect(checkAssignmentOptimality(p, zero).ok).toBe(false);
    const fractional = {
      ...s,
      colDual: Float64Array.from(s.colDual, (x, i) => (i === 0 ? x + 0.5 : x)),
    };
    expect(checkAssignmentOptimality(p, fractional)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not an integer/),
    });
  });

  it("rejects leaving out the heavier adept (a1/a2) under any duals the solver gave", () => {
    const q = problemFromDense([[1, 10]], [1]);
    const best = solveAssignment(q);
    const naive = withRowOf(q, best, Int32Array.of(0, -1));
    expect(naive.totalWeight).toBe(1);
    expect(checkAssignmentOptimality(q, naive).ok).toBe(false);
  });

  it("never mutates the problem or the solution", () => {
    const q = problemFromDense(
      [
        [3, 1, null],
        [2, 8, 4],
      ],
      [1, 1],
    );
    const t = solveAssignment(q);
    const snapshot = structuredClone({ q, t });
    checkAssignmentOptimality(q, t);
    checkAssignmentOptimality(q, { ...t, rowOf: Int32Array.of(-1, -1, -1) });
    expect({ q, t }).toEqual(snapshot);
  });

  it("throws, naming itself, for a malformed problem", () => {
    const bad = { ...p, rowStart: Int32Array.of(0, 1) };
    expect(() => checkAssignmentOptimality(bad, s)).toThrow(
      /^checkAssignmentOptimality: validateProblem: rowStart/,
    );
  });
});
