/**
 * Public types of `mentorpair/io`: files in, a validated cohort (or located issues) out.
 */

import type { Cohort, CohortInput } from "../schema/cohort.js";
import type { MatchOptions } from "../types.js";

/** One input file: its name (for the format and for messages) and its bytes. */
export interface CohortFile {
  /** The file name as the coordinator knows it, e.g. `mentorer.csv`; the extension picks the format. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Where something is, as the coordinator sees it in the spreadsheet. */
export interface SourceLocation {
  /** File name (or several, comma-separated, for a problem with the whole cohort). */
  readonly file: string;
  /** Sheet name, for XLSX. */
  readonly sheet?: string;
  /** Row number as the spreadsheet shows it: the header is row 1 (or the first non-empty row). */
  readonly row?: number;
  /** The column header as written in the file. */
  readonly column?: string;
  /** For JSON input: the path inside the file, e.g. `adepts[3].managerYears`. */
  readonly path?: string;
}

/** A problem (or warning) with the input, located in the coordinator's files. */
export interface ReadIssue extends SourceLocation {
  /** What kind of problem, e.g. `unknown_column`, `not_a_number`, `duplicate_id`. */
  readonly code: string;
  /** The person's id, when known. */
  readonly id?: string;
  /** The message in English; `formatReadIssue` can give it in Swedish from `code` and `params`. */
  readonly message: string;
  /** The facts behind the message (numbers, names, the text of a cell), for other languages. */
  readonly params?: IssueParams;
  /** The text of the cell the issue is about, when the message does not quote it (made safe). */
  readonly cell?: string;
}

/** The facts of an issue (see `IssueFacts`): what a phrasebook needs to say it in another language. */
export type IssueParams = object;

/** Where one record (a person, an exclusion, a locked or history pair) came from. */
export interface RecordSource {
  readonly file: string;
  readonly sheet?: string;
  /** Spreadsheet row (tabular input). */
  readonly row?: number;
  /** Path of the record in a JSON file, e.g. `mentors[2]`. */
  readonly path?: string;
  /** Field path (`education.level`) to the column header it was read from. */
  readonly columns: Readonly<Record<string, string>>;
  /** Field path to the cell's text as written, for messages. */
  readonly cells: Readonly<Record<string, string>>;
}

/** For every record of the cohort, in the cohort's order, where it came from. */
export interface SourceMap {
  readonly files: readonly string[];
  readonly mentors: readonly RecordSource[];
  readonly adepts: readonly RecordSource[];
  readonly exclusions: readonly RecordSource[];
  readonly locked: readonly RecordSource[];
  readonly history: readonly RecordSource[];
}

/** The result of `readCohort`: never thrown, always one of these. */
export type ReadResult =
  | {
      readonly success: true;
      /** The validated cohort (defaults filled in, municipality codes resolved). */
      readonly cohort: Cohort;
      /** The cohort exactly as read, before validation: the canonical JSON input. */
      readonly input: CohortInput;
      readonly sources: SourceMap;
      /** Data-quality notes (missing optional fields score neutrally, ignored sheets). */
      readonly warnings: readonly ReadIssue[];
      /**
       * People who cannot take part in their role (too few years as a manager, consent not
       * given), with why: valid input, but `match` will leave them out.
       */
      readonly ineligible: readonly ReadIssue[];
    }
  | {
      readonly success: false;
      /** Every problem found, in file and row order. Never empty. */
      readonly issues: readonly ReadIssue[];
      readonly warnings: readonly ReadIssue[];
      /** Where what could be read came from (useful with `issues` paths). */
      readonly sources: SourceMap;
    };

/** Options for `readCohort`. */
export interface ReadOptions {
  /**
   * Options used when validating the cohort (rules and the municipality table matter for some
   * checks, e.g. a locked pair must obey the hard rules). The default value is `{}`.
   */
  readonly match?: MatchOptions;
}

/** A cell value as a reader sees it. Empty cells are `null`. */
export type Cell = string | number | boolean | Date | null;

/** One sheet or CSV file as rows of cells, before the header is interpreted. */
export interface Table {
  readonly file: string;
  readonly sheet?: string;
  /** Rows in spreadsheet order; `rows[0]` is spreadsheet row 1. */
  readonly rows: readonly (readonly Cell[])[];
  /** For CSV: the delimiter found. */
  readonly delimiter?: string;
}
