import Papa from "papaparse";
import { decodeText } from "./decode.js";
import type { ReadIssue, Table } from "./types.js";

const DELIMITERS = ["\t", ";", ","] as const;

/** Counts each candidate delimiter outside double quotes in the first non-empty line. */
function countOutsideQuotes(line: string): Map<string, number> {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  return counts;
}

/**
 * Finds a CSV file's delimiter from its header line: the one of tab, semicolon (what Swedish
 * Excel writes) and comma that occurs most often outside quotes. Ties prefer tab, then
 * semicolon, since commas also appear inside Swedish headers and decimal numbers.
 *
 * @example
 * detectDelimiter("id;kommun;år som chef\nM01;Borås;2,5") // ";"
 */
export function detectDelimiter(text: string): "\t" | ";" | "," {
  const line = text.split(/\r\n|\n|\r/u).find((l) => l.trim() !== "") ?? "";
  const counts = countOutsideQuotes(line);
  let best: "\t" | ";" | "," = ",";
  let most = 0;
  for (const d of DELIMITERS) {
    const n = counts.get(d)!;
    if (n > most) {
      best = d;
      most = n;
    }
  }
  return best;
}

/**
 * Reads a CSV (or TSV) file into a table: encoding and delimiter detected, every cell a
 * trimmed string (empty cells `null`). Row `i` of the table is spreadsheet row `i + 1`.
 *
 * @example
 * const { table, issues } = readCsvTable("mentorer.csv", bytes);
 */
export function readCsvTable(
  file: string,
  bytes: Uint8Array,
): { table: Table; issues: ReadIssue[] } {
  const { text } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
  });
  const issues: ReadIssue[] = parsed.errors
    // Papa flags a one-column file as "UndetectableDelimiter" only when it guesses; we never ask it to.
    .filter((e) => e.code !== "UndetectableDelimiter")
    .map((e) => ({
      code: "csv_syntax",
      file,
      ...(e.row === undefined ? {} : { row: e.row + 1 }),
      message: `the file is not valid CSV: ${e.message.replace(/\.$/u, "")}${e.code === "MissingQuotes" ? ' (a cell starts with " but has no closing ")' : ""}`,
    }));
  const rows = parsed.data.map((r) =>
    r.map((cell) => {
      const t = cell.trim();
      return t === "" ? null : t;
    }),
  );
  return { table: { file, rows, delimiter }, issues };
}
