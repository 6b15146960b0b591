/**
 * A pair's card in the report: its head, the paragraph about it, and a table with a row per
 * criterion (name, weight, a bar, the score in per cent, the sentence saying why), written from
 * the pieces in `criterionRow.ts`.
 */
import type { PairPeople, PersonLabel } from "../explain/criterionText.js";
import { neutrality } from "../explain/criterionText.js";
import { pairTexts } from "../explain/pairText.js";
import type { Lang } from "../explain/types.js";
import { CRITERION_NAMES, formatNumber } from "../explain/words.js";
import { CRITERIA, type Criterion, type MatchedPair, type MatchResult } from "../types.js";
import { barToSentence, rowStart } from "./criterionRow.js";
import { escapeHtml as esc, escapeText } from "./escape.js";
import type { ReportLabels } from "./labels.js";
import { preferenceRow } from "./preference.js";

/**
 * The parts of a pair card that are the same on every card of a report, escaped once: each
 * criterion's row start (with and without the neutral mark), the table head and the locked tag.
 */
export interface CardParts {
  readonly rowStart: Readonly<Record<Criterion, readonly [plain: string, neutral: string]>>;
  readonly tableHead: string;
  readonly lockedTag: string;
}

/**
 * The parts every card of this report shares (`CardParts`).
 *
 * @example
 * const parts = cardParts(result, "sv", REPORT_LABELS.sv);
 */
export function cardParts(result: MatchResult, lang: Lang, L: ReportLabels): CardParts {
  const weights = result.audit.weights;
  const starts = {} as Record<Criterion, readonly [string, string]>;
  for (const c of CRITERIA) {
    const name = CRITERION_NAMES[lang][c];
    const weight = formatNumber(weights[c], lang);
    starts[c] = [rowStart(name, weight, false), rowStart(name, weight, true)];
  }
  return {
    rowStart: starts,
    tableHead: `<table class="criteria"><thead><tr><th>${esc(L.criterion)}</th><th>${esc(L.weight)}</th><th colspan="2">${esc(L.score)}</th><th>${esc(L.facts)}</th></tr></thead>`,
    lockedTag: ` <span class="tag">${esc(L.locked)}</span>`,
  };
}

/** Where a person works, as the card's second line says it: "M01: Borås, Äldreomsorg". */
function place(x: PersonLabel): string {
  return `${esc(x.id)}: ${esc(x.municipality ?? "")}, ${esc(x.sector ?? "")}`;
}

/**
 * One pair's card: ids, total, where both work, the paragraph about the pair (`pairTexts`) and
 * a row per criterion, then the preference row when anyone gave preferences. Every string from
 * the input is escaped.
 *
 * @example
 * pairCard(result.pairs[0], 0, result, "en", cardParts(result, "en", L), who) // '<article class="pair" id="pair-1">...'
 */
export function pairCard(
  pair: MatchedPair,
  index: number,
  result: MatchResult,
  lang: Lang,
  parts: CardParts,
  who: PairPeople,
): string {
  const texts = pairTexts(pair, lang, result.audit.weights, who);
  let rows = "";
  for (const c of CRITERIA) {
    const [plain, neutral] = parts.rowStart[c];
    const start = neutrality(c, pair.facts) === "full" ? neutral : plain;
    rows += `${start}${barToSentence(pair.criteria[c], lang)}${escapeText(texts.sentences[c])}</td></tr>\n`;
  }
  for (const row of preferenceRow(pair, result.audit.weights, lang, who)) rows += `${row}\n`;
  const locked = pair.locked ? parts.lockedTag : "";
  return `<article class="pair" id="pair-${index + 1}">
<header><h3>${esc(pair.mentorId)} &harr; ${esc(pair.adeptId)}${locked}</h3><span class="total">${formatNumber(pair.score, lang)} / 100</span></header>
<p class="people">${place(who.mentor)} · ${place(who.adept)}</p>
<p>${escapeText(texts.paragraph)}</p>
${parts.tableHead}
<tbody>
${rows}</tbody></table>
</article>`;
}
