import type { PhrasesFor, ReadIssueFacts } from "./issues.js";

const list = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(", ");
const orList = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(" or ");
const an = (role: string) => (role === "adept" ? "an" : "a");
const save = 'save it again as "CSV UTF-8" from the spreadsheet program';

/**
 * English words for the issues of files, columns and cells: only the readers (`mentorpair/io`)
 * say these, so the core's bundle does not carry them.
 */
export const EN_READ_ISSUES: PhrasesFor<ReadIssueFacts> = {
  unsupported_format: () =>
    "is not a format mentorpair reads: use .xlsx, .csv (comma, semicolon or tab), .tsv or .json (an .xls or .ods file can be saved as .xlsx)",
  empty_file: (f) => (f.what === "file" ? "the file is empty" : "the workbook has no data"),
  unknown_table: (f) =>
    `cannot tell whether it holds mentors or adepts: add a column "roll" (mentor or adept on each row), or name it "Mentorer" or "Adepter"${f.csv ? " (or put mentor/adept in the file name)" : ""}`,
  sheet_ignored: () =>
    "not read: its name is none of Mentorer/Mentors, Adepter/Adepts, Undantag/Exclusions, Låsta/Locked, Historik/History, and it has no role column",
  unreadable_file: (f) =>
    `cannot be read as an Excel workbook (.xlsx)${f.detail === "" ? "" : ` (${f.detail})`}; save it from the spreadsheet program as .xlsx or as CSV`,
  file_too_large: (f) => `is too large to read: ${f.detail}`,
  invalid_encoding: (f) => {
    const at = (n: number) => `${f.unit} ${n}`;
    switch (f.kind) {
      case "utf8_after_bom":
        return `starts with a UTF-8 byte-order mark, but ${at(f.at)} has bytes that are not UTF-8: ${save}`;
      case "mixed":
        return `mixes two text encodings: ${at(f.utf8At ?? 1)} is UTF-8 but ${at(f.at)} is not, so not all of its å, ä and ö can be read right: ${save}`;
      case "not_windows_1252":
        return `is neither UTF-8 nor Windows-1252 text (${at(f.at)} has a byte that Windows-1252 does not use): ${save}`;
      case "utf16":
        return `is UTF-16 text with a broken character at ${at(f.at)}: ${save}`;
      case "binary":
        if (f.looksLike === "zip")
          return "is not text but a zip archive, probably an Excel workbook: name it .xlsx";
        if (f.looksLike === "xls")
          return "is not text but an old Excel .xls file (or a password-protected workbook): save it as .xlsx or as CSV";
        return `is not a text file (${at(f.at)} has a NUL byte): save it from the spreadsheet program as .xlsx or as CSV`;
    }
  },
  csv_syntax: (f) =>
    `the file is not valid CSV: ${f.detail}${f.unclosedQuote ? ' (a cell starts with " but has no closing ")' : ""}`,
  cell_too_long: (f) =>
    `cell ${f.cell} has ${f.length.toLocaleString("en-US")} characters, and mentorpair reads at most ${f.max.toLocaleString("en-US")} of a cell (READ_LIMITS.cellChars, the most Excel holds): the rest is not read`,
  invalid_json: (f) =>
    f.detail === undefined
      ? "must hold one object with mentors and adepts lists"
      : `is not valid JSON: ${f.detail}`,
  json_unknown_field: (f) => `unknown field "${f.field}" (known: ${f.known.join(", ")})`,
  json_not_list: () => "must be a list (array)",
  too_many_people: (f) =>
    `has ${f.has.toLocaleString("en-US")} ${f.side} rows, but a cohort has at most ${f.max.toLocaleString("en-US")} ${f.side}s: split the programme into smaller cohorts`,
  no_people: (f) =>
    `needs at least one ${f.side}: no ${f.side} rows were read (a sheet or file named "${f.side === "mentor" ? "Mentorer" : "Adepter"}", or rows with ${f.side} in a role column, are read as ${f.side}s)`,

  missing_header: (f) =>
    `column ${f.column} has a value but no header; give the column a header or clear it`,
  unknown_column: (f) =>
    `unknown column, nothing in it is read: ${
      f.suggestion !== undefined
        ? `did you mean "${f.suggestion}"?`
        : f.pairs
          ? 'the columns here are "mentor", "adept", and "anledning"/"reason" (exclusions, locked) or "omgång"/"cohort" (history)'
          : "rename it to one of: roll, kod, kommun, verksamhetsområde, år som chef, år i arbetslivet, tidigare verksamheter, utbildningsnivå, utbildningsområde, ledarnivå, antal medarbetare, ledarskapsområden, samrått med chef, erbjuder, vill bidra med, kapacitet, rangordning, önskemål, vill få ut, lat, lon (or the English field names), or delete it"
    }`,
  duplicate_column: (f) => `this column and "${f.other}" both give ${f.field}; keep one of them`,
  columns_not_read: (f) =>
    `not read, and never copied to any output: ${list(f.columns)} (names, contact details and comments are not used for matching)`,
  rows_above_header: (f) =>
    `not read: the header row is row ${f.header}, and rows above it are taken as a title or notes`,
  missing_column: (f) => `no column for ${f.field}: add a column ${orList(f.headers)}`,
  missing_role: () => "no role: write mentor or adept (the row is not read)",
  missing_value: (f) =>
    `empty, but every ${f.side === "pair" ? "row here" : f.side} needs one (${f.field})`,
  wrong_column: (f) =>
    f.pairs
      ? `a ${f.kind} row has no ${f.field}; clear the cell or move it`
      : `${f.field} is only for ${f.owner}s, but this row is ${an(f.owner === "mentor" ? "adept" : "mentor")} ${f.owner === "mentor" ? "adept" : "mentor"}; clear the cell or fix the role`,

  not_a_number: (f) =>
    f.cell === undefined ? "is a date, not a number" : `"${f.cell}" is not a number`,
  not_a_boolean: (f) => `"${f.cell}" is not a yes/no answer (ja/nej, yes/no, x)`,
  not_text: (f) =>
    f.got === "boolean"
      ? `is a yes/no value (${f.value}), expected text`
      : "is a date, expected text",
  unknown_value: (f) =>
    `"${f.cell}" is not ${f.what === "education level" ? "an" : "a"} ${f.what} (use one of ${
      f.what === "education level"
        ? "gymnasial, eftergymnasial, kandidat, magister, doktor, or upper-secondary, post-secondary, bachelor, master, doctorate"
        : f.what === "leadership level"
          ? "första linjen, andra linjen, högre, or first-line, second-line, senior"
          : "mentor or adept"
    })${f.rowSkipped ? " (the row is not read)" : ""}`,
};
