import { readIssueOf } from "../phrasebook/readIssues.js";
import { printable, quote } from "../util/quote.js";
import {
  fileTooLarge,
  READ_LIMITS,
  ReadFailure,
  type ReadLimits,
  unreadableFailure,
} from "./limits.js";
import type { ReadIssue, Table } from "./types.js";
import { StylesReader } from "./xlsxDates.js";
import {
  RelsReader,
  resolvePart,
  SharedStringsReader,
  typeName,
  WorkbookReader,
} from "./xlsxParts.js";
import { SheetReader } from "./xlsxSheet.js";
import { XmlBytes, type XmlHandler } from "./xml.js";
import { type InflateBudget, inflateEntry, readZipDirectory, type ZipEntry } from "./zip.js";

export { columnLetter } from "./columnLetter.js";

/** Reads the workbook's parts one by one, each streamed from the zip through the XML scanner. */
function readWorkbook(file: string, bytes: Uint8Array, limits: ReadLimits) {
  const tooLarge = fileTooLarge(bytes, limits);
  if (tooLarge !== undefined) throw new ReadFailure(tooLarge);
  // Part names are case-insensitive in OOXML; the first of two equal names is read.
  const entries = new Map<string, ZipEntry>();
  for (const e of readZipDirectory(bytes, limits)) {
    const key = e.name.toLowerCase();
    if (!entries.has(key)) entries.set(key, e);
  }
  const budget: InflateBudget = { used: 0 };
  const read = (path: string, handler: XmlHandler, what: string): boolean => {
    const entry = entries.get(path.toLowerCase());
    if (entry === undefined) return false;
    const xml = new XmlBytes(handler);
    inflateEntry(bytes, entry, limits, budget, what, (chunk) => xml.push(chunk));
    xml.end();
    return true;
  };
  const part = (path: string) => `its part ${quote(path)}`;

  const pkg = new RelsReader();
  read("_rels/.rels", pkg, part("_rels/.rels"));
  const main = pkg.targetOf("officeDocument");
  const workbookPath = main === undefined ? "xl/workbook.xml" : resolvePart("", main);
  const workbook = new WorkbookReader();
  if (!read(workbookPath, workbook, part(workbookPath))) {
    throw unreadableFailure(
      `it has no workbook part (${quote(workbookPath)}): is it an Excel workbook?`,
    );
  }
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf("/") + 1);
  const relsPath = `${folder}_rels/${workbookPath.slice(folder.length)}.rels`;
  const rels = new RelsReader();
  read(relsPath, rels, part(relsPath));
  const styles = new StylesReader();
  const stylesTarget = rels.targetOf("styles");
  if (stylesTarget !== undefined) {
    const path = resolvePart(folder, stylesTarget);
    read(path, styles, part(path));
  }
  const shared = new SharedStringsReader(limits);
  const sharedTarget = rels.targetOf("sharedStrings");
  if (sharedTarget !== undefined) {
    const path = resolvePart(folder, sharedTarget);
    read(path, shared, part(path));
  }

  const tables: Table[] = [];
  const issues: ReadIssue[] = [];
  const used = { rows: 0, cells: 0 };
  const seen = new Set<string>();
  for (const sheet of workbook.sheets) {
    const name = quote(sheet.name);
    const rel = rels.byId.get(sheet.id);
    if (rel === undefined) throw unreadableFailure(`sheet ${name} has no part in the file`);
    // Chart sheets and dialog sheets hold no cells.
    if (typeName(rel.type) !== "worksheet") continue;
    const path = resolvePart(folder, rel.target);
    // Two sheets on one part would read it twice: a well-formed workbook never does that.
    if (seen.has(path.toLowerCase()))
      throw unreadableFailure(`sheet ${name} shares its part with another`);
    seen.add(path.toLowerCase());
    const reader = new SheetReader({
      file,
      sheet: sheet.name,
      strings: shared.strings,
      cutStrings: shared.cut,
      dateStyles: styles.dateStyles,
      date1904: workbook.date1904,
      limits,
      used,
      issues,
    });
    if (!read(path, reader, `sheet ${name}`)) {
      throw unreadableFailure(`sheet ${name} is missing from the file (${quote(path)})`);
    }
    tables.push({ file, sheet: sheet.name, rows: reader.finish() });
  }
  return { tables, issues };
}

/**
 * Reads every worksheet of an XLSX workbook into tables. Row `i` of a table is spreadsheet row
 * `i + 1` and column `j` is column `j + 1` (A, B, ...): leading empty rows and columns are kept,
 * each row ends at its last value and a table at its last row with one. Text is trimmed (empty
 * text is `null`); shared and inline strings, rich text, booleans, numbers, dates (by the
 * cell's number format, as UTC) and formulas' saved values are read; error cells are empty.
 *
 * Bounded whatever the file: the zip archive is unpacked a piece at a time into a streaming
 * XML scanner, and reading stops as soon as a limit of `READ_LIMITS` is passed (file size,
 * entries, unpacked bytes per part and per workbook, rows, columns, cells), with a
 * `file_too_large` issue naming the limit; a cell longer than `READ_LIMITS.cellChars` is cut,
 * with a `cell_too_long` issue. A file that is not an XLSX workbook, or a damaged one, gives an
 * `unreadable_file` issue. Never throws for bad input.
 *
 * @example
 * const { tables, issues } = await readXlsxTables("ansokningar.xlsx", bytes);
 */
export async function readXlsxTables(
  file: string,
  bytes: Uint8Array,
  limits: ReadLimits = READ_LIMITS,
): Promise<{ tables: Table[]; issues: ReadIssue[] }> {
  try {
    return readWorkbook(file, bytes, limits);
  } catch (error) {
    const issue =
      error instanceof ReadFailure
        ? error.issue
        : readIssueOf("unreadable_file", {
            detail: error instanceof Error ? printable(error.message, 200) : "",
          });
    return { tables: [], issues: [{ file, ...issue }] };
  }
}
