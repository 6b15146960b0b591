import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  capitalize,
  formatNumber,
  joinList,
  percent,
  possessive,
  resolveLang,
} from "../../src/explain/words.js";

describe("words: numbers and lists for reading aloud", () => {
  it.each([
    [1234.5, "en", 1, "1,234.5"],
    [1234.5, "sv", 1, "1\u00a0234,5"],
    [29.24, "sv", 0, "29"],
    [12, "en", 1, "12"],
    [2.5, "sv", 1, "2,5"],
    [-3.25, "en", 2, "-3.25"],
    [-0.001, "en", 1, "0"],
    [1_000_000, "en", 0, "1,000,000"],
  ] as const)("formatNumber(%s, %s, %s) is %s", (x, lang, decimals, expected) => {
    expect(formatNumber(x, lang, decimals)).toBe(expected);
  });

  it("percent rounds to a whole number, with a space in Swedish", () => {
    expect(percent(0.794, "en")).toBe("79%");
    expect(percent(0.794, "sv")).toBe("79\u00a0%");
  });

  it("joinList uses 'and' / 'och' and counts what it leaves out", () => {
    expect(joinList([], "en")).toBe("");
    expect(joinList(["a"], "sv")).toBe("a");
    expect(joinList(["a", "b", "c"], "sv")).toBe("a, b och c");
    expect(joinList(["a", "b", "c", "d"], "en", 2)).toBe("a, b and 2 more");
    expect(joinList(["a", "b", "c", "d"], "sv", 2)).toBe("a, b och 2 till");
  });

  it("possessive writes codes with a colon in Swedish", () => {
    expect(possessive("A03", "sv")).toBe("A03:s");
    expect(possessive("Lars", "sv")).toBe("Lars");
    expect(possessive("Anna", "sv")).toBe("Annas");
    expect(possessive("A03", "en")).toBe("A03's");
    expect(possessive("Lars", "en")).toBe("Lars'");
  });

  it("capitalize and resolveLang", () => {
    expect(capitalize("åtta")).toBe("Åtta");
    expect(resolveLang("explain", undefined)).toBe("en");
    expect(() => resolveLang("explain", "de")).toThrow(
      /explain: options.lang must be "sv" or "en"/,
    );
  });
});

describe("formatNumber: the fast path writes what the split-and-regex version wrote", () => {
  // The version before index arithmetic, kept here as the oracle.
  const reference = (x: number, lang: "en" | "sv", decimals = 1): string => {
    if (Number.isInteger(x) && x >= 0 && x < 1000) return String(x);
    const fixed = Math.abs(x).toFixed(decimals);
    const [whole = "0", fraction = ""] = fixed.split(".");
    const trimmed = fraction.replace(/0+$/u, "");
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, lang === "sv" ? "\u00a0" : ",");
    const sign = x < 0 && Number(fixed) !== 0 ? "-" : "";
    return `${sign}${grouped}${trimmed === "" ? "" : (lang === "sv" ? "," : ".") + trimmed}`;
  };
  it("on random numbers, both languages and 0 to 3 decimals", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, min: -1e7, max: 1e7 }),
          fc.integer({ min: -2_000_000, max: 2_000_000 }).map((u) => u / 10_000),
          fc.constantFrom(0, -0, 0.05, -0.04, 999.95, 1000, 1e21, -1e22, 0.1 + 0.2),
        ),
        fc.constantFrom("en" as const, "sv" as const),
        fc.integer({ min: 0, max: 3 }),
        (x, lang, decimals) => {
          expect(formatNumber(x, lang, decimals)).toBe(reference(x, lang, decimals));
        },
      ),
      { seed: 20261130, numRuns: 3000 },
    );
  });
});
