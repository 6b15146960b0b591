import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_RULES } from "../../src/options/resolve.js";
import { eligibility, eligibilityFacts, eligibilityProblem } from "../../src/rules/eligibility.js";
import type { ResolvedRules } from "../../src/types.js";

const person = (managerYears: number, managerConsent?: boolean) =>
  managerConsent === undefined ? { managerYears } : { managerYears, managerConsent };

describe("eligibility", () => {
  it("needs at least 2 years as a manager for an adept and 5 for a mentor, by default", () => {
    expect(eligibilityFacts(person(2, true), "adept", DEFAULT_RULES)).toBeUndefined();
    expect(eligibilityFacts(person(1.5, true), "adept", DEFAULT_RULES)).toEqual({
      role: "adept",
      years: { has: 1.5, least: 2 },
    });
    expect(eligibilityFacts(person(4, true), "mentor", DEFAULT_RULES)).toEqual({
      role: "mentor",
      years: { has: 4, least: 5 },
    });
  });

  it("needs the manager's consent: missing and refused are told apart", () => {
    expect(eligibilityFacts(person(9), "mentor", DEFAULT_RULES)).toEqual({
      role: "mentor",
      consent: "missing",
    });
    expect(eligibilityFacts(person(1, false), "adept", DEFAULT_RULES)).toEqual({
      role: "adept",
      years: { has: 1, least: 2 },
      consent: "refused",
    });
    const noConsent = { ...DEFAULT_RULES, requireConsent: false };
    expect(eligibilityFacts(person(9, false), "mentor", noConsent)).toBeUndefined();
  });

  it("says the facts in English, as results always have", () => {
    expect(eligibilityProblem(person(1, false), "adept", DEFAULT_RULES)).toBe(
      "1 years as a manager; adepts need at least 2; has not consulted their own manager (managerConsent is false)",
    );
    expect(eligibilityProblem(person(9, true), "mentor", DEFAULT_RULES)).toBeUndefined();
  });

  it("blocks every pair of an ineligible person under the person's role", () => {
    expect(eligibility.block({ role: "mentor", consent: "missing" })).toEqual({
      rule: "mentorIneligible",
      role: "mentor",
      consent: "missing",
    });
    expect(eligibility.block({ role: "adept", years: { has: 1, least: 2 } }).rule).toBe(
      "adeptIneligible",
    );
  });

  it("laid out per side, agrees with the test on each person", () => {
    const rulesArb: fc.Arbitrary<ResolvedRules> = fc
      .record({
        adeptMinManagerYears: fc.integer({ min: 0, max: 6 }),
        mentorMinManagerYears: fc.integer({ min: 0, max: 10 }),
        requireConsent: fc.boolean(),
      })
      .map((r) => ({ ...DEFAULT_RULES, ...r }));
    const peopleArb = fc.array(
      fc.record(
        {
          managerYears: fc.double({ min: 0, max: 12, noNaN: true }),
          managerConsent: fc.boolean(),
        },
        { requiredKeys: ["managerYears"] },
      ),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(
        peopleArb,
        fc.constantFrom("mentor" as const, "adept" as const),
        rulesArb,
        (people, role, rules) => {
          const laid = eligibility.interned(people, role, rules);
          expect(laid).toHaveLength(people.length);
          people.forEach((p, i) => {
            expect(laid[i]).toEqual(eligibilityFacts(p, role, rules));
            expect(laid[i] === undefined).toBe(eligibilityProblem(p, role, rules) === undefined);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
