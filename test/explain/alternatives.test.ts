import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alternatives } from "../../src/explain/alternatives.js";
import { explainPair } from "../../src/explain/explainPair.js";
import type { PlanLoss } from "../../src/explain/types.js";
import {
  type CohortInput,
  type MatchOptions,
  match,
  type RuleMode,
  scoreMatrix,
} from "../../src/index.js";
import { cohortArbitrary } from "../arbitraries.js";
import { SMALL, SMALL_OPTIONS } from "./cohort.js";

const small = cohortArbitrary({ maxMentors: 5, maxAdepts: 5, ineligible: true });
const eligible = cohortArbitrary({ maxMentors: 4, maxAdepts: 4, ineligible: false });
// Not hard for work background: generated locks obey the default rules only.
const rulesArbitrary = fc.record({
  differentMunicipality: fc.constantFrom("hard" as const, "soft" as const, "off" as const),
  differentSector: fc.constantFrom("hard" as const, "soft" as const, "off" as const),
});
const units = (points: number) => Math.round(points * 10_000);

/** Compared in objective order, a loss is never below zero. */
function lexNonNegative(loss: PlanLoss): boolean {
  if (loss.matched !== 0) return loss.matched > 0;
  if (loss.softViolations !== 0) return loss.softViolations > 0;
  if ((loss.weakestScore ?? 0) !== 0) return loss.weakestScore! > 0;
  return units(loss.totalScore) >= 0;
}

describe("alternatives: properties on generated cohorts", () => {
  it("each loss equals the optimum minus a re-match with that pair locked, and is never negative", () => {
    fc.assert(
      fc.property(small, rulesArbitrary, (cohort, rules) => {
        const options: MatchOptions = { rules };
        const optimum = match(cohort, options).objective;
        for (const a of alternatives(cohort, options)) {
          for (const alt of a.alternatives) {
            const forced = match(
              {
                ...cohort,
                locked: [...(cohort.locked ?? []), { mentor: alt.mentorId, adept: a.adeptId }],
              },
              options,
            ).objective;
            expect(alt.loss.matched).toBe(optimum.matched - forced.matched);
            expect(alt.loss.softViolations).toBe(forced.softViolations - optimum.softViolations);
            expect(units(alt.loss.totalScore)).toBe(
              units(optimum.totalScore) - units(forced.totalScore),
            );
            expect(lexNonNegative(alt.loss)).toBe(true);
          }
        }
      }),
      { numRuns: 120 },
    );
  });

  it("the plan is match's plan, and every adept is listed once in canonical order", () => {
    fc.assert(
      fc.property(
        small,
        rulesArbitrary,
        fc.constantFrom("lp" as const, "flow" as const),
        (cohort, rules, solver) => {
          const options: MatchOptions = { rules, solver };
          const result = match(cohort, options);
          const list = alternatives(cohort, options);
          expect(list.map((a) => a.adeptId)).toEqual([...cohort.adepts.map((x) => x.id)].sort());
          const planned = new Map(result.pairs.map((p) => [p.adeptId, p.mentorId]));
          for (const a of list) {
            expect(a.mentorId).toBe(planned.get(a.adeptId) ?? null);
            expect(a.alternatives.length).toBeLessThanOrEqual(3);
            expect(a.alternatives.some((x) => x.mentorId === a.mentorId)).toBe(false);
            if (a.locked) expect(a.alternatives).toEqual([]);
            const scores = a.alternatives.map((x) => x.score);
            expect(scores).toEqual([...scores].sort((x, y) => y - x));
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it("agrees with explainPair's forced-pair solve (a different method) on every alternative", () => {
    fc.assert(
      fc.property(small, rulesArbitrary, (cohort, rules) => {
        const options: MatchOptions = { rules };
        for (const a of alternatives(cohort, { ...options, perAdept: 10 })) {
          for (const alt of a.alternatives) {
            const e = explainPair(cohort, alt.mentorId, a.adeptId, options);
            expect(e.status).toBe("not-chosen");
            expect(e.loss).toEqual(alt.loss);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it("with the fair objective each loss matches a brute-force search over plans containing the pair", () => {
    fc.assert(
      fc.property(eligible, rulesArbitrary, (cohort, rules) => {
        const options: MatchOptions = { rules, objective: "fair" };
        const optimum = match(cohort, options).objective;
        for (const a of alternatives(cohort, options)) {
          for (const alt of a.alternatives) {
            const forced = bestContaining(cohort, rules, alt.mentorId, a.adeptId);
            expect(alt.loss.matched).toBe(optimum.matched - forced.matched);
            expect(alt.loss.softViolations).toBe(forced.violations - optimum.softViolations);
            expect(units(alt.loss.weakestScore ?? Number.NaN)).toBe(
              units(optimum.weakestScore ?? Number.NaN) - forced.weakest,
            );
            expect(units(alt.loss.totalScore)).toBe(units(optimum.totalScore) - forced.units);
            expect(lexNonNegative(alt.loss)).toBe(true);
          }
        }
      }),
      { numRuns: 80 },
    );
  });
});

const person = (id: string, municipality: string, sector: string, extra: object = {}) => ({
  id,
  municipality,
  sector,
  managerYears: id.startsWith("M") ? 5 : 2,
  managerConsent: true,
  ...extra,
});

/**
 * Two cohorts found by the fair property above at 5 x 5 (with a deliberately broken branch of
 * the forced solve), kept as fixed cases because random draws reach them rarely.
 */
const FAIR_CASES: [string, CohortInput][] = [
  [
    "the forced pair becomes the weakest: the rest is maximised among pairs at or above it",
    {
      mentors: [
        person("M01", "Borås", "Förskola", {
          offers: [],
          leadership: { level: "first-line", staffCount: 0 },
        }),
        person("M02", "Tranemo", "Förskola", { offers: [] }),
        person("M03", "Borås", "Förskola", { offers: [], leadership: { staffCount: 0 } }),
      ],
      adepts: [
        person("A01", "Borås", "Förskola", { wishes: [] }),
        person("A02", "Tranemo", "Förskola", { wishes: [], leadership: { staffCount: 1 } }),
        person("A03", "Borås", "Funktionsstöd", { wishes: [] }),
        person("A04", "Tranemo", "Äldreomsorg", { wishes: [] }),
      ],
      exclusions: [{ mentor: "M02", adept: "A01" }],
    },
  ],
  [
    "the rest has a weaker pair than the forced one: its own fair threshold decides",
    {
      mentors: [
        person("M01", "Borås", "Förskola", { offers: [] }),
        person("M02", "Borås", "Förskola", {
          offers: ["coaching"],
          sectorExperience: ["Funktionsstöd"],
          leadership: { level: "first-line", staffCount: 0 },
        }),
        person("M03", "Borås", "Förskola", { offers: ["delegation"] }),
      ],
      adepts: [
        person("A01", "Borås", "Förskola", { wishes: [] }),
        person("A02", "Borås", "Funktionsstöd", { wishes: [] }),
        person("A03", "Borås", "Förskola", {
          wishes: ["self-insight"],
          leadership: { level: "first-line" },
        }),
        person("A04", "Borås", "Förskola", { wishes: [] }),
      ],
      exclusions: [
        { mentor: "M03", adept: "A04" },
        { mentor: "M02", adept: "A04" },
      ],
    },
  ],
];

describe("alternatives: the fair objective on known cases", () => {
  it.each(FAIR_CASES)("%s", (_, cohort) => {
    const rules = { differentMunicipality: "soft", differentSector: "off" } as const;
    const options: MatchOptions = { rules, objective: "fair" };
    const optimum = match(cohort, options).objective;
    let checked = 0;
    for (const a of alternatives(cohort, options)) {
      for (const alt of a.alternatives) {
        const forced = bestContaining(cohort, rules, alt.mentorId, a.adeptId);
        expect(alt.loss.matched).toBe(optimum.matched - forced.matched);
        expect(alt.loss.softViolations).toBe(forced.violations - optimum.softViolations);
        expect(units(alt.loss.weakestScore ?? Number.NaN)).toBe(
          units(optimum.weakestScore ?? Number.NaN) - forced.weakest,
        );
        expect(units(alt.loss.totalScore)).toBe(units(optimum.totalScore) - forced.units);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3);
  });
});

describe("alternatives: options and a known cohort", () => {
  it("lists A1's other mentor with the loss explainPair gives, and none for a locked adept", () => {
    const list = alternatives(SMALL, SMALL_OPTIONS);
    const a1 = list.find((a) => a.adeptId === "A1")!;
    expect(a1.mentorId).toBe("M1");
    expect(a1.alternatives.map((x) => x.mentorId)).toEqual(["M2"]);
    expect(a1.alternatives[0]!.loss).toEqual(explainPair(SMALL, "M2", "A1", SMALL_OPTIONS).loss);
    expect(list.find((a) => a.adeptId === "A3")).toEqual({
      adeptId: "A3",
      mentorId: null,
      score: null,
      locked: false,
      alternatives: [],
    });
    const locked = alternatives(
      { ...SMALL, locked: [{ mentor: "M2", adept: "A1" }] },
      SMALL_OPTIONS,
    );
    expect(locked.find((a) => a.adeptId === "A1")).toMatchObject({
      mentorId: "M2",
      locked: true,
      alternatives: [],
    });
  });

  it("perAdept limits the list and is checked", () => {
    expect(
      alternatives(SMALL, { ...SMALL_OPTIONS, perAdept: 0 }).every(
        (a) => a.alternatives.length === 0,
      ),
    ).toBe(true);
    expect(() => alternatives(SMALL, { perAdept: -1 })).toThrow(
      /^alternatives: options.perAdept must be a whole number/u,
    );
    expect(() => alternatives(SMALL, { perAdept: 1.5 })).toThrow(/alternatives: options.perAdept/u);
  });
});

/**
 * The best plan that contains (mentor, adept), by enumeration, with the fair objective: most
 * matched, fewest violations, strongest weakest pair (the forced pair counts; locked pairs do
 * not), then most units. Violations are counted from the cohort, independently of the library.
 */
function bestContaining(
  cohort: CohortInput,
  rules: { differentMunicipality: RuleMode; differentSector: RuleMode },
  mentorId: string,
  adeptId: string,
) {
  const matrix = scoreMatrix(cohort, { rules });
  const town = (x: string) => (x === "1490" ? "Borås" : x);
  const violation = (m: number, a: number) => {
    const mentor = cohort.mentors[m]!;
    const adept = cohort.adepts[a]!;
    return (
      (rules.differentMunicipality === "soft" &&
      town(mentor.municipality) === town(adept.municipality)
        ? 1
        : 0) + (rules.differentSector === "soft" && mentor.sector === adept.sector ? 1 : 0)
    );
  };
  const mi = matrix.mentorIds.indexOf(mentorId);
  const ai = matrix.adeptIds.indexOf(adeptId);
  const lockedTo = new Map(
    (cohort.locked ?? []).map((l) => [
      matrix.adeptIds.indexOf(l.adept),
      matrix.mentorIds.indexOf(l.mentor),
    ]),
  );
  const left = cohort.mentors.map((m) => m.capacity ?? 1);
  for (const [, m] of lockedTo) left[m]!--;
  const u = matrix.score.map((row) => Array.from(row, (s) => units(s)));
  type Plan = { matched: number; violations: number; weakest: number; units: number };
  let best: Plan | undefined;
  const better = (x: Plan, y: Plan) =>
    x.matched !== y.matched
      ? x.matched > y.matched
      : x.violations !== y.violations
        ? x.violations < y.violations
        : x.weakest !== y.weakest
          ? x.weakest > y.weakest
          : x.units > y.units;
  const visit = (a: number, plan: Plan) => {
    if (a === matrix.adeptIds.length) {
      if (best === undefined || better(plan, best)) best = { ...plan };
      return;
    }
    const lock = lockedTo.get(a);
    const options =
      lock !== undefined ? [lock] : a === ai ? [mi] : [-1, ...matrix.mentorIds.keys()];
    for (const m of options) {
      if (m < 0) {
        visit(a + 1, plan);
        continue;
      }
      if (lock === undefined && (matrix.allowed[m]![a] !== 1 || left[m]! <= 0)) continue;
      if (lock === undefined) left[m]!--;
      visit(a + 1, {
        matched: plan.matched + 1,
        violations: plan.violations + violation(m, a),
        weakest: lock === undefined ? Math.min(plan.weakest, u[m]![a]!) : plan.weakest,
        units: plan.units + u[m]![a]!,
      });
      if (lock === undefined) left[m]!++;
    }
  };
  visit(0, { matched: 0, violations: 0, weakest: Number.POSITIVE_INFINITY, units: 0 });
  if (best === undefined) throw new Error("bestContaining: no plan contains the pair");
  return best;
}

describe("match's alternatives option", () => {
  it("gives what alternatives() gives, and nothing by default", async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { alternatives: alts, match: run } = await import("../../src/index.js");
    const cohort = JSON.parse(
      readFileSync(
        join(import.meta.dirname, "..", "..", "examples", "sjuharad-spring-2024.json"),
        "utf8",
      ),
    );
    expect(run(cohort).alternatives).toBeUndefined();
    expect(run(cohort, { alternatives: 2 }).alternatives).toEqual(alts(cohort, { perAdept: 2 }));
  });
});
