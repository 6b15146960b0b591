/**
 * How `match` runs, beside what it computes: its progress (`MatchOptions.onProgress`), for a
 * progress bar or line, and its threads (`MatchOptions.threads`).
 */

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

/** The option of `match` that lets it use more than one thread. */
export interface ThreadOptions {
  /**
   * How many threads `match` may use for a large cohort (at least 100,000 pairs, on the sparse
   * path: objective `"total"`, no LP, no alternatives): the calling thread and up to
   * `threads - 1` helper threads, which are handed the prepared profiles and score blocks of the
   * mentor rows in the first pass over every pair. The result is the same, to the bit, with any
   * number: each block is scored by the same code on the same data, and a block a helper does
   * not hand back is scored by the calling thread. Only where the runtime gives worker threads
   * (Node 20.16 or 22.3 and later, the ESM build); elsewhere, for smaller cohorts and with the
   * work-background rule in force, one thread. Helpers stay alive between calls (they never keep
   * a process running). A whole number from 1 to 16; the default value is 2 where the machine has
   * at least two cores, else 1.
   */
  readonly threads?: number;
}
