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

/**
 * `built` with the edges of `adds` (columns not yet in their row; duplicates within `adds`
 * are kept once), each row's columns ascending. A combined weight `units - V * penalty`
 * (`0 <= units < V`) is split back into its units and soft-rule count.
 */
export function withEdges(built: Built, adds: Additions, v: number): Built {
  const { problem, penalty } = built;
  const rowStart = new Int32Array(problem.rows + 1);
  const cols: number[] = [];
  const ws: number[] = [];
  adds.forEach((add, r) => {
    const list: [number, number][] = [];
    for (let e = problem.rowStart[r]!; e < problem.rowStart[r + 1]!; e++)
      list.push([problem.colIndex[e]!, problem.weight[e]! - v * penalty[e]!]);
    add.col.forEach((c, i) => list.push([c, add.w[i]!]));
    list.sort((a, b) => a[0] - b[0]);
    list.forEach(([c, w], i) => {
      if (i > 0 && list[i - 1]![0] === c) return;
      cols.push(c);
      ws.push(w);
    });
    rowStart[r + 1] = cols.length;
  });
  const pen = Uint8Array.from(ws, (w) => (w >= 0 ? 0 : Math.ceil(-w / v)));
  return {
    ...built,
    problem: {
      ...problem,
      rowStart,
      colIndex: Int32Array.from(cols),
      weight: Float64Array.from(ws, (w, e) => w + v * pen[e]!),
    },
    penalty: pen,
  };
}
