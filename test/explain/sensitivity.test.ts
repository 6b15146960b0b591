import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alternativesOfPlan } from "../../src/plan/alternatives.js";
import { forcedObjective, lossOf } from "../../src/plan/forced.js";
import { optimalPlan } from "../../src/plan/plan.js";
import { prepare } from "../../src/prepare/prepare.js";
import { cohortArbitrary, outsider, withIsolatedGroup } from "../arbitraries.js";

/**
 * Every generated cohort also holds an isolated exchange: mentors MX1 and MX2 (one place each)
 * and adepts AX1 and AX2, who may only be paired among themselves. Both adepts are matched, each
 * has the other mentor as an alternative, and forcing it moves the other adept too (a longer
 * exchange than a swap, whose cost differs from the naive difference because MX1 and MX2 differ
 * in years as a manager). So every run compares real alternatives, by construction.
 */
const ISOLATED = {
  mentors: [outsider("MX1", "Herrljunga", "IT", 6), outsider("MX2", "Herrljunga", "IT", 14)],
  adepts: [outsider("AX1", "Bollebygd", "Kultur", 2), outsider("AX2", "Bollebygd", "Kultur", 4)],
};
const medium = cohortArbitrary({ maxMentors: 23, maxAdepts: 23, ineligible: true }).map((c) =>
  withIsolatedGroup(c, ISOLATED),
);
const rulesArbitrary = fc.record({
  differentMunicipality: fc.constantFrom("hard" as const, "soft" as const, "off" as const),
  differentSector: fc.constantFrom("hard" as const, "soft" as const, "off" as const),
});

describe("ForcingOracle: one shortest-path search per adept", () => {
  it("equals one exact forced solve per alternative on cohorts up to 25 x 25", () => {
    fc.assert(
      fc.property(medium, rulesArbitrary, (cohort, rules) => {
        const p = prepare("test", cohort, { rules });
        const plan = optimalPlan(p);
        const compared = new Set<string>();
        alternativesOfPlan(plan, 4).forEach((a, j) => {
          for (const alt of a.alternatives) {
            const m = p.mentors.findIndex((x) => x.id === alt.mentorId);
            const forced = forcedObjective(plan, m, j);
            expect(alt.loss).toEqual(lossOf(plan.objective, forced, false));
            compared.add(a.adeptId);
          }
        });
        // The isolated exchange guarantees real alternatives in every run.
        expect(compared).toContain("AX1");
        expect(compared).toContain("AX2");
      }),
      { numRuns: 25 },
    );
  });

  it("a forced pair that moves another adept too costs the whole exchange, not a swap", () => {
    // The oracle is only interesting when forcing a pair moves several people; the isolated
    // exchange makes sure every run has such a pair, beside whatever the draw holds.
    fc.assert(
      fc.property(medium, (cohort) => {
        const p = prepare("test", cohort, {});
        const plan = optimalPlan(p);
        const longer = new Set<string>();
        alternativesOfPlan(plan, 4).forEach((a, j) => {
          const current = plan.mentorOf[j]!;
          for (const alt of a.alternatives) {
            const m = p.mentors.findIndex((x) => x.id === alt.mentorId);
            const naive = (current < 0 ? 0 : p.scorer.units(current, j)) - p.scorer.units(m, j);
            if (Math.round(alt.loss.totalScore * 10_000) !== naive || alt.loss.matched !== 0)
              longer.add(a.adeptId);
          }
        });
        expect(longer).toContain("AX1");
        expect(longer).toContain("AX2");
      }),
      { numRuns: 25 },
    );
  });
});
