import readXlsxFile from "read-excel-file/universal";
import type { Cell, ReadIssue, Table } from "./types.js";

/**
 * Reads every sheet of an XLSX workbook into tables. Row `i` of a table is spreadsheet row
 * `i + 1` and column `j` is column `j + 1` (A, B, ...), as the reader keeps leading empty rows and
 * columns. Text is trimmed; formulas are read as their saved values. A file that is not an XLSX
 * workbook gives an issue, never a throw.
 *
 * @example
 * const { tables, issues } = await readXlsxTables("ansokningar.xlsx", bytes);
 */
export async function readXlsxTables(
  file: string,
  bytes: Uint8Array,
): Promise<{ tables: Table[]; issues: ReadIssue[] }> {
  try {
    // A copy, so the reader gets a plain ArrayBuffer of exactly these bytes.
    const sheets = await readXlsxFile(new Uint8Array(bytes).buffer, { trim: true });
    const tables = sheets.map(
      (s): Table => ({
        file,
        sheet: s.sheet,
        rows: s.data.map((row) =>
          row.map((cell): Cell => {
            if (typeof cell === "string") return cell === "" ? null : cell;
            return (cell as Cell | undefined) ?? null;
          }),
        ),
      }),
    );
    return { tables, issues: [] };
  } catch (error) {
    const why = error instanceof Error && error.message !== "" ? ` (${error.message})` : "";
    return {
      tables: [],
      issues: [
        {
          code: "unreadable_file",
          file,
          message: `cannot be read as an Excel workbook (.xlsx)${why}; save it from the spreadsheet program as .xlsx or as CSV`,
        },
      ],
    };
  }
}

/**
 * The spreadsheet letter of a zero-based column index: 0 is A, 26 is AA.
 *
 * @example
 * columnLetter(27) // "AB"
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
