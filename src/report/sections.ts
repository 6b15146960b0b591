/**
 * The report's building blocks and its closing sections: the settings (weights, rules,
 * eligibility, criteria options), the data-quality warnings and the audit block.
 */

import { scoredCriteria, weightOf } from "../criteria/preference.js";
import type { Lang } from "../explain/types.js";
import {
  CRITERION_NAMES,
  formatNumber,
  percent,
  RULE_MODE_NAMES,
  RULE_NAMES,
} from "../explain/words.js";
import { PAIR_RULES } from "../rules/pairRules.js";
import type { Decision } from "../session/types.js";
import type { MatchResult } from "../types.js";
import { escapeHtml as esc } from "./escape.js";
import type { ReportLabels } from "./labels.js";

/** Most data-quality warnings listed; the rest are counted. */
const WARNINGS_SHOWN = 200;

export const section = (id: string, heading: string, body: string) =>
  `<section id="${id}">\n<h2>${esc(heading)}</h2>\n${body}\n</section>`;

export const dl = (entries: readonly (readonly [string, string])[]) =>
  `<dl class="facts">${entries.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("")}</dl>`;

export function settingsSection(result: MatchResult, lang: Lang, L: ReportLabels): string {
  const { weights, rules, criteria, objective } = result.audit;
  const shown = scoredCriteria(weights);
  const sum = shown.reduce((s, c) => s + weightOf(weights, c), 0);
  const weightRows = shown
    .map(
      (c) =>
        `<tr><td>${esc(CRITERION_NAMES[lang][c])}</td><td class="num">${formatNumber(weightOf(weights, c), lang, 2)}</td><td class="num">${esc(percent(sum > 0 ? weightOf(weights, c) / sum : 0, lang))}</td></tr>`,
    )
    .join("\n");
  const ruleRows = PAIR_RULES.map(
    (r) =>
      `<tr><td>${esc(RULE_NAMES[lang][r])}</td><td>${esc(RULE_MODE_NAMES[lang][rules[r]])}</td></tr>`,
  ).join("\n");
  return `<table class="grid"><thead><tr><th>${esc(L.criterion)}</th><th class="num">${esc(L.weight)}</th><th class="num">${esc(L.share)}</th></tr></thead>
<tbody>
${weightRows}
</tbody></table>
<h3>${esc(L.rules)}</h3>
<table class="grid"><thead><tr><th>${esc(L.rule)}</th><th>${esc(L.mode)}</th></tr></thead>
<tbody>
${ruleRows}
</tbody></table>
<h3>${esc(L.eligibility)}</h3>
${dl([
  [L.adeptMinYears, formatNumber(rules.adeptMinManagerYears, lang, 2)],
  [L.mentorMinYears, formatNumber(rules.mentorMinManagerYears, lang, 2)],
  [L.consent, rules.requireConsent ? L.yes : L.no],
])}
<h3>${esc(L.criteriaOptions)}</h3>
${dl([
  [
    L.nearFar,
    `${formatNumber(criteria.nearKm, lang, 2)} / ${formatNumber(criteria.farKm, lang, 2)}`,
  ],
  [L.gapYears, formatNumber(criteria.experienceGapYears, lang, 2)],
  [L.educationDirection, criteria.educationDirection === "similar" ? L.similar : L.complementary],
  [L.objective, objective === "fair" ? L.objectiveFair : L.objectiveTotal],
])}`;
}

export function warningsSection(result: MatchResult, L: ReportLabels): string {
  const all = result.warnings;
  if (all.length === 0) return `<p>${esc(L.warningsNone)}</p>`;
  const shown = all.slice(0, WARNINGS_SHOWN);
  const capped =
    all.length > shown.length
      ? `<p class="note">${esc(L.warningsCapped(shown.length, all.length))}</p>`
      : "";
  return `${capped}<ul class="reasons">${shown
    .map((w) => `<li><code>${esc(w.path)}</code> ${esc(w.message)}</li>`)
    .join("\n")}</ul>`;
}

export function auditSection(
  result: MatchResult,
  L: ReportLabels,
  decisions?: readonly Decision[],
): string {
  const a = result.audit;
  return `${dl([
    [L.version, a.version],
    [L.inputHash, a.inputHash],
    [L.solverChoice, a.solver],
    [L.solver, result.solver.name],
    [L.proof, result.solver.proof],
    ...(decisions === undefined ? [] : [[L.decisions, String(decisions.length)] as const]),
  ])}
<pre>${esc(JSON.stringify(a, null, 2))}</pre>`;
}
