import type { PairPeople } from "../explain/criterionText.js";
import type { Lang } from "../explain/types.js";
import { CRITERION_NAMES, formatNumber } from "../explain/words.js";
import { explainPhrases } from "../phrasebook/index.js";
import type { MatchedPair, Weights } from "../types.js";
import { barToSentence, rowStart } from "./criterionRow.js";
import { escapeHtml as esc } from "./escape.js";

/**
 * The preference criterion's row on a pair's card, laid out as the six rows above it; none
 * (an empty list) when nobody in the cohort gave preferences.
 *
 * @example
 * preferenceRow(result.pairs[0], result.audit.weights, "en", who) // ['<tr>...preference...</tr>']
 */
export function preferenceRow(
  pair: MatchedPair,
  weights: Weights,
  lang: Lang,
  who: PairPeople,
): string[] {
  const facts = pair.facts.preference;
  if (facts === undefined) return [];
  const neutral = facts.adeptRank === null && facts.mentorRank === null;
  return [
    rowStart(
      CRITERION_NAMES[lang].preference,
      formatNumber(weights.preference ?? 0, lang),
      neutral,
    ) +
      barToSentence(facts.score, lang) +
      `${esc(explainPhrases(lang).preference(who.mentor.id, who.adept.id, facts))}</td></tr>`,
  ];
}
