import { describe, expect, it } from "vitest";
import {
  educationFacts,
  educationFieldsPart,
  educationLevelIndex,
  educationLevelPart,
  educationScore,
} from "../../src/criteria/education.js";
import { adept, context, mentor } from "./helpers.js";

const ctx = context();
const complementary = context({ educationDirection: "complementary" });

describe("education parts", () => {
  it("indexes levels lowest first, -1 when missing", () => {
    expect(educationLevelIndex("upper-secondary")).toBe(0);
    expect(educationLevelIndex("doctorate")).toBe(4);
    expect(educationLevelIndex(undefined)).toBe(-1);
  });

  it.each([
    [3, 3, 1],
    [3, 2, 0.75],
    [2, 3, 0.75],
    [0, 4, 0],
    [-1, 2, 0.5],
    [2, -1, 0.5],
  ])("level part of indices %d and %d is %d", (m, a, part) => {
    expect(educationLevelPart(m, a)).toBe(part);
  });

  it("fields part is Jaccard, or 1 - Jaccard when complementary, 0.5 for an empty side", () => {
    expect(educationFieldsPart(1, 2, 2, "similar")).toBeCloseTo(1 / 3, 12);
    expect(educationFieldsPart(1, 2, 2, "complementary")).toBeCloseTo(2 / 3, 12);
    expect(educationFieldsPart(0, 0, 2, "similar")).toBe(0.5);
    expect(educationFieldsPart(0, 3, 0, "complementary")).toBe(0.5);
  });
});

describe("educationScore", () => {
  const m = mentor({ education: { level: "master", fields: ["Social work", "Economics"] } });
  const a = adept({ education: { level: "bachelor", fields: ["social  work", "Nursing"] } });

  it("is the mean of the level and fields parts", () => {
    const facts = educationFacts(m, a, ctx);
    expect(facts.levelGap).toBe(1);
    expect(facts.levelPart).toBe(0.75);
    expect(facts.sharedFields).toEqual(["social  work"]);
    expect(facts.fieldsPart).toBeCloseTo(1 / 3, 12);
    expect(facts.score).toBeCloseTo((0.75 + 1 / 3) / 2, 12);
  });

  it("rewards different fields when complementary", () => {
    expect(educationScore(m, a, complementary)).toBeCloseTo((0.75 + 2 / 3) / 2, 12);
  });

  it("is neutral per missing part", () => {
    expect(educationScore(mentor(), adept(), ctx)).toBe(0.5);
    expect(
      educationScore(
        mentor({ education: { level: "doctorate" } }),
        adept({ education: { level: "doctorate" } }),
        ctx,
      ),
    ).toBe(0.75);
    const facts = educationFacts(
      mentor({ education: { fields: ["law"] } }),
      adept({ education: { fields: ["LAW"] } }),
      ctx,
    );
    expect(facts.levelGap).toBeNull();
    expect(facts.missing).toEqual(["mentor.education.level", "adept.education.level"]);
    expect(facts.score).toBe(0.75);
  });
});
