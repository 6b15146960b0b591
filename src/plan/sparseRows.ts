/**
 * The rows of a national cohort's residual problem, scored one at a time (`RowStream`), and the
 * sparse problem grown by pairs (`withEdges`): what the sparse path (sparse.ts) and its proof
 * passes (sparseProof.ts) share.
 */
import type { Prepared } from "../prepare/prepare.js";
import { residualShape, rowCodes } from "./buildProblem.js";
import type { Built } from "./plan.js";
import { violationWeight } from "./runSolver.js";

/** Rows' new edges: per row, columns and combined weights (unordered). */
export type Additions = { col: number[]; w: number[] }[];

/** Per row of `p`'s residual problem: its codes and combined weights, one row at a time. */
export class RowStream {
  readonly codes: Uint8Array;
  readonly shape: ReturnType<typeof residualShape>;
  /** The residual problem without edges (rows, columns, capacities). */
  readonly empty: Built;
  readonly v: number;

  constructor(
    readonly p: Prepared,
    adeptLocked: Uint8Array,
    load: Int32Array,
  ) {
    this.shape = residualShape(p, adeptLocked);
    const { rowMentor, colAdept } = this.shape;
    this.codes = new Uint8Array(colAdept.length);
    const capacity = new Int32Array(rowMentor.length);
    rowMentor.forEach((m, r) => {
      capacity[r] = Math.max(0, p.mentors[m]!.capacity - load[m]!);
    });
    const problem = {
      rows: rowMentor.length,
      cols: colAdept.length,
      capacity,
      rowStart: new Int32Array(rowMentor.length + 1),
      colIndex: new Int32Array(0),
      weight: new Float64Array(0),
    };
    this.empty = { problem, penalty: new Uint8Array(0), rowMentor, colAdept };
    this.v = violationWeight(problem);
  }

  /** Codes of row r (see rowCodes) and the mentor's units by adept; null without allowed pairs. */
  row(r: number): Int32Array | null {
    const { p, shape } = this;
    const m = shape.rowMentor[r]!;
    if (rowCodes(p, m, shape.adeptOf, shape.colOf, this.codes) === 0) return null;
    return p.scorer.row(m);
  }
}

/** Units and soft-rule count of a combined weight `units - V * penalty`, `0 <= units < V`. */
function split(w: number, v: number): { units: number; penalty: number } {
  const penalty = w >= 0 ? 0 : Math.ceil(-w / v);
  return { units: w + v * penalty, penalty };
}

/**
 * `built` with the edges of `adds` (columns not yet in their row; duplicates within `adds`
 * are kept once), each row's columns ascending.
 */
export function withEdges(
  built: Built,
  adds: Additions,
  v: number,
): Built & { anyPenalty: boolean } {
  const { problem, penalty } = built;
  const rows = problem.rows;
  const rowStart = new Int32Array(rows + 1);
  const merged: { col: number; w: number }[][] = [];
  for (let r = 0; r < rows; r++) {
    const list: { col: number; w: number }[] = [];
    for (let e = problem.rowStart[r]!; e < problem.rowStart[r + 1]!; e++)
      list.push({ col: problem.colIndex[e]!, w: problem.weight[e]! - v * penalty[e]! });
    const add = adds[r]!;
    for (let i = 0; i < add.col.length; i++) list.push({ col: add.col[i]!, w: add.w[i]! });
    list.sort((a, b) => a.col - b.col);
    const unique = list.filter((x, i) => i === 0 || list[i - 1]!.col !== x.col);
    merged.push(unique);
    rowStart[r + 1] = rowStart[r]! + unique.length;
  }
  const edges = rowStart[rows]!;
  const colIndex = new Int32Array(edges);
  const weight = new Float64Array(edges);
  const pen = new Uint8Array(edges);
  let anyPenalty = false;
  let e = 0;
  for (const list of merged)
    for (const { col, w } of list) {
      const { units, penalty: broken } = split(w, v);
      colIndex[e] = col;
      weight[e] = units;
      pen[e++] = broken;
      if (broken !== 0) anyPenalty = true;
    }
  return {
    problem: { ...problem, rowStart, colIndex, weight },
    penalty: pen,
    anyPenalty,
    rowMentor: built.rowMentor,
    colAdept: built.colAdept,
  };
}
