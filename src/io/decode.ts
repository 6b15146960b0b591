import type { IssueFacts } from "../phrasebook/index.js";
import { readIssueOf } from "../phrasebook/readIssues.js";

/**
 * Windows-1252's bytes 0x80-0x9F (€, curly quotes, dashes, ...). Some runtimes' TextDecoder
 * (Node 20 among them) decode "windows-1252" as ISO-8859-1, giving C1 control characters for
 * these bytes; they are mapped here. Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D have no character.
 */
const C1_AS_WINDOWS_1252 =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** The text encodings `decodeText` recognises. */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** Why a file's bytes cannot be trusted as text, and where. */
export interface EncodingProblem {
  /**
   * `utf8_after_bom`: bytes that are not UTF-8 after a UTF-8 byte-order mark; `mixed`: valid
   * UTF-8 for some characters and bytes that are not UTF-8 for others; `not_windows_1252`: not
   * UTF-8, and bytes Windows-1252 does not define; `utf16`: a broken UTF-16 character; `binary`:
   * NUL bytes, so not a text file at all.
   */
  readonly kind: "utf8_after_bom" | "mixed" | "not_windows_1252" | "utf16" | "binary";
  /** The whole problem in words, with line numbers, e.g. for a message after the file name. */
  readonly message: string;
  /** Index in `text` of the first bad character. */
  readonly index: number;
  /** Its 1-based line number. */
  readonly line: number;
  /** For `mixed`: index in `text` where the first valid UTF-8 character is. */
  readonly utf8Index?: number;
}

/** Decoded text; with `problem`, the bytes are not trustworthy text and `text` is a best effort. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  readonly problem?: EncodingProblem;
}

/** Windows-1252, one character per byte (so an index into the text is an index into the bytes). */
const WINDOWS_1252 = new TextDecoder("windows-1252");

function windows1252(bytes: Uint8Array): string {
  return WINDOWS_1252.decode(bytes).replace(
    /[\u0080-\u009f]/gu,
    (c) => C1_AS_WINDOWS_1252[c.charCodeAt(0) - 0x80]!,
  );
}

const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Length of the well-formed UTF-8 sequence starting at `i` (RFC 3629), or 0 if there is none. */
function utf8SequenceAt(b: Uint8Array, i: number): number {
  const x = b[i]!;
  if (x < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const y = b[i + k];
    return y !== undefined && y >= lo && y <= hi;
  };
  if (x >= 0xc2 && x <= 0xdf) return cont(1) ? 2 : 0;
  if (x >= 0xe0 && x <= 0xef) {
    const [lo, hi] = x === 0xe0 ? [0xa0, 0xbf] : x === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (x >= 0xf0 && x <= 0xf4) {
    const [lo, hi] = x === 0xf0 ? [0x90, 0xbf] : x === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** Where the bytes stop being UTF-8, and where the first multi-byte UTF-8 character is. */
function utf8Evidence(b: Uint8Array, from: number): { firstBad: number; firstMulti: number } {
  let firstBad = -1;
  let firstMulti = -1;
  for (let i = from; i < b.length; ) {
    if (b[i]! < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceAt(b, i);
    if (n === 0) {
      if (firstBad < 0) firstBad = i;
      i++;
    } else {
      if (firstMulti < 0) firstMulti = i;
      i += n;
    }
    if (firstBad >= 0 && firstMulti >= 0) break;
  }
  return { firstBad, firstMulti };
}

/**
 * The 1-based line of `index` in `text` (a line ends at LF, CRLF or a lone CR).
 *
 * @example
 * lineAt("a\r\nb\nc", 5) // 3
 */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++;
  }
  return line;
}

/** UTF-16 without a byte-order mark, told by where the NUL bytes fall; `undefined` if not. */
function utf16ByNuls(b: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (b.length < 2 || b.length % 2 !== 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < b.length; i++) if (b[i] === 0) i % 2 === 0 ? even++ : odd++;
  const pairs = b.length / 2;
  // Text in a Latin script has a NUL in nearly every pair, always on the same side.
  if (odd >= pairs / 4 && even <= pairs / 100) return "utf-16le";
  if (even >= pairs / 4 && odd <= pairs / 100) return "utf-16be";
  return undefined;
}

type ProblemFacts = Omit<EncodingProblem, "message" | "line">;

/**
 * The facts of an encoding problem for an issue, naming places with `at` (e.g. a line number,
 * or a CSV reader's row number) in `unit`s.
 *
 * @example
 * encodingFacts({ kind: "binary", index: 0 }, () => 1, "line", new Uint8Array([0])) // { kind: "binary", at: 1, unit: "line" }
 */
export function encodingFacts(
  p: ProblemFacts,
  at: (index: number) => number,
  unit: "line" | "row",
  bytes: Uint8Array,
): IssueFacts["invalid_encoding"] {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  const looksLike = p.kind !== "binary" ? undefined : zip ? "zip" : ole ? "xls" : undefined;
  return {
    kind: p.kind,
    at: at(p.index),
    unit,
    ...(p.kind === "mixed" ? { utf8At: at(p.utf8Index ?? 0) } : {}),
    ...(looksLike === undefined ? {} : { looksLike }),
  };
}

function withProblem(
  text: string,
  encoding: TextEncodingName,
  facts: ProblemFacts,
  bytes: Uint8Array,
): DecodedText {
  const line = lineAt(text, facts.index);
  const { message } = readIssueOf(
    "invalid_encoding",
    encodingFacts(facts, (i) => lineAt(text, i), "line", bytes),
  );
  return { text, encoding, problem: { ...facts, message, line } };
}

function utf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", skip: number): DecodedText {
  const body = bytes.subarray(skip);
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
    const nul = text.indexOf("\u0000");
    if (nul >= 0) return withProblem(text, encoding, { kind: "binary", index: nul }, bytes);
    return { text, encoding };
  } catch {
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
    const index = Math.max(0, text.indexOf("\ufffd"));
    return withProblem(text, encoding, { kind: "utf16", index }, bytes);
  }
}

/**
 * Decodes a text file's bytes, choosing the encoding on the evidence of the bytes themselves:
 *
 * - a byte-order mark decides: UTF-8, UTF-16 LE (Excel's "Unicode text") or UTF-16 BE;
 * - UTF-16 without a byte-order mark is told by its NUL bytes (one in nearly every pair, on
 *   the same side);
 * - bytes that are valid UTF-8 are UTF-8;
 * - otherwise Windows-1252 (what older Excel writes on Swedish Windows), if the bytes are
 *   plausible Windows-1252: no byte it leaves undefined, and no valid UTF-8 multi-byte
 *   character among them.
 *
 * Anything else is not guessed at but reported as `problem`, with the first bad line: a file
 * that mixes UTF-8 and another encoding (as when rows from two files are pasted together), bytes
 * that are not UTF-8 after a UTF-8 byte-order mark, bytes neither UTF-8 nor Windows-1252,
 * broken UTF-16, and NUL bytes (not a text file). Never throws.
 *
 * @example
 * decodeText(new Uint8Array([0x42, 0x6f, 0x72, 0xe5, 0x73])) // { text: "Borås", encoding: "windows-1252" }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const b = bytes;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    const { firstBad } = utf8Evidence(b, 3);
    if (firstBad < 0) return noNul(new TextDecoder("utf-8").decode(b.subarray(3)), "utf-8", b);
    const text = windows1252(b.subarray(3));
    return withProblem(text, "utf-8", { kind: "utf8_after_bom", index: firstBad - 3 }, b);
  }
  if (b[0] === 0xff && b[1] === 0xfe) return utf16(b, "utf-16le", 2);
  if (b[0] === 0xfe && b[1] === 0xff) return utf16(b, "utf-16be", 2);
  const nul = b.indexOf(0);
  if (nul >= 0) {
    const bare = utf16ByNuls(b);
    if (bare !== undefined) return utf16(b, bare, 0);
    return withProblem(windows1252(b), "windows-1252", { kind: "binary", index: nul }, b);
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(b), encoding: "utf-8" };
  } catch {
    // Not UTF-8: look closer below.
  }
  const { firstBad, firstMulti } = utf8Evidence(b, 0);
  const text = windows1252(b);
  if (firstMulti >= 0) {
    return withProblem(
      text,
      "windows-1252",
      { kind: "mixed", index: firstBad, utf8Index: firstMulti },
      b,
    );
  }
  const undefinedByte = b.findIndex((x) => UNDEFINED_IN_1252.has(x));
  if (undefinedByte >= 0) {
    return withProblem(text, "windows-1252", { kind: "not_windows_1252", index: undefinedByte }, b);
  }
  return { text, encoding: "windows-1252" };
}

/** UTF-8 text after a byte-order mark, refused if it holds NUL characters. */
function noNul(text: string, encoding: TextEncodingName, bytes: Uint8Array): DecodedText {
  const nul = text.indexOf("\u0000");
  return nul < 0
    ? { text, encoding }
    : withProblem(text, encoding, { kind: "binary", index: nul }, bytes);
}
