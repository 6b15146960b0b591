import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CohortInput, type MatchOptions, match, scoreMatrix } from "../../src/index.js";
import { cohortArbitrary } from "../arbitraries.js";
import { bruteForce } from "../bruteForce.js";

const town = (x: string) => (x === "1490" ? "Borås" : x);

/** Violations counted from the cohort itself, independently of the library's rule code. */
function violationMatrix(
  cohort: CohortInput,
  rules: NonNullable<MatchOptions["rules"]>,
): number[][] {
  const background = (p: { sector: string; sectorExperience?: readonly string[] | undefined }) =>
    p.sectorExperience === undefined || p.sectorExperience.length === 0
      ? undefined
      : new Set([...p.sectorExperience, p.sector].map((s) => s.toLowerCase()));
  return cohort.mentors.map((m) =>
    cohort.adepts.map((a) => {
      let v = 0;
      if (rules.differentMunicipality === "soft" && town(m.municipality) === town(a.municipality))
        v++;
      if (rules.differentSector === "soft" && m.sector === a.sector) v++;
      const bm = background(m);
      const ba = background(a);
      if (rules.differentWorkBackground === "soft" && bm !== undefined && ba !== undefined) {
        const common = [...ba].filter((s) => bm.has(s)).length;
        if (common / (bm.size + ba.size - common) >= 0.5) v++;
      }
      return v;
    }),
  );
}

const rulesArbitrary = fc.record({
  differentMunicipality: fc.constantFrom("hard" as const, "soft" as const, "off" as const),
  differentSector: fc.constantFrom("hard" as const, "soft" as const, "off" as const),
  // Not hard: generated locks are built to obey the default rules only.
  differentWorkBackground: fc.constantFrom("soft" as const, "off" as const),
});

function oracle(cohort: CohortInput, options: MatchOptions, fair: boolean) {
  const matrix = scoreMatrix(cohort, options);
  const locked = new Map(
    (cohort.locked ?? []).map((l) => [
      matrix.adeptIds.indexOf(l.adept),
      matrix.mentorIds.indexOf(l.mentor),
    ]),
  );
  return bruteForce(
    matrix,
    cohort.mentors.map((m) => m.capacity ?? 1),
    locked,
    violationMatrix(cohort, options.rules ?? {}),
    fair,
  );
}

// Locks in generated cohorts obey the default hard rules; with a rule soft or off they still do.
const small = cohortArbitrary({ maxMentors: 5, maxAdepts: 5, ineligible: false });

describe("soft rules and the fair objective", () => {
  it("matches brute force for up to 5 x 5: most matched, fewest violations, highest total", () => {
    fc.assert(
      fc.property(
        small,
        rulesArbitrary,
        fc.constantFrom("lp" as const, "flow" as const),
        (cohort, rules, solver) => {
          const options: MatchOptions = { rules, solver };
          const result = match(cohort, options);
          const best = oracle(cohort, options, false);
          expect(result.objective.matched).toBe(best.matched);
          expect(result.objective.softViolations).toBe(best.violations);
          expect(Math.round(result.objective.totalScore * 10_000)).toBe(best.units);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("fair matches brute force for up to 5 x 5: most matched, fewest violations, weakest pair, total", () => {
    fc.assert(
      fc.property(
        small,
        rulesArbitrary,
        fc.constantFrom("lp" as const, "flow" as const),
        (cohort, rules, solver) => {
          const options: MatchOptions = { rules, solver, objective: "fair" };
          const result = match(cohort, options);
          const best = oracle(cohort, options, true);
          expect(result.objective.matched).toBe(best.matched);
          expect(result.objective.softViolations).toBe(best.violations);
          const weakest =
            result.objective.weakestScore === null
              ? Number.POSITIVE_INFINITY
              : Math.round(result.objective.weakestScore * 10_000);
          expect(weakest).toBe(best.weakest);
          expect(Math.round(result.objective.totalScore * 10_000)).toBe(best.units);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("each pair lists exactly the soft rules it breaks", () => {
    fc.assert(
      fc.property(small, rulesArbitrary, (cohort, rules) => {
        const result = match(cohort, { rules });
        const v = violationMatrix(cohort, rules);
        for (const p of result.pairs) {
          const m = cohort.mentors.findIndex((x) => x.id === p.mentorId);
          const a = cohort.adepts.findIndex((x) => x.id === p.adeptId);
          expect(p.softViolations.length).toBe(v[m]![a]!);
        }
      }),
    );
  });

  it("when the hard rules make matching impossible, soft rules still match everyone with the fewest violations", () => {
    // One municipality and two sectors: under hard rules nobody can be paired across them.
    const person = (id: string, sector: string, years: number) => ({
      id,
      municipality: "Borås",
      sector,
      managerYears: years,
      managerConsent: true,
    });
    const cohort = {
      mentors: [person("M1", "Förskola", 10), person("M2", "Förskola", 9), person("M3", "HR", 12)],
      adepts: [person("A1", "Förskola", 3), person("A2", "HR", 3), person("A3", "HR", 4)],
    };
    const hard = match(cohort);
    expect(hard.objective.matched).toBe(0);
    for (const u of hard.unmatchedAdepts) expect(u.reason).toBe("no-allowed-mentor");
    const soft = match(cohort, {
      rules: { differentMunicipality: "soft", differentSector: "soft" },
    });
    expect(soft.objective.matched).toBe(3);
    // Every pair shares the municipality (3 violations); the sector rule can be kept by giving
    // the Förskola adept the HR mentor and the two HR adepts the Förskola mentors.
    expect(soft.objective.softViolations).toBe(3);
    expect(soft.pairs.find((p) => p.adeptId === "A1")?.mentorId).toBe("M3");
    expect(soft.pairs.every((p) => p.softViolations.includes("differentMunicipality"))).toBe(true);
  });
});
