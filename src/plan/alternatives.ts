import { UNITS_PER_POINT } from "../criteria/total.js";
import { softViolations } from "../prepare/prepare.js";
import { rowOfEdges } from "../solve/edges.js";
import { ForcingOracle } from "../solve/forcingOracle.js";
import type { AdeptAlternatives, Alternative, PlanLoss } from "../types.js";
import { forcedObjective, lossOf } from "./forced.js";
import type { OptimalPlan } from "./plan.js";
import { combinedProblem } from "./runSolver.js";

/** Per column of the built problem: its rows with a place left, best score first, ties by row. */
function candidateRows(plan: OptimalPlan): number[][] {
  const { problem } = plan.built;
  const byCol: number[][] = Array.from({ length: problem.cols }, () => []);
  for (let r = 0; r < problem.rows; r++) {
    // A mentor whose places are all held by locked pairs cannot be given anyone.
    if (problem.capacity[r]! < 1) continue;
    for (let e = problem.rowStart[r]!; e < problem.rowStart[r + 1]!; e++) {
      byCol[problem.colIndex[e]!]!.push(e);
    }
  }
  // Rows follow canonical mentor order, so ties by row are ties by normalised mentor id.
  const rowOfEdge = rowOfEdges(problem.rowStart);
  return byCol.map((edges) =>
    edges
      .sort((x, y) => problem.weight[y]! - problem.weight[x]! || rowOfEdge[x]! - rowOfEdge[y]!)
      .map((e) => rowOfEdge[e]!),
  );
}

/**
 * For every adept of a plan: its mentor and the next best allowed mentors by pair score (at most
 * `perAdept`), each with the exact loss in the objective if the adept were given that mentor
 * instead. With objective `"total"` one shortest-path search per adept (`ForcingOracle`) gives
 * every alternative's forced optimum; with `"fair"` (or weights beyond exact paths) each is one
 * exact solve (`forcedObjective`). Nothing here solves the plan itself: `match`, `alternatives`
 * and the report hand over the plan they made or verified.
 *
 * @example
 * alternativesOfPlan(optimalPlan(p), 3)
 */
export function alternativesOfPlan(plan: OptimalPlan, perAdept: number): AdeptAlternatives[] {
  const { p, built } = plan;
  const fair = p.options.objective === "fair";
  const candidates = perAdept > 0 ? candidateRows(plan) : [];
  let oracle: ForcingOracle | undefined;
  if (!fair && perAdept > 0) {
    try {
      oracle = new ForcingOracle(
        combinedProblem(built),
        plan.rowOf,
        built.problem.weight,
        built.penalty,
      );
    } catch (error) {
      // Weights beyond exact double paths: one solve per alternative instead (slower, same answer).
      if (!(error instanceof RangeError)) throw error;
    }
  }
  return p.adepts.map((adept, j): AdeptAlternatives => {
    const current = plan.mentorOf[j]!;
    const locked = plan.lockedMentorOf[j]! >= 0;
    const base = {
      adeptId: adept.id,
      mentorId: current < 0 ? null : p.mentors[current]!.id,
      score: current < 0 ? null : p.scorer.units(current, j) / UNITS_PER_POINT,
      locked,
    };
    const col = plan.colOfAdept[j]!;
    if (locked || col < 0 || perAdept === 0) return { ...base, alternatives: [] };
    const currentRow = current < 0 ? -1 : plan.rowOfMentor[current]!;
    const rows = candidates[col]!.filter((r) => r !== currentRow).slice(0, perAdept);
    const losses: PlanLoss[] =
      oracle === undefined
        ? rows.map((r) =>
            lossOf(plan.objective, forcedObjective(plan, built.rowMentor[r]!, j), fair),
          )
        : oracle.deltas(col, rows).map((d) => {
            if (d === null) throw new Error("alternatives: internal error, no forced plan");
            // 0 - x rather than -x: a loss of nothing is +0, never -0.
            return {
              matched: 0 - d.matched,
              softViolations: d.violations,
              totalScore: (0 - d.units) / UNITS_PER_POINT,
            };
          });
    const list: Alternative[] = rows.map((r, k) => {
      const m = built.rowMentor[r]!;
      return {
        mentorId: p.mentors[m]!.id,
        score: p.scorer.units(m, j) / UNITS_PER_POINT,
        softViolations: softViolations(p, m, j),
        loss: losses[k]!,
      };
    });
    return { ...base, alternatives: list };
  });
}
