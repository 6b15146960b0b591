import { describe, expect, it } from "vitest";
import {
  differentWorkBackground,
  sameWorkBackground,
} from "../../src/rules/differentWorkBackground.js";
import { adept, fastPathAgrees, mentor } from "./helpers.js";

describe("differentWorkBackground", () => {
  it("is broken when the backgrounds overlap by half or more (Jaccard >= 0.5)", () => {
    // {förskola, grundskola} and {grundskola, förskola}: the same two sectors.
    const m = mentor({ sector: "Förskola", sectorExperience: ["Grundskola"] });
    const a = adept({ sector: "Grundskola", sectorExperience: ["Förskola"] });
    expect(sameWorkBackground(m, a)).toBe(true);
    // {förskola, grundskola} and {grundskola, äldreomsorg}: 1 shared of 3, below half.
    const b = adept({ sector: "Grundskola", sectorExperience: ["Äldreomsorg"] });
    expect(differentWorkBackground.breaks(m, b)).toBe(false);
    // {förskola} and {förskola, grundskola}: 1 of 2, exactly half.
    const c = mentor({ sector: "Förskola", sectorExperience: ["förskola"] });
    expect(differentWorkBackground.breaks(c, a)).toBe(true);
  });

  it("is never broken when either background is unknown (no or an empty sectorExperience)", () => {
    const m = mentor({ sector: "Förskola" });
    const a = adept({ sector: "Förskola", sectorExperience: ["Förskola"] });
    expect(differentWorkBackground.breaks(m, a)).toBe(false);
    expect(
      differentWorkBackground.breaks(mentor({ sector: "Förskola", sectorExperience: [] }), a),
    ).toBe(false);
  });

  it("gives no facts: the backgrounds are the people's own", () => {
    expect(differentWorkBackground.block(mentor(), adept())).toEqual({
      rule: "differentWorkBackground",
    });
  });

  it("its test on interned data agrees with its test on people, for every pair", () => {
    fastPathAgrees(differentWorkBackground);
  });
});
