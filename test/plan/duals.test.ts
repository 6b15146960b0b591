import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { columnDuals, dualBound } from "../../src/plan/duals.js";
import type { AssignmentProblem } from "../../src/solve/problem.js";

/** `dualBound` written out in BigInt: null where a row dual is above (0, 0), else both sums. */
function reference(problem: AssignmentProblem, value: Float64Array, tier: Uint8Array) {
  for (let r = 0; r < problem.rows; r++) if (tier[r] === 0 && value[r]! > 0) return null;
  const u = columnDuals(problem, { value, tier });
  let count = 0n;
  let sum = 0n;
  for (let r = 0; r < problem.rows; r++) {
    count -= BigInt(tier[r]! * problem.capacity[r]!);
    sum += BigInt(value[r]!) * BigInt(problem.capacity[r]!);
  }
  for (let c = 0; c < problem.cols; c++) {
    count += BigInt(u.tier[c]!);
    sum += BigInt(u.value[c]!);
  }
  return { count, value: sum };
}

describe("dualBound", () => {
  it("sums exactly, in doubles where that is exact and in BigInt where a sum would not be (huge duals)", () => {
    // Whole numbers up to the safe limit: sums and products of the large ones leave it.
    const whole = fc.oneof(
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.constantFrom(2 ** 52, -(2 ** 52), Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.tuple(fc.nat(20), whole), { maxLength: 30 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), whole, fc.boolean()), {
          minLength: 5,
          maxLength: 5,
        }),
        (rows, cols, edges, rowDuals) => {
          // Edges by row, columns ascending and distinct.
          const byRow = Array.from({ length: rows }, () => new Map<number, number>());
          for (const [at, w] of edges) byRow[at % rows]!.set(Math.floor(at / rows) % cols, w);
          const rowStart = new Int32Array(rows + 1);
          const colIndex: number[] = [];
          const weight: number[] = [];
          byRow.forEach((m, r) => {
            for (const c of [...m.keys()].sort((a, b) => a - b)) {
              colIndex.push(c);
              weight.push(m.get(c)!);
            }
            rowStart[r + 1] = colIndex.length;
          });
          const problem: AssignmentProblem = {
            rows,
            cols,
            capacity: Int32Array.from(rowDuals.slice(0, rows), ([k]) => k),
            rowStart,
            colIndex: Int32Array.from(colIndex),
            weight: Float64Array.from(weight),
          };
          // Row duals at most (0, 0) mostly (a positive one with tier 0 gives null).
          const value = Float64Array.from(rowDuals.slice(0, rows), ([, x, low]) =>
            low ? -Math.abs(x) : x,
          );
          const tier = Uint8Array.from(rowDuals.slice(0, rows), ([k]) => k % 2);
          expect(dualBound(problem, { value, tier })).toEqual(reference(problem, value, tier));
        },
      ),
      { seed: 2505, numRuns: 2_000 },
    );
  });
});
