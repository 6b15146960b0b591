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
