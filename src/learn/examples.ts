/**
 * A chosen plan laid out on the plan step's residual problem (`plan/`), once per example: the
 * criterion scores of every allowed pair, the chosen pairs as edges, and whether the plan can
 * be compared with the optimum in score units at all. `calibrate` and `weightRanges` read this;
 * neither re-implements the rules or the scores.
 */
import { optimalPlan, type SolvedPlan } from "../plan/plan.js";
import { prepare, softViolations } from "../prepare/prepare.js";
import { CRITERIA, type MatchOptions } from "../types.js";
import { normalizeKey } from "../util/normalize.js";
import { quote } from "../util/quote.js";
import type { ChosenStatus, PairRef } from "./types.js";

/**
 * One example on the residual problem of its cohort.
 *
 * @example
 * const ex = layOut("calibrate", cohort, pairs, options, "2024");
 * ex.edgeCriteria[e * 6 + 3] // wishes score of edge e
 */
export interface LaidOut {
  readonly name: string;
  readonly plan: SolvedPlan;
  /** Six criterion scores per edge of `plan.built.problem`, in `CRITERIA` order. */
  readonly edgeCriteria: Float64Array;
  /** The chosen pairs that are not locked, as edges (empty unless `comparable`). */
  readonly chosenEdges: readonly number[];
  /** All chosen pairs in canonical indices (locked ones included). */
  readonly chosen: readonly { readonly mentor: number; readonly adept: number }[];
  /** Sum of each criterion over all chosen pairs (locked ones included). */
  readonly chosenCriteria: Float64Array;
  /** Free pairs and free soft-rule violations of the optimum (same for every weight). */
  readonly freeMatched: number;
  readonly freeViolations: number;
  readonly status: ChosenStatus;
  readonly detail?: string;
}

function edgeOf(plan: SolvedPlan, mentor: number, adept: number): number {
  const { problem } = plan.built;
  const r = plan.rowOfMentor[mentor]!;
  const c = plan.colOfAdept[adept]!;
  if (r < 0 || c < 0) return -1;
  for (let e = problem.rowStart[r]!; e < problem.rowStart[r + 1]!; e++)
    if (problem.colIndex[e] === c) return e;
  return -1;
}

/**
 * Prepares and solves one example's cohort (throwing `CohortError` named after `fn` for bad
 * input), maps its pairs to canonical indices (throwing a `RangeError` for an unknown id or an
 * adept chosen twice: caller bugs), and decides its status.
 *
 * @example
 * layOut("calibrate", cohort, [{ mentorId: "M01", adeptId: "A01" }], {}, "2024").status // "comparable"
 */
export function layOut(
  fn: string,
  cohort: unknown,
  pairs: readonly PairRef[],
  options: MatchOptions,
  name: string,
): LaidOut {
  const p = prepare(fn, cohort, { ...options, objective: "total", alternatives: 0, diagnose: 0 });
  const plan = optimalPlan(p);
  const mentorAt = new Map(p.mentors.map((m, i) => [normalizeKey(m.id), i]));
  const adeptAt = new Map(p.adepts.map((a, j) => [normalizeKey(a.id), j]));
  const seen = new Set<number>();
  const chosen = pairs.map((pair, i) => {
    const mentor = mentorAt.get(normalizeKey(String(pair.mentorId)));
    const adept = adeptAt.get(normalizeKey(String(pair.adeptId)));
    if (mentor === undefined || adept === undefined) {
      const which = mentor === undefined ? "mentorId" : "adeptId";
      throw new RangeError(
        `${fn}: ${name}: pairs[${i}].${which} ${quote(String(pair[which]))} is not in the cohort`,
      );
    }
    if (seen.has(adept)) throw new RangeError(`${fn}: ${name}: pairs[${i}] repeats an adept`);
    seen.add(adept);
    return { mentor, adept };
  });
  // Canonical order (by adept), so sums over the chosen pairs, and every figure made from them,
  // do not depend on the order the pairs were listed in.
  chosen.sort((x, y) => x.adept - y.adept);

  const { problem } = plan.built;
  const edges = problem.colIndex.length;
  const edgeCriteria = new Float64Array(edges * CRITERIA.length);
  for (let r = 0; r < problem.rows; r++) {
    for (let e = problem.rowStart[r]!; e < problem.rowStart[r + 1]!; e++) {
      const scores = p.scorer.criteria(
        plan.built.rowMentor[r]!,
        plan.built.colAdept[problem.colIndex[e]!]!,
      );
      CRITERIA.forEach((c, i) => {
        edgeCriteria[e * CRITERIA.length + i] = scores[c];
      });
    }
  }
  const chosenCriteria = new Float64Array(CRITERIA.length);
  for (const { mentor, adept } of chosen) {
    const scores = p.scorer.criteria(mentor, adept);
    CRITERIA.forEach((c, i) => {
      chosenCriteria[i] = chosenCriteria[i]! + scores[c];
    });
  }
  const freeMatched = plan.objective.matched - plan.locked.count;
  const freeViolations = plan.objective.violations - plan.locked.violations;
  const base = { name, plan, edgeCriteria, chosen, chosenCriteria, freeMatched, freeViolations };
  const refused = (status: ChosenStatus, detail: string): LaidOut => ({
    ...base,
    chosenEdges: [],
    status,
    detail,
  });

  const chosenEdges: number[] = [];
  const load = Int32Array.from(plan.lockedLoad);
  let violations = 0;
  for (const { mentor, adept } of chosen) {
    const pair = `${quote(p.mentors[mentor]!.id)}-${quote(p.adepts[adept]!.id)}`;
    if (plan.lockedMentorOf[adept] === mentor) continue;
    if (plan.lockedMentorOf[adept]! >= 0) return refused("missing-locked", pair);
    const e = edgeOf(plan, mentor, adept);
    if (e < 0) return refused("not-allowed", pair);
    if (++load[mentor]! > p.mentors[mentor]!.capacity) return refused("over-capacity", pair);
    chosenEdges.push(e);
    violations += softViolations(p, mentor, adept).length;
  }
  const lockedKept = p.locked.filter((l) =>
    chosen.some((c) => c.mentor === l.mentor && c.adept === l.adept),
  ).length;
  if (lockedKept < p.locked.length)
    return refused("missing-locked", `${p.locked.length - lockedKept} locked pairs left out`);
  if (chosenEdges.length < freeMatched)
    return refused("fewer-matched", `${chosen.length} of ${plan.objective.matched} possible`);
  if (violations > freeViolations)
    return refused(
      "more-violations",
      `${violations} soft-rule violations, ${freeViolations} possible`,
    );
  return { ...base, chosenEdges, status: "comparable" };
}
