import { UNSAFE_CHARS } from "./quote.js";

/** The control characters that are whitespace: a name split over lines is the same name. */
const SPACE_CONTROLS = /^[\t\n\v\f\r\u0085]$/u;

/**
 * Printable Latin-1 but the soft hyphen (U+00AD, invisible), in words separated by one space.
 * No character here is in `UNSAFE_CHARS`, none is whitespace other than the single inner
 * spaces, and none combines under NFC, so `normalizeKey` of such a text is its lower case.
 */
const PLAIN = /^[\x21-\x7e\xa1-\xac\xae-\xff]+(?: [\x21-\x7e\xa1-\xac\xae-\xff]+)*$/;

/**
 * The key that names, tags and ids are compared by: invisible format characters dropped
 * (zero-width space and joiners, bidirectional controls, soft hyphen, BOM: the characters of
 * `UNSAFE_CHARS`, so "Bor\u200Bås" cannot pass for another municipality than "Borås"), then
 * Unicode NFC, trimmed, lower case, inner whitespace collapsed. "  borås " and "Borås" (composed
 * or decomposed) give the same key.
 *
 * @example
 * normalizeKey(" Borås ") === normalizeKey("bora\u030As") // true
 * normalizeKey("Bor\u200Bås") === normalizeKey("Borås") // true
 */
export function normalizeKey(value: string): string {
  // Most names and tags are printable Latin-1 words with single spaces: nothing to drop, already
  // NFC (no combining marks), nothing to trim or collapse, so only the lower-casing is left.
  if (PLAIN.test(value)) return value.toLowerCase();
  return value
    .replace(UNSAFE_CHARS, (ch) => (SPACE_CONTROLS.test(ch) ? " " : ""))
    .normalize("NFC")
    .trim()
    .replace(/\s+/gu, " ")
    .toLowerCase();
}

/** Compares two strings by UTF-16 code units: the same order on every machine and locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `value.normalize("NFC")`, without asking ICU where every character is Latin-1 (at most
 * U+00FF): no Latin-1 character combines under NFC, so such a text is its own NFC (a test
 * holds this to `normalize` on every pair of them). A cohort's ids and names nearly all are.
 *
 * @example
 * nfc("Borås") === "Borås" // true, and nfc("Bora\u030As") === "Borås"
 */
export function nfc(value: string): string {
  for (let i = 0; i < value.length; i++)
    if (value.charCodeAt(i) > 0xff) return value.normalize("NFC");
  return value;
}
