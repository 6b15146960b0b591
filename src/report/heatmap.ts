import type { Lang } from "../explain/types.js";
import { formatNumber } from "../explain/words.js";
import { escapeHtml } from "./escape.js";
import { REPORT_LABELS } from "./labels.js";

/**
 * Most mentors (rows) and adepts (columns) the heat map shows: 60 x 60 cells keep the file
 * around a few hundred kilobytes and still fit a landscape page in small print.
 *
 * @example
 * HEAT_MAP_MAX // 60
 */
export const HEAT_MAP_MAX = 60;

/**
 * The colour of a score in [0, 100]: one blue hue from near-white to mid-blue. One hue reads
 * the same for colour-blind readers, and the darkest end stays light enough for black text and
 * for printing.
 *
 * @example
 * heatColour(0) // "hsl(210 65% 96%)"
 * heatColour(100) // "hsl(210 65% 55%)"
 */
export function heatColour(score: number): string {
  const s = Math.min(100, Math.max(0, score));
  const lightness = Math.round(96 - 0.41 * s);
  return `hsl(210 65% ${lightness}%)`;
}

/**
 * What the heat map shows: the row and column ids in display order, and per cell the score,
 * whether the rules allow the pair and whether the plan chose it.
 *
 * @example
 * const m: HeatMap = { mentorIds: ["M1"], adeptIds: ["A1"], totalMentors: 1, totalAdepts: 1,
 *   cell: () => ({ score: 71.2, allowed: true, chosen: true }) };
 */
export interface HeatMap {
  readonly mentorIds: readonly string[];
  readonly adeptIds: readonly string[];
  readonly totalMentors: number;
  readonly totalAdepts: number;
  cell(row: number, col: number): { score: number; allowed: boolean; chosen: boolean };
}

/**
 * The heat map section: a legend, a note when it is capped, and a mentors x adepts table whose
 * cells are coloured by score and show it, with chosen pairs marked "★" and outlined, and
 * forbidden pairs hatched. Every id is escaped.
 *
 * @example
 * heatMapHtml(map, "sv") // "<div class=\"legend\">..."
 */
export function heatMapHtml(map: HeatMap, lang: Lang): string {
  const L = REPORT_LABELS[lang];
  const out: string[] = [];
  const swatches = [0, 25, 50, 75, 100]
    .map(
      (s) =>
        `<span class="swatch" style="background:${heatColour(s)}">${formatNumber(s, lang)}</span>`,
    )
    .join("");
  out.push(
    `<p>${escapeHtml(L.heatMapIntro)}</p>`,
    `<div class="legend"><span>${escapeHtml(L.scale)}:</span>${swatches}` +
      `<span><span class="swatch" style="background:${heatColour(70)}"><strong>★</strong></span> ${escapeHtml(L.chosen)}</span>` +
      `<span><span class="swatch blocked">&nbsp;</span> ${escapeHtml(L.forbidden)}</span></div>`,
  );
  if (map.mentorIds.length < map.totalMentors || map.adeptIds.length < map.totalAdepts) {
    out.push(
      `<p class="note">${escapeHtml(L.heatMapCapped(map.mentorIds.length, map.totalMentors, map.adeptIds.length, map.totalAdepts))}</p>`,
    );
  }
  const head = map.adeptIds.map((id) => `<th scope="col">${escapeHtml(id)}</th>`).join("");
  const rows = map.mentorIds.map((mentorId, r) => {
    const cells = map.adeptIds.map((adeptId, c) => {
      const { score, allowed, chosen } = map.cell(r, c);
      const value = formatNumber(score, lang, 0);
      const title = escapeHtml(
        `${mentorId} / ${adeptId}: ${formatNumber(score, lang)}${allowed ? "" : ` (${L.forbidden})`}${chosen ? ` (${L.chosen})` : ""}`,
      );
      const cls = [chosen ? "chosen" : "", allowed ? "" : "blocked"].filter((x) => x !== "");
      const style = allowed ? ` style="background:${heatColour(score)}"` : "";
      const classAttr = cls.length === 0 ? "" : ` class="${cls.join(" ")}"`;
      return `<td${classAttr}${style} title="${title}">${chosen ? "★" : ""}${value}</td>`;
    });
    return `<tr><th scope="row">${escapeHtml(mentorId)}</th>${cells.join("")}</tr>`;
  });
  out.push(
    `<div class="scroll"><table class="heat"><thead><tr><th></th>${head}</tr></thead><tbody>${rows.join("\n")}</tbody></table></div>`,
  );
  return out.join("\n");
}
