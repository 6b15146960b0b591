/**
 * The rows of a national cohort's residual problem, scored one at a time (`RowStream`), and the
 * sparse problem grown by pairs (`withEdges`): what the sparse path (sparse.ts) and its proof
 * passes (sparseProof.ts) share.
 */
import { type ScorerRows, scorerOfRows, scorerRows } from "../criteria/scorerRows.js";
import { type Prepared, RULE_BIT } from "../prepare/prepare.js";
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

  /**
   * Codes of row r (see rowCodes) into `codes`, and the row's mentor made the scorer's row
   * (`Scorer.beginRow`: then `p.scorer.unitsOf(adept)`); false without allowed pairs.
   */
  begin(r: number): boolean {
    const { p, shape } = this;
    const m = shape.rowMentor[r]!;
    if (rowCodes(p, m, shape.adeptOf, shape.colOf, this.codes) === 0) return false;
    p.scorer.beginRow(m);
    return true;
  }
}

/**
 * `built` with the edges of `adds` (columns not yet in their row; duplicates within `adds`
 * are kept once), each row's columns ascending. A combined weight `units - V * penalty`
 * (`0 <= units < V`) is split back into its units and soft-rule count.
 */
export function withEdges(built: Built, adds: Additions, v: number): Built {
  const { problem, penalty } = built;
  const rows = problem.rows;
  let most = problem.colIndex.length;
  for (const add of adds) most += add.col.length;
  const cols = new Int32Array(most);
  const ws = new Float64Array(most);
  const rowStart = new Int32Array(rows + 1);
  let n = 0;
  for (let r = 0; r < rows; r++) {
    // The row's edges, then its additions, sorted by column in place (insertion sort: a row
    // holds a few dozen; stable, so of a column given twice the first one stays).
    const from = n;
    for (let e = problem.rowStart[r]!; e < problem.rowStart[r + 1]!; e++) {
      cols[n] = problem.colIndex[e]!;
      ws[n++] = problem.weight[e]! - v * penalty[e]!;
    }
    const add = adds[r];
    if (add !== undefined) {
      for (let i = 0; i < add.col.length; i++) {
        const c = add.col[i]!;
        const w = add.w[i]!;
        let at = n++;
        while (at > from && cols[at - 1]! > c) {
          cols[at] = cols[at - 1]!;
          ws[at] = ws[at - 1]!;
          at--;
        }
        cols[at] = c;
        ws[at] = w;
      }
    }
    // Keep each column once (the first of its run).
    let kept = from;
    for (let e = from; e < n; e++) {
      if (e > from && cols[e] === cols[kept - 1]) continue;
      cols[kept] = cols[e]!;
      ws[kept++] = ws[e]!;
    }
    n = kept;
    rowStart[r + 1] = n;
  }
  const pen = new Uint8Array(n);
  const weight = new Float64Array(n);
  for (let e = 0; e < n; e++) {
    const w = ws[e]!;
    const k = w >= 0 ? 0 : Math.ceil(-w / v);
    pen[e] = k;
    weight[e] = w + v * k;
  }
  return {
    ...built,
    problem: { ...problem, rowStart, colIndex: cols.slice(0, n), weight },
    penalty: pen,
  };
}

/**
 * What a helper thread needs to score a stream's rows as the stream does (match/helpers.ts):
 * the residual layout, the interned people and rules, and the scorer's row path, all plain
 * data. Rows are scored the same way from it, to the bit.
 *
 * @example
 * const state = streamState(s); // null when a rule needs more than interned ids
 */
export interface StreamState {
  readonly shape: RowStream["shape"];
  readonly v: number;
  readonly rules: Pick<
    Prepared,
    | "mentorMunicipality"
    | "adeptMunicipality"
    | "mentorSector"
    | "adeptSector"
    | "banned"
    | "hardMask"
    | "softMask"
  >;
  readonly scorer: ScorerRows;
}

/**
 * `s` as plain data for another thread, or null where its rows need more than interned ids
 * (the work-background rule in force).
 *
 * @example
 * const state = streamState(s); if (state !== null) worker.postMessage(state);
 */
export function streamState(s: RowStream): StreamState | null {
  const { p } = s;
  if (((p.hardMask | p.softMask) & RULE_BIT.differentWorkBackground) !== 0) return null;
  return {
    shape: s.shape,
    v: s.v,
    rules: {
      mentorMunicipality: p.mentorMunicipality,
      adeptMunicipality: p.adeptMunicipality,
      mentorSector: p.mentorSector,
      adeptSector: p.adeptSector,
      banned: p.banned,
      hardMask: p.hardMask,
      softMask: p.softMask,
    },
    scorer: scorerRows(p.scorer),
  };
}

/**
 * The stream of a `StreamState`, on another thread: `begin(r)` and the scorer's `unitsOf` give
 * what the original stream gives.
 *
 * @example
 * const s = streamOfState(state); if (s.begin(0)) s.p.scorer.unitsOf(s.shape.adeptOf[0]);
 */
export function streamOfState(state: StreamState): RowStream {
  const s = Object.create(RowStream.prototype) as Record<string, unknown>;
  Object.assign(s, {
    p: { ...state.rules, scorer: scorerOfRows(state.scorer) },
    shape: state.shape,
    v: state.v,
    codes: new Uint8Array(state.shape.colAdept.length),
  });
  return s as unknown as RowStream;
}
