import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { problemFromDense, solveAssignment } from "../../src/solve/assignment.js";
import { columnsToRows } from "../../src/solve/edges.js";
import { hallViolator, rowsReachingRoom } from "../../src/solve/reachability.js";
import { type SolvedResidual as OracleResidual, shortGroup } from "../match/diagnoseOracle.js";
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

  it("hallViolator gives the oracle's group (the reach shrunk by recounting places) for any plan and adept, reading less in dense markets; with a maximum plan, one place fewer than adepts, and no adept can leave", () => {
    // Markets from sparse to complete, many adepts per place (a national cohort with too few
    // mentors is the dense kind), capacity 0-2; any plan (maximum or not) and any start column.
    const market = fc
      .record({
        rows: fc.integer({ min: 1, max: 6 }),
        cols: fc.integer({ min: 1, max: 14 }),
        // Tenths of the pairs allowed.
        density: fc.constantFrom(3, 5, 8, 10),
      })
      .chain(({ rows, cols, density }) =>
        fc.record({
          allowed: fc.array(
            fc.array(
              fc.integer({ min: 0, max: 9 }).map((x) => x < density),
              { minLength: cols, maxLength: cols },
            ),
            { minLength: rows, maxLength: rows },
          ),
          // 0: a mentor whose places locked pairs took.
          capacity: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: rows, maxLength: rows }),
          maximum: fc.boolean(),
          pick: fc.array(fc.integer({ min: -1, max: rows - 1 }), {
            minLength: cols,
            maxLength: cols,
          }),
        }),
      );
    let early = 0;
    fc.assert(
      fc.property(market, ({ allowed, capacity, maximum, pick }) => {
        const weights = allowed.map((row) => row.map((ok) => (ok ? 1 : null)));
        const p = problemFromDense(weights, capacity);
        const rowsOf = columnsToRows(p);
        let rowOf: Int32Array;
        if (maximum) rowOf = solveAssignment(p).rowOf;
        else {
          // Any feasible plan: each column's pick where allowed and the row has room.
          const load = new Int32Array(p.rows);
          rowOf = Int32Array.from(pick, (r, c) => {
            if (r < 0 || !allowed[r]![c] || load[r]! >= capacity[r]!) return -1;
            load[r]!++;
            return r;
          });
        }
        const onRow = held(p.rows, rowOf);
        for (let u = 0; u < p.cols; u++) {
          if (rowOf[u] !== -1) continue;
          let read = 0;
          const got = hallViolator(
            p,
            (c) => {
              read++;
              return rowsOf[c]!;
            },
            onRow,
            u,
          );
          // The diagnosis as first written: the whole reach, then shrunk by recounting places.
          const residual = { scored: { problem: p }, rowOf } as unknown as OracleResidual;
          expect(got).toEqual(shortGroup(residual, u, rowsOf));
          // It stopped before reading every reached adept's rows (once every row was reached).
          if (read < got.cols.length) early++;
          if (!maximum) continue;
          // Its mentors are every mentor its adepts can use; one place fewer than adepts.
          const placesOf = (group: readonly number[]) => {
            const used = new Set(group.flatMap((c) => rowsOf[c]!));
            return [...used].reduce((n, r) => n + capacity[r]!, 0);
          };
          expect(new Set(got.cols.flatMap((c) => rowsOf[c]!))).toEqual(new Set(got.rows));
          expect(got.places).toBe(got.cols.length - 1);
          // Dropping any one adept leaves enough places for the rest.
          for (const c of got.cols) {
            const rest = got.cols.filter((x) => x !== c);
            expect(placesOf(rest)).toBeGreaterThanOrEqual(rest.length);
          }
        }
      }),
      { seed: 2311, numRuns: 500 },
    );
    expect(early).toBeGreaterThan(50);
  });
});
