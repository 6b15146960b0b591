import { scoredCriteria, scoreOf, weightOf } from "../criteria/preference.js";
import { stabilityText } from "../explain/explain.js";
import type { AdeptAlternatives } from "../explain/types.js";
import type { OutCell, OutSheet } from "../io/index.js";
import type { MatchResult } from "../types.js";
import { printable } from "../util/quote.js";
import { formatDecimal, type Lang, labels } from "./labels.js";
import type { Reasons } from "./reasons.js";

const adeptCount = (r: MatchResult) => r.pairs.length + r.unmatchedAdepts.length;
/** Criterion scores to 4 decimals in exports (as pair totals are), not 0.8999999999999999. */
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

function auditLines(result: MatchResult, lang: Lang): [string, string][] {
  const a = result.audit;
  const L = labels(lang);
  const rows: [string, string][] = [
    ["version", a.version],
    ["inputHash", a.inputHash],
    ["objective", a.objective],
    ["solver", `${result.solver.name} (${result.solver.proof})`],
    ["optimal", String(result.solver.optimal)],
    ...scoredCriteria(result.audit.weights).map((c): [string, string] => [
      `weights.${c}`,
      String(weightOf(a.weights, c)),
    ]),
    ...Object.entries(a.rules).map(([k, v]): [string, string] => [`rules.${k}`, String(v)]),
    ...Object.entries(a.criteria).map(([k, v]): [string, string] => [`criteria.${k}`, String(v)]),
  ];
  return rows.map(([k, v]) => [L.settingName(k), v]);
}

/** One line per adept: "A01 (M05): M03 (-47.0), M04 (-32.1, 1 adept fewer matched)". */
function alternativeLines(alternatives: readonly AdeptAlternatives[], lang: Lang): string[] {
  const L = labels(lang);
  return alternatives.map((a) => {
    const list = a.alternatives.map((x) => {
      const fewer = x.loss.matched > 0 ? `, ${L.fewerMatched(x.loss.matched)}` : "";
      return `${x.mentorId} (-${formatDecimal(x.loss.totalScore, lang, 1)}${fewer})`;
    });
    const now = a.mentorId === null ? "-" : a.mentorId;
    const text = a.locked ? L.locked : list.length === 0 ? "-" : list.join(", ");
    return `${a.adeptId} (${now}): ${text}`;
  });
}

function pad(text: string, width: number, right: boolean): string {
  const n = [...text].length;
  return right
    ? " ".repeat(Math.max(0, width - n)) + text
    : text + " ".repeat(Math.max(0, width - n));
}

/**
 * Rows as columns padded to their widest cell (in characters, so å and ä count once), numbers
 * right-aligned where `numeric` says so.
 *
 * @example
 * grid([["kriterium", "vikt"], ["geografi", "1,00"]], [false, true]) // ["kriterium  vikt", "geografi   1,00"]
 */
export function grid(rows: readonly (readonly string[])[], numeric: readonly boolean[]): string[] {
  const widths = rows[0]!.map((_, j) => Math.max(...rows.map((r) => [...(r[j] ?? "")].length)));
  return rows.map((r) =>
    r
      .map((cell, j) => pad(cell, widths[j]!, numeric[j] === true))
      .join("  ")
      .trimEnd(),
  );
}

/**
 * The result as a readable table for a terminal: a summary line, the pairs with their
 * per-criterion scores, unmatched adepts and spare mentors with the reasons, and the settings.
 *
 * @example
 * process.stdout.write(renderTable(result, "en", reasons(cohort, options, result, "en")));
 */
export function renderTable(result: MatchResult, lang: Lang, why: Reasons): string {
  const L = labels(lang);
  const shown = scoredCriteria(result.audit.weights);
  const out: string[] = [];
  out.push(...summaryLines(result, lang, term));
  if (result.pairs.length > 0) {
    const soft = result.pairs.some((p) => p.softViolations.length > 0);
    const header = [L.mentor, L.adept, L.score, ...shown.map((c) => L.criteria[c])];
    const rows = result.pairs.map((p) => {
      const notes = [
        p.locked ? L.locked : "",
        ...(soft ? [p.softViolations.map((r) => L.ruleWord(r)).join(", ")] : []),
      ];
      return [
        term(p.mentorId),
        term(p.adeptId),
        formatDecimal(p.score, lang, 1),
        ...shown.map((c) => formatDecimal(scoreOf(p.criteria, c), lang, 2)),
        term(notes.filter((n) => n !== "").join("; ")),
      ];
    });
    const numeric = [false, false, true, ...shown.map(() => true), false];
    out.push(`${L.pairs}:`, ...grid([[...header, ""], ...rows], numeric).map((l) => `  ${l}`), "");
  }
  if (result.alternatives !== undefined) {
    out.push(`${L.alternatives}:`);
    for (const line of alternativeLines(result.alternatives, lang)) out.push(`  ${term(line)}`);
    out.push("");
  }
  if (result.unmatchedAdepts.length > 0) {
    out.push(`${L.unmatched}:`);
    for (const u of result.unmatchedAdepts)
      out.push(`  - ${term(why.unmatched.get(u.id) ?? u.message)}`);
    out.push("");
  }
  if (result.spareMentors.length > 0) {
    out.push(`${L.spare}:`);
    for (const s of result.spareMentors) out.push(`  - ${term(why.spare.get(s.id) ?? s.id)}`);
    out.push("");
  }
  out.push(L.settings(result.audit), L.versionLine(result.audit));
  return `${out.join("\n")}\n`;
}

/** Line breaks and tabs: a Markdown line or table row ends at a line break, so they become spaces. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/gu;
/**
 * Every ASCII character Markdown (CommonMark, GFM and the common extensions: tables,
 * strikethrough, autolinks, math, highlight) can read as syntax. CommonMark lets a backslash
 * escape any ASCII punctuation, so each is written as itself after a backslash. `:` and `.` are
 * here for autolinks (`https://`, `www.x.se`), `$ ^ =` for math and highlight extensions.
 */
const MARKDOWN_SYNTAX = /[\\`*_{}[\]()#+\-.!|<>~&:$^=]/gu;

/**
 * Input text made inert for Markdown: line breaks become spaces, control and invisible
 * characters are written as `\u{XXXX}` (as `printable` does), and every character Markdown
 * could read as syntax is backslash-escaped, so no input can make a link, an image, HTML,
 * emphasis, code or a new table cell. A viewer shows the text as it was.
 */
function md(text: string): string {
  return printable(text.replace(BREAKS, " "), Number.POSITIVE_INFINITY).replace(
    MARKDOWN_SYNTAX,
    "\\$&",
  );
}

/** Input text made safe for a terminal: control and invisible characters escaped, nothing cut. */
function term(text: string): string {
  return printable(text, Number.POSITIVE_INFINITY);
}

/**
 * The summary line and, when someone ranked the other side, the stability sentence (`safe`
 * escapes it for the output: it quotes ids), each followed by a blank line.
 */
function summaryLines(result: MatchResult, lang: Lang, safe: (text: string) => string): string[] {
  const summary = labels(lang).summary(
    result.objective.matched,
    adeptCount(result),
    formatDecimal(result.objective.totalScore, lang, 2),
    result.solver.optimal,
    result.solver.name,
  );
  const stability = stabilityText(result, lang);
  return stability === undefined ? [summary, ""] : [summary, "", safe(stability), ""];
}

/**
 * The result as Markdown: a summary, a pairs table, unmatched adepts and spare mentors with
 * reasons, and the audit block. Text from the input is escaped.
 *
 * @example
 * writeFileSync("pairs.md", renderMarkdown(result, "sv", reasons(cohort, options, result, "sv")));
 */
export function renderMarkdown(result: MatchResult, lang: Lang, why: Reasons): string {
  const L = labels(lang);
  const shown = scoredCriteria(result.audit.weights);
  const out: string[] = [];
  const row = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  out.push(`# ${L.pairs}`, "", ...summaryLines(result, lang, md));
  const header = [L.mentor, L.adept, L.score, ...shown.map((c) => L.criteria[c]), L.locked];
  out.push(
    row(header),
    row(header.map((_, j) => (j >= 2 && j < header.length - 1 ? "---:" : "---"))),
  );
  for (const p of result.pairs) {
    out.push(
      row([
        md(p.mentorId),
        md(p.adeptId),
        formatDecimal(p.score, lang, 1),
        ...shown.map((c) => formatDecimal(scoreOf(p.criteria, c), lang, 2)),
        p.locked ? L.yes : "",
      ]),
    );
  }
  if (result.unmatchedAdepts.length > 0) {
    out.push("", `## ${L.unmatched}`, "");
    for (const u of result.unmatchedAdepts)
      out.push(`- ${md(why.unmatched.get(u.id) ?? u.message)}`);
  }
  if (result.spareMentors.length > 0) {
    out.push("", `## ${L.spare}`, "");
    for (const s of result.spareMentors) out.push(`- ${md(why.spare.get(s.id) ?? s.id)}`);
  }
  if (result.alternatives !== undefined) {
    out.push("", `## ${L.alternatives}`, "");
    for (const line of alternativeLines(result.alternatives, lang)) out.push(`- ${md(line)}`);
  }
  out.push("", `## ${L.audit}`, "", row([L.setting, L.value]), row(["---", "---"]));
  for (const [k, v] of auditLines(result, lang)) out.push(row([md(k), md(v)]));
  return `${out.join("\n")}\n`;
}

/**
 * The result as one table for CSV: a row per pair, per unmatched adept and per spare mentor,
 * told apart by the first column, with the reason in words on the rows that need one.
 *
 * @example
 * writeCsv(resultRows(result, "en", reasons(cohort, options, result, "en")))
 */
export function resultRows(result: MatchResult, lang: Lang, why: Reasons): OutCell[][] {
  const L = labels(lang);
  const shown = scoredCriteria(result.audit.weights);
  const header = [
    L.kind,
    L.mentor,
    L.adept,
    L.score,
    ...shown.map((c) => L.criteria[c]),
    L.locked,
    L.soft,
    L.reason,
    L.message,
  ];
  const blanks = shown.map(() => null);
  return [
    header,
    ...result.pairs.map((p) => [
      L.kindPair,
      p.mentorId,
      p.adeptId,
      p.score,
      ...shown.map((c) => round4(scoreOf(p.criteria, c))),
      p.locked ? L.yes : L.no,
      p.softViolations.map((r) => L.ruleWord(r)).join("|"),
      null,
      null,
    ]),
    ...result.unmatchedAdepts.map((u) => [
      L.kindUnmatched,
      null,
      u.id,
      null,
      ...blanks,
      null,
      null,
      L.reasonWord(u.reason),
      why.unmatched.get(u.id) ?? u.message,
    ]),
    ...result.spareMentors.map((s) => [
      L.kindSpare,
      s.id,
      null,
      null,
      ...blanks,
      null,
      null,
      s.reason === undefined ? null : L.reasonWord(s.reason),
      why.spare.get(s.id) ?? null,
    ]),
  ];
}

/**
 * The result as workbook sheets: pairs, unmatched adepts, spare mentors and the audit block.
 *
 * @example
 * await writeXlsx(resultSheets(result, "sv", reasons(cohort, options, result, "sv")))
 */
export function resultSheets(result: MatchResult, lang: Lang, why: Reasons): OutSheet[] {
  const L = labels(lang);
  const shown = scoredCriteria(result.audit.weights);
  return [
    {
      name: L.pairs,
      rows: [
        [L.mentor, L.adept, L.score, ...shown.map((c) => L.criteria[c]), L.locked, L.soft],
        ...result.pairs.map((p) => [
          p.mentorId,
          p.adeptId,
          p.score,
          ...shown.map((c) => round4(scoreOf(p.criteria, c))),
          p.locked ? L.yes : L.no,
          p.softViolations.map((r) => L.ruleWord(r)).join(", "),
        ]),
      ],
    },
    {
      name: L.unmatched,
      rows: [
        [L.adept, L.reason, L.message],
        ...result.unmatchedAdepts.map((u) => [
          u.id,
          L.reasonWord(u.reason),
          why.unmatched.get(u.id) ?? u.message,
        ]),
      ],
    },
    {
      name: L.spare,
      rows: [
        [L.mentor, L.places, L.reason, L.message],
        ...result.spareMentors.map((s) => [
          s.id,
          s.spare,
          s.reason === undefined ? null : L.reasonWord(s.reason),
          why.spare.get(s.id) ?? null,
        ]),
      ],
    },
    ...(result.alternatives === undefined
      ? []
      : [
          {
            name: L.alternativesSheet,
            rows: [
              [L.adept, L.mentor, L.alternative, L.score, L.lossTotal, L.lossMatched],
              ...result.alternatives.flatMap((a) =>
                a.alternatives.map((x) => [
                  a.adeptId,
                  a.mentorId,
                  x.mentorId,
                  x.score,
                  round4(x.loss.totalScore),
                  x.loss.matched,
                ]),
              ),
            ],
          },
        ]),
    { name: L.audit, rows: [[L.setting, L.value], ...auditLines(result, lang)] },
  ];
}
