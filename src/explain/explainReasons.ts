import { prepare } from "../prepare/prepare.js";
import type { MatchResult } from "../types.js";
import { guarded, plainData } from "../util/boundary.js";
import { type CohortContext, cohortContext, personIndex } from "./context.js";
import { summaryText } from "./explain.js";
import { explainOptions, isMatchResult } from "./options.js";
import { spareText, unmatchedText } from "./reasonText.js";
import type { ExplainOptions } from "./types.js";
import { resolveLang } from "./words.js";

const FN = "explainReasons";

/**
 * A result's summary and the reason of each unmatched adept and each mentor with places left,
 * as separate sentences: what a page shows beside the pairs.
 *
 * @example
 * const r: ResultReasons = explainReasons(result, { lang: "sv", cohort });
 * r.unmatched[0]?.text // "A07 har inte fått någon mentor: ..."
 */
export interface ResultReasons {
  /** The summary paragraph of `explain(result)`. */
  readonly summary: string;
  /** Per unmatched adept, in the result's order: the paragraph `explain(result)` writes. */
  readonly unmatched: readonly { readonly id: string; readonly text: string }[];
  /** Per mentor with places left, in the result's order: the paragraph `explain(result)` writes. */
  readonly spare: readonly { readonly id: string; readonly text: string }[];
}

/**
 * The parts of `explain(result, options)` that are not about a pair, one by one: the summary,
 * and the paragraph for each unmatched adept (reason, the group it competes in, single fixes)
 * and each mentor with places left. The texts are exactly those `explain` writes, so a page can
 * show each beside its person without splitting a text. With `lang: "sv"` and the `cohort`, the
 * reasons are said from the facts the result carries (the cohort is prepared only for a result
 * made by an older version, which carries none); without the cohort, as `explain` does. English reasons are the result's own.
 *
 * Throws a `TypeError`/`RangeError` naming `explainReasons` for a result that is not one, a bad
 * option, or a cohort without the result's people (and `CohortError` for an invalid cohort).
 *
 * @example
 * const result = match(cohort, options);
 * const { summary, unmatched, spare } = explainReasons(result, { lang: "sv", cohort });
 */
export function explainReasons(result: MatchResult, options?: ExplainOptions): ResultReasons {
  return guarded(FN, () =>
    explainReasonsUnguarded(plainData(FN, "result", result) as MatchResult, options),
  );
}

function explainReasonsUnguarded(result: MatchResult, options?: ExplainOptions): ResultReasons {
  const opts = explainOptions(FN, options);
  const lang = resolveLang(FN, opts.lang);
  if (!isMatchResult(result)) {
    throw new TypeError(`${FN}: result must be a MatchResult from match()`);
  }
  // A result from `match` carries each reason's facts; only a result without them (made by an
  // older version) needs the cohort, and only for Swedish (English is the result's message).
  const needed =
    result.unmatchedAdepts.some((u) => u.cause === undefined) ||
    result.spareMentors.some((s) => s.reason !== undefined && s.cause === undefined);
  let ctx: CohortContext | undefined;
  if (opts.cohort !== undefined && needed && lang === "sv") {
    ctx = cohortContext(
      prepare(FN, opts.cohort, {
        ...(opts.municipalities === undefined ? {} : { municipalities: opts.municipalities }),
        ...(opts.builtinMunicipalities === undefined
          ? {}
          : { builtinMunicipalities: opts.builtinMunicipalities }),
        weights: result.audit.weights,
        rules: result.audit.rules,
        criteria: result.audit.criteria,
      }),
    );
    for (const u of result.unmatchedAdepts) personIndex(FN, ctx, "adept", u.id);
    for (const s of result.spareMentors) personIndex(FN, ctx, "mentor", s.id);
  }
  return {
    summary: summaryText(result, lang),
    unmatched: result.unmatchedAdepts.map((u) => ({ id: u.id, text: unmatchedText(u, lang, ctx) })),
    spare: result.spareMentors.map((s) => ({ id: s.id, text: spareText(s, lang, ctx) })),
  };
}
