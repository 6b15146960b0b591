import { eng, swe } from "stopword";

/**
 * Swedish and English stop words (the `stopword` package's `swe` and `eng` lists), in the same
 * form as tokens: NFC, lower case.
 *
 * @example
 * STOP_WORDS.has("och") && STOP_WORDS.has("the") // true
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [...swe, ...eng].map((word) => word.normalize("NFC").toLowerCase()),
);

// Words are separated by anything that is not a letter or a combining mark (digits,
// punctuation, hyphens, whitespace); marks with no letter before them are dropped.
const SEPARATOR = /[^\p{L}\p{M}]+/u;
const LEADING_MARKS = /^\p{M}+/u;
const MARK = /^\p{M}/u;
const ONE_LETTER = /^\p{L}\p{M}*$/u;

/**
 * Splits free text (or a tag) into words for the wishes criterion's text fallback: Unicode NFC,
 * lower case, runs of letters (with their combining marks), without Swedish and English stop
 * words and without one-letter words. Order and repeats are kept.
 *
 * @example
 * tokenize("Stöd i att delegera, t.ex. sounding-board!") // ["stöd", "delegera", "ex", "sounding", "board"]
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (let token of text.normalize("NFC").toLowerCase().split(SEPARATOR)) {
    if (MARK.test(token)) token = token.replace(LEADING_MARKS, "");
    // One-letter words ("t" in "t.ex.", "x") carry no meaning of their own.
    if (token === "" || ONE_LETTER.test(token) || STOP_WORDS.has(token)) continue;
    tokens.push(token);
  }
  return tokens;
}
