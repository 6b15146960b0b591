import fc from "fast-check";
import { describe, expect, it, test } from "vitest";
import { decodeText } from "../../src/io/index.js";
import { UNSAFE_CHARS } from "../../src/util/quote.js";

const utf8 = (text: string) => [...new TextEncoder().encode(text)];
/** Windows-1252 bytes of text made of ASCII and the characters below. */
const HIGH_1252: Record<string, number> = {
  å: 0xe5,
  ä: 0xe4,
  ö: 0xf6,
  Å: 0xc5,
  Ä: 0xc4,
  Ö: 0xd6,
  é: 0xe9,
  "€": 0x80,
  "–": 0x96,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
};
const cp1252 = (text: string) =>
  [...text].map((ch) => HIGH_1252[ch] ?? (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : 0x3f));
const bytes = (...parts: number[][]) => new Uint8Array(parts.flat());
const utf16le = (text: string) =>
  [...text].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]);
const utf16be = (text: string) =>
  [...text].flatMap((ch) => [ch.charCodeAt(0) >> 8, ch.charCodeAt(0) & 0xff]);

describe("decodeText decides the encoding on the evidence of the bytes", () => {
  it("valid UTF-8 is UTF-8, with or without a byte-order mark", () => {
    expect(decodeText(bytes(utf8("kod;sektor\nM1;Förskola")))).toEqual({
      text: "kod;sektor\nM1;Förskola",
      encoding: "utf-8",
    });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], utf8("Förskola")))).toEqual({
      text: "Förskola",
      encoding: "utf-8",
    });
  });

  it("bytes that are not UTF-8, and plausible Windows-1252, are Windows-1252", () => {
    expect(decodeText(bytes(cp1252("M1;Förskola;“nätverk” – 5 €")))).toEqual({
      text: "M1;Förskola;“nätverk” – 5 €",
      encoding: "windows-1252",
    });
  });

  it("a file mixing UTF-8 rows and Windows-1252 rows is refused, naming the first bad line", () => {
    const mixed = bytes(
      utf8("roll;kod;sektor\nmentor;M1;Förskola\n"),
      cp1252("adept;A1;Förskola\n"),
    );
    const { problem } = decodeText(mixed);
    expect(problem).toMatchObject({ kind: "mixed", line: 3 });
    expect(problem?.message).toBe(
      'mixes two text encodings: line 2 is UTF-8 but line 3 is not, so not all of its å, ä and ö can be read right: save it again as "CSV UTF-8" from the spreadsheet program',
    );
  });

  it("bytes that are not UTF-8 after a UTF-8 byte-order mark are refused, not turned into U+FFFD", () => {
    const { problem, text } = decodeText(
      bytes([0xef, 0xbb, 0xbf], utf8("kod;sektor\nM1;Skola\n"), cp1252("M2;Förskola\n")),
    );
    expect(problem).toMatchObject({ kind: "utf8_after_bom", line: 3 });
    expect(problem?.message).toMatch(/^starts with a UTF-8 byte-order mark, but line 3 has bytes/u);
    expect(text).not.toContain("\ufffd");
  });

  it("bytes that Windows-1252 leaves undefined are refused", () => {
    const { problem } = decodeText(bytes(cp1252("kod\nM1;Förskola"), [0x81]));
    expect(problem).toMatchObject({ kind: "not_windows_1252", line: 2 });
  });

  test.each([
    [
      "UTF-16 LE with a byte-order mark",
      bytes([0xff, 0xfe], utf16le("kod;ort\nM1;Borås")),
      "utf-16le",
    ],
    [
      "UTF-16 BE with a byte-order mark",
      bytes([0xfe, 0xff], utf16be("kod;ort\nM1;Borås")),
      "utf-16be",
    ],
    ["UTF-16 LE without one", bytes(utf16le("kod;ort\nM1;Borås")), "utf-16le"],
    ["UTF-16 BE without one", bytes(utf16be("kod;ort\nM1;Borås")), "utf-16be"],
  ])("reads %s", (_, input, encoding) => {
    expect(decodeText(input)).toEqual({ text: "kod;ort\nM1;Borås", encoding });
  });

  it("broken UTF-16 (half a character) is refused", () => {
    const { problem } = decodeText(
      bytes([0xff, 0xfe], utf16le("kod\nM1"), [0x00, 0xd8, 0x41, 0x00]),
    );
    expect(problem).toMatchObject({ kind: "utf16", line: 2 });
  });

  test.each([
    [
      "NUL bytes in text",
      bytes(utf8("kod;ort\nM1"), [0, 0x41, 0x42, 0x43, 0x44]),
      /^is not a text file \(line 2 has a NUL byte\)/u,
    ],
    [
      "a workbook named .csv",
      bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]),
      /zip archive, probably an Excel workbook: name it \.xlsx$/u,
    ],
    [
      "an old .xls file",
      bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      /old Excel \.xls file/u,
    ],
    [
      "UTF-8 with NUL characters after a BOM",
      bytes([0xef, 0xbb, 0xbf], utf8("kod\n"), [0, 0x41]),
      /^is not a text file \(line 2/u,
    ],
  ])("%s is not text, and the message says so without NUL characters", (_, input, expected) => {
    const { problem } = decodeText(input);
    expect(problem?.kind).toBe("binary");
    expect(problem?.message).toMatch(expected);
    expect(problem?.message).not.toMatch(UNSAFE_CHARS);
  });
});

describe("decodeText on generated text", () => {
  const word = fc
    .array(fc.constantFrom(..."abcåäöÅÄÖéxyz019"), { minLength: 1, maxLength: 8 })
    .map((cs) => cs.join(""));
  const token = fc.oneof(word, fc.constantFrom("€", "–", "’", "“", "”", ";", ",", "\n"));
  const line = fc.array(token, { minLength: 1, maxLength: 12 }).map((ts) => ts.join(" "));

  it("any text encoded as UTF-8, with or without a BOM, decodes to itself", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.boolean(), (text, bom) => {
        // NUL is no text character (such a file is refused, or taken as UTF-16).
        fc.pre(!text.includes("\u0000"));
        const decoded = decodeText(bytes(bom ? [0xef, 0xbb, 0xbf] : [], utf8(text)));
        // Without a BOM of its own, a leading U+FEFF is taken as one.
        const expected = !bom && text.startsWith("\ufeff") ? text.slice(1) : text;
        expect(decoded).toEqual({ text: expected, encoding: "utf-8" });
      }),
      { seed: 20241, numRuns: 300 },
    );
  });

  it("Windows-1252 text with Swedish letters and punctuation between words decodes to itself", () => {
    fc.assert(
      fc.property(line, (text) => {
        const decoded = decodeText(bytes(cp1252(text)));
        expect(decoded.text).toBe(text);
        expect(decoded.problem).toBeUndefined();
      }),
      { seed: 20242, numRuns: 300 },
    );
  });

  it("UTF-8 lines and Windows-1252 lines with å, ä or ö in both are always refused as mixed", () => {
    fc.assert(
      fc.property(line, line, fc.boolean(), (a, b, utf8First) => {
        fc.pre(/[åäöÅÄÖé]/u.test(a) && /[åäöÅÄÖé]/u.test(b));
        const parts = utf8First ? [utf8(`${a}\n`), cp1252(b)] : [cp1252(`${a}\n`), utf8(b)];
        expect(decodeText(bytes(...parts)).problem?.kind).toBe("mixed");
      }),
      { seed: 20243, numRuns: 300 },
    );
  });
});
