/**
 * A small seeded generator (mulberry32): numbers in [0, 1), the same sequence for the same seed
 * on every machine and runtime. For resamples the library reports (learnFromOutcomes) and for
 * generated cohorts in tests and benches; never for anything that must be unpredictable.
 *
 * @example
 * const next = mulberry32(7);
 * next(); // 0.0117..., the same first draw for seed 7 everywhere
 */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
