import type { Place } from "./place.js";

/**
 * The facts each kind of input issue carries, by code: what a phrasebook needs to say it in
 * any language. Texts from the input are already made safe (`printable`, at most 60
 * characters); the phrasebooks quote them.
 */
export interface ReadIssueFacts {
  // Whole files.
  unsupported_format: Record<string, never>;
  empty_file: { readonly what: "file" | "workbook" };
  unknown_table: { readonly csv: boolean };
  sheet_ignored: Record<string, never>;
  /** `detail`: what is wrong inside the file, in English (technical). */
  unreadable_file: { readonly detail: string };
  /** `limit`: the `READ_LIMITS` key passed; `detail`: the English account of the file. */
  file_too_large: { readonly limit: string; readonly max: number; readonly detail: string };
  invalid_encoding: {
    readonly kind: "utf8_after_bom" | "mixed" | "not_windows_1252" | "utf16" | "binary";
    /** Where (a line, or a row of a CSV file), and for `mixed` where it is UTF-8. */
    readonly at: number;
    readonly utf8At?: number;
    readonly unit: "line" | "row";
    /** For `binary`: a zip archive (an .xlsx named otherwise) or an old .xls. */
    readonly looksLike?: "zip" | "xls";
  };
  csv_syntax: { readonly detail: string; readonly unclosedQuote: boolean };
  cell_too_long: { readonly cell: string; readonly length: number; readonly max: number };
  invalid_json: { readonly detail?: string };
  json_unknown_field: { readonly field: string; readonly known: readonly string[] };
  json_not_list: Record<string, never>;
  too_many_people: {
    readonly side: "mentor" | "adept";
    readonly has: number;
    readonly max: number;
  };
  no_people: { readonly side: "mentor" | "adept" };

  // Columns and rows.
  missing_header: { readonly column: string };
  unknown_column: { readonly suggestion?: string; readonly pairs: boolean };
  duplicate_column: { readonly other: string; readonly field: string };
  columns_not_read: { readonly columns: readonly string[] };
  rows_above_header: { readonly header: number };
  missing_column: { readonly field: string; readonly headers: readonly string[] };
  missing_role: Record<string, never>;
  missing_value: { readonly field: string; readonly side: "mentor" | "adept" | "pair" };
  wrong_column: {
    readonly field: string;
    /** A pair sheet's row has a person's column; else a person's row a column of the other role. */
    readonly pairs: boolean;
    readonly owner?: "mentor" | "adept";
    readonly kind?: string;
  };

  // Cells.
  not_a_number: { readonly cell?: string };
  not_a_boolean: { readonly cell: string };
  not_text: { readonly got: "boolean" | "date"; readonly value?: string };
  unknown_value: {
    readonly cell: string;
    readonly what: "education level" | "leadership level" | "role";
    readonly rowSkipped?: boolean;
  };
}

/**
 * The facts of the issues the cohort itself can have, whatever it was read from: the schema's,
 * the checks across records and the data-quality warnings. The core says these (`parseCohort`,
 * `match`); the readers add `ReadIssueFacts`.
 */
export interface CohortIssueFacts {
  // The cohort.
  /** `also`: the path of the first record with the id; `alsoAt`: where that is in the files. */
  duplicate_id: { readonly id: string; readonly also: string; readonly alsoAt?: Place };
  unknown_id: {
    readonly role: "mentor" | "adept";
    readonly id: string;
    readonly otherRole: boolean;
  };
  /** An id listed twice in one person's `preferences`; `at`: the index it was first listed at. */
  duplicate_preference: {
    readonly role: "mentor" | "adept";
    readonly id: string;
    readonly at: number;
  };
  unknown_municipality: {
    readonly text: string;
    readonly suggestions: readonly string[];
    readonly seatOf?: string;
  };
  unknown_municipality_code: { readonly text: string };
  locked_twice: { readonly id: string; readonly at: string };
  capacity_exceeded: { readonly id: string; readonly capacity: number };
  locked_conflict: { readonly pair: string; readonly with: "exclusion" | "history" };
  locked_breaks_rule: {
    readonly pair: string;
    readonly rules: readonly string[];
    readonly municipality: string;
    readonly sector: string;
  };
  locked_ineligible: {
    readonly role: "mentor" | "adept";
    readonly id: string;
    readonly years?: number;
    readonly least?: number;
    readonly consent?: "missing" | "refused";
  };
  invalid_characters: {
    /** `U+001B` */
    readonly char: string;
    readonly kind: "surrogate" | "control" | "invisible";
    readonly value: string;
    readonly policy: "id" | "name" | "text";
  };

  // The schema's own checks (zod's codes).
  invalid_type: { readonly expected: string };
  too_small: { readonly origin: string; readonly minimum: number; readonly detail: string };
  too_big: { readonly origin: string; readonly maximum: number; readonly detail: string };
  invalid_value: { readonly values: readonly string[] };
  unrecognized_keys: { readonly keys: readonly string[] };
  /** Any other schema problem: the English message. */
  invalid: { readonly detail: string };

  // Warnings.
  /** `columns`: the same fields as the sheet's own headers (quoted) where it has them. */
  missing_fields: { readonly fields: readonly string[]; readonly columns?: readonly string[] };
  no_point: { readonly place: string };
  unknown_place: {
    readonly text: string;
    readonly suggestions: readonly string[];
    readonly seatOf?: string;
    readonly mode: string;
  };
  ineligible: {
    readonly role: "mentor" | "adept";
    readonly years?: number;
    readonly least?: number;
    readonly consent?: "missing" | "refused";
  };
}

/** The facts of every input issue, by code. */
export interface IssueFacts extends ReadIssueFacts, CohortIssueFacts {}

/** An issue code with its own words in every phrasebook. */
export type IssueCode = keyof IssueFacts;

/** An issue code of the cohort itself (not of a file, column or cell). */
export type CohortIssueCode = keyof CohortIssueFacts;

/** One language's words for the issues of `F`. */
export type PhrasesFor<F> = { readonly [C in keyof F]: (facts: F[C]) => string };

/** One language's words for every issue. */
export type IssuePhrases = PhrasesFor<IssueFacts>;
