import { scoredCriteria, scoreOf } from "../criteria/preference.js";
import { createScorer } from "../criteria/scorer.js";
import { UNITS_PER_POINT } from "../criteria/total.js";
import { type CohortContext, cohortContext, pairPeopleAt } from "../explain/context.js";
import type { PairPeople } from "../explain/criterionText.js";
import { summaryText } from "../explain/explain.js";
import { isMatchResult, splitOptions } from "../explain/options.js";
import { lossShort } from "../explain/planText.js";
import { spareText, unmatchedText } from "../explain/reasonText.js";
import type { AdeptAlternatives, Lang, ReportOptions, ReportSection } from "../explain/types.js";
import { formatNumber, RULE_NAMES, resolveLang } from "../explain/words.js";
import { alternativesOfPlan } from "../plan/alternatives.js";
import type { OptimalPlan } from "../plan/plan.js";
import { isAllowed, type Prepared, prepare } from "../prepare/prepare.js";
import { PAIR_RULES } from "../rules/pairRules.js";
import type { CohortInput } from "../schema/cohort.js";
import type { Decision } from "../session/types.js";
import type { MatchResult } from "../types.js";
import { guarded, plainData } from "../util/boundary.js";
import { VERSION } from "../version.js";
import { joinInChunks } from "./chunks.js";
import { decisionsOption, decisionsSection } from "./decisions.js";
import { escapeHtml as esc } from "./escape.js";
import { extraSectionHtml, sectionsOption } from "./extraSections.js";
import { HEAT_MAP_MAX, type HeatMap, heatMapHtml } from "./heatmap.js";
import { REPORT_LABELS, type ReportLabels } from "./labels.js";
import { cardParts, pairCard } from "./pairCard.js";
import { auditSection, dl, section, settingsSection, warningsSection } from "./sections.js";
import { REPORT_CSS } from "./style.js";
import {
  checkResult,
  listsAlternatives,
  optionsFor,
  provenPlan,
  REPORT_ALTERNATIVES_MAX,
} from "./verify.js";

export { REPORT_ALTERNATIVES_MAX } from "./verify.js";

function heatMap(p: Prepared, chosen: ReadonlySet<number>): HeatMap {
  // Canonical order (by id), as in the result; the same cells scoreMatrix computes. A scorer of
  // just the people on the map scores them row by row (a criterion's score depends only on the
  // pair, so its units are the cohort scorer's, bit for bit), and the cells are kept, since
  // the map is written column block by column block.
  const rows = Math.min(HEAT_MAP_MAX, p.mentors.length);
  const cols = Math.min(HEAT_MAP_MAX, p.adepts.length);
  const scorer = createScorer(p.mentors.slice(0, rows), p.adepts.slice(0, cols), p.options);
  const units = new Int32Array(rows * cols);
  for (let m = 0; m < rows; m++) units.set(scorer.row(m), m * cols);
  return {
    mentorIds: p.mentors.slice(0, rows).map((m) => m.id),
    adeptIds: p.adepts.slice(0, cols).map((a) => a.id),
    totalMentors: p.mentors.length,
    totalAdepts: p.adepts.length,
    cell: (m, a) => ({
      score: units[m * cols + a]! / UNITS_PER_POINT,
      allowed: isAllowed(p, m, a),
      chosen: chosen.has(m * p.adepts.length + a),
    }),
  };
}

function summarySection(result: MatchResult, lang: Lang, L: ReportLabels): string {
  const o = result.objective;
  const adepts = result.pairs.length + result.unmatchedAdepts.length;
  const mean = result.pairs.length === 0 ? 0 : o.totalScore / result.pairs.length;
  const entries: [string, string][] = [
    [L.matched, `${o.matched} ${L.of} ${adepts}`],
    [L.totalScore, formatNumber(o.totalScore, lang)],
    [L.meanScore, `${formatNumber(mean, lang)} ${L.of} 100`],
  ];
  if (PAIR_RULES.some((r) => result.audit.rules[r] === "soft")) {
    entries.push([L.softViolations, String(o.softViolations)]);
  }
  if (result.audit.objective === "fair" && o.weakestScore !== null) {
    entries.push([L.weakest, formatNumber(o.weakestScore, lang)]);
  }
  entries.push(
    [L.solver, result.solver.name],
    [L.optimal, result.solver.optimal ? L.yes : L.no],
    [L.warnings, String(result.warnings.length)],
  );
  return `${dl(entries)}\n<p>${esc(summaryText(result, lang))}</p>`;
}

function peopleAt(p: Prepared, at: { mentor: number; adept: number } | undefined): PairPeople {
  if (at === undefined)
    throw new Error("reportHtml: chosenPairs is shorter than the result's pairs");
  return pairPeopleAt(p, at.mentor, at.adept);
}

/**
 * Most pairs for which the table of all pairs is never split across pages: a third of a page,
 * so keeping it whole never leaves much of a page blank. A longer table flows on from the
 * summary (up to about 45 pairs still fit the first A4 portrait page) and repeats its head.
 */
const PAIRS_TABLE_WHOLE = 20;

/**
 * A criterion's cell in the table of all pairs, by whole per cent (made once each). The table's
 * number cells are right-aligned by column (`REPORT_CSS`), so they carry no class.
 */
const PERCENT_CELLS: string[] = [];

function percentCell(score: number): string {
  const n = Math.round(score * 100);
  if (!(n >= 0 && n <= 100)) return `<td>${n}</td>`;
  let cell = PERCENT_CELLS[n];
  if (cell === undefined) {
    cell = `<td>${n}</td>`;
    PERCENT_CELLS[n] = cell;
  }
  return cell;
}

/**
 * The whole plan in one compact table, before the cards: a steering group reads it on one
 * page. The number links to the pair's card.
 */
function pairsTable(result: MatchResult, lang: Lang, L: ReportLabels): string {
  const shown = scoredCriteria(result.audit.weights);
  const head = [
    `<th class="num">${esc(L.pairNumber)}</th>`,
    `<th>${esc(L.mentor)}</th>`,
    `<th>${esc(L.adept)}</th>`,
    `<th class="num">${esc(L.total)}</th>`,
    ...shown.map((c) => `<th class="num crit">${esc(L.criterionHead[c])}</th>`),
    `<th>${esc(L.notes)}</th>`,
  ].join("");
  const rows = result.pairs.map((pair, i) => {
    // Most pairs are neither locked nor break a soft rule: their notes cell is empty.
    const marks =
      !pair.locked && pair.softViolations.length === 0
        ? ""
        : [
            ...(pair.locked ? [L.lockedShort] : []),
            ...(pair.softViolations.length > 0
              ? [`${L.breaks}: ${pair.softViolations.map((r) => RULE_NAMES[lang][r]).join(", ")}`]
              : []),
          ].join("; ");
    let cells = "";
    for (const c of shown) cells += percentCell(scoreOf(pair.criteria, c));
    const n = String(i + 1);
    return (
      `<tr><td><a href="#pair-${n}">${n}</a></td>` +
      `<td>${esc(pair.mentorId)}</td><td>${esc(pair.adeptId)}</td>` +
      `<td><strong>${formatNumber(pair.score, lang)}</strong></td>${cells}` +
      `<td>${esc(marks)}</td></tr>`
    );
  });
  const whole = result.pairs.length <= PAIRS_TABLE_WHOLE ? " whole" : "";
  return `<div class="scroll plan${whole}"><table class="pairs"><caption>${esc(L.pairsIntro)}</caption><thead><tr>${head}</tr></thead>
<tbody>
${joinInChunks(rows, "\n")}
</tbody></table></div>`;
}

function unmatchedSection(
  result: MatchResult,
  lang: Lang,
  L: ReportLabels,
  ctx: CohortContext,
): string {
  const list = (items: string[], empty: string) =>
    items.length === 0
      ? `<p>${esc(empty)}</p>`
      : `<ul class="reasons">${items.map((t) => `<li>${esc(t)}</li>`).join("\n")}</ul>`;
  return [
    `<h3>${esc(L.unmatchedAdepts)}</h3>`,
    list(
      result.unmatchedAdepts.map((u) => unmatchedText(u, lang, ctx)),
      L.everyoneMatched,
    ),
    `<h3>${esc(L.spareMentors)}</h3>`,
    list(
      result.spareMentors.map((s) => spareText(s, lang, ctx)),
      L.noSpare,
    ),
  ].join("\n");
}

function alternativesSection(
  list: readonly AdeptAlternatives[] | null,
  limit: number,
  lang: Lang,
  L: ReportLabels,
): string {
  if (list === null) return `<p class="note">${esc(L.alternativesSkipped(limit))}</p>`;
  const rows = list.map((a) => {
    const inPlan =
      a.mentorId === null
        ? `<span class="muted">${esc(L.unmatchedShort)}</span>`
        : `${esc(a.mentorId)} (${formatNumber(a.score ?? 0, lang)})${a.locked ? ` <span class="tag">${esc(L.lockedShort)}</span>` : ""}`;
    const others =
      a.alternatives.length === 0
        ? `<span class="muted">${esc(L.none)}</span>`
        : a.alternatives
            .map(
              (x) =>
                `${esc(x.mentorId)} (${formatNumber(x.score, lang)}): ${esc(lossShort(x.loss, lang))}`,
            )
            .join("<br>");
    return `<tr><td>${esc(a.adeptId)}</td><td>${inPlan}</td><td>${others}</td></tr>`;
  });
  return `<p>${esc(L.alternativesIntro)}</p>
<table class="grid"><thead><tr><th>${esc(L.adept)}</th><th>${esc(L.inPlan)}</th><th>${esc(L.others)}</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody></table>`;
}

/**
 * Renders one self-contained HTML report of a match result, for a programme coordinator to
 * open in a browser, print, or hand to a steering group. It holds: the title and the audit's
 * input hash (no date or time, so the same input gives the same file); a summary (matched,
 * total score, solver, proven optimal); a table of all pairs (ids, total, the six criteria,
 * locked and soft-rule marks) and then a card per pair with a bar per criterion and the
 * explanation sentences (`explain`); a heat map of all pair scores (mentors x adepts, coloured
 * by score, chosen pairs marked ★, forbidden pairs hatched, with a legend; capped at 60 x 60
 * with a note; in column blocks of at most `HEAT_BLOCK_MAX` adepts); the unmatched adepts and
 * spare mentors with reasons; the alternatives per adept (`alternatives`; left out with a note
 * above 300 people per side, 60 with objective `"fair"`); the weights and rules used; the
 * data-quality warnings; and the audit block.
 *
 * Inline CSS only: no script, and no external resource of any kind (fonts, images, links).
 * Every string from the input is HTML-escaped. Print styles (`REPORT_CSS`) fit A4 portrait and
 * landscape at full size without forced page breaks, keep pair cards whole and keep the colours
 * of bars and heat map.
 *
 * The weights, rules, criteria options, solver and objective are taken from `result.audit`; the
 * caller's `options` add the municipality table (and may repeat audited options, which must
 * then agree). The result must come from `match` on this cohort: a foreign person, a score that
 * differs or a plan that is not this cohort's optimum throws a `RangeError` naming
 * `renderReport` rather than a report that contradicts itself. Where alternatives are listed
 * the plan is proven optimal with the result's `certificate`, without solving (a result
 * without one is compared with the plan solved once more); above that size the people and
 * every pair's score are checked. The cost is about that of preparing the cohort plus the
 * text: the cohort is never solved again.
 *
 * @example
 * const result = match(cohort, options);
 * const html = renderReport(cohort, result, { ...options, lang: "sv", title: "Mentorprogram Sjuhärad 2024" });
 * // write html to report.html (the CLI's `report` command does this)
 */
export function renderReport(
  cohort: CohortInput,
  result: MatchResult,
  options?: ReportOptions,
): string {
  // A result is plain data: read it once, so no getter, Proxy or 2^32-long array gets further.
  return guarded("renderReport", () =>
    renderReportUnguarded(
      cohort,
      plainData("renderReport", "result", result) as MatchResult,
      options,
    ),
  );
}

const OWN_OPTIONS = ["lang", "title", "decisions", "sections"] as const;

function renderReportUnguarded(
  cohort: unknown,
  result: MatchResult,
  options?: ReportOptions,
): string {
  const { own, rest } = splitOptions("renderReport", options, OWN_OPTIONS);
  const words = reportOptions(own);
  if (!isMatchResult(result)) {
    throw new TypeError("renderReport: result must be a MatchResult from match()");
  }
  const p = prepare("renderReport", cohort, optionsFor(result, rest));
  const ctx = cohortContext(p);
  const pairs = checkResult(ctx, result);
  const plan = listsAlternatives(p) ? provenPlan(p, pairs, result) : null;
  return reportHtml(ctx, result, pairs, plan, words);
}

/** The report's own options, checked: language, title and the decisions made by hand. */
export interface ReportWords {
  readonly lang: Lang;
  readonly title: string;
  /** Printed in their own section when given (a session's decisions). */
  readonly decisions?: readonly Decision[];
  /** Sections added by the caller (plain text), after the alternatives. */
  readonly sections?: readonly ReportSection[];
}

/**
 * The report's own options: the language, the title (by default the language's) and the
 * decisions made by hand (none: no section).
 *
 * @example
 * reportOptions({ lang: "sv" }) // { lang: "sv", title: "Matchning av mentorer och adepter" }
 */
export function reportOptions(
  own: Partial<Record<(typeof OWN_OPTIONS)[number], unknown>>,
): ReportWords {
  const lang = resolveLang("renderReport", own.lang);
  if (own.title !== undefined && typeof own.title !== "string") {
    throw new TypeError("renderReport: options.title must be a string");
  }
  const title = (own.title as string | undefined) ?? REPORT_LABELS[lang].title;
  const decisions = decisionsOption(own.decisions);
  const sections = sectionsOption(own.sections);
  return { lang, title, ...(decisions && { decisions }), ...(sections && { sections }) };
}

/**
 * The HTML of a report, from a prepared cohort and a result that belongs to it (checked by
 * `renderReport`, or just made from this cohort by the CLI's `report`): `chosenPairs` are the
 * result's pairs in canonical indices, in the result's order; `plan` is the proven plan when alternatives are listed.
 *
 * @example
 * reportHtml(cohortContext(p), result, pairs, plan, reportOptions({ lang: "sv" }))
 */
export function reportHtml(
  ctx: CohortContext,
  result: MatchResult,
  chosenPairs: readonly { mentor: number; adept: number }[],
  plan: OptimalPlan | null,
  words: ReportWords,
): string {
  const { p } = ctx;
  const { lang, title, decisions } = words;
  const extra = (words.sections ?? []).map((s, i) => [`more-${i + 1}`, s] as const);
  const L = REPORT_LABELS[lang];
  if (chosenPairs.length !== result.pairs.length) {
    throw new Error("reportHtml: chosenPairs must be the result's pairs, one for one");
  }
  const chosen = new Set(chosenPairs.map((x) => x.mentor * p.adepts.length + x.adept));
  const limit = REPORT_ALTERNATIVES_MAX[p.options.objective];
  const alternatives = plan === null ? null : alternativesOfPlan(plan, 3);

  const toc: [string, string][] = [
    ["summary", L.summary],
    ...(decisions === undefined ? [] : [["decisions", L.decisions] as [string, string]]),
    ["pairs", L.pairs],
    ["heatmap", L.heatMap],
    ["unmatched", L.unmatched],
    ["alternatives", L.alternatives],
    ...extra.map(([id, s]): [string, string] => [id, s.heading]),
    ["settings", L.settings],
    ["warnings", L.warnings],
    ["audit", L.audit],
  ];
  const parts = cardParts(result, lang, L);
  const pairs =
    result.pairs.length === 0
      ? `<p>${esc(L.noPairs)}</p>`
      : joinInChunks(
          [
            pairsTable(result, lang, L),
            ...result.pairs.map((pair, i) =>
              pairCard(pair, i, result, lang, parts, peopleAt(p, chosenPairs[i])),
            ),
          ],
          "\n",
        );
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="mentorpair ${esc(VERSION)}">
<title>${esc(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
<p class="muted">mentorpair ${esc(VERSION)} · ${esc(L.inputHashShort)}: <code>${esc(result.audit.inputHash)}</code></p>
</header>
<nav><strong>${esc(L.contents)}</strong><ol>${toc.map(([id, name]) => `<li><a href="#${id}">${esc(name)}</a></li>`).join("")}</ol></nav>
<main>
${section("summary", L.summary, summarySection(result, lang, L))}
${decisions === undefined ? "" : `${section("decisions", L.decisions, decisionsSection(decisions, lang, L))}\n`}${section("pairs", L.pairs, pairs)}
${section("heatmap", L.heatMap, heatMapHtml(heatMap(p, chosen), lang))}
${section("unmatched", L.unmatched, unmatchedSection(result, lang, L, ctx))}
${section("alternatives", L.alternatives, alternativesSection(alternatives, limit, lang, L))}
${extra.map(([id, s]) => `${section(id, s.heading, extraSectionHtml(s))}\n`).join("")}${section("settings", L.settings, settingsSection(result, lang, L))}
${section("warnings", L.warnings, warningsSection(result, L))}
${section("audit", L.audit, auditSection(result, L, decisions))}
</main>
<footer>${esc(L.footer)}</footer>
</body>
</html>
`;
}
