import { resolveOptions } from "../options/resolve.js";
import type { StabilityFacts } from "../phrasebook/explain.js";
import { explainPhrases } from "../phrasebook/index.js";
import { prepare } from "../prepare/prepare.js";
import { PAIR_RULES } from "../rules/pairRules.js";
import type { MatchedPair, MatchOptions, MatchResult, Stability, Weights } from "../types.js";
import { guarded, plainData } from "../util/boundary.js";
import { printable } from "../util/quote.js";
import { type CohortContext, cohortContext, pairPeople, personIndex } from "./context.js";
import { explainOptions } from "./options.js";
import { pairParagraph } from "./pairText.js";
import { spareText, unmatchedText } from "./reasonText.js";
import type { ExplainOptions, Lang } from "./types.js";
import { resolveLang } from "./words.js";

function isResult(target: unknown): target is MatchResult {
  return (
    typeof target === "object" && target !== null && Array.isArray((target as MatchResult).pairs)
  );
}

function isPair(target: unknown): target is MatchedPair {
  const t = target as MatchedPair;
  return (
    typeof target === "object" &&
    target !== null &&
    typeof t.mentorId === "string" &&
    typeof t.adeptId === "string" &&
    typeof t.criteria === "object" &&
    typeof t.facts === "object"
  );
}

const SHOWN = 5;
const pairIds = (pairs: readonly { mentorId: string; adeptId: string }[]) =>
  pairs
    .slice(0, SHOWN)
    .map((x) => ({ mentor: printable(x.mentorId), adept: printable(x.adeptId) }));

function stabilityFacts(st: Stability, stableObjective: boolean): StabilityFacts {
  const before = st.defaultBlockingPairs;
  return {
    stableObjective,
    blocking: pairIds(st.blockingPairs),
    more: Math.max(0, st.blockingPairs.length - SHOWN),
    ...(before === undefined
      ? {}
      : { before: pairIds(before), beforeMore: Math.max(0, before.length - SHOWN) }),
    ...(st.priceOfStability === undefined ? {} : { price: st.priceOfStability }),
  };
}

/**
 * What a result says about stability (whether a mentor and an adept would both rather be
 * together than with their partners in the plan), in words; undefined when nobody in the cohort
 * ranked anyone (the result then has no `stability`).
 *
 * @example
 * stabilityText(result, "en") // "The plan is stable: no mentor and adept the rules allow ..."
 */
export function stabilityText(result: MatchResult, lang: Lang): string | undefined {
  if (result.stability === undefined) return undefined;
  const stable = result.audit.objective === "stable";
  return explainPhrases(lang).stability(stabilityFacts(result.stability, stable));
}

/**
 * The summary of a result: how many adepts are matched, the total score, the solver, and what
 * "proven optimal" means for the objective the result was made with.
 *
 * @example
 * summaryText(result, "en")
 * // "6 of 6 adepts are matched in 6 pairs, with a total score of 412.5 (68.8 of 100 per pair on average). ..."
 */
export function summaryText(result: MatchResult, lang: Lang): string {
  const words = explainPhrases(lang);
  const o = result.objective;
  const pairs = result.pairs.length;
  const s = [
    words.matched({
      matched: o.matched,
      adepts: pairs + result.unmatchedAdepts.length,
      pairs,
      total: o.totalScore,
      mean: pairs === 0 ? 0 : o.totalScore / pairs,
    }),
  ];
  const locked = result.pairs.filter((p) => p.locked).length;
  if (locked > 0) s.push(words.lockedPairs(locked));
  const soft = PAIR_RULES.some((r) => result.audit.rules[r] === "soft");
  if (soft) s.push(words.softTimes(o.softViolations));
  const fair = result.audit.objective === "fair";
  if (fair && o.weakestScore !== null) s.push(words.fairWeakest(o.weakestScore));
  const stable = result.audit.objective === "stable";
  if (stable) s.push(words.stableFound());
  else {
    s.push(words.foundWith(result.solver.name));
    s.push(result.solver.optimal ? words.proven(soft, fair) : words.notProven());
  }
  const stability = stabilityText(result, lang);
  if (stability !== undefined) s.push(stability);
  if (result.warnings.length > 0) s.push(words.neutralFields(result.warnings.length));
  return s.join(" ");
}

/**
 * A whole result in words: the summary, a paragraph per pair, then each unmatched adept and
 * each mentor with places left, with the reason. Paragraphs are separated by a blank line.
 * Shared by `explain` and the report.
 *
 * @example
 * resultText(result, "sv", undefined).split("\n\n")[0] // the summary
 */
export function resultText(
  result: MatchResult,
  lang: Lang,
  ctx: CohortContext | undefined,
): string {
  const paragraphs = [summaryText(result, lang)];
  for (const pair of result.pairs) {
    paragraphs.push(
      pairParagraph(pair, lang, result.audit.weights, pairPeople(ctx, pair.mentorId, pair.adeptId)),
    );
  }
  for (const u of result.unmatchedAdepts) paragraphs.push(unmatchedText(u, lang, ctx));
  for (const s of result.spareMentors) paragraphs.push(spareText(s, lang, ctx));
  return paragraphs.join("\n\n");
}

function contextFor(
  options: ExplainOptions,
  target: MatchResult | MatchedPair,
): CohortContext | undefined {
  if (options.cohort === undefined) return undefined;
  const table = {
    ...(options.municipalities === undefined ? {} : { municipalities: options.municipalities }),
    ...(options.builtinMunicipalities === undefined
      ? {}
      : { builtinMunicipalities: options.builtinMunicipalities }),
  };
  // A result is read with the rules it was made with, so that reasons are recomputed the same.
  const matchOptions: MatchOptions = isResult(target)
    ? {
        ...table,
        weights: target.audit.weights,
        rules: target.audit.rules,
        criteria: target.audit.criteria,
      }
    : { ...table, ...(options.weights === undefined ? {} : { weights: options.weights }) };
  const ctx = cohortContext(prepare("explain", options.cohort, matchOptions));
  const pairs = isResult(target) ? target.pairs : [target];
  for (const pair of pairs) {
    personIndex("explain", ctx, "mentor", pair.mentorId);
    personIndex("explain", ctx, "adept", pair.adeptId);
  }
  if (isResult(target)) {
    for (const u of target.unmatchedAdepts) personIndex("explain", ctx, "adept", u.id);
    for (const s of target.spareMentors) personIndex("explain", ctx, "mentor", s.id);
  }
  return ctx;
}

/**
 * Explains a match result or one pair in sentences a programme coordinator can read to a
 * steering group, in Swedish or English.
 *
 * For a pair: its total, the strongest and the weakest criterion with the facts behind them
 * (shared wishes by name, the km between the two places, years as a manager and the gap, shared
 * leadership areas, sector background, education), any soft rule it breaks, and each criterion
 * scored neutrally because data was missing. For a result: a summary (matched, total, solver,
 * proven optimal), a paragraph per pair, then each unmatched adept and spare mentor with the
 * reason; paragraphs are separated by a blank line.
 *
 * The library's reason messages are English. In Swedish they are said from the facts the result
 * carries (`cause` of each unmatched adept and spare mentor), so no cohort is needed;
 * `options.cohort` also names municipalities and sectors in the pair paragraphs. For a result
 * made before results carried facts, Swedish reasons are worked out from the cohort when it is
 * given, else a Swedish sentence for the reason code is followed by the English detail.
 *
 * Throws a `TypeError`/`RangeError` naming `explain` for a target that is neither, a bad option,
 * or a cohort that does not contain the people of the target (and `CohortError` for an invalid
 * cohort). Pure: the same input gives the same text.
 *
 * @example
 * const result = match(cohort);
 * console.log(explain(result, { lang: "sv", cohort }));
 * console.log(explain(result.pairs[0])); // English, ids only
 */
export function explain(target: MatchResult | MatchedPair, options?: ExplainOptions): string {
  // A result is plain data: read it once, so no getter, Proxy or 2^32-long array gets further.
  return guarded("explain", () =>
    explainUnguarded(plainData("explain", "target", target) as MatchResult | MatchedPair, options),
  );
}

function explainUnguarded(target: MatchResult | MatchedPair, options?: ExplainOptions): string {
  const opts = explainOptions("explain", options);
  const lang = resolveLang("explain", opts.lang);
  if (!isResult(target) && !isPair(target)) {
    throw new TypeError("explain: the target must be a MatchResult or a MatchedPair from match()");
  }
  const ctx = contextFor(opts, target);
  if (isResult(target)) return resultText(target, lang, ctx);
  // Checked like match's own weights; unnamed criteria keep their default.
  const weights: Weights =
    ctx?.p.options.weights ??
    resolveOptions("explain", opts.weights === undefined ? {} : { weights: opts.weights }).weights;
  return pairParagraph(target, lang, weights, pairPeople(ctx, target.mentorId, target.adeptId));
}
