import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { problemFromDense, solveAssignment } from "../../src/solve/assignment.js";
import { maxBottleneck } from "../../src/solve/bottleneck.js";
import { bruteBottleneck, denseArb, randomDense } from "./helpers.js";

describe("maxBottleneck: named cases", () => {
  const p = problemFromDense(
    [
      [9, 3],
      [null, 5],
    ],
    [1, 1],
  );

  it("finds the strongest weakest pair for each size", () => {
    expect(maxBottleneck(p, 2)).toBe(5);
    expect(maxBottleneck(p, 1)).toBe(9);
  });

  it("returns -Infinity when nobody is to be matched", () => {
    expect(maxBottleneck(p, 0)).toBe(Number.NEGATIVE_INFINITY);
    expect(maxBottleneck(problemFromDense([], []), 0)).toBe(Number.NEGATIVE_INFINITY);
  });

  it("uses capacities above 1", () => {
    const q = problemFromDense(
      [
        [8, 7, 1],
        [2, null, 6],
      ],
      [2, 1],
    );
    expect(maxBottleneck(q, 3)).toBe(6);
    expect(maxBottleneck(q, 2)).toBe(7);
  });

  it("never mutates its input", () => {
    const snapshot = structuredClone(p);
    maxBottleneck(p, 2);
    maxBottleneck(p, 1);
    expect(p).toEqual(snapshot);
  });

  it("handles negative weights", () => {
    const q = problemFromDense(
      [
        [-5, -2],
        [-1, null],
      ],
      [1, 1],
    );
    expect(maxBottleneck(q, 2)).toBe(-2);
    expect(maxBottleneck(q, 1)).toBe(-1);
  });

  it("throws, naming itself, for an impossible or malformed target", () => {
    expect(() => maxBottleneck(p, 3)).toThrow(
      /^maxBottleneck: targetMatched must be an integer in \[0, 2\]/,
    );
    expect(() => maxBottleneck(p, 1.5)).toThrow(RangeError);
    expect(() => maxBottleneck(p, -1)).toThrow(RangeError);
    const capped = problemFromDense([[1, 2]], [1]);
    expect(() => maxBottleneck(capped, 2)).toThrow(
      /^maxBottleneck: no plan matches 2 columns; the most that can be matched is 1/,
    );
    const forbidden = problemFromDense([[null]], [1]);
    expect(() => maxBottleneck(forbidden, 1)).toThrow(/most that can be matched is 0/);
  });
});

describe("maxBottleneck: properties", () => {
  it("bottleneck equals brute force for small instances", () => {
    fc.assert(
      fc.property(denseArb(5, 6, 3), fc.nat(), (d, pick) => {
        const p = problemFromDense(d.weights, d.capacity);
        const target = pick % (d.cols + 1);
        const expected = bruteBottleneck(d, target);
        if (expected === null) {
          expect(() => maxBottleneck(p, target)).toThrow(/no plan matches/);
        } else {
          expect(maxBottleneck(p, target)).toBe(expected);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("the threshold admits a plan of the target size and no higher weight does", () => {
    for (const seed of [1, 2, 3]) {
      const d = randomDense(40, 60, {
        density: 0.3,
        maxWeight: 50,
        minCapacity: 0,
        maxCapacity: 2,
        seed,
      });
      const p = problemFromDense(d.weights, d.capacity);
      const target = solveAssignment(p).matched;
      const t = maxBottleneck(p, target);
      const keep = (above: number) =>
        problemFromDense(
          d.weights.map((row) => row.map((w) => (w !== null && w >= above ? w : null))),
          d.capacity,
        );
      expect(solveAssignment(keep(t)).matched).toBe(target);
      expect(solveAssignment(keep(t + 1)).matched).toBeLessThan(target);
    }
  });
});
