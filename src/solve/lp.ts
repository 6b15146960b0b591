// The solver's own modules, not its main entry: that one also loads a bridge to the external
// lp_solve program, which requires `fs` and `child_process` and breaks browser bundles. Of the
// tableau's methods only those a continuous LP runs are installed (simplex.js: the two phases;
// dynamicModification.js: reading the values off), not branch-and-cut, cuts, backups or the
// log, which only integer variables use: the browser bundle stays smaller.
import "javascript-lp-solver/src/Tableau/simplex.js";
import "javascript-lp-solver/src/Tableau/dynamicModification.js";
import Model from "javascript-lp-solver/src/Model.js";
import type { AssignmentProblem } from "./problem.js";

/** What the LP returned, before it is checked. */
export type LpOutcome =
  | { readonly status: "solved"; readonly rowOf: Int32Array }
  | { readonly status: "failed"; readonly reason: string };

const INTEGRAL = 1e-6;
/** Slack on the phase-1 optimum in phase 2: far below one unit of an integral objective. */
const FACE_SLACK = 1e-7;

/** An LP model's constraints by name (javascript-lp-solver's format). */
export type Constraints = Record<string, { max?: number; min?: number }>;
/** An LP model's variables by name: each one's coefficient per objective and constraint. */
export type Variables = Record<string, Record<string, number>>;

/** What the LP library answered (unchecked). */
export interface LpSolution {
  readonly feasible: boolean;
  readonly result: number;
  readonly values: Readonly<Record<string, number>>;
}

/**
 * What `solver.Solve(model)` of javascript-lp-solver 0.4.24 does, without its main module: the
 * one place the LP library is called (the assignment here, the stable objective in `stable/`).
 * Maximises `optimize`; the answer is the library's and is for the caller to check.
 *
 * @example
 * solveLpModel("z", { c: { max: 1 } }, { x: { z: 1, c: 1 } }).values // { x: 1 }
 */
export function solveLpModel(
  optimize: string,
  constraints: Constraints,
  variables: Variables,
): LpSolution {
  const solution = new Model()
    .loadJson({ optimize, opType: "max", constraints, variables })
    .solve();
  return {
    feasible: solution.feasible,
    result: solution.evaluation,
    values: solution.generateSolutionSet(),
  };
}

function readPlan(problem: AssignmentProblem, solution: LpSolution): LpOutcome {
  const { rows, cols, rowStart, colIndex } = problem;
  const rowOf = new Int32Array(cols).fill(-1);
  for (let r = 0; r < rows; r++) {
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) {
      const x = solution.values[`x${e}`] ?? 0;
      if (Math.abs(x) <= INTEGRAL) continue;
      if (Math.abs(x - 1) > INTEGRAL) {
        return {
          status: "failed",
          reason: `the LP solver returned a fractional value ${x} for an edge`,
        };
      }
      const c = colIndex[e]!;
      if (rowOf[c] !== -1)
        return { status: "failed", reason: "the LP solver matched an adept twice" };
      rowOf[c] = r;
    }
  }
  return { status: "solved", rowOf };
}

/**
 * Solves the lexicographic assignment with `javascript-lp-solver`: most columns matched, then
 * (when `penalty` is given) fewest penalties, then most weight.
 *
 * Without penalties it is one LP whose edge coefficient is `K + (w - wMin) / (wMax - wMin + 1)`
 * with `K = cols + 1`: the fractional parts of a plan add up to less than `cols`, so one more
 * matched column always outweighs any change in weight, and among plans with as many matched
 * the order by weight is unchanged. With penalties it is two LPs: phase 1 maximises the
 * integral `Σ (P - penalty) x` with `P = maxPenalty * cols + 1`; phase 2 maximises the weight on
 * the optimal face of phase 1 (the constraint `Σ (P - penalty) x >= optimum`). An optimal face of
 * the bipartite matching polytope has integral vertices, so both phases end on integral plans.
 *
 * The constraint matrix is totally unimodular, so optimal vertices are integral; this function
 * still checks integrality and never claims optimality: the caller verifies the answer against
 * an exact method, because a JavaScript LP library has been seen to report a suboptimal vertex
 * as optimal.
 *
 * @example
 * const out = solveLp(problemFromDense([[5, 1], [2, 4]], [1, 1]));
 * out.status === "solved" && Array.from(out.rowOf) // [0, 1]
 */
export function solveLp(problem: AssignmentProblem, penalty?: Uint8Array): LpOutcome {
  const { rows, cols, capacity, rowStart, colIndex, weight } = problem;
  const edges = colIndex.length;
  if (edges === 0) return { status: "solved", rowOf: new Int32Array(cols).fill(-1) };
  let wMin = Number.POSITIVE_INFINITY;
  let wMax = Number.NEGATIVE_INFINITY;
  let maxPenalty = 0;
  for (let e = 0; e < edges; e++) {
    wMin = Math.min(wMin, weight[e]!);
    wMax = Math.max(wMax, weight[e]!);
    maxPenalty = Math.max(maxPenalty, penalty?.[e] ?? 0);
  }
  const spread = wMax - wMin + 1;
  // Names are built from indices, never from ids: ids such as "__proto__" stay out of objects.
  const constraints: Constraints = {};
  for (let r = 0; r < rows; r++) constraints[`m${r}`] = { max: capacity[r]! };
  for (let c = 0; c < cols; c++) constraints[`a${c}`] = { max: 1 };
  const variables: Variables = {};
  const phased = maxPenalty > 0;
  const p = maxPenalty * cols + 1;
  for (let r = 0; r < rows; r++) {
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) {
      const fraction = (weight[e]! - wMin) / spread;
      variables[`x${e}`] = phased
        ? { level: p - penalty![e]!, z: fraction, [`m${r}`]: 1, [`a${colIndex[e]!}`]: 1 }
        : { z: cols + 1 + fraction, [`m${r}`]: 1, [`a${colIndex[e]!}`]: 1 };
    }
  }
  if (!phased) {
    const solution = solveLpModel("z", constraints, variables);
    if (!solution.feasible)
      return { status: "failed", reason: "the LP solver reported the model infeasible" };
    return readPlan(problem, solution);
  }
  const first = solveLpModel("level", constraints, variables);
  if (!first.feasible)
    return { status: "failed", reason: "the LP solver reported phase 1 infeasible" };
  const optimum = Math.round(first.result);
  const faced: Constraints = { ...constraints, level: { min: optimum - FACE_SLACK } };
  const second = solveLpModel("z", faced, variables);
  if (!second.feasible)
    return { status: "failed", reason: "the LP solver reported phase 2 infeasible" };
  return readPlan(problem, second);
}

/**
 * A general linear programme in javascript-lp-solver's JSON form: every variable >= 0, each
 * variable's coefficients by attribute name (the objective is one of them), constraints as
 * bounds on attributes. Names must be built from indices, never from user text.
 *
 * @example
 * const lp: LinearProgram = { optimize: "z", opType: "min", constraints: { c: { min: 1 } }, variables: { x: { z: 1, c: 1 } } };
 */
export interface LinearProgram {
  readonly optimize: string;
  readonly opType: "max" | "min";
  readonly constraints: Record<string, { max?: number; min?: number; equal?: number }>;
  readonly variables: Record<string, Record<string, number>>;
}

/**
 * Solves a `LinearProgram` (used by `mentorpair/learn`, whose callers check the answer: the
 * library has been seen to stop at a suboptimal vertex). `values` lists non-zero variables only.
 *
 * @example
 * solveLinear(lp) // { feasible: true, bounded: true, value: 1, values: { x: 1 } }
 */
export function solveLinear(lp: LinearProgram): {
  readonly feasible: boolean;
  readonly bounded: boolean;
  readonly value: number;
  readonly values: Readonly<Record<string, number>>;
} {
  const solution = new Model()
    .loadJson({
      optimize: lp.optimize,
      opType: lp.opType,
      constraints: { ...lp.constraints },
      variables: { ...lp.variables },
    })
    .solve();
  return {
    feasible: solution.feasible,
    bounded: solution.bounded,
    value: solution.evaluation,
    values: solution.generateSolutionSet(),
  };
}
