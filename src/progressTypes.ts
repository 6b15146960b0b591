/** The vocabulary of `match`'s progress (`MatchOptions.onProgress`), for a progress bar or line. */

/**
 * A phase of `match`, in the order they run: validating and preparing the cohort, scoring the
 * allowed pairs, solving, proving the answer optimal, checking it against every rule, making the
 * result. A large cohort's `solve` and `prove` may run again (a proof that finds better pairs
 * adds them, and the problem is solved and proven again).
 */
export type ProgressPhase = "validate" | "score" | "solve" | "prove" | "check" | "result";

/**
 * How far `match` is in a phase: `done` of `total` steps (mentor rows of a pass over every pair,
 * columns proven one by one, or 1 for a phase done in one go).
 *
 * @example
 * const p: MatchProgress = { phase: "score", done: 4_000, total: 20_000 };
 */
export interface MatchProgress {
  readonly phase: ProgressPhase;
  readonly done: number;
  readonly total: number;
}

/** The option of `match` that reports its progress. */
export interface ProgressOptions {
  /**
   * Told how far `match` is (`MatchProgress`): each run of a phase starts at `done: 0`, `done`
   * only grows, and it ends at `done === total`. Called at coarse grain (about 100 times per
   * pass over a large cohort's pairs, once or twice per other phase), never per pair. An error
   * it throws leaves `match` as thrown (a way to cancel). It is not part of the result, the
   * audit or what is kept for reuse, so results are the same with it or without; `match` calls
   * it, other functions accept it and do not. The default value is none.
   *
   * @example
   * match(cohort, { onProgress: ({ phase, done, total }) => console.error(phase, done, total) });
   */
  readonly onProgress?: (progress: MatchProgress) => void;
}
