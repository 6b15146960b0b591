import { stemmer as stemEnglish } from "@orama/stemmers/english";
import { stemmer as stemSwedish } from "@orama/stemmers/swedish";
import { tokenize } from "./tokenize.js";

/**
 * One distinct word of a text, with both of its Snowball stems.
 *
 * @example
 * textTerms(["Konflikter"])[0] // { token: "konflikter", sv: "konflik", en: "konflikt" }
 */
export interface Term {
  /** The first word (lower case, NFC) that gave these stems. */
  readonly token: string;
  /** Swedish Snowball stem. */
  readonly sv: string;
  /** English Snowball (Porter 2) stem. */
  readonly en: string;
}

/**
 * A token's two stems, and the key that identifies the pair.
 *
 * @example
 * stems("konflikter") // { sv: "konflik", en: "konflikt", key: "konflik konflikt" }
 */
export interface Stems {
  readonly sv: string;
  readonly en: string;
  /** `sv` and `en` joined by a space (stems are letters only, so the key is unambiguous). */
  readonly key: string;
}

/**
 * A memo of stems by token, to stem each distinct word of a large cohort once.
 *
 * @example
 * const cache: StemCache = new Map();
 * textTerms(texts, cache); // each distinct word stemmed once across calls
 */
export type StemCache = Map<string, Stems>;

/**
 * Both Snowball stems of one token (already lower case). Swedish and English are both kept
 * because an application may be written in either, or mix them; the wishes criterion compares
 * Swedish stems with Swedish stems and English with English.
 *
 * @example
 * stems("delegering") // { sv: "delegering", en: "deleg", key: "delegering deleg" }
 */
export function stems(token: string, cache?: StemCache): Stems {
  const known = cache?.get(token);
  if (known !== undefined) return known;
  const sv = stemSwedish(token);
  const en = stemEnglish(token);
  const result: Stems = { sv, en, key: `${sv} ${en}` };
  cache?.set(token, result);
  return result;
}

/**
 * The distinct terms of some texts: every text is tokenized (see `tokenize`), each token stemmed
 * in Swedish and English, and tokens with the same pair of stems counted once ("konflikt" and
 * "konflikter" are one term). First occurrence wins; order is the order of first occurrence.
 *
 * @example
 * textTerms(["Konflikter och konflikt", "conflicts"]).map((t) => t.token) // ["konflikter", "conflicts"]
 */
export function textTerms(texts: readonly string[], cache?: StemCache): Term[] {
  const seen = new Set<string>();
  const terms: Term[] = [];
  for (const text of texts) {
    for (const token of tokenize(text)) {
      const { sv, en, key } = stems(token, cache);
      if (seen.has(key)) continue;
      seen.add(key);
      terms.push({ token, sv, en });
    }
  }
  return terms;
}
