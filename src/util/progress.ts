/**
 * The caller's `onProgress` (see `MatchOptions`), as the steps of `match` call it: `Report` for
 * a phase done in one go, `ticker` for a pass over many rows (at most about 100 calls a pass).
 */
import type { MatchProgress, ProgressPhase } from "../progressTypes.js";

/**
 * Says that `done` of `total` steps of `phase` are done.
 *
 * @example
 * report("solve", 0, 1); solve(); report("solve", 1, 1);
 */
export type Report = (phase: ProgressPhase, done: number, total: number) => void;

/**
 * The report of a caller who asked for none.
 *
 * @example
 * optimalPlan(p, NATIONAL_SCALE, silent)
 */
export const silent: Report = () => {};

/**
 * A pass's progress: call it with each step's index before the step and with `total` after the
 * last; it reports 0, about every hundredth step, and `total`.
 *
 * @example
 * const tick = ticker(report, "score", rows);
 * for (let r = 0; r < rows; r++) { tick(r); scoreRow(r); }
 * tick(rows);
 */
export function ticker(
  report: Report,
  phase: ProgressPhase,
  total: number,
): (done: number) => void {
  const step = Math.max(1, Math.ceil(total / 100));
  let next = 0;
  return (done) => {
    if (done < next && done < total) return;
    report(phase, done, total);
    next = done + step;
  };
}

/**
 * Runs `body` with a `Report` for the caller's `onProgress` (read inside `body`, which checks
 * it: `use(options?.onProgress)`), so that an error the callback throws leaves as it was thrown,
 * not renamed by the function's own error boundary (`guarded`).
 *
 * @example
 * return progressOf((use) => guarded("match", () => { const report = use(options?.onProgress); ... }));
 */
export function progressOf<T>(body: (use: (onProgress: unknown) => Report) => T): T {
  let thrown: { error: unknown } | undefined;
  const use = (onProgress: unknown): Report => {
    if (typeof onProgress !== "function") return silent;
    const call = onProgress as (p: MatchProgress) => void;
    return (phase, done, total) => {
      try {
        call({ phase, done, total });
      } catch (error) {
        thrown = { error };
        throw error;
      }
    };
  };
  try {
    return body(use);
  } catch (error) {
    throw thrown === undefined ? error : thrown.error;
  }
}
