import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CohortInput,
  checkPlan,
  DEFAULT_RULES,
  match,
  parseCohort,
  safeParseCohort,
  scoreMatrix,
} from "../../src/index.js";
import { cohortArbitrary, shuffled } from "../arbitraries.js";
import { bruteForce } from "../bruteForce.js";

const small = cohortArbitrary({ maxMentors: 6, maxAdepts: 6, ineligible: true });
const medium = cohortArbitrary({ maxMentors: 14, maxAdepts: 14, ineligible: true });
const town = (x: string) => (x === "1490" ? "Borås" : x);

function pairSet(cohort: CohortInput, solver: "lp" | "flow" | "auto" = "auto") {
  return match(cohort, { solver })
    .pairs.map((p) => `${p.mentorId}/${p.adeptId}`)
    .sort();
}

describe("match: invariants on generated cohorts", () => {
  it("no pair breaks a hard rule, an exclusion or history, or takes an ineligible person", () => {
    fc.assert(
      fc.property(medium, (cohort) => {
        const result = match(cohort);
        const mentors = new Map(cohort.mentors.map((m) => [m.id, m]));
        const adepts = new Map(cohort.adepts.map((a) => [a.id, a]));
        const banned = new Set(
          [...(cohort.exclusions ?? []), ...(cohort.history ?? [])].map(
            (b) => `${b.mentor}/${b.adept}`,
          ),
        );
        for (const p of result.pairs) {
          const m = mentors.get(p.mentorId)!;
          const a = adepts.get(p.adeptId)!;
          expect(town(m.municipality)).not.toBe(town(a.municipality));
          expect(m.sector).not.toBe(a.sector);
          expect(banned.has(`${p.mentorId}/${p.adeptId}`)).toBe(false);
          expect(m.managerYears).toBeGreaterThanOrEqual(5);
          expect(a.managerYears).toBeGreaterThanOrEqual(2);
          expect(m.managerConsent && a.managerConsent).toBe(true);
        }
      }),
    );
  });

  it("each adept is in exactly one of pairs and unmatchedAdepts, and capacity is respected", () => {
    fc.assert(
      fc.property(medium, (cohort) => {
        const result = match(cohort);
        const seen = [
          ...result.pairs.map((p) => p.adeptId),
          ...result.unmatchedAdepts.map((u) => u.id),
        ].sort();
        expect(seen).toEqual(cohort.adepts.map((a) => a.id).sort());
        for (const m of cohort.mentors) {
          const load = result.pairs.filter((p) => p.mentorId === m.id).length;
          expect(load).toBeLessThanOrEqual(m.capacity ?? 1);
          const spare = result.spareMentors.find((s) => s.id === m.id)?.spare ?? 0;
          expect(load + spare).toBe(m.capacity ?? 1);
        }
        expect(checkPlan(parseCohort(cohort), DEFAULT_RULES, result.pairs)).toEqual([]);
      }),
    );
  });

  it("locked pairs are kept", () => {
    fc.assert(
      fc.property(medium, (cohort) => {
        const result = match(cohort);
        const pairs = new Set(result.pairs.map((p) => `${p.mentorId}/${p.adeptId}`));
        for (const l of cohort.locked ?? []) expect(pairs.has(`${l.mentor}/${l.adept}`)).toBe(true);
        for (const p of result.pairs) {
          const isLocked = (cohort.locked ?? []).some(
            (l) => l.mentor === p.mentorId && l.adept === p.adeptId,
          );
          expect(p.locked).toBe(isLocked);
        }
      }),
    );
  });

  it("pair scores equal the scoreMatrix entries and add up to the objective", () => {
    fc.assert(
      fc.property(medium, (cohort) => {
        const result = match(cohort);
        const matrix = scoreMatrix(cohort);
        let units = 0;
        for (const p of result.pairs) {
          const s =
            matrix.score[matrix.mentorIds.indexOf(p.mentorId)]![
              matrix.adeptIds.indexOf(p.adeptId)
            ]!;
          expect(p.score).toBe(s);
          units += Math.round(s * 10_000);
        }
        expect(Math.round(result.objective.totalScore * 10_000)).toBe(units);
        expect(result.objective.matched).toBe(result.pairs.length);
      }),
    );
  });

  it("the objective equals brute force for cohorts up to 6 x 6 (with capacities, exclusions, locks)", () => {
    fc.assert(
      fc.property(small, fc.constantFrom("lp" as const, "flow" as const), (cohort, solver) => {
        const result = match(cohort, { solver });
        const matrix = scoreMatrix(cohort);
        const capacity = cohort.mentors.map((m) => m.capacity ?? 1);
        const locked = new Map(
          (cohort.locked ?? []).map((l) => [
            matrix.adeptIds.indexOf(l.adept),
            matrix.mentorIds.indexOf(l.mentor),
          ]),
        );
        const best = bruteForce(matrix, capacity, locked);
        expect(result.objective.matched).toBe(best.matched);
        expect(Math.round(result.objective.totalScore * 10_000)).toBe(best.units);
        expect(result.solver.optimal).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("shuffling the input leaves the pairs unchanged", () => {
    fc.assert(
      fc.property(medium, fc.array(fc.nat(), { minLength: 1, maxLength: 20 }), (cohort, keys) => {
        const reordered: CohortInput = {
          ...cohort,
          mentors: shuffled(cohort.mentors, keys),
          adepts: shuffled(cohort.adepts, [...keys].reverse()),
          exclusions: shuffled(cohort.exclusions ?? [], keys),
          history: shuffled(cohort.history ?? [], keys),
        };
        expect(pairSet(reordered)).toEqual(pairSet(cohort));
        expect(match(reordered).audit.inputHash).toBe(match(cohort).audit.inputHash);
      }),
    );
  });

  it("the LP and the flow solver reach the same objective, with hard and soft rules", () => {
    fc.assert(
      fc.property(
        cohortArbitrary({ maxMentors: 40, maxAdepts: 40, minPeople: 20, ineligible: false }),
        fc.constantFrom("hard" as const, "soft" as const),
        (cohort, mode) => {
          const rules = { differentMunicipality: mode, differentSector: mode };
          const lp = match(cohort, { solver: "lp", rules });
          const flow = match(cohort, { solver: "flow", rules });
          expect(lp.solver.name).toBe("lp");
          expect(flow.solver.name).toBe("flow");
          // The objective's levels; weakestScore is not one of them with objective "total", and
          // two optimal plans that tie on every level may differ in it.
          const levels = (r: typeof lp) => [
            r.objective.matched,
            r.objective.softViolations,
            r.objective.totalScore,
          ];
          expect(levels(lp)).toEqual(levels(flow));
        },
      ),
      { numRuns: 30 },
    );
  });

  it("match never mutates its input", () => {
    fc.assert(
      fc.property(medium, (cohort) => {
        const before = structuredClone(cohort);
        match(cohort);
        scoreMatrix(cohort);
        expect(cohort).toEqual(before);
      }),
      { numRuns: 30 },
    );
  });

  it("safeParseCohort on arbitrary JSON never throws", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = safeParseCohort(value);
        expect(typeof result.success).toBe("boolean");
        if (!result.success) expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it("safeParseCohort on cohorts with arbitrary JSON in one field never throws", () => {
    fc.assert(
      fc.property(
        small,
        fc.constantFrom(
          "municipality",
          "sector",
          "managerYears",
          "capacity",
          "id",
          "offers",
          "education",
        ),
        fc.jsonValue(),
        (cohort, field, value) => {
          const broken = {
            ...cohort,
            mentors: [{ ...cohort.mentors[0]!, [field]: value }, ...cohort.mentors.slice(1)],
          };
          const result = safeParseCohort(broken);
          if (!result.success) {
            expect(result.issues.length).toBeGreaterThan(0);
            for (const issue of result.issues)
              expect(issue.path).toMatch(/^(mentors|adepts|exclusions|locked|history)/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
