/**
 * The plan step of the pipeline, in one place:
 *
 *   input -> prepare/ (validated, canonical order, interned, scored)
 *         -> plan/    (locked pairs, problem, objective, solve, certificate, check)   <- here
 *         -> match/   (the result: pairs, reasons, diagnosis, audit)
 *         -> explain/, report/, cli/ (words)
 *
 * `optimalPlan` takes a prepared cohort and does each step once: it lays out the locked pairs,
 * builds the residual problem (every allowed pair scored once), applies the objective (`total`,
 * or `fair`'s threshold), solves with the chosen solver and proves the answer optimal, picks
 * the plan among equally good ones that does not depend on the solver's path (`canonical.ts`),
 * checks the plan against every rule from the validated cohort, and keeps the duals as the
 * result's certificate. Given a `Scale` (what `match` passes), a large cohort takes the sparse
 * path instead (`sparse.ts`): each person's best pairs, solved, then proven over every allowed
 * pair in streaming passes; same pairs, same certificate, memory O(k n) instead of every pair. `verifiedPlan` takes a plan made earlier (a result's pairs and certificate) and
 * proves it optimal without solving. Later steps (the result, `explainPair`, `alternatives`, the
 * report) read the plan; none solves it again. This folder imports `prepare/`, `solve/`,
 * `criteria/` and the leaves, never `match/`, `explain/`, `report/` or `cli/`.
 */
import { UNITS_PER_POINT } from "../criteria/total.js";
import { type Prepared, softViolations } from "../prepare/prepare.js";
import { type AssignmentSolution, solveAssignment } from "../solve/assignment.js";
import type { PlanCertificate, SolverInfo } from "../types.js";
import { type Report, silent } from "../util/progress.js";
import { buildProblem } from "./buildProblem.js";
import { canonicalPlan } from "./canonical.js";
import { certificateProves, mentorDuals } from "./certificate.js";
import { checkPlan } from "./checkPlan.js";
import { planEdges } from "./duals.js";
import { fairThreshold, restrict } from "./fair.js";
import type { RowShare } from "./rowShare.js";
import { combinedProblem, runSolver, type ScoredProblem } from "./runSolver.js";
import { type Scale, type SparseStats, solveSparse, sparseOptions } from "./sparse.js";

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
export type Built = ScoredProblem & {
  readonly rowMentor: number[];
  readonly colAdept: number[];
};

/**
 * An optimal plan of a prepared cohort and the residual problem it was found in (locked pairs
 * first, then the problem of everyone else): what the result, a forced-pair solve and the
 * alternatives read. Made by `optimalPlan` (which solves) or `verifiedPlan` (which checks a
 * result's plan with its certificate).
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
 * A plan as the plan step makes it: optimal, checked against every rule, with the solver that
 * found it and the certificate that proves it (`MatchResult.solver` and `.certificate`).
 *
 * @example
 * const plan = optimalPlan(p);
 * plan.solver.proof; plan.certificate.plan.value.length === p.mentors.length;
 */
export interface SolvedPlan extends OptimalPlan {
  readonly solver: SolverInfo;
  readonly certificate: PlanCertificate;
  /** How the sparse path went (plan/sparse.ts), when it was taken. */
  readonly sparse?: SparseStats;
}

/**
 * Matched, violations, weakest and units of a plan over a scored problem (free pairs only).
 *
 * @example
 * evaluate(built, rowOf).units // the free pairs' units
 */
export function evaluate(scored: ScoredProblem, rowOf: Int32Array): Objective {
  const edges = planEdges(scored.problem, rowOf);
  if (edges === null)
    throw new Error("evaluate: internal error, the plan is not one of the problem");
  let matched = 0;
  let violations = 0;
  let units = 0;
  let weakest: number | null = null;
  edges.forEach((e) => {
    if (e < 0) return;
    const w = scored.problem.weight[e]!;
    matched++;
    violations += scored.penalty[e]!;
    units += w;
    if (weakest === null || w < weakest) weakest = w;
  });
  return { matched, violations, weakest, units };
}

/**
 * The plan of an optimal solution that was already found: `built` is `buildProblem` after the
 * locked pairs, `rowOf` its optimal plan (with objective `"fair"`, the plan of the restricted
 * problem, whose rows and columns are the same).
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
 * Which adepts are locked, and the places locked pairs take per mentor.
 *
 * @example
 * const { adeptLocked, lockedLoad } = lockedLayout(p);
 */
export function lockedLayout(p: Prepared): { adeptLocked: Uint8Array; lockedLoad: Int32Array } {
  const adeptLocked = new Uint8Array(p.adepts.length);
  const lockedLoad = new Int32Array(p.mentors.length);
  for (const l of p.locked) {
    adeptLocked[l.adept] = 1;
    lockedLoad[l.mentor]!++;
  }
  return { adeptLocked, lockedLoad };
}

/** The locked pairs laid out, and the residual problem of everyone else. */
function residual(p: Prepared): Built {
  const { adeptLocked, lockedLoad } = lockedLayout(p);
  return buildProblem(p, adeptLocked, lockedLoad);
}

/**
 * Whether `optimalPlan` takes the sparse path: a large cohort (mentors x adepts, ineligible and
 * locked people counted), objective `"total"`, no LP asked for, and no alternatives (they read
 * every allowed pair).
 */
function takesSparse(p: Prepared, scale: Scale | undefined): scale is Scale {
  return (
    scale !== undefined &&
    sparseOptions(p.options) &&
    p.mentors.length * p.adepts.length >= scale.minPairs
  );
}

/** The sparse path's plan (see plan/sparse.ts), or null when it gives way to the dense one. */
function sparsePlan(
  p: Prepared,
  scale: Scale,
  report: Report,
  share: RowShare | null,
): SolvedPlan | null {
  const t0 = performance.now();
  const { adeptLocked, lockedLoad } = lockedLayout(p);
  const sparse = solveSparse(p, adeptLocked, lockedLoad, scale, report, share);
  if (sparse === null) return null;
  const { exact, stats } = sparse;
  const { built } = sparse;
  const d = { value: exact.rowDual, tier: exact.rowTier };
  report("check", 0, 1);
  const plan = planOf(p, built, canonicalPlan(combinedProblem(built), exact.rowOf, d));
  checkRules(plan);
  report("check", 1, 1);
  return {
    ...plan,
    solver: {
      name: "flow",
      optimal: true,
      ms: performance.now() - t0,
      proof: `dual certificate checked on all ${stats.allowed} allowed pairs, streamed`,
    },
    certificate: { plan: mentorDuals(built.rowMentor, p.mentors.length, exact) },
    sparse: stats,
  };
}

/**
 * Checks the plan against every rule from the validated cohort itself, not from the problem the
 * solver saw (the last step before a plan leaves this folder).
 */
function checkRules(plan: OptimalPlan): void {
  const { p } = plan;
  const pairs: { mentorId: string; adeptId: string }[] = [];
  plan.mentorOf.forEach((m, a) => {
    if (m >= 0) pairs.push({ mentorId: p.mentors[m]!.id, adeptId: p.adepts[a]!.id });
  });
  const problems = checkPlan(p.cohort, p.options.rules, pairs);
  if (problems.length > 0) {
    throw new Error(
      `match: internal check failed, no result is returned: ${problems.slice(0, 5).join("; ")}`,
    );
  }
}

/** Why `match` and the plan step refuse objective "stable". */
export const STABLE_ELSEWHERE =
  'options.objective "stable" is solved by matchStable of "mentorpair/stable"';

/**
 * The plan step: lays out the locked pairs, builds the residual problem, applies the objective
 * (with `"fair"`, the highest threshold every free pair can reach first), solves with the chosen
 * solver and proves the answer optimal (`runSolver`), checks the plan against every rule, and
 * keeps the certificate. With `"fair"` the certificate also holds the duals of the whole problem
 * (already solved for the threshold) and of the pairs above the threshold (one more solve).
 * Throws `SolverError` when no proven answer can be given. With `scale` (`match` passes
 * `NATIONAL_SCALE`), a cohort of at least `scale.minPairs` pairs with objective `"total"`, no
 * LP asked for and no alternatives takes the sparse path (`sparse.ts`); its `built` then holds
 * only some allowed pairs, enough for the plan, the certificate and the reasons (a test keeps
 * what reads every pair, the report's alternatives, below that size).
 * Without it (the default, for callers that read every pair: alternatives, forced pairs,
 * learn) the problem holds every allowed pair. `report` is told each phase's progress (score,
 * solve, prove, check; the dense problem's solve proves its answer, so its prove is one step).
 * `share` lets helper threads score blocks of the sparse path's first pass (`match` makes it in
 * Node, match/helpers.ts); the plan is the same with or without.
 *
 * @example
 * const plan = optimalPlan(prepare("match", cohort, options));
 * plan.objective.matched; plan.solver.name; plan.certificate.plan;
 */
export function optimalPlan(
  p: Prepared,
  scale?: Scale,
  report: Report = silent,
  share: RowShare | null = null,
): SolvedPlan {
  if (p.options.objective === "stable") throw new RangeError(STABLE_ELSEWHERE);
  const sparse = takesSparse(p, scale) ? sparsePlan(p, scale, report, share) : null;
  if (sparse !== null) return sparse;
  report("score", 0, 1);
  const built = residual(p);
  report("score", 1, 1);
  report("solve", 0, 1);
  const duals = (solution: AssignmentSolution) =>
    mentorDuals(built.rowMentor, p.mentors.length, solution);
  const full = p.options.objective === "fair" ? solveAssignment(combinedProblem(built)) : null;
  const threshold = full === null ? 0 : fairThreshold(built, full);
  const solved = runSolver(full === null ? built : restrict(built, threshold), p.options.solver);
  report("solve", 1, 1);
  report("prove", 0, 1);
  // Among equally good plans, the one that does not depend on the solver's path (canonical.ts),
  // so that the sparse path gives the same pairs.
  const rowOf =
    full === null && solved.info.name === "flow"
      ? canonicalPlan(combinedProblem(built), solved.rowOf, {
          value: solved.exact.rowDual,
          tier: solved.exact.rowTier,
        })
      : solved.rowOf;
  report("prove", 1, 1);
  report("check", 0, 1);
  const plan = planOf(p, built, rowOf);
  checkRules(plan);
  report("check", 1, 1);
  if (full === null)
    return { ...plan, solver: solved.info, certificate: { plan: duals(solved.exact) } };
  return {
    ...plan,
    solver: {
      ...solved.info,
      proof: `${solved.info.proof}; fair: no plan with as many matched and as few violations keeps every free pair above ${threshold / UNITS_PER_POINT}`,
    },
    // Units are whole numbers: the pairs above the threshold are those of at least one more.
    certificate:
      plan.objective.matched === plan.locked.count
        ? { plan: duals(solved.exact) }
        : {
            plan: duals(solved.exact),
            unrestricted: duals(full),
            stronger: duals(solveAssignment(combinedProblem(restrict(built, threshold + 1)))),
          },
  };
}

/**
 * A plan made earlier (pairs in canonical indices, locked ones included) proven optimal for the
 * prepared cohort with its certificate, without solving: the residual problem is built (every
 * allowed pair scored once), the pairs must hold every locked pair and otherwise be pairs of
 * that problem, the certificate must prove them optimal (`certificateProves`) and they must
 * keep every rule. Returns the plan, or `null` when it is not proven.
 *
 * @example
 * const plan = verifiedPlan(p, pairs, result.certificate);
 * if (plan === null) throw new RangeError("renderReport: ...");
 */
export function verifiedPlan(
  p: Prepared,
  pairs: readonly { readonly mentor: number; readonly adept: number }[],
  certificate: unknown,
): OptimalPlan | null {
  const built = residual(p);
  // The maps between people and the residual problem, from the plan without free pairs.
  const free = new Int32Array(built.problem.cols).fill(-1);
  const { rowOfMentor, colOfAdept, lockedMentorOf } = planOf(p, built, free);
  const rowOf = Int32Array.from(free);
  const placed = new Uint8Array(p.adepts.length);
  let locked = 0;
  for (const { mentor, adept } of pairs) {
    // An adept in two pairs, or a pair neither locked nor of the residual problem.
    if (placed[adept] === 1) return null;
    placed[adept] = 1;
    if (lockedMentorOf[adept] === mentor) locked++;
    else if (rowOfMentor[mentor]! < 0 || colOfAdept[adept]! < 0) return null;
    else rowOf[colOfAdept[adept]!] = rowOfMentor[mentor]!;
  }
  const fair = p.options.objective === "fair";
  if (
    locked !== p.locked.length ||
    !certificateProves(built, rowOf, fair, p.mentors.length, certificate)
  )
    return null;
  const plan = planOf(p, built, rowOf);
  checkRules(plan);
  return plan;
}
