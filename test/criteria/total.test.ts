import { describe, expect, it } from "vitest";
import { MAX_UNITS, unitsOfSum, weightedUnits, weightVector } from "../../src/criteria/total.js";
import { DEFAULT_WEIGHTS } from "../../src/options/resolve.js";
import type { CriterionScores } from "../../src/types.js";

const scores: CriterionScores = {
  geography: 1,
  experience: 0.5,
  education: 0.25,
  wishes: 0.75,
  leadership: 0,
  sector: 0.5,
};

describe("weightedUnits", () => {
  it("is the weighted mean times 1,000,000, rounded", () => {
    // (1 + 0.5 + 0.25 + 3 * 0.75 + 0 + 0.5) / 8 = 0.5625
    expect(weightedUnits(scores, DEFAULT_WEIGHTS)).toBe(562_500);
  });

  it("rounds to whole units", () => {
    const w = { ...DEFAULT_WEIGHTS, wishes: 1 };
    const third = {
      ...scores,
      geography: 1 / 3,
      experience: 0,
      education: 0,
      wishes: 0,
      sector: 0,
    };
    // (1/3) / 6 = 0.0555...
    expect(weightedUnits(third, w)).toBe(55_556);
  });

  it("leaves out a criterion of weight 0", () => {
    const onlyWishes = {
      geography: 0,
      experience: 0,
      education: 0,
      wishes: 2,
      leadership: 0,
      sector: 0,
    };
    expect(weightedUnits(scores, onlyWishes)).toBe(750_000);
    expect(
      weightedUnits({ ...scores, geography: Number.NaN }, { ...DEFAULT_WEIGHTS, geography: 0 }),
    ).toBe(Math.round(((0.5 + 0.25 + 2.25 + 0 + 0.5) / 7) * MAX_UNITS));
  });

  it("throws for weights a caller should have rejected", () => {
    expect(() => weightedUnits(scores, { ...DEFAULT_WEIGHTS, sector: -1 })).toThrow(
      /weightedUnits: weights.sector/,
    );
    const zero = { geography: 0, experience: 0, education: 0, wishes: 0, leadership: 0, sector: 0 };
    expect(() => weightedUnits(scores, zero)).toThrow(RangeError);
    expect(() =>
      weightVector({ ...DEFAULT_WEIGHTS, wishes: Number.POSITIVE_INFINITY }, "f"),
    ).toThrow(/^f: /);
  });
});

describe("unitsOfSum", () => {
  it("clamps to 0..1,000,000", () => {
    const w = weightVector(DEFAULT_WEIGHTS);
    expect(unitsOfSum(8, w)).toBe(MAX_UNITS);
    expect(unitsOfSum(8.000000001, w)).toBe(MAX_UNITS);
    expect(unitsOfSum(-1e-12, w)).toBe(0);
    expect(unitsOfSum(4, w)).toBe(500_000);
  });
});
