import Papa from "papaparse";
import { readIssueOf } from "../phrasebook/readIssues.js";
import { columnLetter } from "./columnLetter.js";
import { decodeText, encodingFacts } from "./decode.js";
import { countText, fileTooLarge, READ_LIMITS, type ReadLimits } from "./limits.js";
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

/** How many non-empty lines the delimiter is looked for in (a title may stand above the header). */
const DELIMITER_LINES = 10;

/**
 * Finds a CSV file's delimiter: of tab, semicolon (what Swedish Excel writes) and comma, the one
 * that occurs most often outside quotes in a single line among the first ten non-empty lines,
 * so a title row above the header ("Mentorprogram VT 2024", as in a workbook) does not decide
 * it. Ties prefer tab, then semicolon, since commas also appear inside Swedish headers and
 * decimal numbers.
 *
 * @example
 * detectDelimiter("id;kommun;år som chef\nM01;Borås;2,5") // ";"
 * detectDelimiter("Mentorprogram VT 2024\n\nroll;kod;kommun") // ";"
 */
export function detectDelimiter(text: string): "\t" | ";" | "," {
  let best: "\t" | ";" | "," = ",";
  let most = 0;
  let seen = 0;
  // Only the start of the file is read: a line can be long, but ten of them are enough.
  for (const line of text.slice(0, 1_000_000).split(/\r\n|\n|\r/u)) {
    if (line.trim() === "") continue;
    const counts = countOutsideQuotes(line);
    for (const d of DELIMITERS) {
      const n = counts.get(d)!;
      if (n > most) {
        best = d;
        most = n;
      }
    }
    if (++seen === DELIMITER_LINES) break;
  }
  return best;
}

/** Rows, cells and widest row of CSV text, and the row at `stopAt`, from one quote-aware pass. */
interface CsvShape {
  /** Rows up to the last one with a value (empty rows at the end do not count). */
  readonly rows: number;
  readonly cells: number;
  readonly widest: number;
  /** The 1-based row that holds the character at `stopAt`. */
  readonly rowAtStop: number;
}

/**
 * Measures CSV text without building its rows, so a hostile file is refused before it costs
 * memory. A quote opens a quoted cell only at the start of a cell, and `""` inside one is a
 * quote, as Papa Parse reads them; a line break inside quotes does not end the row.
 */
function csvShape(text: string, delimiter: string, stopAt = -1): CsvShape {
  const d = delimiter.charCodeAt(0);
  let row = 1;
  let fields = 1;
  let cells = 0;
  let widest = 0;
  let lastWithValue = 0;
  let hasValue = false;
  let quoted = false;
  let atCellStart = true;
  let rowAtStop = 1;
  const endRow = () => {
    cells += fields;
    if (fields > widest) widest = fields;
    if (hasValue) lastWithValue = row;
  };
  for (let i = 0; i < text.length; i++) {
    if (i === stopAt) rowAtStop = row;
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 0x22) {
        if (text.charCodeAt(i + 1) === 0x22) i++;
        else quoted = false;
      }
    } else if (c === 0x22 && atCellStart) {
      quoted = true;
      hasValue = true;
      atCellStart = false;
    } else if (c === d) {
      fields++;
      atCellStart = true;
    } else if (c === 0x0a || c === 0x0d) {
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      endRow();
      row++;
      fields = 1;
      hasValue = false;
      atCellStart = true;
    } else {
      atCellStart = false;
      if (c !== 0x20 && c !== 0x09) hasValue = true;
    }
  }
  endRow();
  return { rows: lastWithValue, cells, widest, rowAtStop };
}

/** The issue for CSV text past a row, column or cell limit, if it is. */
function overLimits(file: string, shape: CsvShape, limits: ReadLimits): ReadIssue | undefined {
  const tooLarge = (limit: "rows" | "columns" | "cells", detail: string): ReadIssue => ({
    file,
    ...readIssueOf("file_too_large", { limit, max: limits[limit], detail }),
  });
  if (shape.rows > limits.rows) {
    return tooLarge(
      "rows",
      `it has ${countText(shape.rows)} rows, and mentorpair reads at most ${countText(limits.rows)} rows per file (READ_LIMITS.rows)`,
    );
  }
  if (shape.widest > limits.columns) {
    return tooLarge(
      "columns",
      `a row has ${countText(shape.widest)} cells, and mentorpair reads at most ${countText(limits.columns)} columns (READ_LIMITS.columns)`,
    );
  }
  if (shape.cells > limits.cells) {
    return tooLarge(
      "cells",
      `it has ${countText(shape.cells)} cells, and mentorpair reads at most ${countText(limits.cells)} per file (READ_LIMITS.cells)`,
    );
  }
  return undefined;
}

/**
 * Reads a CSV (or TSV) file into a table: encoding (see `decodeText`) and delimiter detected,
 * every cell a trimmed string (empty cells `null`). Row `i` of the table is spreadsheet row
 * `i + 1`. Bounded whatever the file: a file past a limit of `READ_LIMITS` (bytes, rows,
 * columns, cells) gives a `file_too_large` issue naming the limit, measured before any row is
 * built; a cell longer than `READ_LIMITS.cellChars` is cut, with a `cell_too_long` issue; bytes
 * that are not trustworthy text give an `invalid_encoding` issue at the first bad row. Never
 * throws for bad input.
 *
 * @example
 * const { table, issues } = readCsvTable("mentorer.csv", bytes);
 */
export function readCsvTable(
  file: string,
  bytes: Uint8Array,
  limits: ReadLimits = READ_LIMITS,
): { table: Table; issues: ReadIssue[] } {
  const empty: Table = { file, rows: [] };
  const tooLarge = fileTooLarge(bytes, limits);
  if (tooLarge !== undefined) {
    return { table: empty, issues: [{ file, ...tooLarge }] };
  }
  const { text, problem } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  if (problem !== undefined) {
    const rowOf = (i: number) => csvShape(text, delimiter, i).rowAtStop;
    const facts = encodingFacts(problem, rowOf, "row", bytes);
    return {
      table: empty,
      issues: [{ file, row: facts.at, ...readIssueOf("invalid_encoding", facts) }],
    };
  }
  const over = overLimits(file, csvShape(text, delimiter), limits);
  if (over !== undefined) return { table: empty, issues: [over] };
  const parsed = Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
    // A backstop: the measure above already refused longer files.
    preview: limits.rows + 1,
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
  const rows = parsed.data.map((r, i) =>
    r.map((cell, j) => {
      let kept = cell;
      if (cell.length > limits.cellChars) {
        kept = cell.slice(0, limits.cellChars);
        issues.push({
          code: "cell_too_long",
          file,
          row: i + 1,
          message: `cell ${columnLetter(j)}${i + 1} has ${countText(cell.length)} characters, and mentorpair reads at most ${countText(limits.cellChars)} of a cell (READ_LIMITS.cellChars, the most Excel holds): the rest is not read`,
        });
      }
      const t = kept.trim();
      return t === "" ? null : t;
    }),
  );
  return { table: { file, rows, delimiter }, issues };
}
