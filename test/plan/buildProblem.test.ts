import { describe, expect, it } from "vitest";
import { generateCohort } from "../../bench/generate.js";
import { weightedUnits } from "../../src/criteria/total.js";
import { match } from "../../src/match/match.js";
import { buildProblem } from "../../src/plan/buildProblem.js";
import { isAllowed, type Prepared, prepare, softViolations } from "../../src/prepare/prepare.js";
import { solveAssignment } from "../../src/solve/assignment.js";
import type { MatchOptions } from "../../src/types.js";

/**
 * The residual problem written out pair by pair from the rules' own verdicts and the scorer's
 * criteria (the reference the fused row path and the two-pass build must equal bit for bit).
 */
function referenceProblem(p: Prepared) {
  const rowMentor = p.mentors.flatMap((_, i) => (p.mentorIneligible[i] === undefined ? [i] : []));
  const colAdept = p.adepts.flatMap((_, j) => (p.adeptIneligible[j] === undefined ? [j] : []));
  const rowStart = [0];
  const colIndex: number[] = [];
  const weight: number[] = [];
  const penalty: number[] = [];
  for (const m of rowMentor) {
    colAdept.forEach((a, c) => {
      if (!isAllowed(p, m, a)) return;
      colIndex.push(c);
      weight.push(weightedUnits(p.scorer.criteria(m, a), p.options.weights));
      penalty.push(softViolations(p, m, a).length);
    });
    rowStart.push(colIndex.length);
  }
  return { rowMentor, colAdept, rowStart, colIndex, weight, penalty };
}

const COHORTS: [string, unknown, MatchOptions][] = [
  ["bench 120 + 120", generateCohort(120, 7), {}],
  ["bench scarce 120 adepts, 60 places", generateCohort(120, 7, { mentors: 60, capacity: 1 }), {}],
  [
    "bench 80 + 80, soft rules and other weights",
    generateCohort(80, 3),
    {
      rules: {
        differentMunicipality: "soft",
        differentSector: "hard",
        differentWorkBackground: "soft",
      },
      weights: {
        geography: 0,
        experience: 2.5,
        education: 1,
        wishes: 0.3,
        leadership: 4,
        sector: 1,
      },
    },
  ],
];

describe("buildProblem", () => {
  for (const [name, cohort, options] of COHORTS) {
    it(`equals the pair-by-pair reference on ${name}`, () => {
      const p = prepare("test", cohort, options);
      const built = buildProblem(
        p,
        new Uint8Array(p.adepts.length),
        new Int32Array(p.mentors.length),
      );
      const ref = referenceProblem(p);
      expect(built.rowMentor).toEqual(ref.rowMentor);
      expect(built.colAdept).toEqual(ref.colAdept);
      expect(Array.from(built.problem.rowStart)).toEqual(ref.rowStart);
      expect(Array.from(built.problem.colIndex)).toEqual(ref.colIndex);
      expect(Array.from(built.problem.weight)).toEqual(ref.weight);
      expect(Array.from(built.penalty)).toEqual(ref.penalty);
      expect(built.anyPenalty).toBe(ref.penalty.some((x) => x > 0));
    });

    it(`match reaches the optimum of the reference problem on ${name}`, () => {
      const p = prepare("test", cohort, options);
      const ref = referenceProblem(p);
      const result = match(cohort as never, options);
      if (ref.penalty.some((x) => x > 0)) {
        // Fewest violations first: the reference optimum with violations priced above any units.
        const v = 1_000_000 * ref.colAdept.length + 1;
        const weight = Float64Array.from(ref.weight, (w, e) => w - v * ref.penalty[e]!);
        const best = solveAssignment({
          rows: ref.rowMentor.length,
          cols: ref.colAdept.length,
          capacity: Int32Array.from(ref.rowMentor, (m) => p.mentors[m]!.capacity),
          rowStart: Int32Array.from(ref.rowStart),
          colIndex: Int32Array.from(ref.colIndex),
          weight,
        });
        expect(result.objective.matched).toBe(best.matched);
        const units = Math.round(result.objective.totalScore * 10_000);
        expect(units - v * result.objective.softViolations).toBe(best.totalWeight);
        return;
      }
      const best = solveAssignment({
        rows: ref.rowMentor.length,
        cols: ref.colAdept.length,
        capacity: Int32Array.from(ref.rowMentor, (m) => p.mentors[m]!.capacity),
        rowStart: Int32Array.from(ref.rowStart),
        colIndex: Int32Array.from(ref.colIndex),
        weight: Float64Array.from(ref.weight),
      });
      expect(result.objective.matched).toBe(best.matched);
      expect(Math.round(result.objective.totalScore * 10_000)).toBe(best.totalWeight);
    });
  }
});
