/**
 * Where one `match` spends its time, step by step, on the library's own functions in the order
 * `match` runs them (bench/one.ts). Each step is timed on its own, so a regression shows where
 * it happened: validate (prepare: schema, canonical order, profiles), build (every allowed pair
 * scored into the residual problem), solve (the exact solver), certify (the dual check),
 * check (every rule from the cohort), diagnose (unmatched adepts' groups and fixes), hash (the
 * audit's input hash) and result (the rest of the result: pairs, criteria, facts, reasons).
 * Not part of the library.
 */

import { Diagnosis } from "../src/match/diagnose.js";
import { resultOf } from "../src/match/match.js";
import { buildProblem } from "../src/plan/buildProblem.js";
import { checkPlan } from "../src/plan/checkPlan.js";
import { solutionProves } from "../src/plan/duals.js";
import { optimalPlan } from "../src/plan/plan.js";
import { combinedProblem } from "../src/plan/runSolver.js";
import { prepare } from "../src/prepare/prepare.js";
import { solveAssignment } from "../src/solve/assignment.js";
import type { MatchOptions } from "../src/types.js";
import { canonicalJson, sha256Hex } from "../src/util/hash.js";

/** Milliseconds per step of one match. */
export interface Phases {
  validate: number;
  build: number;
  solve: number;
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
  "certify",
  "check",
  "diagnose",
  "hash",
  "result",
];

/** One pass of the steps of `match` (no locked pairs: the bench cohorts have none). */
export function timePhases(cohort: unknown, options: MatchOptions): Phases {
  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = now - t;
    t = now;
    return ms;
  };
  const p = prepare("bench", cohort, options);
  const validate = lap();
  const built = buildProblem(p, new Uint8Array(p.adepts.length), new Int32Array(p.mentors.length));
  const build = lap();
  const problem = combinedProblem(built);
  const exact = solveAssignment(problem);
  const solve = lap();
  if (!solutionProves(problem, exact)) throw new Error("bench: the certificate failed");
  const certify = lap();
  const pairs: { mentorId: string; adeptId: string }[] = [];
  exact.rowOf.forEach((r, c) => {
    if (r >= 0)
      pairs.push({
        mentorId: p.mentors[built.rowMentor[r]!]!.id,
        adeptId: p.adepts[built.colAdept[c]!]!.id,
      });
  });
  if (checkPlan(p.cohort, p.options.rules, pairs).length > 0) throw new Error("bench: check");
  const check = lap();
  // What `resultOf` does for the first `diagnose` unmatched adepts.
  const columnHasEdge = new Uint8Array(problem.cols);
  for (const c of problem.colIndex) columnHasEdge[c] = 1;
  const residual = {
    scored: built,
    rowOf: exact.rowOf,
    rowMentor: built.rowMentor,
    colAdept: built.colAdept,
  };
  let diagnosis: Diagnosis | undefined;
  let diagnosed = 0;
  for (let c = 0; c < problem.cols && diagnosed < p.options.diagnose; c++) {
    if (exact.rowOf[c]! >= 0) continue;
    diagnosed++;
    diagnosis ??= new Diagnosis(p, residual);
    const group = columnHasEdge[c] === 1 ? diagnosis.group(c) : undefined;
    if (group !== undefined) diagnosis.describe(group);
    diagnosis.fixes(c, group?.rows ?? []);
  }
  const diagnose = lap();
  // The audit's input hash, as `match` computes it.
  const sorted = (xs: readonly unknown[]) => xs.map((x) => canonicalJson(x)).sort();
  sha256Hex(
    JSON.stringify({
      mentors: p.mentors,
      adepts: p.adepts,
      exclusions: sorted(p.cohort.exclusions),
      locked: sorted(p.cohort.locked),
      history: sorted(p.cohort.history),
    }),
  );
  const hash = lap();
  // The whole result step less its diagnosis and hash (measured above); the plan step again
  // outside the clock.
  const plan = optimalPlan(p);
  lap();
  resultOf(plan, performance.now());
  const result = Math.max(0, lap() - diagnose - hash);
  return { validate, build, solve, certify, check, diagnose, hash, result };
}
