import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nfc, normalizeKey } from "../../src/util/normalize.js";
import { UNSAFE_CHARS } from "../../src/util/quote.js";

/** The whole chain, without the plain-text shortcut: what `normalizeKey` must always equal. */
function reference(value: string): string {
  return value
    .replace(UNSAFE_CHARS, (ch) => (/^[\t\n\v\f\r\u0085]$/u.test(ch) ? " " : ""))
    .normalize("NFC")
    .trim()
    .replace(/\s+/gu, " ")
    .toLowerCase();
}

// Characters near every edge of the shortcut: ASCII, Latin-1 (soft hyphen, NBSP, C1 controls),
// combining marks, other spaces, format characters, surrogates, Turkish I, ligatures.
const EDGES = [
  " ",
  "  ",
  "\t",
  "\n",
  "\u0085",
  "\u00a0",
  "\u00ad",
  "\u007f",
  "\u0080",
  "\u009f",
  "\u00a1",
  "\u00ff",
  "\u00c5",
  "A",
  "a",
  "Z",
  "~",
  "!",
  "\u030a",
  "\u0301",
  "\u200b",
  "\u200d",
  "\u202e",
  "\u2009",
  "\u3000",
  "\ufeff",
  "\u0130",
  "\u0131",
  "\u1e9e",
  "\ufb01",
  "\ud83d",
  "\ude00",
  "\u212b",
  "\u0100",
  "å",
  "Å",
  "ö",
  "Ö",
  "ß",
  "µ",
  "\u00d7",
  "\u00f7",
];

describe("normalizeKey", () => {
  it("equals the whole chain on texts built from the shortcut's edge characters", () => {
    const text = fc.array(fc.constantFrom(...EDGES), { maxLength: 12 }).map((xs) => xs.join(""));
    fc.assert(
      fc.property(text, (s) => normalizeKey(s) === reference(s)),
      { seed: 1930, numRuns: 20_000 },
    );
  });

  it("equals the whole chain on any string", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 20 }),
        (s) => normalizeKey(s) === reference(s),
      ),
      { seed: 1931, numRuns: 5_000 },
    );
  });

  it("keys everyday Swedish names by their lower case and drops what hides in others", () => {
    expect(normalizeKey("Borås Stad")).toBe("borås stad");
    expect(normalizeKey("Marks kommun")).toBe("marks kommun");
    expect(normalizeKey(" Bor\u200Bås ")).toBe("borås");
    expect(normalizeKey("Bora\u030As")).toBe("borås");
    expect(normalizeKey("Ulricehamn\u00a0 kommun")).toBe("ulricehamn kommun");
    expect(normalizeKey("So\u00adcial")).toBe("social");
  });
});

describe("nfc", () => {
  it('is normalize("NFC") on any text, and on every pair of Latin-1 characters', () => {
    for (let c = 0; c <= 0xff; c++)
      for (let d = 0; d <= 0xff; d++) {
        const s = String.fromCharCode(c, d);
        expect(nfc(s)).toBe(s.normalize("NFC"));
      }
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 12 }), (s) => {
        expect(nfc(s)).toBe(s.normalize("NFC"));
      }),
      { seed: 2504, numRuns: 3_000 },
    );
    expect(nfc("Bora\u030As")).toBe("Borås");
  });
});
