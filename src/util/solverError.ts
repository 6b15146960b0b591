/**
 * Thrown when a solver cannot give a proven answer: the exact solver's certificate failed, or
 * the LP (asked for explicitly) returned an answer that is not optimal. Never a wrong result.
 * It lives here, beside the other leaves, because `guarded` (util/boundary.ts) names it while
 * the plan step (src/plan) throws it: neither folder has to import the other.
 *
 * @example
 * try { match(cohort, { solver: "lp" }); } catch (e) { if (e instanceof SolverError) ... }
 */
export class SolverError extends Error {
  override readonly name = "SolverError";
}
