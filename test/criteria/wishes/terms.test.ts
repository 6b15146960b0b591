import { describe, expect, it } from "vitest";
import { type StemCache, stems, textTerms } from "../../../src/criteria/wishes/terms.js";

describe("stems", () => {
  it("gives the Swedish and the English Snowball stem", () => {
    expect(stems("konflikter")).toEqual({ sv: "konflik", en: "konflikt", key: "konflik konflikt" });
    expect(stems("conflicts")).toEqual({
      sv: "conflict",
      en: "conflict",
      key: "conflict conflict",
    });
  });

  it("lets a Swedish and an English word meet through the English stemmer", () => {
    expect(stems("delegering").en).toBe("deleg");
    expect(stems("delegation").en).toBe("deleg");
    expect(stems("delegering").sv).not.toBe(stems("delegation").sv);
  });

  it("fills and reads a cache", () => {
    const cache: StemCache = new Map();
    const first = stems("ledarskapet", cache);
    expect(cache.get("ledarskapet")).toEqual(first);
    expect(stems("ledarskapet", cache)).toBe(first);
  });
});

describe("textTerms", () => {
  it("counts words with the same two stems once, keeping the first word", () => {
    expect(textTerms(["Konflikter och konflikt", "conflicts"]).map((t) => t.token)).toEqual([
      "konflikter",
      "conflicts",
    ]);
  });

  it("tokenizes tags like text", () => {
    expect(textTerms(["sounding-board", "Self-insight"]).map((t) => t.token)).toEqual([
      "sounding",
      "board",
      "self",
      "insight",
    ]);
  });

  it("gives no terms for stop words only", () => {
    expect(textTerms(["och att det", "the and of"])).toEqual([]);
  });

  it("gives the same terms with and without a cache", () => {
    const texts = ["Jag vill bli bättre på att delegera", "delegation, reflection and support"];
    expect(textTerms(texts, new Map())).toEqual(textTerms(texts));
  });
});
