import type { PairPeople } from "../explain/criterionText.js";
import type { Lang } from "../explain/types.js";
import { CRITERION_NAMES, formatNumber, percent } from "../explain/words.js";
import { explainPhrases } from "../phrasebook/index.js";
import type { MatchedPair, Weights } from "../types.js";
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
  const width = Math.round(Math.min(1, Math.max(0, facts.score)) * 1000) / 10;
  return [
    `<tr${neutral ? ' class="neutral"' : ""}><td class="name">${esc(CRITERION_NAMES[lang].preference)}</td>` +
      `<td class="num">${formatNumber(weights.preference ?? 0, lang)}</td>` +
      `<td class="barcell"><div class="bar"><span style="width:${width}%"></span></div></td>` +
      `<td class="num">${esc(percent(facts.score, lang))}</td>` +
      `<td>${esc(explainPhrases(lang).preference(who.mentor.id, who.adept.id, facts))}</td></tr>`,
  ];
}
