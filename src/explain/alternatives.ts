import { UNITS_PER_POINT } from "../criteria/total.js";
import { forcedObjective, lossOf, type OptimalPlan, optimalPlan } from "../plan/plan.js";
import { combinedProblem } from "../plan/runSolver.js";
import { prepare, softViolations } from "../prepare/prepare.js";
import type { CohortInput } from "../schema/cohort.js";
import { guarded } from "../util/boundary.js";
import { splitOptions } from "./options.js";
import { ForcingOracle } from "./sensitivity.js";
import type { AdeptAlternatives, Alternative, AlternativesOptions, PlanLoss } from "./types.js";

function resolvePerAdept(value: unknown): number {
  if (value === undefined) return 3;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new RangeError(
      `alternatives: options.perAdept must be a whole number >= 0, got ${String(value)}`,
    );
  }
  return value;
}

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
  const rowOfEdge = new Int32Array(problem.colIndex.length);
  for (let r = 0; r < problem.rows; r++) {
    for (let e = problem.rowStart[r]!; e < problem.rowStart[r + 1]!; e++) rowOfEdge[e] = r;
  }
  return byCol.map((edges) =>
    edges
      .sort((x, y) => problem.weight[y]! - problem.weight[x]! || rowOfEdge[x]! - rowOfEdge[y]!)
      .map((e) => rowOfEdge[e]!),
  );
}

/**
 * For every adept: the mentor in the optimal plan (if any) and the next best allowed mentors by
 * pair score (at most `perAdept`, default 3), each with the exact loss in the objective if the
 * adept were given that mentor instead (the best plan containing that pair, locked pairs kept;
 * the same number `explainPair` gives as `loss`). Adepts come in canonical order (by normalised
 * id), so the answer does not depend on the order of the input. Locked adepts get no
 * alternatives; mentors whose places are all held by locked pairs are not offered.
 *
 * Cost: one `match`-sized solve for the optimum, on one prepared cohort. Then, with the default
 * objective `"total"`, one shortest-path search per adept gives the forced optimum for all its
 * alternatives at once (the forced plan differs from the optimum by one cycle through the forced
 * pair; see `ForcingOracle`), so a few hundred people per side take well under a second. With
 * objective `"fair"` each alternative costs one exact solve of the residual problem (more when
 * the weakest pair has to be searched for again), which is slower: keep it to cohorts of tens.
 *
 * Throws like `match` for an invalid cohort or option, and a `RangeError` naming `alternatives`
 * for a bad `perAdept`.
 *
 * @example
 * for (const a of alternatives(cohort)) {
 *   console.log(a.adeptId, a.mentorId, a.alternatives.map((x) => `${x.mentorId} -${x.loss.totalScore}`));
 * }
 */
export function alternatives(
  cohort: CohortInput,
  options?: AlternativesOptions,
): AdeptAlternatives[] {
  return guarded("alternatives", () => alternativesUnguarded(cohort, options));
}

function alternativesUnguarded(
  cohort: unknown,
  options?: AlternativesOptions,
): AdeptAlternatives[] {
  const { own, rest } = splitOptions("alternatives", options, ["perAdept"]);
  const perAdept = resolvePerAdept(own.perAdept);
  const p = prepare("alternatives", cohort, rest);
  return alternativesOfPlan(optimalPlan(p), perAdept);
}

/**
 * `alternatives` on an already solved plan (the report reuses the plan it checked).
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
