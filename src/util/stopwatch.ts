/**
 * A lap timer: each call returns the milliseconds since the previous call (or since it was made),
 * for code that reports where its time went (the sparse plan's steps, the bench's phases).
 *
 * @example
 * const lap = stopwatch();
 * build(); const buildMs = lap();
 * solve(); const solveMs = lap();
 */
export function stopwatch(): () => number {
  let t = performance.now();
  return () => {
    const now = performance.now();
    const ms = now - t;
    t = now;
    return ms;
  };
}
