import type { AssignmentSolution } from "../solve/assignment.js";
import type { MentorDuals, PlanCertificate } from "../types.js";
import { dualBound, optimal, planEdges, type RowDuals } from "./duals.js";
import { restrict } from "./fair.js";
import { combinedProblem, hasPenalty, type ScoredProblem, violationWeight } from "./runSolver.js";

/** The residual problem of the plan step and the mentor of each row. */
type Residual = ScoredProblem & { readonly rowMentor: readonly number[] };

/** Duals must be safe integers no larger than this, so that sums of two stay exact. */
const DUAL_LIMIT = 2 ** 52;

/**
 * A solver's row duals as the result carries them: per mentor in canonical order (0 for a
 * mentor that is not a row), and the mentors whose dual has a count part.
 *
 * @example
 * mentorDuals(built.rowMentor, p.mentors.length, solved.exact) // { value: [...], count: [] }
 */
export function mentorDuals(
  rowMentor: readonly number[],
  mentors: number,
  solution: AssignmentSolution,
): MentorDuals {
  const value = new Array<number>(mentors).fill(0);
  const count: number[] = [];
  rowMentor.forEach((m, r) => {
    // +0, never -0: the certificate must survive a JSON round trip unchanged.
    value[m] = solution.rowDual[r]! === 0 ? 0 : solution.rowDual[r]!;
    if (solution.rowTier[r] === 1) count.push(m);
  });
  return { value, count };
}

/**
 * The mentor duals of a result (untrusted plain data) on the rows of `built`, as pairs
 * `v_r = (-tier, value)`, or `null` when they are not well formed: one whole number per mentor,
 * 0 for a mentor that is not a row, and `count` ascending mentor numbers of rows.
 */
function rowDuals(built: Residual, mentors: number, duals: unknown): RowDuals | null {
  const { value, count } = (duals ?? {}) as { value?: unknown; count?: unknown };
  if (!Array.isArray(value) || value.length !== mentors || !Array.isArray(count)) return null;
  const rowOf = new Int32Array(mentors).fill(-1);
  built.rowMentor.forEach((m, r) => {
    rowOf[m] = r;
  });
  const rows = built.rowMentor.length;
  const out = { value: new Float64Array(rows), tier: new Uint8Array(rows) };
  for (let m = 0; m < mentors; m++) {
    const x: unknown = value[m];
    const row = rowOf[m]!;
    if (!Number.isInteger(x) || Math.abs(x as number) > DUAL_LIMIT || (row < 0 && x !== 0))
      return null;
    if (row >= 0) out.value[row] = x as number;
  }
  let last = -1;
  for (const m of count as unknown[]) {
    if (!Number.isInteger(m) || (m as number) <= last || (m as number) >= mentors) return null;
    const row = rowOf[m as number]!;
    if (row < 0) return null;
    out.tier[row] = 1;
    last = m as number;
  }
  return out;
}

/**
 * Whether `certificate` proves `rowOf` (per column of `built`: its row, or -1) optimal for the
 * cohort's objective. Nothing is solved: each proof is one pass over the allowed pairs.
 *
 * - `"total"`: the plan duals bound every plan of `built` by the plan's own cost (most matched,
 *   then fewest soft-rule violations, then most units, in `combinedProblem`'s weights).
 * - `"fair"`: with `t` the units of the weakest free pair, the plan duals prove it optimal among
 *   pairs of at least `t`; the `unrestricted` duals bound every plan: none matches more, or as
 *   many with fewer violations; the `stronger` duals bound every plan of pairs above `t`: none
 *   matches as many with as few violations. So the plan matches the most, breaks the fewest
 *   rules, has the strongest weakest pair, then the most units. A combined weight
 *   `units - V * violations` with `0 <= units < V` gives the violations of a bound.
 *
 * @example
 * certificateProves(built, rowOf, false, p.mentors.length, result.certificate) // true
 */
export function certificateProves(
  built: Residual,
  rowOf: Int32Array,
  fair: boolean,
  mentors: number,
  certificate: unknown,
): boolean {
  const cert = (certificate ?? {}) as Partial<Record<keyof PlanCertificate, unknown>>;
  const edges = rowOf.length === built.problem.cols ? planEdges(built.problem, rowOf) : null;
  if (edges === null) return false;
  let matched = 0;
  let violations = 0n;
  let t = Number.POSITIVE_INFINITY;
  edges.forEach((e) => {
    if (e < 0) return;
    matched++;
    violations += BigInt(built.penalty[e]!);
    t = Math.min(t, built.problem.weight[e]!);
  });
  const duals = (key: keyof PlanCertificate) => rowDuals(built, mentors, cert[key]);
  if (!fair || matched === 0) {
    // Further duals belong only to a fair plan with free pairs.
    const combined = combinedProblem(built);
    return (
      cert.unrestricted === undefined &&
      cert.stronger === undefined &&
      optimal(combined, rowOf, dualBound(combined, duals("plan")))
    );
  }
  const atLevel = combinedProblem(restrict(built, t));
  if (!optimal(atLevel, rowOf, dualBound(atLevel, duals("plan")))) return false;
  const unmatched = BigInt(built.problem.cols - matched);
  const v = BigInt(violationWeight(built.problem));

  // No plan matches more; one as matched with fewer violations would weigh at least
  // -V * (violations - 1).
  const all = dualBound(combinedProblem(built), duals("unrestricted"));
  if (all === null || all.count < unmatched) return false;
  if (hasPenalty(built.penalty) && violations > 0n && all.value <= v * (violations - 1n))
    return false;

  // No plan of stronger pairs matches as many adepts, or it breaks more rules: such a plan
  // would weigh at least -V * violations (at least 0 without soft rules in it).
  const stronger: ScoredProblem = restrict(built, t + 1);
  const high = dualBound(combinedProblem(stronger), duals("stronger"));
  if (high === null) return false;
  const floor = hasPenalty(stronger.penalty) ? v * violations : 0n;
  return high.count > unmatched || (high.count === unmatched && high.value > floor);
}
