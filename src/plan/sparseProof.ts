/**
 * The proof passes of the sparse path (sparse.ts): the pairs outside the sparse problem checked
 * against the solution's duals, every pair row by row (`rowPass`) or the pairs of some columns
 * (`columnPass`), gathering what breaks the duals and what is tight (`Findings`).
 */
import type { AssignmentSolution } from "../solve/assignment.js";
import { rowsOfColumns } from "../solve/edges.js";
import { FORBIDDEN, pairCode } from "./buildProblem.js";
import type { Built } from "./plan.js";
import type { Additions, RowStream } from "./sparseRows.js";

/**
 * What a proof pass finds among the pairs outside the sparse problem, given the solution's
 * duals: per column up to `k` pairs that break them (the first found; a later round finds the
 * rest if they still do), the tight pairs (at most `tightLimit`), and per column the best weight
 * of a pair that stays out (`excluded`).
 */
export class Findings {
  readonly bad: Additions;
  readonly tight: Additions;
  readonly badN: Int32Array;
  tightCount = 0;
  found = 0;

  constructor(
    rows: number,
    cols: number,
    private readonly k: number,
    private readonly tightLimit: number,
    /** Per column the best weight of a pair left out (raised by the passes, see `quiet`). */
    readonly excluded: Float64Array,
  ) {
    this.bad = Array.from({ length: rows }, () => ({ col: [], w: [] }));
    this.tight = Array.from({ length: rows }, () => ({ col: [], w: [] }));
    this.badN = new Int32Array(cols);
  }

  /**
   * Pair (r, c) outside the sparse problem with combined weight `w`, row dual `(-t, x)` and
   * column dual `(ut, uv)`: its `(t, -w - x)` below the column's dual breaks the duals.
   */
  offer(r: number, c: number, w: number, t: number, x: number, ut: number, uv: number): void {
    const y = -w - x;
    const below = t < ut || (t === ut && y < uv);
    if (below) this.found++;
    let to: Additions | null = null;
    if (below && this.badN[c]! < this.k) {
      this.badN[c]!++;
      to = this.bad;
    } else if (!below && t === ut && y === uv && ++this.tightCount <= this.tightLimit) {
      to = this.tight;
    }
    if (to === null || !below) {
      if (w > this.excluded[c]!) this.excluded[c] = w;
    }
    if (to !== null) {
      to[r]!.col.push(c);
      to[r]!.w.push(w);
    }
  }

  /**
   * Whether a pair neither breaks the duals nor is tight, so that all `offer` would do is raise
   * the column's `excluded`: the passes test this inline and call `offer` only for the rest (a
   * call per pair would box its doubles, and nearly every pair is such a quiet one).
   */
  static quiet(y: number, t: number, ut: number, uv: number): boolean {
    return t > ut || (t === ut && y > uv);
  }

  /** The pairs to add: the violating ones if any, else the tight ones (null beyond the limit). */
  additions(): Additions | null {
    if (this.found > 0) return this.bad;
    return this.tightCount <= this.tightLimit ? this.tight : null;
  }
}

const NO_TOTALS = new Float64Array(0);

/**
 * The proof pass over every allowed pair, scored again row by row (`Scorer.beginRow`, `unitsOf`); `tick` is told
 * each row's index and, at the end, the rows.
 */
export function rowPass(
  s: RowStream,
  built: Built,
  solution: AssignmentSolution,
  u: { tier: Uint8Array; value: Float64Array },
  f: Findings,
  tick: (done: number) => void,
): void {
  // A local copy: an imported binding can compile to a getter call per pair (tsx does).
  const forbidden = FORBIDDEN;
  const { rows, cols, rowStart, colIndex } = built.problem;
  const { adeptOf } = s.shape;
  const inSparse = new Uint8Array(cols);
  const codes = s.codes;
  const { excluded } = f;
  /** Per column the greatest total of a pair passed over by its bar. */
  const passed = new Float64Array(cols).fill(Number.NEGATIVE_INFINITY);
  const { tier, value } = u;
  const v = s.v;
  for (let r = 0; r < rows; r++) {
    tick(r);
    if (!s.begin(r)) continue;
    const scorer = s.p.scorer;
    const t = solution.rowTier[r]!;
    const x = solution.rowDual[r]!;
    // A pair of the column's tier is quiet when w < -x - uv; one that breaks no soft rule (its w
    // is its units) and whose total is below the bar of that many units (`Scorer.totalBelow`)
    // is passed over before its units are computed. Its column keeps the greatest total passed
    // over, whose units are these pairs' greatest weight for `excluded` after the pass (units
    // never fall as totals rise), as scoring each would have found.
    const totals = scorer.rowTotals() ?? NO_TOTALS;
    const barred = totals.length > 0;
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) inSparse[colIndex[e]!] = 1;
    for (let c = 0; c < cols; c++) {
      const code = codes[c]!;
      if (code === forbidden || inSparse[c] === 1) continue;
      const ut = tier[c]!;
      const uv = value[c]!;
      const a = adeptOf[c]!;
      if (barred && code === 0 && t === ut) {
        const total = totals[a]!;
        if (total < scorer.totalBelow(-x - uv)) {
          if (total > passed[c]!) passed[c] = total;
          continue;
        }
      }
      const w = scorer.unitsOf(a) - v * code;
      if (Findings.quiet(-w - x, t, ut, uv)) {
        if (w > excluded[c]!) excluded[c] = w;
        continue;
      }
      f.offer(r, c, w, t, x, ut, uv);
    }
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) inSparse[colIndex[e]!] = 0;
  }
  const scorer = s.p.scorer;
  for (let c = 0; c < cols; c++) {
    if (passed[c] === Number.NEGATIVE_INFINITY) continue;
    const w = scorer.unitsOfTotal(passed[c]!);
    if (w > excluded[c]!) excluded[c] = w;
  }
  tick(rows);
}

/**
 * The proof pass over the allowed pairs of some columns only, scored pair by pair (about three
 * times a row pass's cost per pair); `tick` is told each column's place in `columns`.
 */
export function columnPass(
  s: RowStream,
  built: Built,
  solution: AssignmentSolution,
  u: { tier: Uint8Array; value: Float64Array },
  columns: readonly number[],
  f: Findings,
  tick: (done: number) => void,
): void {
  const { p } = s;
  const { rowMentor, adeptOf } = s.shape;
  const rowsOf = rowsOfColumns(built.problem, columns);
  const inSparse = new Uint8Array(rowMentor.length);
  columns.forEach((c, i) => {
    tick(i);
    const a = adeptOf[c]!;
    for (const r of rowsOf[i]!) inSparse[r] = 1;
    rowMentor.forEach((m, r) => {
      if (inSparse[r] === 1) return;
      const code = pairCode(p, m, a);
      if (code === FORBIDDEN) return;
      const w = p.scorer.units(m, a) - s.v * code;
      const t = solution.rowTier[r]!;
      const x = solution.rowDual[r]!;
      const ut = u.tier[c]!;
      const uv = u.value[c]!;
      if (Findings.quiet(-w - x, t, ut, uv)) {
        if (w > f.excluded[c]!) f.excluded[c] = w;
        return;
      }
      f.offer(r, c, w, t, x, ut, uv);
    });
    for (const r of rowsOf[i]!) inSparse[r] = 0;
  });
  tick(columns.length);
}
