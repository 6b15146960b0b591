import writeXlsxFile from "write-excel-file/universal";
import { neutralizeFormula } from "./neutralizeFormula.js";
import type { OutCell } from "./writeCsv.js";

/** One sheet to write. */
export interface OutSheet {
  /** Sheet name (at most 31 characters in Excel). */
  readonly name: string;
  /** Rows; the first is the header row, written bold. */
  readonly rows: readonly (readonly OutCell[])[];
}

/**
 * Writes sheets as an XLSX workbook. Text cells go through `neutralizeFormula` (they are text
 * cells already, never formulas, but a copy pasted or saved as CSV stays safe too).
 *
 * @example
 * const bytes = await writeXlsx([{ name: "Par", rows: [["mentor", "adept"], ["M01", "A02"]] }]);
 */
export async function writeXlsx(sheets: readonly OutSheet[]): Promise<Uint8Array> {
  const data = sheets.map((s) => ({
    sheet: s.name.slice(0, 31),
    data: s.rows.map((row, r) =>
      row.map((cell) => {
        if (cell === null || cell === undefined) return null;
        const value = typeof cell === "string" ? neutralizeFormula(cell) : cell;
        return r === 0 ? { value, fontWeight: "bold" as const } : value;
      }),
    ),
  }));
  const blob = await writeXlsxFile(data).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
