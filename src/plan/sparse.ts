/**
 * The plan step of a national cohort without holding every pair. Scoring keeps each adept's
 * best `k` allowed mentors and each mentor's best `k` adepts (`sparseProblem`); the flow solver
 * solves that sparse problem; then one more pass over every mentor row, scored again on the
 * fly (`Scorer.beginRow`, then `unitsOf` per allowed pair), checks the reduced-cost conditions of its duals on every allowed pair
 * (`streamingProof`). A pair that breaks them is added and the sparse problem solved again,
 * until none does (a round after a row pass scores again only the rows whose dual rose most and
 * the columns that the bounds the last pass took cannot vouch for: sparseProof.ts
 * `incrementalPlan`): then the mentor duals bound every plan of the whole problem exactly as the
 * dense problem's would (`dualBound` over all allowed pairs equals the plan's cost), so the
 * certificate means what it always meant. Pairs as good as the plan's (tight) are added too,
 * so that `canonicalPlan` sees every optimal plan and picks the same one as the dense path.
 * Memory is O(k (mentors + adepts)) instead of 13 bytes per pair.
 */
import type { Prepared } from "../prepare/prepare.js";
import { type AssignmentSolution, solveAssignment } from "../solve/assignment.js";
import { type Report, silent, ticker } from "../util/progress.js";
import { stopwatch } from "../util/stopwatch.js";
import { columnDuals, solutionProves } from "./duals.js";
import { PassPart } from "./firstPass.js";
import type { Built } from "./plan.js";
import { mergeParts, type RowPart, type RowShare } from "./rowShare.js";
import { combinedProblem } from "./runSolver.js";
import {
  columnPass,
  Findings,
  incrementalPlan,
  type LeftOutBounds,
  leftOutBounds,
  mergedBounds,
  rowPass,
} from "./sparseProof.js";
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
  /**
   * From `from` people per side (the geometric mean of rows and columns), `k` grows by `by` per
   * doubling, and `rowK` in proportion (see `keptAt`). Without it they stay as given.
   */
  readonly grow?: { readonly from: number; readonly by: number };
  /**
   * Below `upTo` people per side, where the places are enough for every free adept, fewer pairs
   * are kept per column: `k` of this at a quarter of `upTo` people and below, rising by equal
   * steps per doubling to the scale's `k` at `upTo` (see `keptAt`). Without it `k` stays as given.
   */
  readonly shrink?: { readonly k: number; readonly upTo: number };
}

/**
 * What `match` uses. Measured in CPU time, interleaved in one process (`optimalPlan` dense and
 * sparse): the sparse path is 0.85x the dense one at 500 + 500 and 1.4x at 300 + 300; with
 * fewer places than adepts 2x at 500 adepts and 250 places, but its solve step is 0.2x scipy's
 * there where the dense problem's is 1.5x (the target), 1x at 1,000 and 0.85x at 2,000.
 * A mentor keeps its 12 best adepts (each adept its 24 best mentors): the first pass 0.91x at
 * 500 + 500 and 0.96x at 2,000 with no more proof rounds there or with half as many places as
 * adepts (8 per mentor took a second round at 2,000 adepts and 1,000 places: 1.4x). Past 5,000
 * per side the lists grow (`keptAt`: 32 and 16 at 10,000). Below 2,000 with places for every
 * free adept an adept keeps fewer (`shrink`: 16 at 500, 20 at 1,000), as its optimum reaches
 * less deep: the plan step 0.94-0.95x at 500 + 500 on seeds 1, 2, 7 and 9, 0.96-0.98x at 700
 * and 0.97-1.04x at 1,000, with no more rounds (one thread, 2026-12-01, `tsx bench/kept.ts`);
 * `match` 0.94-0.99x on two threads at 500 + 500. 16 at 1,000 took a second round, and so did
 * 16 and 20 with half as many places as adepts at 700 and 1,400 (1.3-1.4x): those keep 24.
 */
export const NATIONAL_SCALE: Scale = {
  k: 24,
  rowK: 12,
  minPairs: 100_000,
  grow: { from: 5_000, by: 8 },
  shrink: { k: 16, upTo: 2_000 },
};

/**
 * Whether options let `optimalPlan` take the sparse path: objective `"total"`, no LP asked for
 * and no alternatives (they read every allowed pair). An option left out counts as its default
 * (`"total"`, 0), so `match`'s helpers (match/helpers.ts), which start before the options are
 * resolved, and `optimalPlan`, after, ask the same question.
 *
 * @example
 * sparseOptions({}) // true
 * sparseOptions({ objective: "fair" }) // false
 */
export function sparseOptions(options: {
  readonly objective?: string | undefined;
  readonly solver?: string | undefined;
  readonly alternatives?: number | undefined;
}): boolean {
  const { objective = "total", solver, alternatives = 0 } = options;
  return objective === "total" && solver !== "lp" && alternatives === 0;
}

/**
 * The best pairs kept per column (`k`) and per row (`rowK`) for `rows` x `cols`: the scale's,
 * and past `grow.from` people per side `grow.by` more per doubling (`rowK` in proportion). A
 * larger cohort's optimum reaches deeper into each adept's list: measured on the bench cohorts,
 * one thread (2026-11-30), at 20,000 + 20,000 k = 24 took three rounds whose proofs checked
 * 2,800 columns pair by pair (32 s), k = 32 two rounds and 401 columns (13.6 s), k = 40 two
 * rounds and 63 columns (11.5 s), k = 48 one round (13.2 s); at 10,000 k = 24, 32 and 48 took
 * 3.9, 3.2 and 3.7 s; at 5,000 k = 24 and 40 1.1 and 1.0 s. Below `shrink.upTo` people,
 * where `places` (the rows' free places) are at least the columns, `k` is smaller (see
 * `NATIONAL_SCALE`); `rowK` stays.
 *
 * @example
 * keptAt(NATIONAL_SCALE, 20_000, 20_000) // { k: 40, rowK: 20 }
 * keptAt(NATIONAL_SCALE, 500, 500, 750) // { k: 16, rowK: 12 }
 */
export function keptAt(
  scale: Scale,
  rows: number,
  cols: number,
  places = cols,
): { k: number; rowK: number } {
  const rowK = scale.rowK ?? scale.k;
  const people = Math.sqrt(rows * cols);
  const shrink = scale.shrink;
  const grows = scale.grow !== undefined && people > scale.grow.from;
  if (shrink !== undefined && !grows && people < shrink.upTo && places >= cols) {
    // 0 at a quarter of `upTo` people, 1 at `upTo`.
    const step = Math.log2(people / (shrink.upTo / 4)) / 2;
    const k = Math.round(shrink.k + (scale.k - shrink.k) * step);
    return { k: Math.min(scale.k, Math.max(shrink.k, k)), rowK };
  }
  if (scale.grow === undefined || people <= scale.grow.from) return { k: scale.k, rowK };
  const k = scale.k + Math.round(scale.grow.by * Math.log2(people / scale.grow.from));
  return { k, rowK: Math.max(1, Math.round((rowK * k) / scale.k)) };
}

/** A column pass's cost per pair in row passes' (see `solveSparse`). */
const COLUMN_PASS_COST = 8;

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
  /** Proof rounds that scored only some rows and columns again (`incrementalPlan`). */
  partial: number;
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
  if (share === null) {
    own.score(0, rows, tick);
  } else {
    const b = share.block;
    share.start(s, k, rowK);
    for (let from = share.claim(rows); from >= 0; from = share.claim(rows))
      own.score(from, Math.min(rows, from + b), tick);
    const shared = share.finish(rows);
    parts.push(...shared.parts);
    for (const part of shared.parts) helped += part.rows;
    // Blocks a helper did not hand back: scored here too (rows may come in any order).
    for (const from of shared.redo) own.score(from, Math.min(rows, from + b), tick);
  }
  tick(rows);
  const mine = own.done();
  // The weakest kept weight of each full column (its heap's first slot), -Infinity otherwise.
  const colMin = new Float64Array(cols);
  for (let c = 0; c < cols; c++) colMin[c] = mine.colN[c] === k ? mine.colW[c * k]! : -Infinity;
  if (parts.length > 0) mergeParts(k, [mine, ...parts], colMin, rows);
  // Each row's kept pairs (the parts' own and the columns' lists), counted, then laid out in
  // ascending column order (the parts' own bucketed by column first), so that `withEdges` finds
  // every row sorted (its insertion sort moved each of a row's few dozen pairs) and a pair kept
  // twice side by side (kept once, of equal weight either way).
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
  const bucket = new Int32Array(cols + 1);
  for (const part of all) for (const c of part.keptCol) bucket[c + 1]!++;
  for (let c = 0; c < cols; c++) bucket[c + 1]! += bucket[c]!;
  const into = bucket.slice(0, cols);
  const bucketRow = new Int32Array(bucket[cols]!);
  const bucketW = new Float64Array(bucketRow.length);
  for (const part of all) {
    for (let i = 0; i < part.keptRow.length; i++) {
      const b = into[part.keptCol[i]!]!++;
      bucketRow[b] = part.keptRow[i]!;
      bucketW[b] = part.keptW[i]!;
    }
  }
  const at = start.slice(0, rows);
  const col = new Int32Array(start[rows]!);
  const w = new Float64Array(col.length);
  for (let c = 0; c < cols; c++) {
    for (let i = c * k; i < c * k + colN[c]!; i++) {
      const e = at[colR[i]!]!++;
      col[e] = c;
      w[e] = colW[i]!;
    }
    for (let b = bucket[c]!; b < bucket[c + 1]!; b++) {
      const e = at[bucketRow[b]!]!++;
      col[e] = c;
      w[e] = bucketW[b]!;
    }
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
  const { rowMentor, colAdept } = s.shape;
  let places = 0;
  for (const m of rowMentor) places += Math.max(0, p.mentors[m]!.capacity - load[m]!);
  const { k, rowK } = keptAt(scale, rowMentor.length, colAdept.length, places);
  const first = sparseProblem(s, k, rowK, report, share);
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
    partial: 0,
  };
  const tightLimit = TIGHT_PER_COLUMN * Math.max(1, built.problem.cols);
  const { excluded } = first;
  const { rows, cols } = built.problem;
  // The last proof's bounds on the pairs it left out, and the row duals they were taken at.
  let last: { bounds: LeftOutBounds; x: Float64Array; t: Uint8Array } | null = null;
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
    const f = new Findings(rows, cols, k, tightLimit, excluded);
    // Copies, where bounds are taken: at these duals, whatever a later solve does with its arrays.
    const duals = () => ({
      x: Float64Array.from(exact.rowDual),
      t: Uint8Array.from(exact.rowTier),
    });
    const part: ReturnType<typeof incrementalPlan> =
      last === null ? null : incrementalPlan(last.bounds, last, exact, u, open, COLUMN_PASS_COST);
    // A column pass costs about eight times a row pass per pair (pair by pair scoring, no
    // bars): 208 against 25 ns at 3,000 + 3,000 (k = 6, every pass of one kind, 2026-11-30).
    if (last !== null && part !== null) {
      // Only some pairs are scored again: the others keep their columns' `excluded`, which
      // stays an upper bound (pairs only ever leave the left-out set).
      stats.partial++;
      stats.columns += part.columns.length;
      const fromRows = leftOutBounds(cols);
      const fromColumns = leftOutBounds(cols);
      rowPass(
        s,
        built,
        exact,
        u,
        f,
        ticker(report, "prove", part.rows.length),
        fromRows,
        part.rows,
      );
      const columns = part.columns;
      const tick = ticker(report, "prove", columns.length);
      columnPass(s, built, exact, u, columns, f, tick, fromColumns, part.skip);
      last = { bounds: mergedBounds(last.bounds, part, fromRows, fromColumns), ...duals() };
    } else if (open.length * COLUMN_PASS_COST >= cols) {
      for (const c of open) excluded[c] = -Infinity;
      stats.rowPasses++;
      const bounds = leftOutBounds(cols);
      rowPass(s, built, exact, u, f, ticker(report, "prove", rows), bounds);
      last = { bounds, ...duals() };
    } else {
      for (const c of open) excluded[c] = -Infinity;
      stats.columns += open.length;
      columnPass(s, built, exact, u, open, f, ticker(report, "prove", open.length));
      last = null;
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
