import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  javascriptSha256Hex,
  javascriptSha256HexOfParts,
  sha256Hex,
  sha256HexOfParts,
} from "../../src/util/hash.js";

describe("sha256Hex", () => {
  it("gives the JavaScript digest (what a browser computes) on any text, lone surrogates too", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
        expect(sha256Hex(s)).toBe(javascriptSha256Hex(s));
      }),
      { seed: 1933, numRuns: 2_000 },
    );
  });

  it("is SHA-256 of the UTF-8 bytes, across block boundaries", () => {
    for (const n of [0, 1, 55, 56, 63, 64, 65, 1_000, 100_003]) {
      const text = "å".repeat(n >> 1) + "a".repeat(n - (n >> 1));
      const expected = createHash("sha256").update(Buffer.from(text, "utf8")).digest("hex");
      expect(javascriptSha256Hex(text)).toBe(expected);
      expect(sha256Hex(text)).toBe(expected);
    }
    expect(sha256Hex("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });
});

describe("sha256HexOfParts", () => {
  it("is sha256Hex of the parts joined, in Node and in JavaScript, wherever the text is cut", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "binary", maxLength: 80 }), { maxLength: 12 }),
        (parts) => {
          const whole = sha256Hex(parts.join(""));
          expect(sha256HexOfParts(parts)).toBe(whole);
          expect(javascriptSha256HexOfParts(parts)).toBe(whole);
        },
      ),
      { seed: 1934, numRuns: 1_000 },
    );
  });
});
