import { describe, expect, it } from "vitest";
import {
  leadershipAreasPart,
  leadershipFacts,
  leadershipLevelIndex,
  leadershipLevelPart,
  leadershipScore,
  leadershipStaffPart,
} from "../../src/criteria/leadership.js";
import { adept, context, mentor } from "./helpers.js";

const ctx = context();

describe("leadership parts", () => {
  it.each([
    ["senior", "first-line", 1],
    ["second-line", "second-line", 1],
    ["first-line", "second-line", 0.5],
    ["first-line", "senior", 0],
  ] as const)("level part of a %s mentor and a %s adept is %d", (m, a, part) => {
    expect(leadershipLevelPart(leadershipLevelIndex(m), leadershipLevelIndex(a))).toBe(part);
  });

  it.each([
    [40, 10, 1],
    [10, 10, 1],
    [10, 40, 0.25],
    [0, 0, 1],
    [5, 0, 1],
    [0, 12, 0],
    [undefined, 10, 0.5],
    [10, undefined, 0.5],
  ])("staff part of %s and %s staff is %d", (m, a, part) => {
    expect(leadershipStaffPart(m, a)).toBe(part);
  });

  it("areas part is the share of the adept's areas the mentor has, 0.5 for an empty side", () => {
    expect(leadershipAreasPart(1, 2, 3)).toBeCloseTo(1 / 3, 12);
    expect(leadershipAreasPart(0, 0, 3)).toBe(0.5);
    expect(leadershipAreasPart(0, 2, 0)).toBe(0.5);
  });
});

describe("leadershipScore", () => {
  it("is the mean of level, staff and areas", () => {
    const m = mentor({
      leadership: { level: "first-line", staffCount: 10, areas: ["Conflict", "HR"] },
    });
    const a = adept({
      leadership: {
        level: "second-line",
        staffCount: 40,
        areas: ["change", "conflict ", "budget"],
      },
    });
    const facts = leadershipFacts(m, a, ctx);
    expect(facts.levelPart).toBe(0.5);
    expect(facts.staffPart).toBe(0.25);
    expect(facts.sharedAreas).toEqual(["conflict"]);
    expect(facts.missingAreas).toEqual(["change", "budget"]);
    expect(facts.areasPart).toBeCloseTo(1 / 3, 12);
    expect(facts.score).toBeCloseTo((0.5 + 0.25 + 1 / 3) / 3, 12);
  });

  it("is 1 for a mentor who has led higher, more staff and in every area", () => {
    const m = mentor({
      leadership: { level: "senior", staffCount: 120, areas: ["change", "budget", "conflict"] },
    });
    const a = adept({
      leadership: { level: "first-line", staffCount: 8, areas: ["Budget", "CHANGE"] },
    });
    expect(leadershipScore(m, a, ctx)).toBe(1);
  });

  it("is neutral per missing part", () => {
    expect(leadershipScore(mentor(), adept(), ctx)).toBe(0.5);
    const facts = leadershipFacts(
      mentor({ leadership: { level: "senior" } }),
      adept({ leadership: { areas: ["change"] } }),
      ctx,
    );
    expect(facts.missing).toEqual([
      "adept.leadership.level",
      "mentor.leadership.staffCount",
      "adept.leadership.staffCount",
      "mentor.leadership.areas",
    ]);
    expect(facts.score).toBe(0.5);
  });
});
