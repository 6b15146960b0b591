import { printable } from "../util/quote.js";

/** Where something is in the coordinator's files: a file, a sheet, a row, a column, or a JSON path. */
export interface Place {
  readonly file: string;
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: string;
  readonly path?: string;
}

const WORDS = {
  en: { sheet: "sheet", row: "row", column: "column" },
  sv: { sheet: "blad", row: "rad", column: "kolumn" },
} as const;

/**
 * A place as the coordinator reads it: `mentorer.csv row 4, column "år som chef"`,
 * `ansokan.xlsx sheet "Adepter" row 7` (Swedish: `blad`, `rad`, `kolumn`), or
 * `cohort.json adepts[3].managerYears` for JSON. Names from the files are made safe to print.
 *
 * @example
 * placeText({ file: "mentorer.csv", row: 4, column: "år som chef" }, "sv") // 'mentorer.csv rad 4, kolumn "år som chef"'
 */
export function placeText(place: Place, lang: "en" | "sv"): string {
  const w = WORDS[lang];
  let out = printable(place.file, 200);
  if (place.sheet !== undefined) out += ` ${w.sheet} "${printable(place.sheet)}"`;
  if (place.path !== undefined) return `${out} ${place.path}`;
  if (place.row !== undefined) out += ` ${w.row} ${place.row}`;
  if (place.column !== undefined) out += `, ${w.column} "${printable(place.column)}"`;
  return out;
}
