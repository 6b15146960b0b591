import type { Lang } from "../explain/types.js";
import { formatNumber } from "../explain/words.js";
import { joinInChunks } from "./chunks.js";
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
 * The report's own characters beyond Latin-1 (the star here, the arrow and the dash) are written
 * as character references: a document whose input is Latin-1 (Swedish is) then stays one byte
 * per character while it is built, which makes a 1,000-pair report about a quarter faster.
 */
const STAR = "&#9733;";

/** Most mentors for which a block of the heat map is kept on one page (about a third of one). */
const HEAT_WHOLE_ROWS = 20;

/** Mentors per row group of a heat-map block. */
const HEAT_ROW_GROUP = 5;

/**
 * Most adepts (columns) in one block of the heat map. Wider maps are split into blocks of at
 * most this many columns, each repeating the mentors as row labels, so no column is cut off on
 * paper. 20 columns of print-size cells (7.5 pt, room for "★100") plus a row label of up to
 * 7 em fit the 182 mm between the margins of A4 portrait, the narrowest page the report is
 * made for; landscape takes the same blocks.
 *
 * @example
 * HEAT_BLOCK_MAX // 20
 */
export const HEAT_BLOCK_MAX = 20;

/**
 * Splits `count` columns into the fewest blocks of at most `max` columns, as even as possible
 * (40 into 20 + 20, 45 into 15 + 15 + 15): even blocks read as one map cut into parts, not as a
 * map with a stub. Each block is the half-open range `[start, end)`.
 *
 * @example
 * heatColumnBlocks(45, 20) // [{ start: 0, end: 15 }, { start: 15, end: 30 }, { start: 30, end: 45 }]
 */
export function heatColumnBlocks(
  count: number,
  max: number = HEAT_BLOCK_MAX,
): { start: number; end: number }[] {
  if (!Number.isInteger(count) || count < 0 || !Number.isInteger(max) || max < 1) {
    throw new RangeError(
      `heatColumnBlocks: count must be a whole number >= 0 and max one >= 1, got ${count} and ${max}`,
    );
  }
  const n = Math.ceil(count / max);
  return Array.from({ length: n }, (_, i) => ({
    start: Math.floor((i * count) / n),
    end: Math.floor(((i + 1) * count) / n),
  }));
}

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
  return `hsl(210 65% ${lightnessOf(score)}%)`;
}

function lightnessOf(score: number): number {
  return Math.round(96 - 0.41 * Math.min(100, Math.max(0, score)));
}

/**
 * The CSS classes of the heat map's colours, one per lightness `heatColour` can give
 * (`h55` to `h96`): cells name their colour by class.
 *
 * @example
 * heatColourRules().startsWith("table.heat .h55 { background: hsl(210 65% 55%); }") // true
 */
export function heatColourRules(): string {
  const rules: string[] = [];
  for (let l = lightnessOf(100); l <= lightnessOf(0); l++) {
    rules.push(`table.heat .h${l} { background: hsl(210 65% ${l}%); }`);
  }
  return rules.join("\n");
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
 * The heat map section: a legend, a note when it is capped, and mentors x adepts tables whose
 * cells are coloured by score and show it, with chosen pairs marked "★" and outlined, and
 * forbidden pairs hatched. The adepts are split into column blocks (`heatColumnBlocks`), one
 * table each with every mentor as a row label and a caption naming its adepts, so that each
 * block fits the width of a printed page. Every id is escaped.
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
      `<span><span class="swatch" style="background:${heatColour(70)}"><strong>${STAR}</strong></span> ${escapeHtml(L.chosen)}</span>` +
      `<span><span class="swatch blocked">&nbsp;</span> ${escapeHtml(L.forbidden)}</span></div>`,
  );
  if (map.mentorIds.length < map.totalMentors || map.adeptIds.length < map.totalAdepts) {
    out.push(
      `<p class="note">${escapeHtml(L.heatMapCapped(map.mentorIds.length, map.totalMentors, map.adeptIds.length, map.totalAdepts))}</p>`,
    );
  }
  // Each cell's title is its ids, score and marks, escaped; escaping works character by
  // character, so the ids and marks are escaped once here instead of in each of 3,600 cells.
  const rowIds = map.mentorIds.map(escapeHtml);
  const colIds = map.adeptIds.map(escapeHtml);
  const forbidden = escapeHtml(` (${L.forbidden})`);
  const chosenMark = escapeHtml(` (${L.chosen})`);
  const colours: [string, string][] = [];
  const cellHtml = (r: number, c: number): string => {
    const { score, allowed, chosen } = map.cell(r, c);
    const value = formatNumber(score, lang, 0);
    const title = `${rowIds[r] ?? ""} / ${colIds[c] ?? ""}: ${formatNumber(score, lang)}${allowed ? "" : forbidden}${chosen ? chosenMark : ""}`;
    // An allowed cell's colour is a class per lightness (`heatColourRules`), shorter than a
    // style attribute on each of 3,600 cells.
    let classAttr: string;
    if (allowed) {
      const l = lightnessOf(score);
      // A chosen cell (one per pair on the map) keeps "chosen" as its only class.
      let both = colours[l];
      if (both === undefined) {
        both = [` class="h${l}"`, ` class="chosen" style="background:hsl(210 65% ${l}%)"`];
        colours[l] = both;
      }
      classAttr = both[chosen ? 1 : 0];
    } else classAttr = chosen ? ' class="chosen blocked"' : ' class="blocked"';
    return `<td${classAttr} title="${title}">${chosen ? STAR : ""}${value}</td>`;
  };
  const blocks = heatColumnBlocks(map.adeptIds.length);
  // A short map is kept on one page; a long one flows, so it never leaves a page half empty.
  const whole = map.mentorIds.length <= HEAT_WHOLE_ROWS ? " whole" : "";
  const tables = blocks.map(({ start, end }) => {
    const cols = map.adeptIds.slice(start, end);
    const caption =
      blocks.length === 1
        ? ""
        : `<caption>${escapeHtml(L.heatBlock(start + 1, end, map.adeptIds.length, cols[0] ?? "", cols[cols.length - 1] ?? "")).replace("–", "&ndash;")}</caption>`;
    const head = cols.map((id) => `<th scope="col">${escapeHtml(id)}</th>`).join("");
    // The corner is an empty data cell: a header cell needs a text to announce.
    // One string built by concatenation, flattened once by its reader: joining each row and
    // each group of rows would copy every cell twice more.
    let body = "";
    for (let r = 0; r < map.mentorIds.length; r++) {
      // Rows in groups of five: easier to follow across, and a page break falls between
      // groups, so a block never leaves a single row on a page.
      body += r % HEAT_ROW_GROUP !== 0 ? "\n" : r === 0 ? "<tbody>" : "</tbody>\n<tbody>";
      body += `<tr><th scope="row">${rowIds[r]}</th>`;
      for (let c = start; c < end; c++) body += cellHtml(r, c);
      body += "</tr>";
    }
    if (body !== "") body += "</tbody>";
    return `<div class="scroll heat-block${whole}"><table class="heat">${caption}<thead><tr><td></td>${head}</tr></thead>${body}</table></div>`;
  });
  // Concatenated, not joined: a 60 x 60 map is about 280 KB (see joinInChunks).
  return `${out.join("\n")}\n${joinInChunks(tables, "\n")}`;
}
