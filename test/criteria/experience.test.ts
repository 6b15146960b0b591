import { describe, expect, it } from "vitest";
import {
  experienceFacts,
  experienceFromParts,
  experienceGapPart,
  experienceScore,
} from "../../src/criteria/experience.js";
import { adept, context, mentor } from "./helpers.js";

const ctx = context();

describe("experienceGapPart", () => {
  it.each([
    [12, 3, 10, 0.9],
    [20, 3, 10, 1],
    [13, 3, 10, 1],
    [5, 5, 10, 0],
    [4, 6, 10, 0],
    [8, 2, 12, 0.5],
  ])("mentor %d, adept %d, saturating at %d years: %d", (m, a, gap, part) => {
    expect(experienceGapPart(m, a, gap)).toBe(part);
  });
});

describe("experienceScore", () => {
  it("weighs the gap 0.7 and a different background 0.3", () => {
    // Sectors: mentor {grundskola, förskola}, adept {äldreomsorg, förskola}: Jaccard 1/3.
    const m = mentor({ managerYears: 12, sector: "Grundskola", sectorExperience: ["Förskola"] });
    const a = adept({ managerYears: 3, sector: "Äldreomsorg", sectorExperience: [" förskola"] });
    const facts = experienceFacts(m, a, ctx);
    expect(facts.yearGap).toBe(9);
    expect(facts.gapPart).toBe(0.9);
    expect(facts.sharedSectors).toEqual(["förskola"]);
    expect(facts.backgroundPart).toBeCloseTo(2 / 3, 12);
    expect(facts.score).toBeCloseTo(0.7 * 0.9 + 0.3 * (2 / 3), 12);
  });

  it("gives a fully different background 1", () => {
    const m = mentor({ managerYears: 15, sector: "Grundskola", sectorExperience: ["Grundskola"] });
    const a = adept({
      managerYears: 2,
      sector: "Äldreomsorg",
      sectorExperience: ["Funktionsstöd"],
    });
    expect(experienceScore(m, a, ctx)).toBe(1);
  });

  it("gives the same background 0, whatever the case and composition", () => {
    const m = mentor({ managerYears: 3, sector: "Äldreomsorg", sectorExperience: ["Förskola"] });
    const a = adept({
      managerYears: 3,
      sector: "a\u0308ldreomsorg",
      sectorExperience: ["FÖRSKOLA "],
    });
    expect(experienceFacts(m, a, ctx).backgroundPart).toBe(0);
    expect(experienceScore(m, a, ctx)).toBe(0);
  });

  it("is neutral on background when either side has no sectorExperience", () => {
    const m = mentor({ managerYears: 13, sectorExperience: ["Förskola"] });
    const none = experienceFacts(m, adept({ managerYears: 3 }), ctx);
    expect(none.backgroundPart).toBe(0.5);
    expect(none.missing).toEqual(["adept.sectorExperience"]);
    expect(none.score).toBeCloseTo(0.7 + 0.15, 12);
    expect(
      experienceScore(
        mentor({ sectorExperience: [] }),
        adept({ sectorExperience: ["Förskola"] }),
        ctx,
      ),
    ).toBeCloseTo(0.7 * 0.7 + 0.15, 12);
  });

  it("follows experienceGapYears", () => {
    const m = mentor({ managerYears: 8 });
    const a = adept({ managerYears: 3 });
    expect(experienceScore(m, a, context({ experienceGapYears: 5 }))).toBe(
      experienceFromParts(1, 0.5),
    );
    expect(experienceScore(m, a, context({ experienceGapYears: 20 }))).toBe(
      experienceFromParts(0.25, 0.5),
    );
  });
});
