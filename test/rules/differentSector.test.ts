import { describe, expect, it } from "vitest";
import { differentSector, sameSector } from "../../src/rules/differentSector.js";
import { adept, fastPathAgrees, mentor } from "./helpers.js";

describe("differentSector", () => {
  it("is broken by two people working in one sector now", () => {
    expect(sameSector(mentor({ sector: "Förskola" }), adept({ sector: "förskola " }))).toBe(true);
    expect(
      differentSector.breaks(mentor({ sector: "Äldreomsorg" }), adept({ sector: "Äldreomsorg" })),
    ).toBe(true);
  });

  it("looks at the current sector only, not at earlier experience", () => {
    const m = mentor({ sector: "Grundskola", sectorExperience: ["Äldreomsorg"] });
    expect(differentSector.breaks(m, adept({ sector: "Äldreomsorg" }))).toBe(false);
  });

  it("names the shared sector as the adept spells it", () => {
    const m = mentor({ sector: "Förskola" });
    expect(differentSector.block(m, adept({ sector: "förskola" }))).toEqual({
      rule: "differentSector",
      sector: "förskola",
    });
  });

  it("its test on interned data agrees with its test on people, for every pair", () => {
    fastPathAgrees(differentSector);
  });
});
