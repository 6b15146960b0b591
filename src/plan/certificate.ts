import type { AssignmentProblem, AssignmentSolution } from "../solve/assignment.js";
import { checkAssignmentOptimality } from "../solve/certificate.js";
import type { MentorDuals, PlanCertificate } from "../types.js";
import { restrict } from "./fair.js";
import { combinedProblem, hasPenalty, type ScoredProblem, violationWeight } from "./runSolver.js";

/** The residual problem of the plan step and the mentor of each row. */
type Residual = ScoredProblem & { readonly rowMentor: readonly number[] };

/** Duals must be safe integers no larger than this (as in `checkAssignmentOptimality`). */
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

/** Row duals of the residual problem: the real part and the count part (0 or 1) per row. */
interface RowDuals {
  readonly value: Float64Array;
  readonly tier: Uint8Array;
}

/**
 * The mentor duals of a result (untrusted plain data) on the rows of `built`, or why they are
 * not well formed: one whole number per mentor, a mentor that is not a row at 0, and `count`
 * ascending mentor numbers of rows.
 */
function rowDuals(built: Residual, mentors: number, duals: unknown): RowDuals | string {
  if (typeof duals !== "object" || duals === null) return "missing duals";
  const { value, count } = duals as { value?: unknown; count?: unknown };
  if (!Array.isArray(value) || value.length !== mentors) return `expected ${mentors} mentor duals`;
  if (!Array.isArray(count)) return "expected a list of counting mentors";
  const rowOf = new Int32Array(mentors).fill(-1);
  built.rowMentor.forEach((m, r) => {
    rowOf[m] = r;
  });
  const rows = built.rowMentor.length;
  const out = { value: new Float64Array(rows), tier: new Uint8Array(rows) };
  for (let m = 0; m < mentors; m++) {
    const x: unknown = value[m];
    if (typeof x !== "number" || !Number.isInteger(x) || Math.abs(x) > DUAL_LIMIT)
      return `mentor dual ${m} is not a whole number within 2^52`;
    if (rowOf[m]! < 0 && x !== 0) return `mentor ${m} cannot be paired but has a dual`;
    if (rowOf[m]! >= 0) out.value[rowOf[m]!] = x;
  }
  let last = -1;
  for (const m of count as unknown[]) {
    if (typeof m !== "number" || !Number.isInteger(m) || m <= last || m >= mentors)
      return "counting mentors must be ascending mentor numbers";
    if (rowOf[m]! < 0) return `mentor ${m} cannot be paired but has a count part`;
    out.tier[rowOf[m]!] = 1;
    last = m;
  }
  return out;
}

/**
 * The edge of each matched column (per column: its edge, or -1 when unmatched), found in one
 * pass over the edges; `null` when a column is matched to a row without an edge to it.
 */
function matchedEdges(problem: AssignmentProblem, rowOf: Int32Array): Int32Array | null {
  const edge = new Int32Array(problem.cols).fill(-1);
  for (let r = 0; r < problem.rows; r++) {
    for (let e = problem.rowStart[r]!; e < problem.rowStart[r + 1]!; e++) {
      const c = problem.colIndex[e]!;
      if (rowOf[c] === r) edge[c] = e;
    }
  }
  for (let c = 0; c < problem.cols; c++) if (rowOf[c]! >= 0 && edge[c]! < 0) return null;
  return edge;
}

/**
 * Whether `rowOf` is optimal for `problem` with these row duals: the adepts' duals follow from
 * complementary slackness (a matched adept's dual makes its pair tight; an unmatched one's is
 * (1, 0)), then `checkAssignmentOptimality` checks feasibility, every edge and every condition.
 */
function planProblem(problem: AssignmentProblem, rowOf: Int32Array, d: RowDuals): string | null {
  const edges = matchedEdges(problem, rowOf);
  if (edges === null) return "the plan uses a pair that is not allowed";
  const colDual = new Float64Array(problem.cols);
  const colTier = new Uint8Array(problem.cols);
  let matched = 0;
  let totalWeight = 0;
  for (let c = 0; c < problem.cols; c++) {
    const r = rowOf[c]!;
    const e = edges[c]!;
    if (r < 0) {
      colTier[c] = 1;
      continue;
    }
    matched++;
    totalWeight += problem.weight[e]!;
    colTier[c] = d.tier[r]!;
    colDual[c] = -problem.weight[e]! - d.value[r]!;
  }
  const solution: AssignmentSolution = {
    rowOf,
    matched,
    totalWeight,
    colDual,
    colTier,
    rowDual: d.value,
    rowTier: d.tier,
  };
  const checked = checkAssignmentOptimality(problem, solution);
  return checked.ok ? null : checked.reason;
}

/**
 * The lower bound that row duals prove on the cost `(unmatched, -weight)` of every plan of
 * `problem`, by weak duality: with each adept's dual as high as the edges allow,
 * `u_c = min((1, 0), min over its edges of (0, -w) - v_r)`, no plan costs less than
 * `sum u_c + sum v_r * capacity_r`. Sums are exact (BigInt). `null` when a row dual is above
 * (0, 0), which no bound may use.
 */
function dualBound(
  problem: AssignmentProblem,
  d: RowDuals,
): { count: bigint; value: bigint } | null {
  const colTier = new Uint8Array(problem.cols).fill(1);
  const colValue = new Float64Array(problem.cols);
  let count = 0n;
  let value = 0n;
  for (let r = 0; r < problem.rows; r++) {
    const t = d.tier[r]!;
    const x = d.value[r]!;
    if (t === 0 && x > 0) return null;
    count -= BigInt(t * problem.capacity[r]!);
    value += BigInt(x) * BigInt(problem.capacity[r]!);
    for (let e = problem.rowStart[r]!; e < problem.rowStart[r + 1]!; e++) {
      const c = problem.colIndex[e]!;
      const y = -problem.weight[e]! - x;
      if (t < colTier[c]! || (t === colTier[c]! && y < colValue[c]!)) {
        colTier[c] = t;
        colValue[c] = y;
      }
    }
  }
  for (let c = 0; c < problem.cols; c++) {
    count += BigInt(colTier[c]!);
    value += BigInt(colValue[c]!);
  }
  return { count, value };
}

/** Matched count, soft-rule violations and weakest units of a plan's free pairs. */
function planValues(
  built: Residual,
  rowOf: Int32Array,
): { matched: number; violations: number; weakest: number } | string {
  const edges = matchedEdges(built.problem, rowOf);
  if (edges === null) return "the plan uses a pair that is not allowed";
  let matched = 0;
  let violations = 0;
  let weakest = Number.POSITIVE_INFINITY;
  for (let c = 0; c < rowOf.length; c++) {
    const e = edges[c]!;
    if (e < 0) continue;
    matched++;
    violations += built.penalty[e]!;
    weakest = Math.min(weakest, built.problem.weight[e]!);
  }
  return { matched, violations, weakest };
}

/**
 * Why `certificate` does not prove `rowOf` (per column of `built`: its row, or -1) optimal for
 * the cohort's objective, or `null` when it does. Nothing is solved: each proof is one pass over
 * the allowed pairs.
 *
 * - `"total"`: the plan duals prove the plan optimal for `built` (most matched, then fewest
 *   soft-rule violations, then most units).
 * - `"fair"`: with `t` the units of the weakest free pair, the plan duals prove it optimal among
 *   pairs of at least `t`; the `unrestricted` duals bound every plan: none matches more, or as
 *   many with fewer violations; the `stronger` duals bound every plan of pairs above `t`: none
 *   matches as many with as few violations. So the plan matches the most, breaks the fewest
 *   rules, has the strongest weakest pair, then the most units. A combined weight
 *   `units - V * violations` with `0 <= units < V` gives the violations of a bound.
 *
 * @example
 * certificateProblem(built, rowOf, false, p.mentors.length, result.certificate) // null
 */
export function certificateProblem(
  built: Residual,
  rowOf: Int32Array,
  fair: boolean,
  mentors: number,
  certificate: unknown,
): string | null {
  if (typeof certificate !== "object" || certificate === null) return "there is no certificate";
  const cert = certificate as Partial<Record<keyof PlanCertificate, unknown>>;
  if (rowOf.length !== built.problem.cols) return "the plan does not cover every adept";
  const values = planValues(built, rowOf);
  if (typeof values === "string") return values;
  const planDuals = rowDuals(built, mentors, cert.plan);
  if (typeof planDuals === "string") return planDuals;
  if (!fair || values.matched === 0) {
    if (cert.unrestricted !== undefined || cert.stronger !== undefined)
      return "only a fair plan with free pairs has further duals";
    return planProblem(combinedProblem(built), rowOf, planDuals);
  }
  const t = values.weakest;
  const atLevel = planProblem(combinedProblem(restrict(built, t)), rowOf, planDuals);
  if (atLevel !== null) return atLevel;
  const cols = BigInt(built.problem.cols);
  const matched = BigInt(values.matched);
  const violations = BigInt(values.violations);
  const v = BigInt(violationWeight(built.problem));

  const all = rowDuals(built, mentors, cert.unrestricted);
  if (typeof all === "string") return `unrestricted: ${all}`;
  const bound = dualBound(combinedProblem(built), all);
  if (bound === null) return "unrestricted: a mentor dual is above zero";
  if (bound.count < cols - matched) return "unrestricted: the duals do not bound the matched count";
  // A plan as matched with fewer violations would weigh at least -V * (violations - 1).
  if (hasPenalty(built.penalty) && violations > 0n && bound.value <= v * (violations - 1n))
    return "unrestricted: the duals do not rule out fewer soft-rule violations";

  const stronger: ScoredProblem = restrict(built, t + 1);
  const above = rowDuals(built, mentors, cert.stronger);
  if (typeof above === "string") return `stronger: ${above}`;
  const high = dualBound(combinedProblem(stronger), above);
  if (high === null) return "stronger: a mentor dual is above zero";
  // No plan of stronger pairs matches as many adepts, or it breaks more rules: such a plan would
  // weigh at least -V * violations (or at least 0 without soft rules in it).
  const floor = hasPenalty(stronger.penalty) ? v * violations : 0n;
  if (high.count < cols - matched || (high.count === cols - matched && high.value <= floor))
    return "stronger: the duals do not rule out a stronger weakest pair";
  return null;
}
