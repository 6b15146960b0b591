import { describe, expect, it } from "vitest";
import { differentMunicipality, sameMunicipality } from "../../src/rules/differentMunicipality.js";
import { adept, fastPathAgrees, mentor } from "./helpers.js";

describe("differentMunicipality", () => {
  it("is broken by two people in one municipality, spelled alike or not", () => {
    expect(
      sameMunicipality(mentor({ municipality: "Borås" }), adept({ municipality: " borås" })),
    ).toBe(true);
    expect(
      differentMunicipality.breaks(
        mentor({ municipality: "Bora\u030As" }),
        adept({ municipality: "BORÅS" }),
      ),
    ).toBe(true);
  });

  it("is kept by two different municipalities", () => {
    expect(differentMunicipality.breaks(mentor({ municipality: "Mark" }), adept())).toBe(false);
  });

  it("names the shared municipality as the adept spells it", () => {
    const m = mentor({ municipality: "Borås" });
    const a = adept({ municipality: " borås" });
    expect(differentMunicipality.block(m, a)).toEqual({
      rule: "differentMunicipality",
      place: " borås",
    });
  });

  it("its test on interned data agrees with its test on people, for every pair", () => {
    fastPathAgrees(differentMunicipality);
  });
});
