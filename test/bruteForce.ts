import type { ScoreMatrix } from "../src/index.js";

/**
 * The lexicographic optimum by enumeration: every adept is left out or given an allowed mentor
 * with room; locked adepts keep their mentor. Returns the best (matched, total units). Only for
 * small cohorts: it visits up to (mentors + 1) ^ adepts plans.
 */
export function bruteForce(
  matrix: ScoreMatrix,
  capacity: readonly number[],
  locked: ReadonlyMap<number, number>,
): { matched: number; units: number } {
  const rows = matrix.mentorIds.length;
  const cols = matrix.adeptIds.length;
  const units = matrix.score.map((row) => Array.from(row, (s) => Math.round(s * 10_000)));
  const left = [...capacity];
  let best = { matched: -1, units: -1 };
  const visit = (a: number, matched: number, total: number) => {
    if (a === cols) {
      if (matched > best.matched || (matched === best.matched && total > best.units)) {
        best = { matched, units: total };
      }
      return;
    }
    const lock = locked.get(a);
    if (lock !== undefined) {
      // Its place was taken before the search began.
      visit(a + 1, matched + 1, total + units[lock]![a]!);
      return;
    }
    visit(a + 1, matched, total);
    for (let m = 0; m < rows; m++) {
      if (matrix.allowed[m]![a] !== 1 || left[m]! <= 0) continue;
      left[m]!--;
      visit(a + 1, matched + 1, total + units[m]![a]!);
      left[m]!++;
    }
  };
  for (const [, m] of locked) left[m]!--;
  visit(0, 0, 0);
  return best;
}
