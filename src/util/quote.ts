/** Most characters of input a message quotes; longer input is cut with "…" and its length. */
export const QUOTE_MAX = 60;

/**
 * Characters that must never reach a terminal, a log or a message raw: C0 and C1 controls
 * (ESC can clear a terminal), and invisible format characters (zero-width space and joiners,
 * bidirectional overrides such as U+202E, the BOM, soft hyphen, word joiner, ...).
 */
export const UNSAFE_CHARS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/gu;

/** A lone UTF-16 surrogate (half of a character): not text. */
export const LONE_SURROGATE =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

function escapeChar(ch: string): string {
  return `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}}`;
}

/** The first `max` UTF-16 units (never half a character), escaped; whether anything was cut. */
function cut(value: string, max: number): { shown: string; cut: boolean } {
  if (value.length <= max) return { shown: escapeUnsafe(value), cut: false };
  let head = value.slice(0, max);
  if (/[\ud800-\udbff]$/u.test(head)) head = head.slice(0, -1);
  return { shown: escapeUnsafe(head), cut: true };
}

function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE_CHARS, escapeChar).replace(LONE_SURROGATE, escapeChar);
}

/**
 * Input text made safe to print inside a message: control, invisible and lone-surrogate
 * characters written as `\u{XXXX}`, and at most `max` characters shown, the rest cut with "…"
 * and the full length ("… (50000000 characters)"), so a hostile cell can neither flood a
 * message nor clear a terminal. Only the shown part is scanned.
 *
 * @example
 * printable("M\u200b1") // "M\\u{200B}1"
 */
export function printable(value: string, max = QUOTE_MAX): string {
  const c = cut(value, max);
  return c.cut ? `${c.shown}… (${value.length} characters)` : c.shown;
}

/**
 * Input text quoted for a message, made safe as by `printable`: `"Borås"`, or for a long
 * cell `"the first 60 characters…" (50000000 characters)`.
 *
 * @example
 * quote("tio") // "\"tio\""
 */
export function quote(value: string, max = QUOTE_MAX): string {
  const c = cut(value, max);
  return c.cut ? `"${c.shown}…" (${value.length} characters)` : `"${c.shown}"`;
}
