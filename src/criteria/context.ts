import type { MunicipalityTable } from "../geo/municipalities.js";
import type { ResolvedCriteriaOptions } from "../types.js";

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
   * Adds `weight * score(mentor, adept)` to `sums[adept]` for every adept `0..sums.length - 1`
   * (nothing for weight 0): a whole row in one tight, inlinable loop.
   */
  addRow(mentor: number, weight: number, sums: Float64Array): void;
  /**
   * Everything `score` reads of an adept, as per-adept integers: two adepts equal in every array
   * get the same score from every mentor, so a row can be scored once per such group.
   */
  adeptKeys(): readonly ArrayLike<number>[];
}

/**
 * The score a part of a criterion gets when a field it needs is missing on either side.
 *
 * @example
 * NEUTRAL // 0.5
 */
export const NEUTRAL = 0.5;
