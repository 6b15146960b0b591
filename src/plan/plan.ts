import { UNITS_PER_POINT } from "../criteria/total.js";
import type { PlanLoss, PlanObjective } from "../explain/types.js";
import { type Prepared, softViolations } from "../prepare/prepare.js";
import { type AssignmentProblem, solveAssignment } from "../solve/assignment.js";
import { buildProblem } from "./buildProblem.js";
import { fairThreshold, restrict } from "./fair.js";
import { combinedProblem, runSolver, type ScoredProblem } from "./runSolver.js";

/**
 * A plan's objective in exact integer units (a score of 1 point is `UNITS_PER_POINT` units), so
 * that optimum and forced plans compare without rounding.
 *
 * @example
 * const o: Objective = { matched: 6, violations: 0, weakest: 412_500, units: 4_125_000 };
 */
export interface Objective {
  readonly matched: number;
  readonly violations: number;
  /** Lowest units of a pair not locked in the input, `null` without one. */
  readonly weakest: number | null;
  readonly units: number;
}

/**
 * The residual problem of `buildProblem`, with the maps between its rows/columns and people.
 *
 * @example
 * const built: Built = buildProblem(p, adeptLocked, lockedLoad);
 * built.rowMentor[0] // canonical index of the mentor of row 0
 */
export type Built = ScoredProblem & { readonly rowMentor: number[]; readonly colAdept: number[] };

/**
 * The optimal plan of a prepared cohort, built exactly as `match` builds it (locked pairs first,
 * then the residual problem, the fair threshold when asked for, and `runSolver`), so that its
 * pairs and objective are `match`'s. Everything a forced-pair solve needs is kept.
 *
 * @example
 * const plan = optimalPlan(prepare("explainPair", cohort, options));
 * plan.mentorOf[adept] // canonical mentor index, or -1
 */
export interface OptimalPlan {
  readonly p: Prepared;
  readonly built: Built;
  /** Canonical mentor -> row of `built`, -1 for an ineligible mentor. */
  readonly rowOfMentor: Int32Array;
  /** Canonical adept -> column of `built`, -1 for an ineligible or locked adept. */
  readonly colOfAdept: Int32Array;
  /** Per column: the row it is matched to in the plan, or -1. */
  readonly rowOf: Int32Array;
  /** Per canonical mentor: places held by locked pairs. */
  readonly lockedLoad: Int32Array;
  /** Per canonical adept: the mentor it is locked to, or -1. */
  readonly lockedMentorOf: Int32Array;
  /** Per canonical adept: the mentor in the plan (locked or not), or -1. */
  readonly mentorOf: Int32Array;
  readonly locked: { readonly count: number; readonly violations: number; readonly units: number };
  readonly objective: Objective;
}

/**
 * The edge of (row, column) in a CSR problem, or -1: a binary search in the row's ascending
 * columns.
 *
 * @example
 * edgeIndex(problem, 0, 3) // index into problem.weight, or -1
 */
export function edgeIndex(problem: AssignmentProblem, row: number, col: number): number {
  let lo = problem.rowStart[row]!;
  let hi = problem.rowStart[row + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = problem.colIndex[mid]!;
    if (x === col) return mid;
    if (x < col) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Matched, violations, weakest and units of a plan over a scored problem (free pairs only). */
function evaluate(scored: ScoredProblem, rowOf: Int32Array): Objective {
  let matched = 0;
  let violations = 0;
  let units = 0;
  let weakest: number | null = null;
  rowOf.forEach((r, c) => {
    if (r < 0) return;
    const e = edgeIndex(scored.problem, r, c);
    if (e < 0)
      throw new Error(`optimalPlan: internal error, plan uses a missing pair (${r}, ${c})`);
    const w = scored.problem.weight[e]!;
    matched++;
    violations += scored.penalty[e]!;
    units += w;
    if (weakest === null || w < weakest) weakest = w;
  });
  return { matched, violations, weakest, units };
}

/**
 * Solves a residual problem the way `match` does for its objective. Returns the plan's value
 * over free pairs. `"total"`: most matched, fewest violations, most units. `"fair"`: the same
 * with the weakest pair first maximised (`fairThreshold`) before the units.
 */
function solveFree(scored: ScoredProblem, fair: boolean): Objective {
  const restricted = fair ? restrict(scored, fairThreshold(scored)) : scored;
  return evaluate(restricted, solveAssignment(combinedProblem(restricted)).rowOf);
}

/**
 * Lays out the locked pairs and solves for the optimal plan, as `match` does.
 *
 * @example
 * optimalPlan(prepare("alternatives", cohort, options)).objective.matched
 */
export function optimalPlan(p: Prepared): OptimalPlan {
  const adeptLocked = new Uint8Array(p.adepts.length);
  const lockedLoad = new Int32Array(p.mentors.length);
  for (const l of p.locked) {
    adeptLocked[l.adept] = 1;
    lockedLoad[l.mentor]!++;
  }
  const built = buildProblem(p, adeptLocked, lockedLoad);
  const scored: ScoredProblem =
    p.options.objective === "fair" ? restrict(built, fairThreshold(built)) : built;
  return planOf(p, built, runSolver(scored, p.options.solver).rowOf);
}

/**
 * The plan of an optimal solution that was already found: `built` is `buildProblem` after the
 * locked pairs, `rowOf` its optimal plan (with objective `"fair"`, the plan of the restricted
 * problem, whose rows and columns are the same). This is what `match` holds after solving, so
 * it can list alternatives without solving again.
 *
 * @example
 * const plan = planOf(p, built, solved.rowOf);
 * alternativesOfPlan(plan, 3);
 */
export function planOf(p: Prepared, built: Built, rowOf: Int32Array): OptimalPlan {
  const lockedLoad = new Int32Array(p.mentors.length);
  const lockedMentorOf = new Int32Array(p.adepts.length).fill(-1);
  let lockedUnits = 0;
  let lockedViolations = 0;
  for (const l of p.locked) {
    lockedLoad[l.mentor]!++;
    lockedMentorOf[l.adept] = l.mentor;
    lockedUnits += p.scorer.units(l.mentor, l.adept);
    lockedViolations += softViolations(p, l.mentor, l.adept).length;
  }
  const rowOfMentor = new Int32Array(p.mentors.length).fill(-1);
  built.rowMentor.forEach((m, r) => {
    rowOfMentor[m] = r;
  });
  const colOfAdept = new Int32Array(p.adepts.length).fill(-1);
  built.colAdept.forEach((a, c) => {
    colOfAdept[a] = c;
  });
  const mentorOf = Int32Array.from(lockedMentorOf);
  rowOf.forEach((r, c) => {
    if (r >= 0) mentorOf[built.colAdept[c]!] = built.rowMentor[r]!;
  });
  const free = evaluate(built, rowOf);
  const count = p.locked.length;
  return {
    p,
    built,
    rowOfMentor,
    colOfAdept,
    rowOf,
    lockedLoad,
    lockedMentorOf,
    mentorOf,
    locked: { count, violations: lockedViolations, units: lockedUnits },
    objective: {
      matched: free.matched + count,
      violations: free.violations + lockedViolations,
      weakest: free.weakest,
      units: free.units + lockedUnits,
    },
  };
}

/**
 * The residual problem with one pair fixed: the column's edges dropped (the adept is placed) and
 * the row's capacity one less (the mentor's place is taken). Derived from the built problem in
 * O(edges) instead of rebuilding and rescoring it.
 */
function fixPair(built: Built, row: number, col: number): ScoredProblem {
  const { problem, penalty } = built;
  const keep = new Int32Array(problem.colIndex.length);
  const rowStart = new Int32Array(problem.rows + 1);
  let n = 0;
  for (let r = 0; r < problem.rows; r++) {
    rowStart[r] = n;
    for (let e = problem.rowStart[r]!; e < problem.rowStart[r + 1]!; e++) {
      if (problem.colIndex[e] !== col) keep[n++] = e;
    }
  }
  rowStart[problem.rows] = n;
  const kept = keep.subarray(0, n);
  const capacity = Int32Array.from(problem.capacity);
  capacity[row]!--;
  return {
    problem: {
      rows: problem.rows,
      cols: problem.cols,
      capacity,
      rowStart,
      colIndex: Int32Array.from(kept, (e) => problem.colIndex[e]!),
      weight: Float64Array.from(kept, (e) => problem.weight[e]!),
    },
    penalty: Uint8Array.from(kept, (e) => penalty[e]!),
  };
}

/**
 * The best plan that contains (mentor, adept), by the cohort's objective, with locked pairs
 * kept: the residual problem with the adept removed and the mentor's capacity one less, solved
 * exactly, plus the pair itself. With objective `"fair"` the forced pair counts towards the
 * weakest pair like any pair that is not locked: the weakest becomes `min(pair, t)` where `t` is
 * the residual's own fair threshold, and the units are maximised among pairs at or above it.
 * The caller checks that the pair is allowed and possible (see `forcing`).
 *
 * @example
 * forcedObjective(plan, 2, 5).units - plan.objective.units // <= 0
 */
export function forcedObjective(plan: OptimalPlan, mentor: number, adept: number): Objective {
  const { p, built } = plan;
  const row = plan.rowOfMentor[mentor]!;
  const col = plan.colOfAdept[adept]!;
  const e = edgeIndex(built.problem, row, col);
  if (row < 0 || col < 0 || e < 0 || built.problem.capacity[row]! < 1) {
    throw new Error("forcedObjective: internal error, the pair cannot be forced");
  }
  const pairUnits = built.problem.weight[e]!;
  const pairViolations = built.penalty[e]!;
  const residual = fixPair(built, row, col);
  let free: Objective;
  if (p.options.objective !== "fair") {
    free = solveFree(residual, false);
  } else {
    const best = solveFree(residual, false);
    if (best.matched === 0) {
      free = best;
    } else {
      // If the residual reaches its best matched/violations with every pair at or above the
      // forced pair's score, the forced pair is the weakest and only the units remain to be
      // maximised; otherwise the residual's own threshold is lower and decides.
      const atPair = solveFree(restrict(residual, pairUnits), false);
      free =
        atPair.matched === best.matched && atPair.violations === best.violations
          ? atPair
          : solveFree(residual, true);
    }
  }
  return {
    matched: free.matched + 1 + plan.locked.count,
    violations: free.violations + pairViolations + plan.locked.violations,
    weakest: free.weakest === null ? pairUnits : Math.min(free.weakest, pairUnits),
    units: free.units + pairUnits + plan.locked.units,
  };
}

/**
 * Whether a pair can be forced into a plan without breaking a locked pair, and if not, why.
 * (`isAllowed` is checked by the caller.)
 *
 * @example
 * forcing(plan, 2, 5) // { possible: true } or { possible: false, lockedTo: 1 }
 */
export function forcing(
  plan: OptimalPlan,
  mentor: number,
  adept: number,
): { possible: true } | { possible: false; lockedTo?: number } {
  const lockedTo = plan.lockedMentorOf[adept]!;
  if (lockedTo >= 0 && lockedTo !== mentor) return { possible: false, lockedTo };
  if (plan.lockedLoad[mentor]! >= plan.p.mentors[mentor]!.capacity) return { possible: false };
  return { possible: true };
}

/**
 * An internal objective as the public one: points instead of units; the weakest pair only with
 * objective `"fair"`, where it is optimised (with `"total"` it depends on which of several
 * optimal plans the solver returns).
 *
 * @example
 * publicObjective({ matched: 1, violations: 0, weakest: 645_833, units: 645_833 }, false)
 * // { matched: 1, softViolations: 0, totalScore: 64.5833 }
 */
export function publicObjective(o: Objective, fair: boolean): PlanObjective {
  const base = {
    matched: o.matched,
    softViolations: o.violations,
    totalScore: o.units / UNITS_PER_POINT,
  };
  return fair
    ? { ...base, weakestScore: o.weakest === null ? null : o.weakest / UNITS_PER_POINT }
    : base;
}

/**
 * What `forced` loses against `optimum`, in points, computed on exact units.
 *
 * @example
 * lossOf(optimum, forced, false) // { matched: 0, softViolations: 0, totalScore: 4.25 }
 */
export function lossOf(optimum: Objective, forced: Objective, fair: boolean): PlanLoss {
  const base = {
    matched: optimum.matched - forced.matched,
    softViolations: forced.violations - optimum.violations,
    totalScore: (optimum.units - forced.units) / UNITS_PER_POINT,
  };
  if (!fair || optimum.weakest === null || forced.weakest === null) return base;
  return { ...base, weakestScore: (optimum.weakest - forced.weakest) / UNITS_PER_POINT };
}

/**
 * A loss of nothing at all: the pair is in the optimal plan.
 *
 * @example
 * NO_LOSS // { matched: 0, softViolations: 0, totalScore: 0 }
 */
export const NO_LOSS: PlanLoss = Object.freeze({ matched: 0, softViolations: 0, totalScore: 0 });
