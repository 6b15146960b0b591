import type { ScoreMatrix } from "../src/index.js";

export interface BruteBest {
  matched: number;
  violations: number;
  /** Lowest score units of a pair that is not locked (Infinity when there is none). */
  weakest: number;
  units: number;
}

/**
 * The lexicographic optimum by enumeration: every adept is left out or given an allowed mentor
 * with room; locked adepts keep their mentor. Maximises matched, then minimises soft-rule
 * violations, then (with `fair`) maximises the weakest free pair, then the total units. Only
 * for small cohorts: it visits up to (mentors + 1) ^ adepts plans.
 */
export function bruteForce(
  matrix: ScoreMatrix,
  capacity: readonly number[],
  locked: ReadonlyMap<number, number>,
  violations?: readonly (readonly number[])[],
  fair = false,
): BruteBest {
  const rows = matrix.mentorIds.length;
  const cols = matrix.adeptIds.length;
  const units = matrix.score.map((row) => Array.from(row, (s) => Math.round(s * 10_000)));
  const left = [...capacity];
  let best: BruteBest = { matched: -1, violations: 0, weakest: 0, units: -1 };
  const better = (x: BruteBest) =>
    x.matched !== best.matched
      ? x.matched > best.matched
      : x.violations !== best.violations
        ? x.violations < best.violations
        : fair && x.weakest !== best.weakest
          ? x.weakest > best.weakest
          : x.units > best.units;
  const visit = (a: number, plan: BruteBest) => {
    if (a === cols) {
      if (better(plan)) best = { ...plan };
      return;
    }
    const lock = locked.get(a);
    if (lock !== undefined) {
      // Its place was taken before the search began; locked pairs do not count as weakest.
      visit(a + 1, {
        ...plan,
        matched: plan.matched + 1,
        violations: plan.violations + (violations?.[lock]?.[a] ?? 0),
        units: plan.units + units[lock]![a]!,
      });
      return;
    }
    visit(a + 1, plan);
    for (let m = 0; m < rows; m++) {
      if (matrix.allowed[m]![a] !== 1 || left[m]! <= 0) continue;
      left[m]!--;
      visit(a + 1, {
        matched: plan.matched + 1,
        violations: plan.violations + (violations?.[m]?.[a] ?? 0),
        weakest: Math.min(plan.weakest, units[m]![a]!),
        units: plan.units + units[m]![a]!,
      });
      left[m]!++;
    }
  };
  for (const [, m] of locked) left[m]!--;
  visit(0, { matched: 0, violations: 0, weakest: Number.POSITIVE_INFINITY, units: 0 });
  return best;
}
