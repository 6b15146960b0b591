/**
 * How much a plan depends on the weights: per criterion, the range of its weight (the others
 * fixed) within which the plan stays optimal, and which pairs survive every change of one
 * weight by up to ±`swing`.
 *
 * With weight `t` for criterion j and the others fixed, a pair's total is
 * `100 (a_e + t c_je) / (B + t)` (`a_e` the other criteria's weighted sum, `B` their weights'
 * total). The denominator is the same for every pair, so plan P beats the chosen plan P* at `t`
 * exactly when `A_P + t C_P > A* + t C*`: the optimum `f(t) = max_P (A_P + t C_P)` is convex
 * and piecewise linear, and the chosen plan is optimal on one interval. Its ends are found by
 * Newton's method on `f` (Eisner-Severance): solve at a candidate end; when a better plan P comes
 * back, the next candidate is where P's line meets P*'s; each step excludes a plan, so this
 * ends, and at the end the plan is optimal there. Each solve is the plan step's exact solver on
 * the plan step's residual problem (the same matched count and soft-rule violations first).
 */
import { planEdges } from "../plan/duals.js";
import { solveAssignment } from "../solve/assignment.js";
import { CRITERIA, type Criterion, type MatchOptions, type Weights } from "../types.js";
import { guarded } from "../util/boundary.js";
import { type LaidOut, layOut } from "./examples.js";
import type { PairRef, WeightRange, WeightSensitivity } from "./types.js";

/** An upper end beyond this many times the other weights' total is reported as `null` (none). */
const FAR = 1e6;

/** One criterion's parametric problem: the free pairs' `a_e` and `c_je`. */
interface Line {
  readonly ex: LaidOut;
  readonly j: number;
  readonly a: Float64Array;
  readonly c: Float64Array;
  readonly others: number;
}

function lineOf(ex: LaidOut, weights: Weights, j: number): Line {
  const edges = ex.plan.built.problem.colIndex.length;
  const a = new Float64Array(edges);
  const c = new Float64Array(edges);
  const n = CRITERIA.length;
  for (let e = 0; e < edges; e++) {
    CRITERIA.forEach((name, i) => {
      const score = ex.edgeCriteria[e * n + i]!;
      if (i === j) c[e] = score;
      else a[e] = a[e]! + weights[name] * score;
    });
  }
  const others = CRITERIA.reduce((s, name, i) => (i === j ? s : s + weights[name]), 0);
  return { ex, j, a, c, others };
}

/** A plan's free edges, and its line `A + t C`. */
interface PlanLine {
  readonly edges: readonly number[];
  readonly A: number;
  readonly C: number;
}

function planLine(line: Line, edges: readonly number[]): PlanLine {
  let A = 0;
  let C = 0;
  for (const e of edges) {
    A += line.a[e]!;
    C += line.c[e]!;
  }
  return { edges, A, C };
}

/**
 * The plan the exact solver finds at weight `t`: pair values scaled to integers (the solver
 * is exact on integers) with soft-rule violations weighing more than any plan's total.
 */
function solveAt(line: Line, t: number): PlanLine {
  const { problem, penalty } = line.ex.plan.built;
  const cols = Math.max(1, problem.cols);
  // Integer pair values up to `scale`, small enough for the solver's exactness checks.
  const scale = Math.min(1e9, Math.floor(2 ** 50 / (4 * (cols + 1) ** 2)));
  const v = scale * cols + 1;
  const weight = new Float64Array(problem.colIndex.length);
  for (let e = 0; e < weight.length; e++) {
    weight[e] =
      Math.round((scale * (line.a[e]! + t * line.c[e]!)) / (line.others + t)) - v * penalty[e]!;
  }
  const solution = solveAssignment({ ...problem, weight });
  const edges = planEdges(problem, solution.rowOf);
  if (edges === null)
    throw new Error("weightRanges: internal error, the solver's plan is not one of the problem");
  return planLine(
    line,
    [...edges].filter((e) => e >= 0),
  );
}

/** Whether `p` is at least as good as `q` at `t`, up to the rounding of the solver's values. */
function noWorse(p: PlanLine, q: PlanLine, t: number, line: Line): boolean {
  const slack = 1e-9 * (line.others + t) * Math.max(1, p.edges.length);
  return p.A + t * p.C >= q.A + t * q.C - slack;
}

/**
 * The end of the chosen plan's interval from its weight toward `toward` (beyond it): the
 * farthest `t` at which it is still optimal, found by Newton steps on `f`. `bounded` is false
 * when the plan is optimal at `toward` itself.
 */
function end(line: Line, chosen: PlanLine, toward: number): { at: number; bounded: boolean } {
  let t = toward;
  for (let steps = 0; steps < 10_000; steps++) {
    const best = solveAt(line, t);
    if (noWorse(chosen, best, t, line)) return { at: t, bounded: steps > 0 };
    // Where the better plan's line meets the chosen plan's: strictly nearer the chosen weight.
    const meet = (best.A - chosen.A) / (chosen.C - best.C);
    if (!Number.isFinite(meet) || meet === t) return { at: t, bounded: true };
    t = meet;
  }
  throw new Error("weightRanges: internal error, the parametric search did not end");
}

/** One linear piece of `f`: a plan optimal on [from, to]. */
interface Piece {
  readonly plan: PlanLine;
  readonly from: number;
  readonly to: number;
}

const same = (p: PlanLine, q: PlanLine) => p.edges.join() === q.edges.join();

/**
 * Every piece of `f` on [l, h], given plans optimal at both ends (Eisner-Severance): where the
 * two lines meet, either `f` is no higher (that is the one breakpoint between them) or the
 * solver's plan there is a new piece, and both halves are searched again.
 */
function pieces(
  line: Line,
  l: number,
  pl: PlanLine,
  h: number,
  ph: PlanLine,
  out: Piece[],
  depth = 0,
): void {
  if (same(pl, ph) || depth > 64) {
    out.push({ plan: pl, from: l, to: h });
    return;
  }
  const t = (ph.A - pl.A) / (pl.C - ph.C);
  if (!(t > l && t < h)) {
    out.push({ plan: pl, from: l, to: l }, { plan: ph, from: h, to: h });
    return;
  }
  const pm = solveAt(line, t);
  if (noWorse(pl, pm, t, line)) {
    out.push({ plan: pl, from: l, to: t }, { plan: ph, from: t, to: h });
    return;
  }
  pieces(line, l, pl, t, pm, out, depth + 1);
  pieces(line, t, pm, h, ph, out, depth + 1);
}

/** The pairs of a laid-out cohort's optimal plan, by ids. */
function planPairs(laid: LaidOut): PairRef[] {
  const { p, mentorOf } = laid.plan;
  return Array.from(mentorOf, (m, a) => ({ mentor: m, adept: a }))
    .filter((x) => x.mentor >= 0)
    .map((x) => ({ mentorId: p.mentors[x.mentor]!.id, adeptId: p.adepts[x.adept]!.id }));
}

/**
 * Options of `weightRanges`.
 *
 * @example
 * const o: WeightRangeOptions = { match: { weights: { wishes: 4 } }, swing: 0.25 };
 */
export interface WeightRangeOptions {
  /** The options the plan is matched with. The default value is `{}`. */
  readonly match?: MatchOptions;
  /**
   * The plan to examine, by ids (locked pairs included); it must be optimal under the current
   * weights. The default value is the plan `match` returns.
   */
  readonly pairs?: readonly PairRef[];
  /** The relative change of one weight that robust pairs survive. The default value is 0.5. */
  readonly swing?: number;
}

/**
 * How much a plan depends on the weights. For each criterion: the range of its weight, the
 * others fixed, within which the plan stays optimal (`low`, and `high` or `null` when no upper
 * end exists up to a million times the other weights' total); exact breakpoints, found by
 * solving (see the file header), not by sampling. And which pairs of the plan stay in the
 * optimal plan whichever single weight changes by up to ±`swing` (robust), and which leave it
 * (fragile: the first criterion, in `CRITERIA` order, and the weight at which they do).
 *
 * @example
 * const s = weightRanges(cohort);
 * s.ranges.find((r) => r.criterion === "wishes"); // { low: 1.8, high: 5.25, ... }
 * s.fragile; // pairs that change when one weight moves by up to 50 %
 */
export function weightRanges(cohort: unknown, options: WeightRangeOptions = {}): WeightSensitivity {
  return guarded("weightRanges", () => {
    const swing = options.swing ?? 0.5;
    if (typeof swing !== "number" || !(swing >= 0) || swing >= 1)
      throw new RangeError("weightRanges: options.swing must be a number in [0, 1)");
    const base = options.match ?? {};
    // The ranges are those of the default objective's plan: a plan of objective "fair" is
    // optimal for another order, which these breakpoints do not describe.
    if (base.objective === "fair")
      throw new RangeError('weightRanges: options.match.objective must be "total"');
    // Given the plan (the CLI's report passes the result's pairs), the cohort is prepared and
    // solved once; without it, once more to find the plan first.
    const pairs = options.pairs ?? planPairs(layOut("weightRanges", cohort, [], base, "the plan"));
    const ex = layOut("weightRanges", cohort, pairs, base, "the plan");
    const p = ex.plan.p;
    if (ex.status !== "comparable")
      throw new RangeError(`weightRanges: options.pairs can never be optimal (${ex.status})`);
    const weights = p.options.weights;
    const ranges: WeightRange[] = [];
    const fragile = new Map<number, { criterion: Criterion; at: number }>();
    CRITERIA.forEach((criterion, j) => {
      const line = lineOf(ex, weights, j);
      const chosen = planLine(line, ex.chosenEdges);
      const t0 = weights[criterion];
      if (!noWorse(chosen, solveAt(line, t0), t0, line))
        throw new RangeError(
          "weightRanges: options.pairs is not optimal under the current weights",
        );
      const far = FAR * Math.max(1, line.others);
      const up = end(line, chosen, far);
      // With every other weight 0 the order of pairs is the same for any weight above 0.
      const down = line.others === 0 ? { at: 0, bounded: false } : end(line, chosen, 0);
      ranges.push({ criterion, weight: t0, low: down.at, high: up.bounded ? up.at : null });
      // The plans along this weight within the swing; a chosen pair missing from one is fragile,
      // from the end of that plan's piece nearest the current weight.
      const out: Piece[] = [];
      const hi = t0 * (1 + swing);
      if (up.bounded && up.at < hi) pieces(line, t0, chosen, hi, solveAt(line, hi), out);
      const lo = t0 * (1 - swing);
      if (down.bounded && down.at > lo) pieces(line, lo, solveAt(line, lo), t0, chosen, out);
      for (const piece of out) {
        if (same(piece.plan, chosen)) continue;
        const kept = new Set(piece.plan.edges);
        const at = piece.from >= t0 ? piece.from : piece.to;
        for (const e of ex.chosenEdges) {
          const seen = fragile.get(e);
          if (kept.has(e) || (seen !== undefined && seen.criterion !== criterion)) continue;
          // Per criterion, the change nearest the current weight.
          if (seen === undefined || Math.abs(at - t0) < Math.abs(seen.at - t0))
            fragile.set(e, { criterion, at });
        }
      }
    });
    const { problem } = ex.plan.built;
    const refOf = (e: number): PairRef => {
      let r = 0;
      while (problem.rowStart[r + 1]! <= e) r++;
      return {
        mentorId: p.mentors[ex.plan.built.rowMentor[r]!]!.id,
        adeptId: p.adepts[ex.plan.built.colAdept[problem.colIndex[e]!]!]!.id,
      };
    };
    const lockedRefs = p.locked.map((l) => ({
      mentorId: p.mentors[l.mentor]!.id,
      adeptId: p.adepts[l.adept]!.id,
    }));
    return {
      weights,
      ranges,
      robust: [...lockedRefs, ...ex.chosenEdges.filter((e) => !fragile.has(e)).map(refOf)],
      fragile: [...fragile.entries()].map(([e, why]) => ({ ...refOf(e), ...why })),
      swing,
    };
  });
}
