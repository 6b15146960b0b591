/**
 * One optimal plan out of several equally good ones, chosen by the plans alone and not by the
 * path a solver took: the first adept (column) gets the lowest mentor row any optimal plan gives
 * it, then the second, and so on (lexicographically smallest, an unmatched adept counting as
 * after every row). So the dense problem and the sparse one of a national cohort (plan/sparse.ts)
 * give the same pairs even where scores tie.
 *
 * Why this is cheap and exact: with optimal duals `u` (columns) and `v` (rows), a plan is
 * optimal exactly when it uses only tight pairs (reduced cost 0), leaves a column out only when
 * `u_c = (1, 0)` and leaves room only on rows with `v_r = 0` (complementary slackness; any
 * optimal duals give the same set of optimal plans). Two optimal plans differ by alternating
 * paths and cycles of tight pairs, each of which keeps the plan optimal on its own; so a column
 * can have a lower row exactly when one alternating search over tight pairs finds one. Without
 * ties every column has one tight pair and the pass is one look at each pair.
 */
import type { AssignmentProblem } from "../solve/assignment.js";
import { columnDuals, type RowDuals } from "./duals.js";

/** Per column, its tight rows (ascending). */
function tightRows(
  problem: AssignmentProblem,
  d: RowDuals,
  u: { tier: Uint8Array; value: Float64Array },
): number[][] {
  const { rowStart, colIndex, weight } = problem;
  const rows: number[][] = Array.from({ length: problem.cols }, () => []);
  for (let r = 0; r < problem.rows; r++)
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) {
      const c = colIndex[e]!;
      if (d.tier[r] === u.tier[c] && -weight[e]! - d.value[r]! === u.value[c]) rows[c]!.push(r);
    }
  return rows;
}

/**
 * The lexicographically smallest optimal plan (per column its row, -1 for none; an unmatched
 * column counts as after every row), given one optimal plan `rowOf` of `problem` and row duals
 * that prove it optimal. `rowOf` is not changed.
 *
 * @example
 * const plan = canonicalPlan(problem, solution.rowOf, { value: solution.rowDual, tier: solution.rowTier });
 */
export function canonicalPlan(
  problem: AssignmentProblem,
  rowOf: Int32Array,
  d: RowDuals,
): Int32Array {
  const { rows, cols, capacity } = problem;
  const u = columnDuals(problem, d);
  const tight = tightRows(problem, d, u);
  const plan = Int32Array.from(rowOf);
  const onRow: number[][] = Array.from({ length: rows }, () => []);
  plan.forEach((r, c) => {
    if (r >= 0) onRow[r]!.push(c);
  });
  const mustFill = (r: number) => d.tier[r] !== 0 || d.value[r] !== 0;
  const mayDrop = (c: number) => u.tier[c] === 1 && u.value[c] === 0;
  const seen = new Int32Array(rows).fill(-1);
  const via = new Int32Array(rows);
  const queue = new Int32Array(rows);
  const move = (y: number, to: number) => {
    const from = plan[y]!;
    if (from >= 0) onRow[from]!.splice(onRow[from]!.indexOf(y), 1);
    if (to >= 0) onRow[to]!.push(y);
    plan[y] = to;
  };

  for (let c = 0; c < cols; c++) {
    const r0 = plan[c]!;
    // Whether c's place on r0 may stay empty when c leaves it.
    const release = r0 < 0 || !mustFill(r0);
    for (const first of tight[c]!) {
      if (r0 >= 0 && first >= r0) break;
      // A row an earlier search from this column reached leads nowhere either.
      if (seen[first] === c) continue;
      seen[first] = c;
      via[first] = c;
      let head = 0;
      let tail = 0;
      queue[tail++] = first;
      let end = -1;
      let drop = -1;
      while (head < tail && end < 0) {
        const x = queue[head++]!;
        if (x === r0 || (release && onRow[x]!.length < capacity[x]!)) {
          end = x;
          break;
        }
        for (const y of onRow[x]!) {
          // Earlier columns keep their rows; c itself is the one moving.
          if (y <= c) continue;
          if (release && mayDrop(y)) {
            end = x;
            drop = y;
            break;
          }
          for (const z of tight[y]!) {
            if (z === x || seen[z] === c) continue;
            seen[z] = c;
            via[z] = y;
            queue[tail++] = z;
          }
        }
      }
      if (end < 0) continue;
      if (drop >= 0) move(drop, -1);
      // Back along the search: each column moves onto the row it was found through.
      for (let x = end; ; ) {
        const y = via[x]!;
        const from = plan[y]!;
        move(y, x);
        if (y === c) break;
        x = from;
      }
      break;
    }
  }
  return plan;
}
