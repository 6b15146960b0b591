/**
 * Windows-1252's bytes 0x80-0x9F (€, curly quotes, dashes, ...). Some runtimes' TextDecoder
 * (Node 20 among them) decode "windows-1252" as ISO-8859-1, giving C1 control characters for
 * these bytes; they are mapped here. Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D have no character.
 */
const C1_AS_WINDOWS_1252 =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** The text encodings `decodeText` recognises. */
export type TextEncodingName = "utf-8" | "utf-16le" | "windows-1252";

/**
 * Decodes a text file's bytes: UTF-8 with or without a byte-order mark, UTF-16 LE with a BOM
 * (Excel's "Unicode text"), and otherwise Windows-1252 (what older Excel writes on Swedish
 * Windows). Bytes that are not valid UTF-8 are taken as Windows-1252, which maps every byte,
 * so nothing fails to decode.
 *
 * @example
 * decodeText(new Uint8Array([0x42, 0x6f, 0x72, 0xe5, 0x73])) // { text: "Borås", encoding: "windows-1252" }
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    const text = new TextDecoder("windows-1252")
      .decode(bytes)
      .replace(/[\u0080-\u009f]/gu, (c) => C1_AS_WINDOWS_1252[c.charCodeAt(0) - 0x80]!);
    return { text, encoding: "windows-1252" };
  }
}
