import { describe, expect, it } from "vitest";
import { printable, QUOTE_MAX, quote } from "../../src/util/quote.js";

describe("quote and printable", () => {
  it("quote a short value as is", () => {
    expect(quote("tio")).toBe('"tio"');
    expect(printable("Borås")).toBe("Borås");
  });

  it("show at most 60 characters of a long cell, and its length", () => {
    const cell = "x".repeat(50_000_000);
    const q = quote(cell);
    expect(q).toBe(`"${"x".repeat(QUOTE_MAX)}…" (50000000 characters)`);
    expect(printable(cell).length).toBeLessThan(100);
  });

  it("write control, invisible and bidi characters as escapes", () => {
    expect(quote("\u001b[2J")).toBe('"\\u{001B}[2J"');
    expect(printable("M\u200b1")).toBe("M\\u{200B}1");
    expect(printable("a\u202eb\u0000c")).toBe("a\\u{202E}b\\u{0000}c");
    expect(printable("a\ud800b")).toBe("a\\u{D800}b");
  });

  it("never cut a character in half", () => {
    const q = quote("😀".repeat(40));
    expect(q).not.toMatch(/\\u\{D83D\}/u);
    expect(q.endsWith('…" (80 characters)')).toBe(true);
  });
});
