import { describe, expect, it } from "vitest";
import { sectorFacts, sectorScore } from "../../src/criteria/sector.js";
import { adept, context, mentor } from "./helpers.js";

const ctx = context();

describe("sectorScore", () => {
  it("is 1 when the mentor has worked in the adept's current sector", () => {
    const m = mentor({ sector: "Grundskola", sectorExperience: ["Äldreomsorg"] });
    const facts = sectorFacts(m, adept({ sector: " a\u0308ldreomsorg " }), ctx);
    expect(facts).toEqual({
      knowsCurrentSector: true,
      sharedEarlierSectors: [],
      missing: [],
      score: 1,
    });
  });

  it("gives half the share of the adept's earlier sectors the mentor knows otherwise", () => {
    const m = mentor({ sector: "Grundskola", sectorExperience: ["Förskola"] });
    const a = adept({
      sector: "Äldreomsorg",
      sectorExperience: ["Förskola", "Funktionsstöd", "Äldreomsorg"],
    });
    const facts = sectorFacts(m, a, ctx);
    expect(facts.knowsCurrentSector).toBe(false);
    expect(facts.sharedEarlierSectors).toEqual(["Förskola"]);
    expect(facts.score).toBe(0.25);
  });

  it("counts the mentor's current sector as experience", () => {
    const m = mentor({ sector: "Förskola", sectorExperience: ["Grundskola"] });
    const a = adept({ sector: "Äldreomsorg", sectorExperience: ["förskola"] });
    expect(sectorScore(m, a, ctx)).toBe(0.5);
    expect(
      sectorScore(mentor({ sector: "Äldreomsorg" }), adept({ sector: "Äldreomsorg" }), ctx),
    ).toBe(1);
  });

  it("is 0 when the adept lists no earlier sector the mentor could know", () => {
    const m = mentor({ sector: "Grundskola", sectorExperience: ["Förskola"] });
    expect(sectorScore(m, adept({ sector: "Äldreomsorg" }), ctx)).toBe(0);
    expect(
      sectorScore(m, adept({ sector: "Äldreomsorg", sectorExperience: ["Äldreomsorg"] }), ctx),
    ).toBe(0);
  });

  it("is neutral when the mentor has no sectorExperience", () => {
    const facts = sectorFacts(
      mentor({ sectorExperience: [] }),
      adept({ sectorExperience: ["Grundskola"] }),
      ctx,
    );
    expect(facts.missing).toEqual(["mentor.sectorExperience"]);
    expect(facts.score).toBe(0.5);
  });
});

describe("the adept's earlier sectors", () => {
  it("are their sectorExperience without the current sector, in any spelling", () => {
    const earlier = ["FÖRSKOLA", " Grundskola", "Vård"];
    const facts = sectorFacts(
      mentor({ sector: "HR", sectorExperience: ["Grundskola", "förskola"] }),
      adept({ sector: "Förskola", sectorExperience: earlier }),
      ctx,
    );
    expect(facts.knowsCurrentSector).toBe(true);
    expect(facts.sharedEarlierSectors).toEqual(["Grundskola"]);
    expect(facts.score).toBe(1);
    // Two earlier sectors (Grundskola, Vård), one of them the mentor's: half of a half.
    const other = sectorFacts(
      mentor({ sector: "HR", sectorExperience: ["Grundskola"] }),
      adept({ sector: "Förskola", sectorExperience: earlier }),
      ctx,
    );
    expect(other.sharedEarlierSectors).toEqual(["Grundskola"]);
    expect(other.score).toBe(0.25);
  });
});
