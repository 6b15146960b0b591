/**
 * The plan step of a national cohort without holding every pair. Scoring keeps each adept's
 * best `k` allowed mentors and each mentor's best `k` adepts (`sparseProblem`); the flow solver
 * solves that sparse problem; then one more pass over every mentor row, scored again on the
 * fly (`Scorer.beginRow`, then `unitsOf` per allowed pair), checks the reduced-cost conditions of its duals on every allowed pair
 * (`streamingProof`). A pair that breaks them is added and the sparse problem solved again,
 * until none does: then the mentor duals bound every plan of the whole problem exactly as the
 * dense problem's would (`dualBound` over all allowed pairs equals the plan's cost), so the
 * certificate means what it always meant. Pairs as good as the plan's (tight) are added too,
 * so that `canonicalPlan` sees every optimal plan and picks the same one as the dense path.
 * Memory is O(k (mentors + adepts)) instead of 13 bytes per pair.
 */
import type { Scorer } from "../criteria/scorer.js";
import type { Prepared } from "../prepare/prepare.js";
import { type AssignmentSolution, solveAssignment } from "../solve/assignment.js";
import { type Report, silent, ticker } from "../util/progress.js";
import { stopwatch } from "../util/stopwatch.js";
import { FORBIDDEN } from "./buildProblem.js";
import { columnDuals, solutionProves } from "./duals.js";
import type { Built } from "./plan.js";
import { mergeParts, type RowPart, type RowShare } from "./rowShare.js";
import { combinedProblem } from "./runSolver.js";
import { columnPass, Findings, rowPass } from "./sparseProof.js";
import { RowStream, withEdges } from "./sparseRows.js";

/**
 * When and how `optimalPlan` takes the sparse path: `k` best pairs kept per adept and per
 * mentor, and the least number of pairs (mentors x free adepts) for which it is taken.
 *
 * @example
 * const scale: Scale = { k: 6, minPairs: 4_000_000 };
 */
export interface Scale {
  readonly k: number;
  readonly minPairs: number;
  /** Each mentor's best adepts kept (the default value is `k`). */
  readonly rowK?: number;
}

/**
 * What `match` uses. Measured in CPU time, interleaved in one process (`optimalPlan` dense and
 * sparse): the sparse path is 0.85x the dense one at 500 + 500 and 1.4x at 300 + 300; with
 * fewer places than adepts 2x at 500 adepts and 250 places, but its solve step is 0.2x scipy's
 * there where the dense problem's is 1.5x (the target), 1x at 1,000 and 0.85x at 2,000.
 * A mentor keeps its 12 best adepts (each adept its 24 best mentors): the first pass 0.91x at
 * 500 + 500 and 0.96x at 2,000 with no more proof rounds there, at 10,000 or with half as many
 * places as adepts (8 per mentor took a second round at 2,000 adepts and 1,000 places: 1.4x).
 */
export const NATIONAL_SCALE: Scale = { k: 24, rowK: 12, minPairs: 100_000 };

/** More tight pairs than this per column on average fall back to the dense problem. */
const TIGHT_PER_COLUMN = 16;

/**
 * How the sparse path went, for the bench and the tests: rounds solved, pairs added by the
 * proof passes (tight pairs for the canonical plan not counted), and the allowed pairs.
 *
 * @example
 * const s: SparseStats = { rounds: 1, added: 0, allowed: 3_400_000, scoreMs: 900, solveMs: 40, proofMs: 80, rowPasses: 0, columns: 310, shared: 0 };
 */
export interface SparseStats {
  rounds: number;
  added: number;
  allowed: number;
  /** Milliseconds: the first scoring pass, the solves, the proof passes (each summed). */
  scoreMs: number;
  solveMs: number;
  proofMs: number;
  /** Proof passes over every pair, and columns proven one by one. */
  rowPasses: number;
  columns: number;
  /** Rows of the first pass that helper threads scored (see rowShare.ts). */
  shared: number;
}

/**
 * The best-k lists of the first pass, per column (k slots each) and of the current row (rowK),
 * as min-heaps of packed keys: a pair of combined weight `w` (an integer) from row `r` goes into
 * its column's heap as `w * rowSpan + (rowSpan - 1 - r)`, and into its row's as `w * colSpan +
 * (colSpan - 1 - c)` (spans: powers of two above the rows and the columns). A greater key is a
 * heavier pair, or as heavy and earlier, which is the order the lists keep; one number compared
 * and moved per step instead of two. Keys are exact: |w| < 2^36 and spans <= 2^15 within the
 * schema's 20,000 people per side (checked).
 */
interface TopK {
  readonly k: number;
  readonly colKey: Float64Array;
  readonly colN: Int32Array;
  /** Per column the weakest key kept once it has k, -Infinity before. */
  readonly colMinKey: Float64Array;
  /** Per column a total below which a pair cannot beat `colMinKey` (`Scorer.totalBelow`). */
  readonly colBar: Float64Array;
  readonly rowKey: Float64Array;
  readonly rowSpan: number;
  readonly colSpan: number;
}

/** The least power of two above `n`. */
function spanOf(n: number): number {
  let span = 1;
  while (span <= n) span *= 2;
  return span;
}

/** A packed key's weight (see `TopK`). */
function weightOfKey(key: number, span: number): number {
  return Math.floor(key / span);
}

/** A packed key's index: the row of a column's key, the column of a row's. */
function indexOfKey(key: number, span: number): number {
  return span - 1 - (key - Math.floor(key / span) * span);
}

/**
 * Puts `key` into a min-heap of at most `k` keys from `base` holding `n`, the weakest at `base`:
 * appended while there is room, else in place of the weakest (the caller has checked that it is
 * stronger). Returns the new count.
 */
function heapPut(keys: Float64Array, base: number, n: number, k: number, key: number): number {
  let i: number;
  if (n < k) {
    i = n;
    while (i > 0) {
      const up = (i - 1) >> 1;
      const above = keys[base + up]!;
      if (above <= key) break;
      keys[base + i] = above;
      i = up;
    }
    keys[base + i] = key;
    return n + 1;
  }
  i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= k) break;
    let low = left;
    let lowKey = keys[base + left]!;
    if (left + 1 < k && keys[base + left + 1]! < lowKey) {
      low = left + 1;
      lowKey = keys[base + low]!;
    }
    if (lowKey >= key) break;
    keys[base + i] = lowKey;
    i = low;
  }
  keys[base + i] = key;
  return k;
}

/**
 * Row r's allowed pairs into the columns' best k and the row's own best rowK (of two as heavy,
 * the lower row or column: the packed key says so), each a small heap with its weakest first. Typed arrays only, so that this
 * loop stays monomorphic: it runs once per pair, and most pairs cost two comparisons.
 */
function keepBest(
  codes: Uint8Array,
  scorer: Scorer,
  adeptOf: Int32Array,
  v: number,
  r: number,
  top: TopK,
): { allowed: number; kept: number } {
  // A local copy: an imported binding can compile to a getter call per pair (tsx does).
  const forbidden = FORBIDDEN;
  const { k, colKey, colN, colMinKey, colBar, rowKey, rowSpan, colSpan } = top;
  const rk = rowKey.length;
  const rowLow = rowSpan - 1 - r;
  const colTop = colSpan - 1;
  // Most pairs reach neither their column's list nor the row's once these are full: a pair
  // whose total is below both bars (`Scorer.totalBelow`) has fewer units than either list's
  // weakest, so a lower combined weight too (broken soft rules only lower it), and is passed
  // over before its units are computed.
  const totals = scorer.rowTotals() ?? EMPTY_TOTALS;
  const barred = totals.length > 0;
  let allowed = 0;
  let rn = 0;
  let rowMin = -Infinity;
  let rowBar = -Infinity;
  const cols = codes.length;
  for (let c = 0; c < cols; c++) {
    const code = codes[c]!;
    if (code === forbidden) continue;
    allowed++;
    const a = adeptOf[c]!;
    if (barred) {
      const t = totals[a]!;
      if (t < colBar[c]! && t < rowBar) continue;
    }
    const w = scorer.unitsOf(a) - v * code;
    const key = w * rowSpan + rowLow;
    if (key > colMinKey[c]!) {
      const n = heapPut(colKey, c * k, colN[c]!, k, key);
      colN[c] = n;
      if (n === k) {
        const least = colKey[c * k]!;
        colMinKey[c] = least;
        colBar[c] = scorer.totalBelow(weightOfKey(least, rowSpan));
      }
    }
    const own = w * colSpan + (colTop - c);
    if (own > rowMin) {
      rn = heapPut(rowKey, 0, rn, rk, own);
      if (rn === rk) {
        rowMin = rowKey[0]!;
        rowBar = scorer.totalBelow(weightOfKey(rowMin, colSpan));
      }
    }
  }
  return { allowed, kept: rn };
}

const EMPTY_TOTALS = new Float64Array(0);

/** An empty `TopK` for `rows` rows and `cols` columns, keeping `rowK` per row. */
function topK(k: number, rows: number, cols: number, rowK: number, v: number): TopK {
  const rowSpan = spanOf(rows);
  const colSpan = spanOf(cols);
  // The heaviest |w| is 3 soft rules broken (3v); keys must stay integers below 2^53.
  if ((4 * v + 1) * Math.max(rowSpan, colSpan) >= 2 ** 53) {
    throw new RangeError(`sparse pass: ${rows} x ${cols} is beyond the packed keys' range`);
  }
  return {
    k,
    colKey: new Float64Array(cols * k),
    colN: new Int32Array(cols),
    colMinKey: new Float64Array(cols).fill(-Infinity),
    colBar: new Float64Array(cols).fill(-Infinity),
    rowKey: new Float64Array(rowK),
    rowSpan,
    colSpan,
  };
}

/**
 * One thread's part of the first pass (see plan/rowShare.ts): its column lists, its rows' own
 * best pairs and its count of allowed pairs. Rows may come in any order (a tie is decided by
 * the packed key's row, not by which came first), so blocks scored again after a helper failed
 * give the same lists.
 *
 * @example
 * const part = new PassPart(s, 24, 12); part.score(0, 100); part.done();
 */
export class PassPart {
  readonly top: TopK;
  /** The rows' own best pairs (at most `rowK` per row): row, column and weight, `n` so far. */
  private readonly row: Int32Array;
  private readonly col: Int32Array;
  private readonly w: Float64Array;
  private n = 0;
  private allowed = 0;
  private rows = 0;

  constructor(
    private readonly s: RowStream,
    k: number,
    rowK: number,
  ) {
    this.top = topK(k, s.shape.rowMentor.length, s.shape.colAdept.length, rowK, s.v);
    const most = rowK * s.shape.rowMentor.length;
    this.row = new Int32Array(most);
    this.col = new Int32Array(most);
    this.w = new Float64Array(most);
  }

  /** Scores rows `from..to - 1` (ascending, after every row scored before). */
  score(from: number, to: number, tick: (done: number) => void = () => {}): void {
    const { s, top } = this;
    this.rows += to - from;
    for (let r = from; r < to; r++) {
      tick(r);
      if (!s.begin(r)) continue;
      const rn = keepBest(s.codes, s.p.scorer, s.shape.adeptOf, s.v, r, top);
      this.allowed += rn.allowed;
      for (let i = 0; i < rn.kept; i++) {
        const key = top.rowKey[i]!;
        this.row[this.n] = r;
        this.col[this.n] = indexOfKey(key, top.colSpan);
        this.w[this.n++] = weightOfKey(key, top.colSpan);
      }
    }
  }

  /** The part as plain arrays (to merge, or to hand to another thread). */
  done(): RowPart {
    const { k, colKey, colN, rowSpan } = this.top;
    const colW = new Float64Array(colKey.length);
    const colR = new Int32Array(colKey.length);
    for (let c = 0; c < colN.length; c++) {
      for (let i = c * k; i < c * k + colN[c]!; i++) {
        colW[i] = weightOfKey(colKey[i]!, rowSpan);
        colR[i] = indexOfKey(colKey[i]!, rowSpan);
      }
    }
    return {
      colW,
      colR,
      colN,
      keptRow: this.row.slice(0, this.n),
      keptCol: this.col.slice(0, this.n),
      keptW: this.w.slice(0, this.n),
      allowed: this.allowed,
      rows: this.rows,
    };
  }
}

/**
 * The sparse problem: per column its best `k` allowed rows and per row its best `rowK` columns by
 * combined weight (ties to the lower index), so every person with an allowed partner keeps one.
 * One pass over the rows (shared by blocks with helper threads when `share` is given: the
 * same answer); also counts the allowed pairs.
 */
function sparseProblem(
  s: RowStream,
  k: number,
  rowK: number,
  report: Report,
  share: RowShare | null,
): { built: Built; allowed: number; excluded: Float64Array; shared: number } {
  const rows = s.shape.rowMentor.length;
  const cols = s.shape.colAdept.length;
  const tick = ticker(report, "score", rows);
  const own = new PassPart(s, k, rowK);
  const parts: RowPart[] = [];
  let helped = 0;
  if (share === null || share.k !== k || share.rowK !== rowK) {
    own.score(0, rows, tick);
  } else {
    const b = share.block;
    share.start(s);
    for (let from = share.claim(rows); from >= 0; from = share.claim(rows))
      own.score(from, Math.min(rows, from + b), tick);
    const shared = share.finish(rows);
    parts.push(...shared.parts);
    for (const part of shared.parts) helped += part.rows;
    // Blocks a helper did not hand back: scored here, in order, as a part of their own.
    if (shared.redo.length > 0) {
      const redo = new PassPart(s, k, rowK);
      for (const from of shared.redo) redo.score(from, Math.min(rows, from + b), tick);
      parts.push(redo.done());
    }
  }
  tick(rows);
  const mine = own.done();
  // The weakest kept weight of each full column (its heap's first slot), -Infinity otherwise.
  const colMin = Float64Array.from(mine.colN, (n, c) => (n === k ? mine.colW[c * k]! : -Infinity));
  if (parts.length > 0) mergeParts(k, [mine, ...parts], colMin);
  // Each row's kept pairs (the parts' own, then the columns' lists), counted, then laid out.
  const all = [mine, ...parts];
  const { colW, colR, colN } = mine;
  const start = new Int32Array(rows + 1);
  let allowed = 0;
  for (const part of all) {
    allowed += part.allowed;
    for (let i = 0; i < part.keptRow.length; i++) start[part.keptRow[i]! + 1]!++;
  }
  for (let c = 0; c < cols; c++)
    for (let i = c * k; i < c * k + colN[c]!; i++) start[colR[i]! + 1]!++;
  for (let r = 0; r < rows; r++) start[r + 1]! += start[r]!;
  const at = start.slice(0, rows);
  const col = new Int32Array(start[rows]!);
  const w = new Float64Array(col.length);
  for (const part of all) {
    for (let i = 0; i < part.keptRow.length; i++) {
      const e = at[part.keptRow[i]!]!++;
      col[e] = part.keptCol[i]!;
      w[e] = part.keptW[i]!;
    }
  }
  for (let c = 0; c < cols; c++)
    for (let i = c * k; i < c * k + colN[c]!; i++) {
      const e = at[colR[i]!]!++;
      col[e] = c;
      w[e] = colW[i]!;
    }
  const built = withEdges(s.empty, { start, col, w }, s.v);
  // Every pair left out weighs at most its column's weakest kept pair (the bar only rises).
  return { built, allowed, excluded: colMin, shared: helped };
}

/**
 * The sparse path: the sparse problem, solved and proven over every allowed pair, with pairs
 * added until the proof holds; then the tight pairs added for `canonicalPlan`. Returns the
 * problem (its edges a subset of the allowed pairs, holding every optimal plan's), the flow
 * solver's answer on it, and the stats; `null` when ties are so many that the dense problem is
 * the smaller one. `report` is told the progress of the scoring pass, each solve and each proof
 * pass (per block of rows, or of columns). With `share`, helper threads score blocks of the
 * first pass's rows (see rowShare.ts): the same answer, sooner.
 *
 * @example
 * const sparse = solveSparse(p, adeptLocked, load, NATIONAL_SCALE);
 */
export function solveSparse(
  p: Prepared,
  adeptLocked: Uint8Array,
  load: Int32Array,
  scale: Scale,
  report: Report = silent,
  share: RowShare | null = null,
): { built: Built; exact: AssignmentSolution; stats: SparseStats } | null {
  const lap = stopwatch();
  const s = new RowStream(p, adeptLocked, load);
  const first = sparseProblem(s, scale.k, scale.rowK ?? scale.k, report, share);
  let built: Built = first.built;
  const stats: SparseStats = {
    rounds: 0,
    added: 0,
    allowed: first.allowed,
    scoreMs: lap(),
    solveMs: 0,
    proofMs: 0,
    rowPasses: 0,
    columns: 0,
    shared: first.shared,
  };
  const tightLimit = TIGHT_PER_COLUMN * Math.max(1, built.problem.cols);
  const { excluded } = first;
  const { rows, cols } = built.problem;
  for (;;) {
    report("solve", 0, 1);
    const problem = combinedProblem(built);
    const exact = solveAssignment(problem);
    stats.rounds++;
    if (!solutionProves(problem, exact))
      throw new Error("solveSparse: internal error, uncertified");
    report("solve", 1, 1);
    stats.solveMs += lap();
    // A pair left out has (tier, -w - x) >= (0, -w) >= (0, -excluded[c]) (row duals are at
    // most (0, 0)): where that is above the column's dual, none of its pairs can break the
    // duals or be tight, and the column needs no second look.
    const u = columnDuals(problem, { value: exact.rowDual, tier: exact.rowTier });
    const open: number[] = [];
    for (let c = 0; c < cols; c++) {
      const e = excluded[c]!;
      if (e !== -Infinity && (u.tier[c] === 1 || -e <= u.value[c]!)) open.push(c);
    }
    const f = new Findings(rows, cols, scale.k, tightLimit, excluded);
    for (const c of open) excluded[c] = -Infinity;
    // A column pass costs about three times a row pass per pair (pair by pair scoring).
    if (open.length * 3 >= cols) {
      stats.rowPasses++;
      rowPass(s, built, exact, u, f, ticker(report, "prove", rows));
    } else {
      stats.columns += open.length;
      columnPass(s, built, exact, u, open, f, ticker(report, "prove", open.length));
    }
    const adds = f.additions();
    if (adds === null) return null;
    if (f.found === 0) {
      // The tight pairs change no dual bound: the answer stands on the larger problem.
      if (f.tightCount > 0) built = withEdges(built, adds, s.v);
      stats.proofMs += lap();
      return { built, exact, stats };
    }
    stats.added += adds.reduce((n, a) => n + a.col.length, 0);
    built = withEdges(built, adds, s.v);
    stats.proofMs += lap();
  }
}
