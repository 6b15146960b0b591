import { CRITERIA, type CriterionScores, type Weights } from "../types.js";

/**
 * Integer units per point of the total: a total in [0, 100] is `units / UNITS_PER_POINT`.
 *
 * @example
 * 987_654 / UNITS_PER_POINT // 98.7654
 */
export const UNITS_PER_POINT = 10_000;

/**
 * The most units a pair can get (a total of 100).
 *
 * @example
 * MAX_UNITS / UNITS_PER_POINT // 100
 */
export const MAX_UNITS = 100 * UNITS_PER_POINT;

/**
 * Weights checked and summed once, for `unitsOfParts`.
 *
 * @example
 * const w: WeightVector = weightVector(DEFAULT_WEIGHTS); w.sum // 8
 */
export interface WeightVector {
  readonly geography: number;
  readonly experience: number;
  readonly education: number;
  readonly wishes: number;
  readonly leadership: number;
  readonly sector: number;
  /** 0 when the weights leave preference out (nobody in the cohort gave preferences). */
  readonly preference: number;
  /** The sum of the weights, in `CRITERIA` order, then preference. */
  readonly sum: number;
}

/**
 * Checks weights (each finite and >= 0, sum > 0) and sums them. Throws a `RangeError` naming
 * `fn` otherwise: weights come validated from the options, so a bad one is a caller bug.
 *
 * @example
 * weightVector({ geography: 1, experience: 1, education: 1, wishes: 3, leadership: 1, sector: 1 }).sum // 8
 */
export function weightVector(weights: Weights, fn = "weightVector"): WeightVector {
  let sum = 0;
  for (const c of CRITERIA) {
    const w = weights[c];
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0) {
      throw new RangeError(`${fn}: weights.${c} must be a finite number >= 0, got ${String(w)}`);
    }
    sum += w;
  }
  const preference = weights.preference ?? 0;
  if (typeof preference !== "number" || !Number.isFinite(preference) || preference < 0) {
    throw new RangeError(
      `${fn}: weights.preference must be a finite number >= 0, got ${String(preference)}`,
    );
  }
  // Adding an exact 0 leaves the sum of the six bit for bit: no preferences, same units.
  sum += preference;
  if (!(sum > 0) || !Number.isFinite(sum)) {
    throw new RangeError(`${fn}: the weights must have a finite sum > 0, got ${sum}`);
  }
  return {
    geography: weights.geography,
    experience: weights.experience,
    education: weights.education,
    wishes: weights.wishes,
    leadership: weights.leadership,
    sector: weights.sector,
    preference,
    sum,
  };
}

/**
 * The one definition of a pair's total, as integer units:
 * `Math.round(1_000_000 * Σ w_i c_i / Σ w_i)`, in 0..1_000_000, summed in `CRITERIA` order with
 * `addWeighted` (which skips criteria of weight 0, so callers may pass 0 for them), preference
 * last (weight 0 without preferences), and finished by `unitsOfSum`. `Scorer.units` and `weightedUnits` are both built from these steps.
 *
 * @example
 * unitsOfParts(weightVector(weights), 1, 0.5, 0.5, 1, 0.5, 0.5) // the units of those six scores
 */
export function unitsOfParts(
  w: WeightVector,
  geography: number,
  experience: number,
  education: number,
  wishes: number,
  leadership: number,
  sector: number,
  preference = 0.5,
): number {
  let sum = 0;
  sum = addWeighted(sum, w.geography, geography);
  sum = addWeighted(sum, w.experience, experience);
  sum = addWeighted(sum, w.education, education);
  sum = addWeighted(sum, w.wishes, wishes);
  sum = addWeighted(sum, w.leadership, leadership);
  sum = addWeighted(sum, w.sector, sector);
  sum = addWeighted(sum, w.preference, preference);
  return unitsOfSum(sum, w);
}

/**
 * One step of the weighted sum: `sum + weight * score`, or `sum` unchanged for weight 0. The
 * row-wise path of `Scorer.units` takes the same steps in the same order (starting from 0), so
 * it gives bit-identical sums.
 *
 * @example
 * addWeighted(0, 3, 0.5) // 1.5
 */
export function addWeighted(sum: number, weight: number, score: number): number {
  return weight === 0 ? sum : sum + weight * score;
}

/**
 * Units from a finished weighted sum: `Math.round(1_000_000 * sum / Σ w)`, clamped to
 * 0..1_000_000 (each score is in [0, 1], so the clamp only trims rounding noise).
 *
 * @example
 * unitsOfSum(4, weightVector(DEFAULT_WEIGHTS)) // 500_000
 */
export function unitsOfSum(sum: number, w: WeightVector): number {
  return Math.min(MAX_UNITS, Math.max(0, Math.round((sum / w.sum) * MAX_UNITS)));
}

/**
 * A pair's weighted total in integer units from its criterion scores (see `unitsOfParts`);
 * the total in [0, 100] is `units / UNITS_PER_POINT`.
 *
 * @example
 * weightedUnits(scorer.criteria(0, 0), weights) === scorer.units(0, 0) // true
 */
export function weightedUnits(scores: CriterionScores, weights: Weights): number {
  return unitsOfParts(
    weightVector(weights, "weightedUnits"),
    scores.geography,
    scores.experience,
    scores.education,
    scores.wishes,
    scores.leadership,
    scores.sector,
    scores.preference,
  );
}
