import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STOP_WORDS, tokenize } from "../../../src/criteria/wishes/tokenize.js";

describe("tokenize", () => {
  it("splits on everything but letters and lower-cases", () => {
    expect(tokenize("Stöd i att delegera, t.ex. sounding-board!")).toEqual([
      "stöd",
      "delegera",
      "ex",
      "sounding",
      "board",
    ]);
  });

  it("drops Swedish and English stop words", () => {
    // "ha" is on the Swedish list too.
    expect(tokenize("Jag vill ha stöd och råd från en erfaren chef")).toEqual([
      "stöd",
      "råd",
      "erfaren",
      "chef",
    ]);
    expect(tokenize("I would like support with the delegation of work")).toEqual([
      "support",
      "delegation",
      "work",
    ]);
  });

  it("composes Unicode and keeps letters with their marks", () => {
    expect(tokenize("BORA\u030AS Va\u030Arga\u030Arda \u0301x")).toEqual(["borås", "vårgårda"]);
  });

  it("drops digits and one-letter words, and gives nothing for empty text", () => {
    expect(tokenize("7 x 2024: q")).toEqual([]);
    expect(tokenize("")).toEqual([]);
  });

  it("each token is a lower-case run of letters that is not a stop word", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (text) => {
        for (const token of tokenize(text)) {
          expect(token).toMatch(/^\p{L}[\p{L}\p{M}]*\p{L}[\p{L}\p{M}]*$/u);
          expect(token).toBe(token.toLowerCase());
          expect(token).toBe(token.normalize("NFC"));
          expect(STOP_WORDS.has(token)).toBe(false);
        }
      }),
    );
  });

  it("tokens do not depend on case or Unicode composition", () => {
    const word = fc.constantFrom(
      "Ledarskap",
      "återhämtning",
      "Delegation",
      "Självinsikt",
      "nätverk",
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (words) => {
        const text = words.join(" ");
        expect(tokenize(text.toUpperCase().normalize("NFD"))).toEqual(tokenize(text));
      }),
    );
  });
});
