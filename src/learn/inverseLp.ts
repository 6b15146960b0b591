/**
 * The inverse-optimisation linear programme behind `calibrate` (assignment duality).
 *
 * Under weights `w` (total `W`), an allowed pair e scores `s_e(w) = (100 / W) Σ_i w_i c_ie`
 * points, linear in `w`. The best plan of a cohort among those that match as many adepts with as
 * few soft-rule violations as `match` allows (the optimal face of the plan step's objective) is
 * the LP `max Σ s_e x_e` over the assignment polytope with `Σ x = m*` and `Σ pen_e x_e <= v*`;
 * that face is integral. Its dual is `min Σ cap_r u_r + Σ v_c - m* λ + v* μ` subject to
 * `u_r + v_c - λ + pen_e μ >= s_e(w)` for every allowed pair, all variables >= 0, and its
 * optimum equals the best plan's total (strong duality). The dual is linear in `w` as well, so
 * one LP in `(w, u, v, λ, μ)` minimises the total regret `Σ_k (dual_k - chosen_k(w))` over all
 * cohorts at once: each regret is >= 0, and 0 exactly when the chosen plan is optimal.
 *
 * Many weights usually make a hand-made plan optimal (at the extreme, weights under which every
 * pair ties, so that `match` could return any plan). Of those the programme prefers weights
 * under which the chosen plans win clearly: with regret 0, phase 2 separates the pairs outside
 * the chosen plans from them (each by a reduced cost of up to `CLEAR` points; pairs that tie
 * under every weight, such as two identical applicants, cannot be; see `withMargins`). Among equally good
 * weights each phase prefers those nearest the current ones (L1, see `withNearness`).
 */
import { solveLinear } from "../solve/lp.js";
import { CRITERIA, type Weights } from "../types.js";
import { SolverError } from "../util/solverError.js";
import type { LaidOut } from "./examples.js";

type Row = Record<string, number>;

/**
 * Regret below this (points, summed over cohorts) counts as 0: the LP solver's own rounding,
 * plus at most `TIE * W` from preferring nearer weights; far below one unit of a pair's total
 * (0.0001 points).
 */
const ZERO = 1e-5;
/** The weight of nearness to the current weights in each phase's objective (see `withNearness`). */
const TIE = 1e-7;

/** The fitted weights and what the LP says about them. */
export interface Fit {
  readonly weights: Weights;
  /** Least total regret (points). */
  readonly regret: number;
}

interface Model {
  readonly constraints: Record<string, { max?: number; min?: number; equal?: number }>;
  readonly variables: Record<string, Row>;
}

/** The dual constraints of every cohort, the weights' total, and the regret as attribute `r`. */
function regretModel(examples: readonly LaidOut[], total: number): Model {
  const scale = 100 / total;
  const variables: Record<string, Row> = {};
  const constraints: Model["constraints"] = { wsum: { equal: total } };
  const w: Row[] = CRITERIA.map((_, i) => {
    const row: Row = { wsum: 1, r: 0 };
    variables[`w${i}`] = row;
    return row;
  });
  examples.forEach((ex, k) => {
    const { problem } = ex.plan.built;
    const penalty = ex.plan.built.penalty;
    for (const e of ex.chosenEdges) {
      w.forEach((row, i) => {
        row.r = row.r! - scale * ex.edgeCriteria[e * CRITERIA.length + i]!;
      });
    }
    const lambda: Row = { r: -ex.freeMatched };
    variables[`l${k}`] = lambda;
    const mu: Row = { r: ex.freeViolations };
    const cols: Row[] = Array.from({ length: problem.cols }, (_, c) => {
      const row: Row = { r: 1 };
      variables[`v${k}_${c}`] = row;
      return row;
    });
    let anyPenalty = false;
    for (let r = 0; r < problem.rows; r++) {
      const u: Row = { r: problem.capacity[r]! };
      variables[`u${k}_${r}`] = u;
      for (let e = problem.rowStart[r]!; e < problem.rowStart[r + 1]!; e++) {
        const name = `e${k}_${e}`;
        constraints[name] = { min: 0 };
        u[name] = 1;
        cols[problem.colIndex[e]!]![name] = 1;
        lambda[name] = -1;
        if (penalty[e]! > 0) {
          mu[name] = penalty[e]!;
          anyPenalty = true;
        }
        w.forEach((row, i) => {
          row[name] = -scale * ex.edgeCriteria[e * CRITERIA.length + i]!;
        });
      }
    }
    if (anyPenalty) variables[`s${k}`] = mu;
  });
  return { constraints, variables };
}

/** An attribute's value at a solution (the regret `r` by default), from the model's coefficients. */
function regretOf(model: Model, values: Readonly<Record<string, number>>, attribute = "r"): number {
  let sum = 0;
  for (const [name, x] of Object.entries(values))
    sum += (model.variables[name]?.[attribute] ?? 0) * x;
  return sum;
}

/**
 * The weights of a solution, rounded to 6 decimals (the solver leaves noise such as
 * 0.99999999875; `calibrate` checks the rounded weights with `match`), the largest taking up
 * what rounding left so that the total stays exact.
 */
function weightsOf(values: Readonly<Record<string, number>>, total: number): Weights {
  const raw = CRITERIA.map((_, i) => Math.max(0, values[`w${i}`] ?? 0));
  const sum = raw.reduce((a, b) => a + b, 0);
  const rounded = raw.map((w) => Math.round((w * total * 1e6) / sum) / 1e6);
  const largest = rounded.indexOf(Math.max(...rounded));
  const rest = rounded.reduce((a, b, i) => (i === largest ? a : a + b), 0);
  rounded[largest] = Math.round((total - rest) * 1e6) / 1e6;
  return Object.fromEntries(CRITERIA.map((c, i) => [c, rounded[i]!])) as Weights;
}

/**
 * A pair outside the chosen plans counts as clearly worse when it loses at least this much
 * (points): far above the rounding of pair totals to 4 decimals, far below a real difference.
 */
const CLEAR = 0.01;

/**
 * The model with margins on the pairs not chosen, summed as the attribute `clear`: for a cohort
 * in `fine`, one `t_e` in [0, CLEAR] per pair (`t_e <= its reduced cost`), which separates every
 * pair that can be separated; for any other cohort one `t_k` in [0, CLEAR] that every pair not
 * chosen must lose by (counted once per pair). One margin per cohort keeps the programme small
 * (four cohorts of 12 + 12: a quarter of a second, where one variable per pair took 15 s); it is
 * 0 only for a cohort with a pair that ties under every weight, which then gets `fine`.
 */
function withMargins(model: Model, examples: readonly LaidOut[], fine: ReadonlySet<number>): Model {
  const constraints = { ...model.constraints };
  const variables = { ...model.variables };
  examples.forEach((ex, k) => {
    const chosen = new Set(ex.chosenEdges);
    const edges = ex.plan.built.problem.colIndex.length;
    const coarse: Row = { clear: 0, clearRow: 0, [`tb${k}`]: 1 };
    if (!fine.has(k)) {
      constraints[`tb${k}`] = { max: CLEAR };
      variables[`t${k}`] = coarse;
    }
    for (let e = 0; e < edges; e++) {
      if (chosen.has(e)) continue;
      if (!fine.has(k)) {
        coarse.clear = coarse.clear! + 1;
        coarse.clearRow = coarse.clearRow! + 1;
        coarse[`e${k}_${e}`] = -1;
        continue;
      }
      constraints[`tb${k}_${e}`] = { max: CLEAR };
      variables[`t${k}_${e}`] = { clear: 1, clearRow: 1, [`e${k}_${e}`]: -1, [`tb${k}_${e}`]: 1 };
    }
  });
  return { constraints, variables };
}

/**
 * Closeness to the current weights: `n_i <= min(w_i, current_i)`, whose sum is the attribute
 * `near`. With equal totals, the L1 distance is `2 (W - Σ n_i)`, so maximising `near` minimises
 * it. `n_i` enters the attributes `r` and `clear` with the small factor `-TIE` / `+TIE`: one
 * programme then prefers the nearer of equally good weights (without a third phase, which the
 * solver found hard: seconds on degenerate vertices).
 */
function withNearness(model: Model, current: Weights): Model {
  const constraints = { ...model.constraints };
  const variables = { ...model.variables };
  CRITERIA.forEach((c, i) => {
    constraints[`nw${i}`] = { max: 0 };
    constraints[`nc${i}`] = { max: current[c] };
    variables[`w${i}`] = { ...variables[`w${i}`], [`nw${i}`]: -1 };
    variables[`n${i}`] = { near: 1, r: -TIE, clear: TIE, [`nw${i}`]: 1, [`nc${i}`]: 1 };
  });
  return { constraints, variables };
}

/** The model with the regret (attribute `r`, copied to `rCap`) at most `cap`. */
function capRegret(model: Model, cap: number): Model {
  const variables: Record<string, Row> = {};
  for (const [name, row] of Object.entries(model.variables))
    variables[name] = row.r === undefined ? row : { ...row, rCap: row.r };
  return { constraints: { ...model.constraints, rCap: { max: cap } }, variables };
}

function solved(fn: string, phase: string, model: Model, optimize: string, opType: "max" | "min") {
  const out = solveLinear({ optimize, opType, ...model });
  if (!out.feasible || !out.bounded) {
    throw new SolverError(
      `${fn}: javascript-lp-solver failed: the inverse LP's ${phase} was reported ${out.feasible ? "unbounded" : "infeasible"}`,
    );
  }
  return out;
}

/**
 * Fits weights to the comparable examples (see the file header). `current` gives the total
 * and the weights to stay close to.
 *
 * @example
 * fitWeights("calibrate", laidOut, DEFAULT_WEIGHTS) // { weights, regret: 0 }
 */
export function fitWeights(fn: string, examples: readonly LaidOut[], current: Weights): Fit {
  const total = CRITERIA.reduce((s, c) => s + current[c], 0);
  if (examples.length === 0) return { weights: current, regret: 0 };
  const base = regretModel(examples, total);
  const first = solved(fn, "phase 1", withNearness(base, current), "r", "min");
  const least = Math.max(0, regretOf(base, first.values));
  if (least > ZERO) return { weights: weightsOf(first.values, total), regret: least };
  const phase2 = (fine: ReadonlySet<number>) =>
    solved(
      fn,
      "phase 2",
      withNearness(capRegret(withMargins(base, examples, fine), ZERO), current),
      "clear",
      "max",
    );
  let clear = phase2(new Set());
  // A cohort whose margin stays 0 has a pair that ties under every weight: one margin per pair there.
  const tied = examples.flatMap((ex, k) =>
    (clear.values[`t${k}`] ?? 0) > ZERO ||
    ex.chosenEdges.length === ex.plan.built.problem.colIndex.length
      ? []
      : [k],
  );
  if (tied.length > 0) clear = phase2(new Set(tied));
  return { weights: weightsOf(clear.values, total), regret: 0 };
}
