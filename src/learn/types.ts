/**
 * The public types of `mentorpair/learn`: calibration, outcomes, audits and weight ranges. Plain,
 * JSON-serialisable data, like every result of the library.
 */

import type { CohortInput } from "../schema/cohort.js";
import type { Criterion, MatchOptions, Weights } from "../types.js";

/**
 * A pair by ids, as results and the tool's exports name them.
 *
 * @example
 * const p: PairRef = { mentorId: "M01", adeptId: "A03" };
 */
export interface PairRef {
  readonly mentorId: string;
  readonly adeptId: string;
}

/**
 * An earlier cohort and the pairs its coordinators chose (locked pairs included).
 *
 * @example
 * const e: ChosenPlan = { cohort, pairs: [{ mentorId: "M01", adeptId: "A02" }] };
 */
export interface ChosenPlan {
  readonly cohort: CohortInput;
  readonly pairs: readonly PairRef[];
  /** A name for messages and reports (a year, a file name). The default value is `cohort 1`, ... */
  readonly name?: string;
}

/**
 * Whether a chosen plan can be compared with the optimum in score units: `comparable` when it
 * keeps every rule and locked pair and matches as many adepts with as few soft-rule violations
 * as `match` would; otherwise no weights can make it optimal, and it is left out of the fit.
 */
export type ChosenStatus =
  | "comparable"
  | "not-allowed"
  | "missing-locked"
  | "over-capacity"
  | "fewer-matched"
  | "more-violations";

/**
 * Options of `calibrate`.
 *
 * @example
 * const o: CalibrateOptions = { match: { rules: { differentSector: "soft" } } };
 */
export interface CalibrateOptions {
  /**
   * The options the cohorts are matched with (rules, criteria options, municipalities). Its
   * `weights` are the current weights: the learned weights have the same total, and among
   * equally good weights the closest to them are returned. `objective` must be `"total"`. The
   * default value is `{}` (every default, `DEFAULT_WEIGHTS`).
   */
  readonly match?: MatchOptions;
  /**
   * Also fit on every cohort but one and count how much of the left-out cohort's plan the fitted
   * weights reproduce (needs two usable cohorts). The default value is `true`.
   */
  readonly leaveOneOut?: boolean;
}

/**
 * One cohort's part in a calibration.
 *
 * @example
 * const c: CohortFit = { name: "2024", status: "comparable", pairs: 6, regret: 0, reproduced: 6 };
 */
export interface CohortFit {
  readonly name: string;
  readonly status: ChosenStatus;
  /** The chosen pairs. */
  readonly pairs: number;
  /**
   * `match`'s total minus the chosen plan's total under the returned weights (points, as
   * `objective.totalScore`); `null` when the plan is not `comparable`.
   */
  readonly regret: number | null;
  /** Chosen pairs that `match` with the returned weights forms too. */
  readonly reproduced: number;
  /** With `leaveOneOut`: chosen pairs reproduced by weights fitted on the other cohorts. */
  readonly heldOutReproduced?: number;
  /** What made the plan not comparable (the first such pair, or the counts), for messages. */
  readonly detail?: string;
}

/**
 * The result of `calibrate`.
 *
 * @example
 * const { weights, regret, perCohort } = calibrate(examples);
 */
export interface Calibration {
  /** Non-negative weights with the same total as the current weights. */
  readonly weights: Weights;
  /** The current weights they were compared with. */
  readonly current: Weights;
  /**
   * Least total regret over the comparable cohorts (points): 0 when weights exist under which
   * every chosen plan is optimal. From the linear programme; `perCohort` holds `match`'s figures.
   */
  readonly regret: number;
  readonly perCohort: readonly CohortFit[];
  /** With `leaveOneOut` and two or more comparable cohorts: the held-out reproduction. */
  readonly heldOut: { readonly reproduced: number; readonly pairs: number } | null;
  /**
   * `match` with the returned weights agrees with the linear programme: each comparable
   * cohort's regret is at most the programme's (up to the rounding of pair totals to 4 decimals).
   */
  readonly verified: boolean;
}

/**
 * Options of `auditPlan`.
 *
 * @example
 * const o: AuditOptions = { by: ["municipality", "gender"] };
 */
export interface AuditOptions {
  /**
   * Fields to group people by: `municipality`, `sector`, `role`, or a key of `auditAttributes`.
   * The default value is `["municipality", "sector"]`.
   */
  readonly by?: readonly string[];
  /**
   * The options the result was matched with (to solve the `fair` plan for the price of
   * fairness; `objective` is ignored). The default value is `{}`.
   */
  readonly match?: MatchOptions;
}

/**
 * One group of an audit: the people whose field has this value.
 *
 * @example
 * const g: AuditGroup = { value: "Borås", people: 4, matched: 3, shareMatched: 0.75, meanScore: 61.2, lowestScore: 48.5 };
 */
export interface AuditGroup {
  /** The field's value; `null` for people without one. */
  readonly value: string | null;
  readonly people: number;
  /** People of the group in a pair. */
  readonly matched: number;
  readonly shareMatched: number;
  /** Mean and lowest total of the pairs the group's people are in (`null` without a pair). */
  readonly meanScore: number | null;
  readonly lowestScore: number | null;
}

/**
 * The groups of one field, and the largest gaps between them.
 *
 * @example
 * const f: AuditField = audit.fields[0];
 * f.field; f.gaps.meanScore;
 */
export interface AuditField {
  readonly field: string;
  readonly groups: readonly AuditGroup[];
  /** Largest minus smallest over groups that have a value (null when fewer than two do). */
  readonly gaps: {
    readonly shareMatched: number | null;
    readonly meanScore: number | null;
    readonly lowestScore: number | null;
  };
}

/**
 * The result of `auditPlan`.
 *
 * @example
 * const audit: PlanAudit = auditPlan(cohort, result, { by: ["sector"] });
 */
export interface PlanAudit {
  readonly fields: readonly AuditField[];
  /**
   * Total of the default objective minus the total of objective `"fair"` (points, >= 0), with
   * both weakest pairs; what the fairest plan costs in total score.
   */
  readonly priceOfFairness: {
    readonly totalScore: number;
    readonly fairTotalScore: number;
    readonly price: number;
    readonly weakestScore: number | null;
    readonly fairWeakestScore: number | null;
  };
}

/**
 * One weight's range within which the plan stays optimal (the other weights fixed, as relative
 * weights: the total is not renormalised).
 *
 * @example
 * const r: WeightRange = { criterion: "wishes", weight: 3, low: 1.25, high: null };
 */
export interface WeightRange {
  readonly criterion: Criterion;
  readonly weight: number;
  /** Lowest weight at which the plan is still optimal (0 when it stays optimal down to 0). */
  readonly low: number;
  /** Highest such weight, `null` when it stays optimal however high. */
  readonly high: number | null;
}

/**
 * The result of `weightRanges`.
 *
 * @example
 * const s: WeightSensitivity = weightRanges(cohort);
 * s.ranges; s.robust; s.fragile;
 */
export interface WeightSensitivity {
  readonly weights: Weights;
  readonly ranges: readonly WeightRange[];
  /** Pairs formed whichever weight changes by up to `swing` (one at a time). */
  readonly robust: readonly PairRef[];
  /** Pairs of the plan that some such change replaces, with the first weight that does. */
  readonly fragile: readonly (PairRef & { readonly criterion: Criterion; readonly at: number })[];
  readonly swing: number;
}

/**
 * A chosen pair with its outcome ratings (for example the programme's questions on the working
 * alliance and on learning, each 1-5).
 *
 * @example
 * const p: RatedPair = { mentorId: "M01", adeptId: "A02", ratings: { alliance: 4, learning: 5 } };
 */
export interface RatedPair extends PairRef {
  readonly ratings: Readonly<Record<string, number>>;
}

/**
 * An earlier cohort with its pairs and their ratings.
 *
 * @example
 * const e: RatedCohort = { cohort, pairs: [{ mentorId: "M01", adeptId: "A02", ratings: { alliance: 4 } }] };
 */
export interface RatedCohort {
  readonly cohort: CohortInput;
  readonly pairs: readonly RatedPair[];
}

/**
 * Options of `learnFromOutcomes`.
 *
 * @example
 * const o: OutcomeOptions = { minPairs: 30, resamples: 2000 };
 */
export interface OutcomeOptions {
  /** The options the pairs are scored with; its `weights` are the current weights. The default value is `{}`. */
  readonly match?: MatchOptions;
  /** Fewest rated pairs for any suggestion at all. The default value is 20. */
  readonly minPairs?: number;
  /** Bootstrap resamples. The default value is 1000. */
  readonly resamples?: number;
  /** Seed of the resampling (the same seed gives the same intervals). The default value is 1. */
  readonly seed?: number;
  /**
   * Shrinkage: an association is scaled by `n / (n + prior)` before it moves a weight, as if
   * `prior` more pairs had shown none. The default value is 30.
   */
  readonly prior?: number;
}

/**
 * How one criterion's score goes with the outcome over the rated pairs.
 *
 * @example
 * const a: CriterionAssociation = { criterion: "wishes", correlation: 0.41, interval: [0.05, 0.7], clear: true };
 */
export interface CriterionAssociation {
  readonly criterion: Criterion;
  /** Pearson correlation of the criterion's score with the outcome; `null` when either is constant. */
  readonly correlation: number | null;
  /** 95 % bootstrap percentile interval of the correlation; `null` without a correlation. */
  readonly interval: readonly [number, number] | null;
  /** The interval leaves out 0. */
  readonly clear: boolean;
}

/**
 * The result of `learnFromOutcomes`.
 *
 * @example
 * const out: OutcomeLearning = learnFromOutcomes(rated);
 * out.verdict.en; out.suggested ?? out.current;
 */
export interface OutcomeLearning {
  /** Rated pairs used (the outcome of each is the mean of its ratings). */
  readonly pairs: number;
  readonly associations: readonly CriterionAssociation[];
  readonly current: Weights;
  /** Weights moved toward the clear associations (same total), `null` when nothing justifies a change. */
  readonly suggested: Weights | null;
  /** Why: `too-few` pairs, `no-clear-association`, or `suggested`. */
  readonly status: "too-few" | "no-clear-association" | "suggested";
  /** The answer in plain words. */
  readonly verdict: { readonly en: string; readonly sv: string };
}
