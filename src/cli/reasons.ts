import { type CohortContext, cohortContext } from "../explain/context.js";
import { spareText, unmatchedText } from "../explain/reasonText.js";
import type { Prepared } from "../prepare/prepare.js";
import type { MatchResult } from "../types.js";
import type { Lang } from "./labels.js";

/** Why each unmatched adept and each spare mentor is so, in sentences, by id. */
export interface Reasons {
  readonly unmatched: ReadonlyMap<string, string>;
  readonly spare: ReadonlyMap<string, string>;
}

/**
 * The reasons of a result in the language asked for, with what `match` diagnosed (a short
 * group, single fixes). Swedish is written from the cohort (which rules removed which
 * mentors): `p` is the prepared cohort the result was made from; English uses the result's
 * own messages.
 *
 * @example
 * const { p, result } = matchWithPlan(cohort, options);
 * reasons(p, result, "sv").unmatched.get("A07")
 */
export function reasons(p: Prepared, result: MatchResult, lang: Lang): Reasons {
  const needed = result.unmatchedAdepts.length > 0 || result.spareMentors.length > 0;
  const ctx: CohortContext | undefined = lang === "sv" && needed ? cohortContext(p) : undefined;
  return {
    unmatched: new Map(result.unmatchedAdepts.map((u) => [u.id, unmatchedText(u, lang, ctx)])),
    spare: new Map(result.spareMentors.map((s) => [s.id, spareText(s, lang, ctx)])),
  };
}
