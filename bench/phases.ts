/**
 * Where one `match` spends its time, step by step, on the library's own functions in the order
 * `match` runs them (bench/one.ts). Each step is timed on its own, so a regression shows where
 * it happened: validate (prepare: schema, canonical order, profiles), build (every allowed pair
 * scored into the residual problem; on the sparse path of a large cohort, plan/sparse.ts, the
 * one scoring pass that keeps each person's best pairs), solve (the exact solver; on the sparse
 * path every round's solve of the sparse problem), proof (sparse path only: the passes that
 * prove the duals over every allowed pair, pairs added and re-solves excluded), certify (the
 * dual check and the choice among equal optima, plan/canonical.ts; on the sparse path the
 * choice and the plan's layout), check (every rule from the cohort), diagnose (unmatched
 * adepts' groups and fixes), hash (the audit's input hash) and result (the rest of the result:
 * pairs, criteria, facts, reasons). Not part of the library.
 */

import { Diagnosis } from "../src/match/diagnose.js";
import { inputHash, resultOf } from "../src/match/match.js";
import { buildProblem } from "../src/plan/buildProblem.js";
import { canonicalPlan } from "../src/plan/canonical.js";
import { checkPlan } from "../src/plan/checkPlan.js";
import { solutionProves } from "../src/plan/duals.js";
import { optimalPlan, type SolvedPlan } from "../src/plan/plan.js";
import { combinedProblem } from "../src/plan/runSolver.js";
import { NATIONAL_SCALE } from "../src/plan/sparse.js";
import { type Prepared, prepare } from "../src/prepare/prepare.js";
import { solveAssignment } from "../src/solve/assignment.js";
import type { MatchOptions } from "../src/types.js";
import { stopwatch } from "../src/util/stopwatch.js";

/** Milliseconds per step of one match. */
export interface Phases {
  validate: number;
  build: number;
  solve: number;
  proof: number;
  certify: number;
  check: number;
  diagnose: number;
  hash: number;
  result: number;
}

export const PHASES: readonly (keyof Phases)[] = [
  "validate",
  "build",
  "solve",
  "proof",
  "certify",
  "check",
  "diagnose",
  "hash",
  "result",
];

/** One pass of the steps of `match` (no locked pairs: the bench cohorts have none). */
export function timePhases(cohort: unknown, options: MatchOptions): Phases {
  const lap = stopwatch();
  const p = prepare("bench", cohort, options);
  const validate = lap();
  // The plan step as `match` runs it: on a large cohort it takes the sparse path, whose own
  // clock splits it (plan/sparse.ts); otherwise each dense step is timed below on its own.
  const plan = optimalPlan(p, NATIONAL_SCALE);
  const planMs = lap();
  const steps = plan.sparse === undefined ? densePlanSteps(p) : undefined;
  if (steps !== undefined) lap();
  const pairs: { mentorId: string; adeptId: string }[] = [];
  plan.mentorOf.forEach((m, a) => {
    if (m >= 0) pairs.push({ mentorId: p.mentors[m]!.id, adeptId: p.adepts[a]!.id });
  });
  if (checkPlan(p.cohort, p.options.rules, pairs).length > 0) throw new Error("bench: check");
  const check = lap();
  const diagnose = timeDiagnosis(p, plan);
  lap();
  inputHash(p);
  const hash = lap();
  // The whole result step less its diagnosis (measured above; `resultOf` diagnoses again). The
  // hash is not taken off: `inputHash` keeps it per prepared cohort, so `resultOf` reads it.
  resultOf(plan, performance.now());
  const result = Math.max(0, lap() - diagnose);
  if (steps !== undefined) return { validate, ...steps, check, diagnose, hash, result };
  const { scoreMs, solveMs, proofMs } = plan.sparse!;
  return {
    validate,
    build: scoreMs,
    solve: solveMs,
    proof: proofMs,
    // The rest of the plan step but its rule check (timed above).
    certify: Math.max(0, planMs - scoreMs - solveMs - proofMs - check),
    check,
    diagnose,
    hash,
    result,
  };
}

/** The dense plan step, each step on its own: build, solve, certify (dual check, canonical). */
function densePlanSteps(p: Prepared): {
  build: number;
  solve: number;
  proof: number;
  certify: number;
} {
  const lap = stopwatch();
  const built = buildProblem(p, new Uint8Array(p.adepts.length), new Int32Array(p.mentors.length));
  const build = lap();
  const problem = combinedProblem(built);
  const exact = solveAssignment(problem);
  const solve = lap();
  if (!solutionProves(problem, exact)) throw new Error("bench: the certificate failed");
  canonicalPlan(problem, exact.rowOf, { value: exact.rowDual, tier: exact.rowTier });
  const certify = lap();
  return { build, solve, proof: 0, certify };
}

/** What `resultOf` does for the first `diagnose` unmatched adepts, in milliseconds. */
function timeDiagnosis(p: Prepared, plan: SolvedPlan): number {
  const t = performance.now();
  const { built } = plan;
  const columnHasEdge = new Uint8Array(built.problem.cols);
  for (const c of built.problem.colIndex) columnHasEdge[c] = 1;
  const residual = {
    scored: built,
    rowOf: plan.rowOf,
    rowMentor: built.rowMentor,
    colAdept: built.colAdept,
  };
  let diagnosis: Diagnosis | undefined;
  let diagnosed = 0;
  for (let c = 0; c < built.problem.cols && diagnosed < p.options.diagnose; c++) {
    if (plan.rowOf[c]! >= 0) continue;
    diagnosed++;
    diagnosis ??= new Diagnosis(p, residual);
    const group = columnHasEdge[c] === 1 ? diagnosis.group(c) : undefined;
    if (group !== undefined) diagnosis.describe(group);
    diagnosis.fixes(c, group?.rows ?? []);
  }
  return performance.now() - t;
}
