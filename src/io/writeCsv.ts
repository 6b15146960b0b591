import Papa from "papaparse";
import { neutralizeFormula } from "./neutralizeFormula.js";

/** A value to write: text is neutralised against formula injection, numbers are formatted. */
export type OutCell = string | number | boolean | null | undefined;

/** Options for `writeCsv`. */
export interface WriteCsvOptions {
  /** The delimiter. The default value is `","`. */
  readonly delimiter?: "," | ";" | "\t";
  /** Write numbers with a decimal comma (for Swedish Excel). The default value is `false`. */
  readonly decimalComma?: boolean;
  /** Start with a UTF-8 byte-order mark, so Excel reads å, ä and ö right. The default value is `true`. */
  readonly bom?: boolean;
}

/**
 * Writes rows as CSV text (CRLF line ends, quotes where needed). Every text cell goes through
 * `neutralizeFormula`, so the file is safe to open in a spreadsheet program.
 *
 * @example
 * writeCsv([["mentor", "adept"], ["M01", "=1+1"]]) // '\uFEFFmentor,adept\r\nM01,\'=1+1'
 */
export function writeCsv(
  rows: readonly (readonly OutCell[])[],
  options: WriteCsvOptions = {},
): string {
  const delimiter = options.delimiter ?? ",";
  const cells = rows.map((row) =>
    row.map((cell) => {
      if (cell === null || cell === undefined) return "";
      if (typeof cell === "number") {
        const s = String(cell);
        return options.decimalComma === true ? s.replace(".", ",") : s;
      }
      if (typeof cell === "boolean") return cell ? "true" : "false";
      return neutralizeFormula(cell);
    }),
  );
  const text = Papa.unparse(cells, {
    delimiter,
    newline: "\r\n",
    quotes: false,
    escapeFormulae: false,
  });
  return (options.bom ?? true) ? `\uFEFF${text}` : text;
}
