/** The vocabulary of stability, part of every `MatchResult` that preferences reach. */
/**
 * Whether a plan is stable: every acceptable pair that would rather be together than with what
 * the plan gives them (see the README for the exact definition), and with objective `"stable"`
 * what stability cost.
 *
 * @example
 * const s: Stability = { blockingPairs: [{ mentorId: "M02", adeptId: "A04" }] };
 */
export interface Stability {
  /** Every blocking pair of the plan, by mentor id then adept id; empty when it is stable. */
  readonly blockingPairs: readonly { readonly mentorId: string; readonly adeptId: string }[];
  /**
   * Only with objective `"stable"`: the total score of the default optimum minus that of the
   * stable optimum (points, never negative when both match the same adepts).
   */
  readonly priceOfStability?: number;
  /**
   * Only with objective `"stable"`: the pairs that would have blocked the default plan (what
   * stability changed), by mentor id then adept id.
   */
  readonly defaultBlockingPairs?: readonly {
    readonly mentorId: string;
    readonly adeptId: string;
  }[];
}
