/**
 * A row of a pair card's criteria table, written from few pieces: a 1,000-pair report writes
 * 7,000 of them. Everything before the bar's width is one string per criterion (made once per
 * report); the bar's width, its cell and the score in per cent are one string per whole per
 * cent. Cells carry no class (`REPORT_CSS` styles them by column), and the bar is one element
 * whose fill is its background, sized by the custom property `--w`.
 */
import type { Lang } from "../explain/types.js";
import { percent } from "../explain/words.js";
import { escapeHtml as esc } from "./escape.js";

/**
 * The cells of a criterion row from the bar's width to the sentence's cell: the bar (filled to
 * the score, a whole per cent as the number beside it says) and the score in per cent. The
 * caller has written `<td><span style="--w:` before it.
 *
 * @example
 * barToSentence(0.952, "en") // '95%"></span></td><td>95%</td><td>'
 */
export function barToSentence(score: number, lang: Lang): string {
  const n = Math.round(score * 100);
  if (n >= 0 && n <= 100) {
    const cache = BAR_CELLS[lang];
    let cells = cache[n];
    if (cells === undefined) {
      cells = `${n}%"></span></td><td>${percent(score, lang)}</td><td>`;
      cache[n] = cells;
    }
    return cells;
  }
  // Outside [0, 1] (never from match): the bar is clamped, the number says what it is.
  return `${Math.min(100, Math.max(0, n))}%"></span></td><td>${esc(percent(score, lang))}</td><td>`;
}

const BAR_CELLS: Record<Lang, string[]> = { en: [], sv: [] };

/**
 * The start of a criterion row up to the bar's width: the row (marked `neutral` when the score
 * rests on no data, which hatches its bar), the criterion's name and its weight.
 *
 * @example
 * rowStart("wishes", "3", false) // '<tr><td>wishes</td><td>3</td><td><span style="--w:'
 */
export function rowStart(name: string, weight: string, neutral: boolean): string {
  return `<tr${neutral ? ' class="neutral"' : ""}><td>${esc(name)}</td><td>${esc(weight)}</td><td><span style="--w:`;
}
