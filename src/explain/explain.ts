import { resolveOptions } from "../options/resolve.js";
import { prepare } from "../prepare/prepare.js";
import { PAIR_RULES } from "../rules/pairRules.js";
import type { MatchedPair, MatchOptions, MatchResult, SolverInfo, Weights } from "../types.js";
import { guarded, plainData } from "../util/boundary.js";
import { type CohortContext, cohortContext, pairPeople, personIndex } from "./context.js";
import { pairParagraph } from "./pairText.js";
import { spareText, unmatchedText } from "./reasonText.js";
import type { ExplainOptions, Lang } from "./types.js";
import { formatNumber, resolveLang } from "./words.js";

const OPTION_KEYS = ["lang", "weights", "cohort", "municipalities", "builtinMunicipalities"];

function checkOptions(options: unknown): ExplainOptions {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError("explain: options must be an object");
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.includes(key)) {
      throw new RangeError(
        `explain: options.${key} is not an option (known: ${OPTION_KEYS.join(", ")})`,
      );
    }
  }
  return options as ExplainOptions;
}

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

const SOLVER_NAMES: Readonly<Record<Lang, Readonly<Record<SolverInfo["name"], string>>>> = {
  en: {
    lp: "linear programming (javascript-lp-solver), checked against the exact min-cost-flow method",
    flow: "the exact min-cost-flow method",
    none: "no solver (there was nothing to choose)",
  },
  sv: {
    lp: "linjärprogrammering (javascript-lp-solver), kontrollerad mot den exakta flödesmetoden",
    flow: "den exakta flödesmetoden (min-cost flow)",
    none: "ingen lösare (det fanns inget att välja)",
  },
};

/**
 * The summary of a result: how many adepts are matched, the total score, the solver, and what
 * "proven optimal" means for the objective the result was made with.
 *
 * @example
 * summaryText(result, "en")
 * // "6 of 6 adepts are matched in 6 pairs, with a total score of 412.5 (68.8 of 100 per pair on average). ..."
 */
export function summaryText(result: MatchResult, lang: Lang): string {
  const sv = lang === "sv";
  const o = result.objective;
  const adepts = result.pairs.length + result.unmatchedAdepts.length;
  const mean = result.pairs.length === 0 ? 0 : o.totalScore / result.pairs.length;
  const total = formatNumber(o.totalScore, lang);
  const s: string[] = [];
  if (sv) {
    s.push(
      `${o.matched} av ${adepts} adepter har fått en mentor i ${result.pairs.length} par, med totalpoängen ${total} (i snitt ${formatNumber(mean, lang)} av 100 per par).`,
    );
  } else {
    s.push(
      `${o.matched} of ${adepts} adepts are matched in ${result.pairs.length} ${result.pairs.length === 1 ? "pair" : "pairs"}, with a total score of ${total} (${formatNumber(mean, lang)} of 100 per pair on average).`,
    );
  }
  const locked = result.pairs.filter((p) => p.locked).length;
  if (locked > 0) {
    s.push(
      sv
        ? `${locked} av paren var låsta i förväg.`
        : `${locked} of the pairs ${locked === 1 ? "was" : "were"} locked in advance.`,
    );
  }
  const soft = PAIR_RULES.some((r) => result.audit.rules[r] === "soft");
  if (soft) {
    s.push(
      sv
        ? `Paren bryter sammanlagt ${o.softViolations} gånger mot de mjuka reglerna.`
        : `The pairs break the soft rules ${o.softViolations} ${o.softViolations === 1 ? "time" : "times"} in all.`,
    );
  }
  const fair = result.audit.objective === "fair";
  if (fair && o.weakestScore !== null) {
    const w = formatNumber(o.weakestScore, lang);
    s.push(
      sv
        ? `Med målet "rättvis" höjs först det svagaste paret: det svagaste paret som inte var låst har ${w} poäng.`
        : `With the "fair" objective the weakest pair comes first: the weakest pair that was not locked scores ${w}.`,
    );
  }
  s.push(
    sv
      ? `Planen togs fram med ${SOLVER_NAMES.sv[result.solver.name]}.`
      : `The plan was found with ${SOLVER_NAMES.en[result.solver.name]}.`,
  );
  if (!result.solver.optimal) {
    s.push(sv ? "Den är inte bevisat optimal." : "It is not proven optimal.");
  } else if (sv) {
    s.push(
      `Den är bevisat optimal: ingen annan plan matchar fler adepter${soft ? ", bland dem som matchar lika många bryter ingen färre gånger mot de mjuka reglerna" : ""}${fair ? ", bland de lika bra har ingen ett starkare svagaste par" : ""}, och bland de lika bra har ingen högre totalpoäng.`,
    );
  } else {
    s.push(
      `It is proven optimal: no other plan matches more adepts${soft ? "; of those that match as many, none breaks the soft rules fewer times" : ""}${fair ? "; of those as good, none has a stronger weakest pair" : ""}; and of those as good, none has a higher total score.`,
    );
  }
  if (result.warnings.length > 0) {
    const n = result.warnings.length;
    s.push(
      sv
        ? `${n} ${n === 1 ? "uppgift saknades och bedömdes" : "uppgifter saknades och bedömdes"} neutralt (se varningarna om datakvalitet).`
        : `${n} missing ${n === 1 ? "field was" : "fields were"} scored neutrally (see the data-quality warnings).`,
    );
  }
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
 * The library's reason messages are English. In Swedish they are written from the cohort when
 * `options.cohort` is given (which also names municipalities and sectors); without it, a Swedish
 * sentence for the reason code is followed by the English detail in brackets.
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
  const opts = checkOptions(options);
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
