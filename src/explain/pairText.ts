import { explainPhrases, reasonPhrases } from "../phrasebook/index.js";
import type { CriterionFacts } from "../types.js";
import {
  CRITERIA,
  type Criterion,
  type CriterionScores,
  type PairRule,
  type Weights,
} from "../types.js";
import {
  criterionClause,
  neutrality,
  neutralSentence,
  type PairPeople,
  sentenceOf,
} from "./criterionText.js";
import type { Lang } from "./types.js";

/**
 * What a paragraph about a pair needs: a `MatchedPair`, or the same fields from `explainPair`.
 *
 * @example
 * const pair: PairLike = result.pairs[0];
 */
export interface PairLike {
  readonly mentorId: string;
  readonly adeptId: string;
  readonly score: number;
  readonly criteria: CriterionScores;
  readonly facts: CriterionFacts;
  readonly locked: boolean;
  readonly softViolations?: readonly PairRule[];
}

/**
 * The strongest and weakest criterion of a pair. Only criteria that count (weight > 0) and that
 * rest on some data (not scored neutrally in full) are ranked: a neutral 0.5 is no strength or
 * weakness of the pair. Ties go to the heavier weight, then to the `CRITERIA` order, so the
 * choice is deterministic. `weakest` is absent when fewer than two criteria can be ranked.
 *
 * @example
 * rankCriteria(pair, DEFAULT_WEIGHTS) // { strongest: "wishes", weakest: "geography" }
 */
export function rankCriteria(
  pair: Pick<PairLike, "criteria" | "facts">,
  weights: Weights | undefined,
): { strongest?: Criterion; weakest?: Criterion } {
  return rankAmong(
    pair.criteria,
    weights,
    CRITERIA.map((c) => neutrality(c, pair.facts) !== "full"),
  );
}

/**
 * `rankCriteria` with each criterion's "rests on some data" already known (`withData`, in
 * `CRITERIA` order): `pairTexts` knows it from the neutral notes it writes anyway.
 */
function rankAmong(
  scores: CriterionScores,
  weights: Weights | undefined,
  withData: readonly boolean[],
): { strongest?: Criterion; weakest?: Criterion } {
  // One pass each instead of filtering and sorting, each score and weight read once (by index
  // after that): the report ranks a thousand pairs. Criteria are visited in `CRITERIA` order,
  // so a strict comparison keeps the earlier one on a full tie.
  const n = CRITERIA.length;
  const score: number[] = new Array(n);
  const weight: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const c = CRITERIA[i] as Criterion;
    score[i] = scores[c];
    weight[i] = withData[i] === true ? weightOf(c, weights) : 0;
  }
  let best = -1;
  for (let i = 0; i < n; i++) {
    if (!((weight[i] as number) > 0)) continue;
    const d = best < 0 ? 1 : (score[i] as number) - (score[best] as number);
    if (d > 0 || (d === 0 && (weight[i] as number) > (weight[best] as number))) best = i;
  }
  if (best < 0) return {};
  let worst = -1;
  for (let i = 0; i < n; i++) {
    if (i === best || !((weight[i] as number) > 0)) continue;
    const d = worst < 0 ? -1 : (score[i] as number) - (score[worst] as number);
    if (d < 0 || (d === 0 && (weight[i] as number) > (weight[worst] as number))) worst = i;
  }
  const strongest = CRITERIA[best] as Criterion;
  return worst < 0 ? { strongest } : { strongest, weakest: CRITERIA[worst] as Criterion };
}

function weightOf(c: Criterion, weights: Weights | undefined): number {
  return weights?.[c] ?? 1;
}

/** The facts of a soft rule the pair breaks, as the reason phrasebook says them, when known. */
function ruleDetail(rule: PairRule, lang: Lang, who: PairPeople): string {
  const words = reasonPhrases(lang);
  switch (rule) {
    case "differentMunicipality":
      return who.adept.municipality === undefined
        ? ""
        : ` (${words.block({ rule, place: who.adept.municipality })})`;
    case "differentSector":
      return who.adept.sector === undefined
        ? ""
        : ` (${words.block({ rule, sector: who.adept.sector })})`;
    case "differentWorkBackground":
      return ` (${words.block({ rule })})`;
  }
}

/**
 * The sentence naming the soft rules a pair breaks; empty when it breaks none.
 *
 * @example
 * softViolationSentence(["differentMunicipality"], "sv", who)
 * // "Paret bryter mot den mjuka regeln om olika kommuner (båda i Borås)."
 */
export function softViolationSentence(
  rules: readonly PairRule[],
  lang: Lang,
  who: PairPeople,
): string {
  if (rules.length === 0) return "";
  const names = reasonPhrases(lang).ruleNames;
  return explainPhrases(lang).softRules(rules.map((r) => `${names[r]}${ruleDetail(r, lang, who)}`));
}

function ranked(
  label: "strongest" | "weakest",
  criterion: Criterion,
  pair: PairLike,
  lang: Lang,
  clause: string,
): string {
  const words = explainPhrases(lang);
  const head = words.ranked(label, words.criterionNames[criterion], pair.criteria[criterion]);
  return clause === "" ? `${head}.` : `${head}: ${clause}.`;
}

/**
 * A paragraph about one pair that a coordinator can read to a steering group: the total, the
 * strongest and the weakest criterion with the facts behind them, any soft rule broken, and
 * every criterion scored neutrally because data was missing.
 *
 * @example
 * pairParagraph(result.pairs[0], "en", result.audit.weights, { mentor: { id: "M01" }, adept: { id: "A03" } })
 * // "M01 and A03: 78.5 of 100. The strongest criterion is wishes (100%): M01 offers everything ..."
 */
export function pairParagraph(
  pair: PairLike,
  lang: Lang,
  weights: Weights | undefined,
  who: PairPeople,
): string {
  return pairTexts(pair, lang, weights, who).paragraph;
}

/**
 * A pair's paragraph (`pairParagraph`) and each criterion's sentence (`criterionSentence`) at
 * once, each criterion's clause and neutral note said once: the report prints both for every
 * pair, and the paragraph repeats the strongest and weakest criterion's clauses.
 *
 * @example
 * const { paragraph, sentences } = pairTexts(pair, "sv", weights, who);
 * sentences.wishes === criterionSentence("wishes", pair.facts, "sv", who) // true
 */
export function pairTexts(
  pair: PairLike,
  lang: Lang,
  weights: Weights | undefined,
  who: PairPeople,
): { paragraph: string; sentences: Record<Criterion, string> } {
  const clauses = {} as Record<Criterion, string>;
  const sentences = {} as Record<Criterion, string>;
  const neutrals: string[] = [];
  const withData: boolean[] = [];
  for (const c of CRITERIA) {
    const level = neutrality(c, pair.facts);
    const clause = criterionClause(c, pair.facts, lang, who);
    // Most criteria rest on full data: no neutral note to write.
    const neutral = level === "none" ? "" : neutralSentence(c, pair.facts, lang, who);
    clauses[c] = clause;
    neutrals.push(neutral);
    withData.push(level !== "full");
    sentences[c] = sentenceOf(clause, neutral);
  }
  const parts = [
    explainPhrases(lang).pairHead(who.mentor.id, who.adept.id, pair.locked, pair.score),
  ];
  const { strongest, weakest } = rankAmong(pair.criteria, weights, withData);
  if (strongest !== undefined)
    parts.push(ranked("strongest", strongest, pair, lang, clauses[strongest]));
  if (weakest !== undefined) parts.push(ranked("weakest", weakest, pair, lang, clauses[weakest]));
  const soft = softViolationSentence(pair.softViolations ?? [], lang, who);
  if (soft !== "") parts.push(soft);
  // Preference is said only where someone gave preferences (its facts are there) and it counts.
  const pref = pair.facts.preference;
  if (pref !== undefined && (weights?.preference ?? 1) > 0)
    parts.push(explainPhrases(lang).preference(who.mentor.id, who.adept.id, pref));
  for (let i = 0; i < CRITERIA.length; i++) {
    const neutral = neutrals[i] as string;
    if (neutral !== "" && weightOf(CRITERIA[i] as Criterion, weights) !== 0) parts.push(neutral);
  }
  return { paragraph: parts.join(" "), sentences };
}
