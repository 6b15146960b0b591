import type { MunicipalityTable } from "../geo/municipalities.js";
import type { ResolvedCriteriaOptions, Weights } from "../types.js";
import type { RowClasses } from "./groups.js";

/**
 * What the criteria need besides the two people: the criteria options (defaults filled in, see
 * `DEFAULT_CRITERIA_OPTIONS`) and the municipality table geography looks points up in.
 *
 * @example
 * const ctx: CriteriaContext = { criteria: DEFAULT_CRITERIA_OPTIONS, table: resolveMunicipalityTable() };
 */
export interface CriteriaContext {
  readonly criteria: ResolvedCriteriaOptions;
  readonly table: MunicipalityTable;
  /**
   * How names, tags and sectors are keyed: `normalizeKey`, or a memo of it that one cohort's
   * profiles and facts share (`prepare` makes one: a cohort says the same few words thousands of
   * times). The default value is `normalizeKey`.
   */
  readonly key?: (value: string) => string;
}

/**
 * What `createScorer` needs besides the people: the criteria's context and the weights.
 *
 * @example
 * const input: ScorerInput = { weights: DEFAULT_WEIGHTS, criteria: DEFAULT_CRITERIA_OPTIONS, table: resolveMunicipalityTable() };
 */
export interface ScorerInput extends CriteriaContext {
  /**
   * Relative weight per criterion, already validated (each >= 0, sum > 0); `resolveOptions`
   * fills in the default value `DEFAULT_WEIGHTS` (wishes 3, every other criterion 1).
   */
  readonly weights: Weights;
}

/**
 * A criterion on precomputed per-person profiles: `score(mentor, adept)` takes indices into the
 * lists the profiles were built from, is cheap and allocates nothing.
 *
 * @example
 * const geography: PairScorer = new GeographyProfiles(mentors, adepts, ctx);
 * geography.score(0, 3) // geography of mentors[0] with adepts[3]
 */
export interface PairScorer {
  score(mentor: number, adept: number): number;
  /**
   * The adepts' row classes: adepts of one class get the same score from every mentor.
   */
  readonly rowClasses: RowClasses;
  /**
   * `weight * score(mentor, adept)` for one adept of each row class k into `table[k]` (weight
   * > 0), computed as `score` computes it: a mentor's row once per class, in tight loops over
   * the classes (the scorer's row path, rowPath.ts, then adds every criterion's per adept).
   */
  fillClasses(mentor: number, weight: number, table: Float64Array): void;
}

/**
 * The score a part of a criterion gets when a field it needs is missing on either side.
 *
 * Where a score is computed in a loop, write `+NEUTRAL`: V8 reads an imported number as a boxed
 * value of unknown type, and a choice between it and a computed double then makes every score of
 * the loop a new heap number (measured: 20 MB and 3x the time for one criterion's rows at 2,000 +
 * 2,000); the unary plus tells the optimiser it is a number, and the doubles stay unboxed.
 *
 * @example
 * NEUTRAL // 0.5
 */
export const NEUTRAL = 0.5;
