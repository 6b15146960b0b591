/**
 * The types of a plan's proof and of what a plan loses against the optimum (certificates,
 * objectives, losses and alternatives). Types only; `types.ts` re-exports them.
 */
import type { PairRule } from "./types.js";

/**
 * Dual values of the mentors for one assignment problem (see `PlanCertificate`). Mentors are
 * numbered in the order of `MatchResult.pairs`: by id compared as the library compares ids
 * (trimmed, NFC, case-insensitive), ineligible mentors included.
 *
 * @example
 * const d: MentorDuals = { value: [0, -412500, -98000], count: [] };
 */
export interface MentorDuals {
  /**
   * Per mentor: the score part of its dual in the plan step's integer units (a point of score
   * is 10,000 units; with soft rules a violation weighs more than any plan's units). A whole
   * number; 0 for an ineligible mentor and for one with a place left.
   */
  readonly value: readonly number[];
  /**
   * The mentors (by number, ascending) whose dual also has a count part: full mentors whom an
   * adept left out would need. Usually empty when every adept can be matched.
   */
  readonly count: readonly number[];
}

/**
 * The proof that a plan is optimal, checked by `renderReport` without solving again. The
 * solver's mentor duals are enough: each adept's dual follows from its pair in the plan, and
 * then no allowed pair may be worth more than its mentor's and adept's duals together (every
 * allowed pair is scored once to check that), which bounds every other plan.
 *
 * @example
 * result.certificate?.plan.value.length === cohort.mentors.length // true
 */
export interface PlanCertificate {
  /**
   * Duals proving that no plan matches more adepts, or as many with fewer soft-rule violations,
   * or as many with as few and a higher total score (with objective `"fair"`: among the plans
   * whose pairs score at least as much as the weakest pair that is not locked).
   */
  readonly plan: MentorDuals;
  /**
   * Only with objective `"fair"` and at least one pair that is not locked: duals proving that no
   * plan matches more adepts, or as many with fewer soft-rule violations, whatever its pairs.
   */
  readonly unrestricted?: MentorDuals;
  /**
   * Only with objective `"fair"` and at least one pair that is not locked: duals proving that no
   * plan whose pairs all score more than the weakest pair matches as many adepts with as few
   * soft-rule violations, so the weakest pair is as strong as it can be.
   */
  readonly stronger?: MentorDuals;
}

/**
 * The objective values of a plan, in the order they are optimised: most matched, fewest soft-rule
 * violations, then (objective `"fair"`) the strongest weakest pair, then the highest total.
 *
 * @example
 * const o: PlanObjective = { matched: 6, softViolations: 0, totalScore: 412.5 };
 */
export interface PlanObjective {
  readonly matched: number;
  readonly softViolations: number;
  /**
   * Only with objective `"fair"`: the lowest score of a pair that was not locked in the input
   * (`null` without such a pair). Absent with objective `"total"`, where it is not optimised.
   */
  readonly weakestScore?: number | null;
  readonly totalScore: number;
}

/**
 * What a plan loses against the optimum: adepts no longer matched, extra soft-rule violations,
 * points of weakest pair (objective `"fair"` only) and of total score. Compared in that order it
 * is never negative; a later part can be negative when an earlier one is positive (a plan that
 * matches fewer adepts can have a higher total).
 *
 * @example
 * const loss: PlanLoss = { matched: 0, softViolations: 0, totalScore: 4.25 };
 */
export interface PlanLoss {
  readonly matched: number;
  readonly softViolations: number;
  readonly weakestScore?: number;
  readonly totalScore: number;
}

/**
 * One other mentor an adept could be given, and what the plan would lose.
 *
 * @example
 * const alt: Alternative = { mentorId: "M04", score: 61.2, softViolations: [], loss: { matched: 0, softViolations: 0, totalScore: 3.1 } };
 */
export interface Alternative {
  readonly mentorId: string;
  /** The pair's total in [0, 100]. */
  readonly score: number;
  /** Soft rules that pair breaks. */
  readonly softViolations: readonly PairRule[];
  /** The optimum minus the best plan that gives the adept this mentor. */
  readonly loss: PlanLoss;
}
