import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Built } from "../../src/plan/plan.js";
import { type Additions, rowAdditions, withEdges } from "../../src/plan/sparseRows.js";

const V = 1_000_001;

/** The problem's edges and the additions merged the plain way: per row sorted, first kept. */
function reference(built: Built, adds: Additions): { row: number; col: number; w: number }[] {
  const out: { row: number; col: number; w: number }[] = [];
  const { problem, penalty } = built;
  for (let r = 0; r < problem.rows; r++) {
    const list: [number, number][] = [];
    for (let e = problem.rowStart[r]!; e < problem.rowStart[r + 1]!; e++)
      list.push([problem.colIndex[e]!, problem.weight[e]! - V * penalty[e]!]);
    adds[r]!.col.forEach((c, i) => list.push([c, adds[r]!.w[i]!]));
    list.sort((a, b) => a[0] - b[0]);
    list.forEach(([col, w], i) => {
      if (i === 0 || list[i - 1]![0] !== col) out.push({ row: r, col, w });
    });
  }
  return out;
}

/** A sparse problem (distinct sorted columns per row) and additions that may repeat columns. */
const instance = fc
  .record({ rows: fc.integer({ min: 1, max: 6 }), cols: fc.integer({ min: 1, max: 9 }) })
  .chain(({ rows, cols }) => {
    const edge = fc.record({
      col: fc.integer({ min: 0, max: cols - 1 }),
      w: fc.integer({ min: -3 * V + 1, max: V - 1 }),
    });
    return fc.record({
      rows: fc.constant(rows),
      cols: fc.constant(cols),
      have: fc.array(fc.uniqueArray(edge, { selector: (e) => e.col, maxLength: cols }), {
        minLength: rows,
        maxLength: rows,
      }),
      add: fc.array(fc.array(edge, { maxLength: 12 }), { minLength: rows, maxLength: rows }),
    });
  });

describe("withEdges", () => {
  it("merges additions into each row in column order, the first of a repeated column kept", () => {
    fc.assert(
      fc.property(instance, ({ rows, cols, have, add }) => {
        const rowStart = new Int32Array(rows + 1);
        const colIndex: number[] = [];
        const weight: number[] = [];
        const penalty: number[] = [];
        have.forEach((edges, r) => {
          for (const e of [...edges].sort((a, b) => a.col - b.col)) {
            const p = e.w >= 0 ? 0 : Math.ceil(-e.w / V);
            colIndex.push(e.col);
            weight.push(e.w + V * p);
            penalty.push(p);
          }
          rowStart[r + 1] = colIndex.length;
        });
        const built: Built = {
          problem: {
            rows,
            cols,
            capacity: new Int32Array(rows).fill(1),
            rowStart,
            colIndex: Int32Array.from(colIndex),
            weight: Float64Array.from(weight),
          },
          penalty: Uint8Array.from(penalty),
          rowMentor: Array.from({ length: rows }, (_, r) => r),
          colAdept: Array.from({ length: cols }, (_, c) => c),
        };
        const adds: Additions = add.map((es) => ({
          col: es.map((e) => e.col),
          w: es.map((e) => e.w),
        }));
        const got = withEdges(built, adds, V);
        const edges: { row: number; col: number; w: number }[] = [];
        for (let r = 0; r < rows; r++)
          for (let e = got.problem.rowStart[r]!; e < got.problem.rowStart[r + 1]!; e++) {
            const units = got.problem.weight[e]!;
            expect(units).toBeGreaterThanOrEqual(0);
            expect(units).toBeLessThan(V);
            edges.push({ row: r, col: got.problem.colIndex[e]!, w: units - V * got.penalty[e]! });
          }
        expect(edges).toEqual(reference(built, adds));
        expect(got.problem.colIndex.length).toBe(edges.length);
        // The same additions laid out as one list (as the first pass hands them over).
        expect(withEdges(built, rowAdditions(adds), V)).toEqual(got);
      }),
      { seed: 1932, numRuns: 2_000 },
    );
  });
});
