import type { ReportSection } from "../explain/types.js";
import { escapeHtml as esc } from "./escape.js";

/** Most extra sections, paragraphs, and table rows or columns a report takes. */
const MOST = 1000;

const strings = (x: unknown): x is readonly string[] =>
  Array.isArray(x) && x.length <= MOST && x.every((s) => typeof s === "string");

/**
 * `options.sections` of `renderReport`, checked: each `{ heading, paragraphs?, table? }` of
 * strings only (the report escapes them; no HTML gets in). `undefined` when not given.
 *
 * @example
 * sectionsOption([{ heading: "How robust is this plan", paragraphs: ["..."] }])
 */
export function sectionsOption(value: unknown): readonly ReportSection[] | undefined {
  if (value === undefined) return undefined;
  const bad = () =>
    new TypeError(
      "renderReport: options.sections must be a list of { heading, paragraphs?, table?: { head, rows } } holding only strings",
    );
  if (!Array.isArray(value) || value.length > MOST) throw bad();
  return value.map((s: Partial<ReportSection> | null) => {
    const table = s?.table;
    if (
      typeof s?.heading !== "string" ||
      (s.paragraphs !== undefined && !strings(s.paragraphs)) ||
      (table !== undefined &&
        (!strings(table?.head) ||
          !Array.isArray(table.rows) ||
          table.rows.length > MOST ||
          !table.rows.every(strings)))
    )
      throw bad();
    return s as ReportSection;
  });
}

/**
 * The body of an extra section: its paragraphs, then its table.
 *
 * @example
 * extraSectionHtml({ heading: "x", paragraphs: ["a"], table: { head: ["h"], rows: [["1"]] } })
 */
export function extraSectionHtml(s: ReportSection): string {
  const paragraphs = (s.paragraphs ?? []).map((p) => `<p>${esc(p)}</p>`).join("\n");
  const table =
    s.table === undefined
      ? ""
      : `<table class="grid"><thead><tr>${s.table.head.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>${s.table.rows
          .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`)
          .join("")}</tbody></table>`;
  return [paragraphs, table].filter((x) => x !== "").join("\n");
}
