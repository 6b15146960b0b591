/** The report's section of decisions made by hand (a session's), and its option, checked. */
import type { Lang } from "../explain/types.js";
import { decisionText } from "../session/decisionText.js";
import type { Decision } from "../session/types.js";
import { escapeHtml as esc } from "./escape.js";
import type { ReportLabels } from "./labels.js";

/** The decisions of `options.decisions`, checked: a list of decisions each with a string reason. */
export function decisionsOption(value: unknown): readonly Decision[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    throw new TypeError("renderReport: options.decisions must be a list of decisions");
  }
  value.forEach((d: unknown, i) => {
    const reason = (d as { reason?: unknown } | null)?.reason;
    if (reason !== undefined && typeof reason !== "string") {
      throw new TypeError(`renderReport: options.decisions[${i}].reason must be a string`);
    }
  });
  return value as readonly Decision[];
}

/** What was decided by hand, in order, with the coordinator's reasons as written. */
export function decisionsSection(
  decisions: readonly Decision[],
  lang: Lang,
  L: ReportLabels,
): string {
  if (decisions.length === 0) return `<p>${esc(L.decisionsNone)}</p>`;
  const rows = decisions.map(
    (d, i) =>
      `<tr><td class="num">${i + 1}</td><td>${esc(decisionText(d, lang))}</td><td>${esc(d.reason ?? "")}</td></tr>`,
  );
  return `<p>${esc(L.decisionsIntro)}</p>
<table class="grid"><thead><tr><th class="num">${esc(L.pairNumber)}</th><th>${esc(L.decision)}</th><th>${esc(L.reason)}</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody></table>`;
}
