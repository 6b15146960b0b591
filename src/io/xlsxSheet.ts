import { quote } from "../util/quote.js";
import { columnLetter } from "./columnLetter.js";
import { countText, type ReadLimits, tooLargeFailure, unreadableFailure } from "./limits.js";
import type { Cell, ReadIssue } from "./types.js";
import { excelDate } from "./xlsxDates.js";
import { CappedText, unescapeXlsx } from "./xlsxParts.js";
import { attributes, type XmlHandler } from "./xml.js";

/** What a sheet's cells need from the rest of the workbook, and what one file may hold. */
export interface SheetContext {
  readonly file: string;
  readonly sheet: string;
  readonly strings: readonly string[];
  /** Shared-string index to full length, for texts longer than `limits.cellChars`. */
  readonly cutStrings: ReadonlyMap<number, number>;
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  readonly limits: ReadLimits;
  /** Rows and cells of the file's earlier sheets: the limits are per file. */
  readonly used: { rows: number; cells: number };
  readonly issues: ReadIssue[];
}

/** Spreadsheet column letters of a one-based column: 1 is A, 28 is AB. */
const letters = (column: number) => columnLetter(column - 1);

/**
 * A cell reference's one-based row and column ("AB12" is row 12, column 28), or `undefined`
 * when it is not one. A column past four letters counts as beyond every limit.
 */
function parseRef(ref: string): { row: number; column: number } | undefined {
  let i = 0;
  let column = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~0x20; // upper case
    if (c < 65 || c > 90) break;
    column = i < 4 ? column * 26 + (c - 64) : Number.POSITIVE_INFINITY;
  }
  const letters = i;
  let row = 0;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    row = row * 10 + d;
  }
  // Excel's rows end at 1,048,576; nine digits are plenty to be past every limit.
  if (letters === 0 || i - letters > 9 || row < 1) return undefined;
  return { row, column };
}

/** The cell being read: its attributes, and whether it has a value or an inline string. */
interface OpenCell {
  readonly ref: { row: number; column: number };
  readonly type: string;
  readonly style: number;
  hasValue: boolean;
  hasInline: boolean;
}

/**
 * Reads one worksheet's cells as they stream past, into rows: `rows[i]` is spreadsheet row
 * `i + 1` and `rows[i][j]` column `j + 1`, so leading empty rows and columns are kept; each
 * row ends at its last value and the rows at the last row with one. Text is trimmed (an
 * empty text is `null`); shared and inline strings, rich text runs, formulas' saved values,
 * booleans, dates (by the cell's number format) and numbers are read; error cells are empty.
 * Throws a `ReadFailure` past the file's row, column or cell limits; a cell longer than
 * `limits.cellChars` is cut, with an issue.
 *
 * @example
 * const sheet = new SheetReader(context); // fed by an XmlScanner, then:
 * sheet.finish() // [["roll", "kod"], ["mentor", "M1"]]
 */
export class SheetReader implements XmlHandler {
  private readonly rows: Cell[][] = [];
  private inData = false;
  private row = 0;
  private nextColumn = 1;
  private cell: OpenCell | undefined;
  private inValue = false;
  private inInline = false;
  private inText = false;
  private inPhonetic = false;
  /** The open cell's `<v>` and inline-string text (one pair serves every cell). */
  private readonly value: CappedText;
  private readonly inline: CappedText;

  constructor(private readonly ctx: SheetContext) {
    this.value = new CappedText(ctx.limits.cellChars);
    this.inline = new CappedText(ctx.limits.cellChars);
  }

  open(name: string, raw: string): void {
    if (!this.inData) {
      if (name === "sheetData") this.inData = true;
      return;
    }
    const cell = this.cell;
    if (cell !== undefined) {
      if (name === "v") {
        this.inValue = true;
        cell.hasValue = true;
        this.value.reset();
      } else if (name === "is") {
        this.inInline = true;
        cell.hasInline = true;
        this.inline.reset();
      } else if (name === "t") this.inText = true;
      else if (name === "rPh") this.inPhonetic = true;
    } else if (name === "row") {
      const r = Number(attributes(raw).get("r"));
      this.row = Number.isInteger(r) && r >= 1 ? r : this.row + 1;
      this.nextColumn = 1;
    } else if (name === "c") {
      const a = attributes(raw);
      const r = a.get("r");
      const ref =
        r === undefined ? { row: Math.max(this.row, 1), column: this.nextColumn } : parseRef(r);
      if (ref === undefined) {
        throw unreadableFailure(
          `sheet ${quote(this.ctx.sheet)} has a cell at ${quote(r ?? "")}, which is not a cell reference`,
        );
      }
      this.nextColumn = ref.column + 1;
      this.cell = {
        ref,
        type: a.get("t") ?? "n",
        style: Number(a.get("s") ?? 0),
        hasValue: false,
        hasInline: false,
      };
    }
  }

  close(name: string): void {
    if (!this.inData) return;
    if (name === "sheetData") this.inData = false;
    else if (name === "c") {
      if (this.cell !== undefined) this.store(this.cell);
      this.cell = undefined;
      this.inValue = this.inInline = this.inText = this.inPhonetic = false;
    } else if (name === "v") this.inValue = false;
    else if (name === "is") this.inInline = false;
    else if (name === "t") this.inText = false;
    else if (name === "rPh") this.inPhonetic = false;
  }

  text(text: string): void {
    const cell = this.cell;
    if (cell === undefined) return;
    if (this.inValue) this.value.add(text);
    else if (this.inInline && this.inText && !this.inPhonetic) this.inline.add(text);
  }

  /** The rows read; call once the sheet's XML has ended. */
  finish(): Cell[][] {
    for (let i = 0; i < this.rows.length; i++) this.rows[i] ??= [];
    this.ctx.used.rows += this.rows.length;
    return this.rows;
  }

  private store(cell: OpenCell): void {
    const { value, length } = this.valueOf(cell);
    if (value === null) return;
    const { row, column } = cell.ref;
    const { limits, used } = this.ctx;
    const where = () => `sheet ${quote(this.ctx.sheet)}`;
    if (used.rows + row > limits.rows) {
      const all = used.rows > 0 ? " (all its sheets together)" : "";
      throw tooLargeFailure(
        "rows",
        limits.rows,
        `${where()} has a value in row ${countText(row)}, and mentorpair reads at most ${countText(limits.rows)} rows per file${all} (READ_LIMITS.rows)`,
      );
    }
    if (column > limits.columns) {
      const at = Number.isFinite(column) ? `column ${letters(column)}` : "a column past XFD";
      throw tooLargeFailure(
        "columns",
        limits.columns,
        `${where()} has a value in ${at} (row ${countText(row)}), and mentorpair reads at most ${countText(limits.columns)} columns, up to ${letters(limits.columns)} (READ_LIMITS.columns)`,
      );
    }
    this.rows[row - 1] ??= [];
    const cells = this.rows[row - 1]!;
    if (column > cells.length) {
      used.cells += column - cells.length;
      if (used.cells > limits.cells) {
        throw tooLargeFailure(
          "cells",
          limits.cells,
          `it has more than ${countText(limits.cells)} cells (counting empty ones to the left of a value), and mentorpair reads at most ${countText(limits.cells)} per file (READ_LIMITS.cells)`,
        );
      }
      while (cells.length < column - 1) cells.push(null);
    }
    cells[column - 1] = value;
    if (length !== undefined) {
      this.ctx.issues.push({
        code: "cell_too_long",
        file: this.ctx.file,
        sheet: this.ctx.sheet,
        row,
        message: `cell ${letters(column)}${row} has ${countText(length)} characters, and mentorpair reads at most ${countText(limits.cellChars)} of a cell (READ_LIMITS.cellChars, the most Excel holds): the rest is not read`,
      });
    }
  }

  /** The cell's value, and its full length when its text was cut. */
  private valueOf(cell: OpenCell): { value: Cell; length?: number } {
    const v = cell.hasValue ? this.value : undefined;
    const cutLength = (t: CappedText | undefined) => (t?.cut ? { length: t.length } : {});
    switch (cell.type) {
      case "s": {
        const text = v?.text.trim() ?? "";
        if (text === "") return { value: null };
        const index = Number(text);
        const shared = this.ctx.strings[index];
        if (!Number.isInteger(index) || shared === undefined) {
          throw unreadableFailure(
            `sheet ${quote(this.ctx.sheet)} cell ${letters(cell.ref.column)}${cell.ref.row} points to shared text ${quote(text)}, which the workbook does not have`,
          );
        }
        const full = this.ctx.cutStrings.get(index);
        return { value: textCell(shared), ...(full === undefined ? {} : { length: full }) };
      }
      case "str":
        return { value: textCell(unescapeXlsx(v?.text ?? "")), ...cutLength(v) };
      case "inlineStr": {
        const t = cell.hasInline ? this.inline : v;
        return { value: textCell(unescapeXlsx(t?.text ?? "")), ...cutLength(t) };
      }
      case "e":
        return { value: null };
      case "b": {
        const text = v?.text.trim() ?? "";
        if (text === "1" || text === "true") return { value: true };
        if (text === "0" || text === "false") return { value: false };
        return { value: textCell(text) };
      }
      case "d": {
        const text = v?.text.trim() ?? "";
        const date = new Date(text);
        return { value: text === "" ? null : Number.isNaN(date.getTime()) ? text : date };
      }
      default: {
        const text = v?.text.trim() ?? "";
        if (text === "") return { value: null };
        const n = Number(text);
        // A number that is not one is kept as its text, so the reader can say what is wrong.
        if (Number.isNaN(n)) return { value: textCell(text), ...cutLength(v) };
        return {
          value: this.ctx.dateStyles[cell.style] === true ? excelDate(n, this.ctx.date1904) : n,
        };
      }
    }
  }
}

function textCell(text: string): Cell {
  const t = text.trim();
  return t === "" ? null : t;
}
