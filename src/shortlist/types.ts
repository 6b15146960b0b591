import type { MatrixOptions, PairRule } from "../types.js";

/** Options for `shortlist`: the match options (rules, weights, ...) and the list length. */
export interface ShortlistOptions extends MatrixOptions {
  /** Mentors per adept's list, a whole number >= 1 (no default: say how many). */
  readonly perAdept: number;
}

/**
 * One mentor on an adept's shortlist.
 *
 * @example
 * const e: ShortlistEntry = { mentorId: "M04", score: 81.2, softViolations: [] };
 */
export interface ShortlistEntry {
  readonly mentorId: string;
  /** The pair's total in [0, 100]. */
  readonly score: number;
  /** Soft rules the pair breaks. */
  readonly softViolations: readonly PairRule[];
}

/**
 * The result of `shortlist`: a list per eligible adept not locked to a mentor (in canonical
 * order: by id), how often each eligible mentor appears against its fair share, and the sum of
 * the scores over all lists.
 *
 * @example
 * const s: Shortlist = shortlist(cohort, { perAdept: 3 });
 */
export interface Shortlist {
  readonly perAdept: number;
  readonly lists: readonly {
    readonly adeptId: string;
    /** Highest score first; shorter than `perAdept` when too few mentors are allowed or free. */
    readonly mentors: readonly ShortlistEntry[];
  }[];
  readonly mentors: readonly {
    readonly mentorId: string;
    /** On how many lists the mentor appears. */
    readonly lists: number;
    /** The most lists it may appear on. */
    readonly fairShare: number;
  }[];
  readonly totalScore: number;
}
