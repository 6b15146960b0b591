import { readIssueOf } from "../phrasebook/readIssues.js";

/**
 * How much the readers read of one file, so that any file, however made, is read (or refused
 * with an issue) in bounded time and memory. Each limit is above what the largest cohort the
 * schema takes needs: a workbook of 20,000 mentors and 20,000 adepts (with exclusions and history
 * for 5% of them) is 2.8 MB, with 22 MB of XML, 42,000 rows and 650,000 cells
 * (`bench/readers.ts realistic`).
 */
export interface ReadLimits {
  /** Bytes of one input file, in any format. */
  readonly fileBytes: number;
  /** Entries (files inside the zip archive) of one XLSX workbook. */
  readonly zipEntries: number;
  /** Unpacked bytes of one part (a sheet's XML, the shared strings, ...) of a workbook. */
  readonly partBytes: number;
  /** Unpacked bytes of all the parts read from one workbook, together. */
  readonly workbookBytes: number;
  /** Rows of one file: a CSV file, or all the sheets of a workbook together. */
  readonly rows: number;
  /** Columns of a sheet (Excel's own limit: column XFD). */
  readonly columns: number;
  /**
   * Cells of one file, counting each row's cells up to its last value (empty ones to the left
   * of a value too, as they take room).
   */
  readonly cells: number;
  /** Characters of one cell (Excel's own limit); the rest of a longer cell is not read. */
  readonly cellChars: number;
}

/**
 * The limits `readCohort` applies to every file. A file beyond one gets an issue with code
 * `file_too_large` (or `cell_too_long` for a cell) that names the limit, and is not read on;
 * reading stops as soon as a limit is passed, during unpacking too, so a small "zip bomb" that
 * unpacks to gigabytes costs no more than the limit.
 *
 * @example
 * READ_LIMITS.rows // 100000
 */
export const READ_LIMITS: ReadLimits = Object.freeze({
  fileBytes: 50_000_000,
  zipEntries: 10_000,
  partBytes: 100_000_000,
  workbookBytes: 200_000_000,
  rows: 100_000,
  columns: 16_384,
  cells: 2_000_000,
  cellChars: 32_767,
});

/**
 * A count for a message, with thousands separators.
 *
 * @example
 * countText(50000) // "50,000"
 */
export function countText(n: number): string {
  return n.toLocaleString("en-US");
}

/**
 * A byte count for a message, in decimal megabytes from 1 MB up.
 *
 * @example
 * bytesText(100_000_000) // "100 MB"
 */
export function bytesText(n: number): string {
  return n >= 1_000_000 ? `${countText(Math.round(n / 100_000) / 10)} MB` : `${countText(n)} bytes`;
}

/**
 * Thrown inside the XLSX reader (from deep in the unpacking and XML callbacks) and caught by
 * `readXlsxTables`, which turns it into its issue; never escapes the readers.
 *
 * @example
 * throw unreadableFailure("it is not a zip archive, which every .xlsx file is");
 */
export class ReadFailure extends Error {
  constructor(
    readonly issue:
      | ReturnType<typeof readIssueOf<"unreadable_file">>
      | ReturnType<typeof readIssueOf<"file_too_large">>,
  ) {
    super(issue.message);
    this.name = "ReadFailure";
  }

  get code(): "unreadable_file" | "file_too_large" {
    return this.issue.code;
  }
}

/**
 * A file past one of `READ_LIMITS`: `detail` says what in English, ending with the limit's name.
 *
 * @example
 * throw tooLargeFailure("rows", 50000, "it has 50,001 rows, ... (READ_LIMITS.rows)");
 */
export function tooLargeFailure(limit: string, max: number, detail: string): ReadFailure {
  return new ReadFailure(readIssueOf("file_too_large", { limit, max, detail }));
}

/**
 * A workbook that cannot be read: `detail` says why, in English.
 *
 * @example
 * throw unreadableFailure("the zip archive is damaged: its directory is cut short");
 */
export function unreadableFailure(detail: string): ReadFailure {
  return new ReadFailure(readIssueOf("unreadable_file", { detail }));
}

/**
 * The issue for a file over `fileBytes`, or `undefined` for a file within it.
 *
 * @example
 * fileTooLarge(bytes, READ_LIMITS) // undefined, or { code: "file_too_large", ... }
 */
export function fileTooLarge(bytes: Uint8Array, limits: ReadLimits) {
  if (bytes.length <= limits.fileBytes) return undefined;
  return readIssueOf("file_too_large", {
    limit: "fileBytes",
    max: limits.fileBytes,
    detail: `${countText(bytes.length)} bytes, and mentorpair reads files of at most ${bytesText(limits.fileBytes)} (READ_LIMITS.fileBytes)`,
  });
}
