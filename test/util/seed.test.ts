import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_SEED } from "../setup.js";

describe("property tests run with one fixed seed", () => {
  it("the seed is set for the whole suite (test/setup.ts), FC_SEED overriding it", () => {
    const expected =
      process.env.FC_SEED === undefined || process.env.FC_SEED === ""
        ? DEFAULT_SEED
        : Number(process.env.FC_SEED);
    expect(fc.readConfigureGlobal().seed).toBe(expected);
  });

  it("two runs of the same property draw the same values", () => {
    const draw = () => fc.sample(fc.integer(), { numRuns: 5 });
    expect(draw()).toEqual(draw());
  });
});
