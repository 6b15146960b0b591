/**
 * The key that names, tags and ids are compared by: trimmed, Unicode NFC, lower case, inner
 * whitespace collapsed. "  borås " and "Borås" (composed or decomposed) give the same key.
 *
 * @example
 * normalizeKey(" Borås ") === normalizeKey("bora\u030As") // true
 */
export function normalizeKey(value: string): string {
  return value.normalize("NFC").trim().replace(/\s+/gu, " ").toLowerCase();
}

/** Compares two strings by UTF-16 code units: the same order on every machine and locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
