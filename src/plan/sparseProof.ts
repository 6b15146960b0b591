/**
 * The proof passes of the sparse path (sparse.ts): the pairs outside the sparse problem checked
 * against the solution's duals, every pair row by row (`rowPass`) or the pairs of some columns
 * (`columnPass`), gathering what breaks the duals and what is tight (`Findings`). After a row
 * pass, the next round's proof may score only some rows and columns again (`incrementalPlan`),
 * vouching for the rest with the bounds the last pass took (`LeftOutBounds`): with a few mentors
 * everyone's first choice, the sparse problem misses the optimum for three or four rounds, and
 * at 2,000 + 2,000 with 10 % such mentors the plan step took 0.60x the time (506 against 845 ms,
 * `npx tsx bench/kept.ts "[2000]" "[1]" 0.1`-style, 2026-12-01), at 500 + 500 0.65x.
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
   * column dual `(ut, uv)`: its `(t, -w - x)` below the column's dual breaks the duals. True
   * when the pair is among those to add (`bad`); any other stays left out of the problem but
   * for tight ones in a round that ends (then no later round reads the bounds).
   */
  offer(r: number, c: number, w: number, t: number, x: number, ut: number, uv: number): boolean {
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
    return to === this.bad;
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
 * Lower bounds on `-w - x` over the pairs a proof pass leaves out of the sparse problem, per
 * column and per row tier (`low[tier][c]`, +Infinity where none), at the row duals of that pass
 * (which the caller keeps beside them): what the next round's proof needs to pass over a column
 * without scoring it again (see `incrementalPlan`). Pairs that go into the problem are not
 * counted.
 *
 * @example
 * const bounds = leftOutBounds(cols); rowPass(s, built, exact, u, f, tick, bounds);
 */
export interface LeftOutBounds {
  readonly low: readonly [Float64Array, Float64Array];
}

/**
 * Empty bounds (+Infinity everywhere) for `cols` columns.
 *
 * @example
 * const bounds = leftOutBounds(500);
 */
export function leftOutBounds(cols: number): LeftOutBounds {
  return { low: [new Float64Array(cols).fill(Infinity), new Float64Array(cols).fill(Infinity)] };
}

/** Lowers `bounds` for a pair of row tier `t` in column `c` whose `-w - x` is `y`. */
function lower(bounds: LeftOutBounds, t: number, c: number, y: number): void {
  const low = bounds.low[t === 0 ? 0 : 1];
  if (y < low[c]!) low[c] = y;
}

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
  bounds: LeftOutBounds | null = null,
  only: Int32Array | null = null,
): void {
  // A local copy: an imported binding can compile to a getter call per pair (tsx does).
  const forbidden = FORBIDDEN;
  const { cols, rowStart, colIndex } = built.problem;
  const rows = only === null ? built.problem.rows : only.length;
  const { adeptOf } = s.shape;
  const inSparse = new Uint8Array(cols);
  const codes = s.codes;
  const { excluded } = f;
  /** Per column the greatest total of a pair passed over by its bar. */
  const passed = new Float64Array(cols).fill(Number.NEGATIVE_INFINITY);
  const { tier, value } = u;
  const v = s.v;
  for (let i = 0; i < rows; i++) {
    tick(i);
    const r = only === null ? i : only[i]!;
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
          // Its units (code 0: no soft rule broken) are at most `unitsAtMost` of its total.
          if (bounds !== null) lower(bounds, t, c, -scorer.unitsAtMost(total) - x);
          continue;
        }
      }
      const w = scorer.unitsOf(a) - v * code;
      if (Findings.quiet(-w - x, t, ut, uv)) {
        if (w > excluded[c]!) excluded[c] = w;
        if (bounds !== null) lower(bounds, t, c, -w - x);
        continue;
      }
      if (!f.offer(r, c, w, t, x, ut, uv) && bounds !== null) lower(bounds, t, c, -w - x);
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
  bounds: LeftOutBounds | null = null,
  skip: Uint8Array | null = null,
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
      if (inSparse[r] === 1 || (skip !== null && skip[r] === 1)) return;
      const code = pairCode(p, m, a);
      if (code === FORBIDDEN) return;
      const w = p.scorer.units(m, a) - s.v * code;
      const t = solution.rowTier[r]!;
      const x = solution.rowDual[r]!;
      const ut = u.tier[c]!;
      const uv = u.value[c]!;
      if (Findings.quiet(-w - x, t, ut, uv)) {
        if (w > f.excluded[c]!) f.excluded[c] = w;
        if (bounds !== null) lower(bounds, t, c, -w - x);
        return;
      }
      if (!f.offer(r, c, w, t, x, ut, uv) && bounds !== null) lower(bounds, t, c, -w - x);
    });
    for (const r of rowsOf[i]!) inSparse[r] = 0;
  });
  tick(columns.length);
}

/** Shares of the rows tried as the rows scored in full by a partial proof (`incrementalPlan`). */
const ROW_SHARES = [0, 1 / 64, 1 / 32, 1 / 16, 1 / 8, 1 / 4, 1 / 2];

/**
 * A proof of the next round that scores only some pairs again, where that costs less than a row
 * pass (null otherwise). `bounds` were taken by the last proof at row duals `before`; since then
 * pairs were added and the problem solved again (`solution`, column duals `u`). A pair left out
 * of a row whose tier is unchanged and whose dual rose by at most `delta[tier]` has `-w - x` at
 * least its column's bound less `delta[tier]`: a column where that is above its dual (of the
 * same tier; a pair of a higher tier is above it anyway) has no such pair that breaks the duals
 * or is tight. So the rows whose dual rose the most, and every row whose tier changed, are
 * scored in full (`rows`, also as the mask `skip`), and the columns `open` in which the other
 * rows' pairs may break the duals pair by pair (`columns`), each costing `columnPassCost` row
 * passes' time per pair; the share of rows is the one of least cost.
 *
 * @example
 * const plan = incrementalPlan(bounds, before, exact, u, open, 8);
 */
export function incrementalPlan(
  bounds: LeftOutBounds,
  before: { readonly x: Float64Array; readonly t: Uint8Array },
  solution: AssignmentSolution,
  u: { tier: Uint8Array; value: Float64Array },
  open: readonly number[],
  columnPassCost: number,
): {
  rows: Int32Array;
  skip: Uint8Array;
  columns: number[];
  delta: [number, number];
} | null {
  const n = solution.rowDual.length;
  const cols = u.tier.length;
  const forced: number[] = [];
  const free: number[] = [];
  for (let r = 0; r < n; r++) (solution.rowTier[r] !== before.t[r] ? forced : free).push(r);
  // How far each row's dual rose since the bounds were taken (computed once, not per compare).
  const rise = new Float64Array(n);
  for (let r = 0; r < n; r++) rise[r] = solution.rowDual[r]! - before.x[r]!;
  free.sort((a, b) => rise[b]! - rise[a]! || a - b);
  // The greatest rise among free[i..] per tier (-Infinity where no row of that tier is left).
  const most = [new Float64Array(free.length + 1), new Float64Array(free.length + 1)] as const;
  most[0][free.length] = Number.NEGATIVE_INFINITY;
  most[1][free.length] = Number.NEGATIVE_INFINITY;
  for (let i = free.length - 1; i >= 0; i--) {
    const r = free[i]!;
    const t = solution.rowTier[r] === 0 ? 0 : 1;
    most[t][i] = Math.max(rise[r]!, most[t][i + 1]!);
    most[1 - t]![i] = most[1 - t]![i + 1]!;
  }
  let best: { cost: number; taken: number; columns: number[] } | null = null;
  for (const share of ROW_SHARES) {
    const taken = Math.min(free.length, Math.floor(share * n));
    const delta = [most[0][taken]!, most[1][taken]!];
    const columns: number[] = [];
    for (const c of open) {
      const ut = u.tier[c]!;
      const uv = u.value[c]!;
      for (let t = 0; t < 2; t++) {
        const low = bounds.low[t]![c]!;
        if (low === Infinity || delta[t] === Number.NEGATIVE_INFINITY || t > ut) continue;
        if (t < ut || !(low - delta[t]! > uv)) {
          columns.push(c);
          break;
        }
      }
    }
    const scored = forced.length + taken;
    const cost = scored / n + (columns.length * (n - scored) * columnPassCost) / (n * cols);
    if (best === null || cost < best.cost) best = { cost, taken, columns };
  }
  if (best === null || best.cost >= 1) return null;
  const rows = Int32Array.from([...forced, ...free.slice(0, best.taken)]).sort();
  const skip = new Uint8Array(n);
  for (const r of rows) skip[r] = 1;
  return { rows, skip, columns: best.columns, delta: [most[0][best.taken]!, most[1][best.taken]!] };
}

/**
 * The bounds after a partial proof: per column and tier the least of the rows scored in full
 * (`scoredRows`), the columns scored pair by pair (`scoredColumns`, for the other rows) and, in
 * the other columns, the bound before less `delta` (see `incrementalPlan`).
 *
 * @example
 * const next = mergedBounds(bounds, plan, fromRows, fromColumns);
 */
export function mergedBounds(
  before: LeftOutBounds,
  plan: { readonly columns: readonly number[]; readonly delta: readonly [number, number] },
  scoredRows: LeftOutBounds,
  scoredColumns: LeftOutBounds,
): LeftOutBounds {
  const cols = before.low[0].length;
  const next = leftOutBounds(cols);
  const scanned = new Uint8Array(cols);
  for (const c of plan.columns) scanned[c] = 1;
  for (let t = 0; t < 2; t++) {
    const d = plan.delta[t]!;
    for (let c = 0; c < cols; c++) {
      const others =
        scanned[c] === 1
          ? scoredColumns.low[t]![c]!
          : d === Number.NEGATIVE_INFINITY
            ? Infinity
            : before.low[t]![c]! - d;
      next.low[t]![c] = Math.min(scoredRows.low[t]![c]!, others);
    }
  }
  return next;
}
