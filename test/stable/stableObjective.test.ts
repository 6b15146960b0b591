import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CohortInput, match, SolverError } from "../../src/index.js";
import { prepare, softViolations } from "../../src/prepare/prepare.js";
import { matchStable } from "../../src/stable/index.js";
import { allPlans, fullyRankedCohort, oracleBlocking, oracleOf, rankedCohort } from "./oracle.js";

const SEED = 1416;

/** Soft-rule violations of each pair (input order), from the prepared cohort. */
function violationsOf(cohort: CohortInput, options: object): number[][] {
  const p = prepare("test", cohort, options);
  const canonMentor = new Int32Array(p.mentors.length);
  p.mentorInput.forEach((input, canon) => {
    canonMentor[input] = canon;
  });
  const canonAdept = new Int32Array(p.adepts.length);
  p.adeptInput.forEach((input, canon) => {
    canonAdept[input] = canon;
  });
  return cohort.mentors.map((_, m) =>
    cohort.adepts.map((_, a) => softViolations(p, canonMentor[m]!, canonAdept[a]!).length),
  );
}

describe('objective "stable"', () => {
  it("finds the stable plan with the fewest violations, then the highest total (brute force, up to 6 + 6; LP and rotations)", () => {
    fc.assert(
      fc.property(
        fc.oneof(rankedCohort, fullyRankedCohort),
        fc.constantFrom("lp", "flow" as const),
        (c, solver) => {
          const o = oracleOf(c.cohort, c.options);
          const violations = violationsOf(c.cohort, c.options);
          let best = { violations: Number.POSITIVE_INFINITY, units: -1, matched: -1 };
          for (const plan of allPlans(o)) {
            if (oracleBlocking(o, plan).length > 0) continue;
            let v = 0;
            let u = 0;
            let n = 0;
            plan.forEach((m, a) => {
              if (m < 0) return;
              v += violations[m]![a]!;
              u += o.units[m]![a]!;
              n++;
            });
            if (v < best.violations || (v === best.violations && u > best.units))
              best = { violations: v, units: u, matched: n };
          }
          const result = matchStable(c.cohort, { ...c.options, solver });
          expect(result.solver.optimal).toBe(true);
          expect(result.objective.matched).toBe(best.matched);
          expect(result.objective.softViolations).toBe(best.violations);
          expect(Math.round(result.objective.totalScore * 10_000)).toBe(best.units);
          expect(result.stability?.blockingPairs).toEqual([]);
          const byDefault = match(c.cohort, c.options);
          expect(result.stability?.priceOfStability).toBeCloseTo(
            byDefault.objective.totalScore - result.objective.totalScore,
            6,
          );
          const defaultPlan = o.adeptIds.map((id) => {
            const pair = byDefault.pairs.find((x) => x.adeptId === id);
            return pair === undefined ? -1 : o.mentorIds.indexOf(pair.mentorId);
          });
          const before = result.stability?.defaultBlockingPairs?.map(
            (b) => `${b.mentorId}/${b.adeptId}`,
          );
          expect(before?.sort()).toEqual(oracleBlocking(o, defaultPlan));
        },
      ),
      { seed: SEED, numRuns: 110 },
    );
  });

  it("a cohort nobody ranked still gets a stable plan by pair scores, and the same result shape", () => {
    const cohort = fc.sample(rankedCohort, { seed: SEED, numRuns: 1 })[0]!.cohort;
    const plain: CohortInput = {
      ...cohort,
      mentors: cohort.mentors.map(({ preferences: _, ...m }) => m),
      adepts: cohort.adepts.map(({ preferences: _, ...a }) => a),
    };
    const result = matchStable(plain);
    expect(result.stability?.blockingPairs).toEqual([]);
    expect(result.audit.objective).toBe("stable");
    expect(result.certificate).toBeUndefined();
  });

  it("solves cohorts beyond the LP's size by the rotation poset; solver lp refuses them with a SolverError", () => {
    const people = (role: "M" | "A", n: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: `${role}${i}`,
        municipality: role === "M" ? "Borås" : "Mark",
        sector: role === "M" ? "Skola" : "Vård",
        managerYears: role === "M" ? 9 : 3,
        managerConsent: true,
      }));
    const cohort = { mentors: people("M", 40), adepts: people("A", 40) };
    expect(() => matchStable(cohort, { solver: "lp" })).toThrow(SolverError);
    expect(() => matchStable(cohort, { solver: "lp" })).toThrow(/only up to 500/u);
    const result = matchStable(cohort);
    expect(result.solver.name).toBe("flow");
    expect(result.objective.matched).toBe(40);
    expect(result.stability?.blockingPairs).toEqual([]);
  });

  it('lives in mentorpair/stable: match refuses objective "stable" and names matchStable; matchStable refuses another objective', () => {
    const cohort = fc.sample(rankedCohort, { seed: SEED, numRuns: 1 })[0]!.cohort;
    expect(() => match(cohort, { objective: "stable" })).toThrow(RangeError);
    expect(() => match(cohort, { objective: "stable" })).toThrow(/^match: .*matchStable/u);
    // Before the cohort is read: an invalid cohort gets the same answer, not its issues.
    expect(() => match({ mentors: 1 } as never, { objective: "stable" })).toThrow(
      /^match: .*matchStable/u,
    );
    expect(() => matchStable(cohort, { objective: "total" })).toThrow(
      /^matchStable: options\.objective/u,
    );
    expect(matchStable(cohort, { objective: "stable" }).pairs).toEqual(matchStable(cohort).pairs);
  });
});
