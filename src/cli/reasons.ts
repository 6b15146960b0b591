import { spareText, unmatchedText } from "../explain/reasonText.js";
import type { MatchResult } from "../types.js";
import type { Lang } from "./labels.js";

/** Why each unmatched adept and each spare mentor is so, in sentences, by id. */
export interface Reasons {
  readonly unmatched: ReadonlyMap<string, string>;
  readonly spare: ReadonlyMap<string, string>;
}

/**
 * The reasons of a result in the language asked for, with what `match` diagnosed (a short
 * group, single fixes), said from the facts the result carries: nothing is prepared again.
 *
 * @example
 * reasons(result, "sv").unmatched.get("A07")
 */
export function reasons(result: MatchResult, lang: Lang): Reasons {
  return {
    unmatched: new Map(
      result.unmatchedAdepts.map((u) => [u.id, unmatchedText(u, lang, undefined)]),
    ),
    spare: new Map(result.spareMentors.map((s) => [s.id, spareText(s, lang, undefined)])),
  };
}
