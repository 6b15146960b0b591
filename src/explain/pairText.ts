import { explainPhrases, reasonPhrases } from "../phrasebook/index.js";
import type { CriterionFacts } from "../types.js";
import {
  CRITERIA,
  type Criterion,
  type CriterionScores,
  type PairRule,
  type Weights,
} from "../types.js";
import { criterionClause, neutrality, neutralSentence, type PairPeople } from "./criterionText.js";
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
  const weight = (c: Criterion) => weights?.[c] ?? 1;
  const ranked = CRITERIA.filter((c) => weight(c) > 0 && neutrality(c, pair.facts) !== "full");
  if (ranked.length === 0) return {};
  const order = (c: Criterion) => CRITERIA.indexOf(c);
  const strongest = [...ranked].sort(
    (x, y) => pair.criteria[y] - pair.criteria[x] || weight(y) - weight(x) || order(x) - order(y),
  )[0]!;
  const weakest = ranked
    .filter((c) => c !== strongest)
    .sort(
      (x, y) => pair.criteria[x] - pair.criteria[y] || weight(y) - weight(x) || order(x) - order(y),
    )[0];
  return weakest === undefined ? { strongest } : { strongest, weakest };
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
  who: PairPeople,
): string {
  const words = explainPhrases(lang);
  const clause = criterionClause(criterion, pair.facts, lang, who);
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
  const sentences = [
    explainPhrases(lang).pairHead(who.mentor.id, who.adept.id, pair.locked, pair.score),
  ];
  const { strongest, weakest } = rankCriteria(pair, weights);
  if (strongest !== undefined) sentences.push(ranked("strongest", strongest, pair, lang, who));
  if (weakest !== undefined) sentences.push(ranked("weakest", weakest, pair, lang, who));
  const soft = softViolationSentence(pair.softViolations ?? [], lang, who);
  if (soft !== "") sentences.push(soft);
  // Preference is said only where someone gave preferences (its facts are there) and it counts.
  const pref = pair.facts.preference;
  if (pref !== undefined && (weights?.preference ?? 1) > 0)
    sentences.push(explainPhrases(lang).preference(who.mentor.id, who.adept.id, pref));
  for (const c of CRITERIA) {
    if ((weights?.[c] ?? 1) === 0) continue;
    const neutral = neutralSentence(c, pair.facts, lang, who);
    if (neutral !== "") sentences.push(neutral);
  }
  return sentences.join(" ");
}
