import { describe, expect, it } from "vitest";
import { wishesFacts, wishesScore } from "../../src/criteria/wishes.js";
import { adept, context, mentor } from "./helpers.js";

const ctx = context();

describe("wishes with tags on both sides", () => {
  it("is the share of the adept's wishes the mentor offers", () => {
    const facts = wishesFacts(
      mentor({ offers: ["Delegation", "sounding-board", "coaching"] }),
      adept({ wishes: ["delegation", "Network", "sounding-board", "mirroring"] }),
      ctx,
    );
    expect(facts).toEqual({
      mode: "tags",
      matched: ["delegation", "sounding-board"],
      unmatched: ["Network", "mirroring"],
      missing: [],
      score: 0.5,
    });
  });

  it("compares tags by case, padding, whitespace and Unicode composition, and counts repeats once", () => {
    const m = mentor({ offers: ["Sounding board", "återhämtning"] });
    const a = adept({
      wishes: [" sounding  BOARD", "a\u030Aterha\u0308mtning", "ÅTERHÄMTNING", "network"],
    });
    expect(wishesScore(m, a, ctx)).toBeCloseTo(2 / 3, 12);
  });

  it("ignores free text when both sides gave tags", () => {
    const m = mentor({ offers: ["coaching"], offerText: "delegation" });
    const a = adept({ wishes: ["delegation"], wishText: "delegation" });
    expect(wishesFacts(m, a, ctx)).toMatchObject({ mode: "tags", score: 0 });
  });
});

describe("wishes from free text", () => {
  it("matches Swedish words through the Swedish stemmer, without stop words", () => {
    const m = mentor({ offerText: "Jag erbjuder stöd i delegering och reflektion." });
    const a = adept({ wishText: "Jag vill ha stöd med delegering, nätverk." });
    expect(wishesFacts(m, a, ctx)).toEqual({
      mode: "text",
      matched: ["stöd", "delegering"],
      unmatched: ["nätverk"],
      missing: [],
      score: 2 / 3,
    });
  });

  it("matches English words through the English stemmer", () => {
    const m = mentor({ offerText: "I offer coaching and reflection on conflicts" });
    const a = adept({ wishText: "I want support with conflict handling and coaching" });
    const facts = wishesFacts(m, a, ctx);
    expect(facts.matched).toEqual(["conflict", "coaching"]);
    expect(facts.unmatched).toEqual(["want", "support", "handling"]);
    expect(facts.score).toBe(0.4);
  });

  it("lets Swedish and English meet (delegering / delegation)", () => {
    expect(
      wishesScore(
        mentor({ offerText: "Delegation and coaching" }),
        adept({ wishText: "Delegering!" }),
        ctx,
      ),
    ).toBe(1);
  });

  it("splits the tags of a side that has tags when the other side has only text", () => {
    const m = mentor({
      offerText: "Jag kan vara ett bollplank, ett sounding board, och har ett stort nätverk.",
    });
    const a = adept({ wishes: ["sounding-board", "network"] });
    const facts = wishesFacts(m, a, ctx);
    expect(facts.mode).toBe("text");
    expect(facts.matched).toEqual(["sounding", "board"]);
    expect(facts.unmatched).toEqual(["network"]);
    expect(facts.score).toBeCloseTo(2 / 3, 12);
  });

  it("counts inflections of one word once", () => {
    const m = mentor({ offerText: "konflikt" });
    const a = adept({ wishText: "Konflikter, konflikt och KONFLIKTER" });
    expect(wishesFacts(m, a, ctx)).toMatchObject({
      matched: ["konflikter"],
      unmatched: [],
      score: 1,
    });
  });
});

describe("wishes without anything to compare", () => {
  it("is neutral when either side gave nothing", () => {
    expect(wishesFacts(mentor({ offers: ["coaching"] }), adept(), ctx)).toEqual({
      mode: "none",
      matched: [],
      unmatched: [],
      missing: ["adept.wishes/wishText"],
      score: 0.5,
    });
    expect(wishesScore(mentor(), adept({ wishText: "stöd" }), ctx)).toBe(0.5);
    expect(wishesScore(mentor({ offers: [] }), adept({ wishes: [] }), ctx)).toBe(0.5);
  });

  it("is neutral when a side's words are all stop words", () => {
    const facts = wishesFacts(
      mentor({ offerText: "och det är så" }),
      adept({ wishText: "stöd" }),
      ctx,
    );
    expect(facts.mode).toBe("none");
    expect(facts.missing).toEqual(["mentor.offers/offerText"]);
    expect(facts.score).toBe(0.5);
  });
});
