import { type CohortContext, cohortContext } from "../explain/context.js";
import { spareText, unmatchedText } from "../explain/reasonText.js";
import { prepare } from "../prepare/prepare.js";
import type { Cohort, MatchOptions, MatchResult } from "../types.js";
import type { Lang } from "./labels.js";

/** Why each unmatched adept and each spare mentor is so, in sentences, by id. */
export interface Reasons {
  readonly unmatched: ReadonlyMap<string, string>;
  readonly spare: ReadonlyMap<string, string>;
}

/**
 * The reasons of a result in the language asked for, with what `match` diagnosed (a short
 * group, single fixes). Swedish is written from the cohort (which rules removed which
 * mentors), so it needs the cohort prepared once more; English uses the result's own messages.
 *
 * @example
 * reasons(cohort, options, result, "sv").unmatched.get("A07")
 */
export function reasons(
  cohort: Cohort,
  options: MatchOptions,
  result: MatchResult,
  lang: Lang,
): Reasons {
  const needed = result.unmatchedAdepts.length > 0 || result.spareMentors.length > 0;
  const ctx: CohortContext | undefined =
    lang === "sv" && needed ? cohortContext(prepare("match", cohort, options)) : undefined;
  return {
    unmatched: new Map(result.unmatchedAdepts.map((u) => [u.id, unmatchedText(u, lang, ctx)])),
    spare: new Map(result.spareMentors.map((s) => [s.id, spareText(s, lang, ctx)])),
  };
}
