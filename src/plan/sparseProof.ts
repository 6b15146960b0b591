/**
 * The proof passes of the sparse path (sparse.ts): the pairs outside the sparse problem checked
 * against the solution's duals, every pair row by row (`rowPass`) or the pairs of some columns
 * (`columnPass`), gathering what breaks the duals and what is tight (`Findings`).
 */
import { ruleBits } from "../prepare/prepare.js";
import type { AssignmentSolution } from "../solve/assignment.js";
import { columnsToRows } from "../solve/edges.js";
import { FORBIDDEN } from "./buildProblem.js";
import { columnDuals } from "./canonical.js";
import type { Built } from "./plan.js";
import { combinedProblem } from "./runSolver.js";
import type { Additions, RowStream } from "./sparseRows.js";

/**
 * What a proof pass finds among the pairs outside the sparse problem, given the solution's
 * duals: per column its `k` pairs of most negative reduced cost, the tight pairs (at most
 * `tightLimit`), and per column the best weight of a pair that stays out (`excluded`).
 */
export class Findings {
  readonly badT: Uint8Array;
  readonly badY: Float64Array;
  readonly badR: Int32Array;
  readonly badW: Float64Array;
  readonly badN: Int32Array;
  readonly tight: Additions;
  tightCount = 0;
  found = 0;

  constructor(
    rows: number,
    cols: number,
    private readonly k: number,
    private readonly tightLimit: number,
    private readonly excluded: Float64Array,
  ) {
    this.badT = new Uint8Array(cols * k);
    this.badY = new Float64Array(cols * k);
    this.badR = new Int32Array(cols * k);
    this.badW = new Float64Array(cols * k);
    this.badN = new Int32Array(cols);
    this.tight = Array.from({ length: rows }, () => ({ col: [], w: [] }));
  }

  /**
   * Pair (r, c) outside the sparse problem with combined weight `w`, row dual `(-t, x)` and
   * column dual `(ut, uv)`: its `(t, -w - x)` below the column's dual breaks the duals.
   */
  offer(r: number, c: number, w: number, t: number, x: number, ut: number, uv: number): void {
    const { excluded, k, badT, badY, badR, badN } = this;
    const y = -w - x;
    if (t > ut || (t === ut && y > uv)) {
      if (w > excluded[c]!) excluded[c] = w;
      return;
    }
    if (t === ut && y === uv) {
      if (w > excluded[c]!) excluded[c] = w;
      if (++this.tightCount <= this.tightLimit) {
        this.tight[r]!.col.push(c);
        this.tight[r]!.w.push(w);
      }
      return;
    }
    this.found++;
    const n = badN[c]!;
    const base = c * k;
    let at = base + n;
    if (n === k) {
      // Keep the k most negative: the least negative of them gives way to a more negative one.
      at = base;
      for (let i = base + 1; i < base + k; i++)
        if (badT[i]! > badT[at]! || (badT[i] === badT[at] && badY[i]! > badY[at]!)) at = i;
      if (t > badT[at]! || (t === badT[at] && y >= badY[at]!)) {
        if (w > excluded[c]!) excluded[c] = w;
        return;
      }
      if (this.badW[at]! > excluded[c]!) excluded[c] = this.badW[at]!;
    } else badN[c] = n + 1;
    badT[at] = t;
    badY[at] = y;
    badR[at] = r;
    this.badW[at] = w;
  }

  /** The pairs to add: the violating ones if any, else the tight ones (null beyond the limit). */
  additions(rows: number): Additions | null {
    if (this.found === 0) return this.tightCount <= this.tightLimit ? this.tight : null;
    const out: Additions = Array.from({ length: rows }, () => ({ col: [], w: [] }));
    const { k, badN, badR, badW } = this;
    for (let c = 0; c < badN.length; c++)
      for (let i = c * k; i < c * k + badN[c]!; i++) {
        out[badR[i]!]!.col.push(c);
        out[badR[i]!]!.w.push(badW[i]!);
      }
    return out;
  }
}

/**
 * The proof pass over every allowed pair, scored again row by row (`Scorer.row`).
 */
export function rowPass(
  s: RowStream,
  built: Built,
  solution: AssignmentSolution,
  f: Findings,
): void {
  // A local copy: an imported binding can compile to a getter call per pair (tsx does).
  const forbidden = FORBIDDEN;
  const { rows, cols, rowStart, colIndex } = built.problem;
  const { adeptOf } = s.shape;
  const u = columnDuals(combinedProblem(built), {
    value: solution.rowDual,
    tier: solution.rowTier,
  });
  const inSparse = new Uint8Array(cols);
  const codes = s.codes;
  for (let r = 0; r < rows; r++) {
    const units = s.row(r);
    if (units === null) continue;
    const t = solution.rowTier[r]!;
    const x = solution.rowDual[r]!;
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) inSparse[colIndex[e]!] = 1;
    for (let c = 0; c < cols; c++) {
      const code = codes[c]!;
      if (code === forbidden || inSparse[c] === 1) continue;
      f.offer(r, c, units[adeptOf[c]!]! - s.v * code, t, x, u.tier[c]!, u.value[c]!);
    }
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) inSparse[colIndex[e]!] = 0;
  }
}

/**
 * The proof pass over the allowed pairs of some columns only, scored pair by pair (about three
 * times a row pass's cost per pair).
 */
export function columnPass(
  s: RowStream,
  built: Built,
  solution: AssignmentSolution,
  u: { tier: Uint8Array; value: Float64Array },
  columns: readonly number[],
  f: Findings,
): void {
  const { p } = s;
  const { rowMentor, adeptOf } = s.shape;
  const rowsOf = columnsToRows(built.problem);
  const inSparse = new Uint8Array(rowMentor.length);
  for (const c of columns) {
    const a = adeptOf[c]!;
    for (const r of rowsOf[c]!) inSparse[r] = 1;
    for (let r = 0; r < rowMentor.length; r++) {
      if (inSparse[r] === 1) continue;
      const m = rowMentor[r]!;
      const bits = ruleBits(p, m, a);
      if ((bits & p.hardMask) !== 0 || p.banned.get(m)?.has(a) === true) continue;
      const soft = bits & p.softMask;
      const code = (soft & 1) + ((soft >> 1) & 1) + ((soft >> 2) & 1);
      const w = p.scorer.units(m, a) - s.v * code;
      f.offer(r, c, w, solution.rowTier[r]!, solution.rowDual[r]!, u.tier[c]!, u.value[c]!);
    }
    for (const r of rowsOf[c]!) inSparse[r] = 0;
  }
}

/** A column pass costs about this many row-pass pairs per pair. */
export const COLUMN_COST = 3;
