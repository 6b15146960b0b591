import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { problemFromDense, solveAssignment } from "../../src/solve/assignment.js";
import { columnsToRows } from "../../src/solve/edges.js";
import { hallViolator, rowsReachingRoom } from "../../src/solve/reachability.js";
import { denseArb } from "./helpers.js";

/** Per row, the columns it holds in the plan `rowOf`. */
function held(rows: number, rowOf: Int32Array): number[][] {
  const onRow: number[][] = Array.from({ length: rows }, () => []);
  rowOf.forEach((r, c) => {
    if (r >= 0) onRow[r]!.push(c);
  });
  return onRow;
}

describe("reachability over alternating paths", () => {
  it("hallViolator: two adepts want the one place of one mentor", () => {
    const p = problemFromDense([[5, 4]], [1]);
    expect(hallViolator(p, (c) => columnsToRows(p)[c]!, [[0]], 1)).toEqual({
      cols: [1, 0],
      rows: [0],
      places: 1,
    });
  });

  it("hallViolator follows alternating paths: an adept's mentor, the adept it holds, that adept's other mentors", () => {
    // Adept 1 wants only mentor 0, which holds adept 0; adept 0 could move to mentor 1, which
    // holds adept 2; adept 3 is elsewhere (mentor 2) and outside the group.
    const p = problemFromDense(
      [
        [1, 1, null, null],
        [1, null, 1, null],
        [null, null, null, 1],
      ],
      [1, 1, 1],
    );
    const group = hallViolator(p, (c) => columnsToRows(p)[c]!, [[0], [2], [3]], 1);
    expect(group).toEqual({ cols: [1, 0, 2], rows: [0, 1], places: 2 });
  });

  it("rowsReachingRoom: a full mentor leads to room through an adept who may move", () => {
    // Mentor 0 (one place) holds adept 0, who could also go to mentor 1, which has room;
    // mentor 2 is full and its adept 1 can go nowhere else.
    const p = problemFromDense(
      [
        [3, null],
        [2, null],
        [null, 4],
      ],
      [1, 1, 1],
    );
    const rowOf = Int32Array.from([0, 2]);
    const colsOf = (x: number) => p.colIndex.subarray(p.rowStart[x], p.rowStart[x + 1]);
    const marks = rowsReachingRoom(p.capacity, held(3, rowOf), rowOf, colsOf);
    expect(Array.from(marks)).toEqual([1, 1, 0]);
  });

  it("the group around an adept a maximum plan leaves out has fewer places than adepts, and no mentor on it leads to room", () => {
    fc.assert(
      fc.property(denseArb(6, 7, 2), (d) => {
        const p = problemFromDense(d.weights, d.capacity);
        const { rowOf } = solveAssignment(p);
        const rowsOf = columnsToRows(p);
        const onRow = held(p.rows, rowOf);
        const colsOf = (x: number) => p.colIndex.subarray(p.rowStart[x], p.rowStart[x + 1]);
        const toRoom = rowsReachingRoom(p.capacity, onRow, rowOf, colsOf);
        for (let u = 0; u < p.cols; u++) {
          if (rowOf[u] !== -1) continue;
          const group = hallViolator(p, (c) => rowsOf[c]!, onRow, u);
          expect(group.cols).toContain(u);
          expect(group.places).toBeLessThan(group.cols.length);
          // The group's rows are exactly the mentors its adepts can use.
          const used = new Set(group.cols.flatMap((c) => rowsOf[c]!));
          expect([...used].sort((a, b) => a - b)).toEqual(group.rows);
          // Maximum: no mentor of u leads to a free place.
          for (const r of rowsOf[u]!) expect(toRoom[r]).toBe(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
