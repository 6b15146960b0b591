import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { problemFromDense } from "../../src/solve/assignment.js";
import {
  columnsToRows,
  edgeIndex,
  edgeWeight,
  groupArcs,
  rowOfEdges,
  rowsOfColumns,
} from "../../src/solve/edges.js";
import { denseArb } from "./helpers.js";

describe("edge helpers", () => {
  const p = problemFromDense(
    [
      [5, null, 7],
      [null, 2, 3],
    ],
    [1, 1],
  );

  it("edgeIndex finds an allowed pair's edge and answers -1 otherwise, also for rows outside", () => {
    expect(edgeIndex(p, 0, 2)).toBe(1);
    expect(p.weight[edgeIndex(p, 1, 1)]).toBe(2);
    expect(edgeIndex(p, 0, 1)).toBe(-1);
    expect(edgeIndex(p, -1, 0)).toBe(-1);
    expect(edgeIndex(p, 2, 0)).toBe(-1);
  });

  it("edgeWeight reads a pair's weight and refuses a pair that is not an edge", () => {
    expect(edgeWeight(p, 1, 2)).toBe(3);
    expect(() => edgeWeight(p, 0, 1)).toThrow(/^edgeWeight: no edge \(0, 1\)/);
  });

  it("columnsToRows lists each column's rows in ascending order", () => {
    expect(columnsToRows(p)).toEqual([[0], [1], [0, 1]]);
  });

  it("rowsOfColumns lists the rows of the columns asked for, as the whole index has them", () => {
    expect(rowsOfColumns(p, [2, 0])).toEqual([[0, 1], [0]]);
    expect(rowsOfColumns(p, [])).toEqual([]);
    fc.assert(
      fc.property(
        denseArb(6, 6, 2).chain((d) =>
          fc.tuple(
            fc.constant(d),
            fc.shuffledSubarray(Array.from({ length: d.cols }, (_, c) => c)),
          ),
        ),
        ([d, columns]) => {
          const q = problemFromDense(d.weights, d.capacity);
          const all = columnsToRows(q);
          expect(rowsOfColumns(q, columns)).toEqual(columns.map((c) => all[c]));
        },
      ),
      { seed: 8, numRuns: 200 },
    );
  });

  it("groupArcs groups arcs by one end, in ascending arc order", () => {
    const [start, ids] = groupArcs(Int32Array.from([1, 0, 1, 3]), 4, 4);
    expect(Array.from(start)).toEqual([0, 1, 3, 3, 4]);
    expect(Array.from(ids)).toEqual([1, 0, 2, 3]);
  });

  it("edgeIndex agrees with the dense matrix on every pair", () => {
    fc.assert(
      fc.property(denseArb(6, 6, 2), (d) => {
        const q = problemFromDense(d.weights, d.capacity);
        for (let r = 0; r < d.rows; r++) {
          for (let c = 0; c < d.cols; c++) {
            const e = edgeIndex(q, r, c);
            const w = d.weights[r]![c];
            if (w === null || w === undefined) expect(e).toBe(-1);
            else expect(q.weight[e]).toBe(w);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("rowOfEdges gives each edge its row, rows without edges too", () => {
    fc.assert(
      fc.property(denseArb(7, 6, 2), (d) => {
        const q = problemFromDense(d.weights, d.capacity);
        const rows = rowOfEdges(q.rowStart);
        expect(rows.length).toBe(q.colIndex.length);
        for (let r = 0; r < q.rows; r++)
          for (let e = q.rowStart[r]!; e < q.rowStart[r + 1]!; e++) expect(rows[e]).toBe(r);
      }),
      { seed: 2217, numRuns: 200 },
    );
    expect([...rowOfEdges(Int32Array.of(0, 0, 2, 2, 3))]).toEqual([1, 1, 3]);
    expect([...rowOfEdges(Int32Array.of(0))]).toEqual([]);
  });
});
