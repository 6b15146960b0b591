import type { IssuePhrases } from "./issues.js";
import { placeText } from "./place.js";

const list = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(", ");
const orList = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(" or ");
const an = (role: string) => (role === "adept" ? "an" : "a");
const save = 'save it again as "CSV UTF-8" from the spreadsheet program';

/** A did-you-mean after an unknown municipality, or nothing. */
function hint(f: {
  readonly suggestions: readonly string[];
  readonly seatOf?: string;
  readonly text: string;
}) {
  if (f.seatOf !== undefined)
    return `; "${f.text}" is the seat of ${f.seatOf}: write "${f.seatOf}"`;
  return f.suggestions.length === 0 ? "" : `; did you mean ${orList(f.suggestions)}?`;
}

function eligibility(f: {
  readonly role: string;
  readonly years?: number;
  readonly least?: number;
  readonly consent?: "missing" | "refused";
}): string {
  const problems: string[] = [];
  if (f.years !== undefined) {
    problems.push(`${f.years} years as a manager; ${f.role}s need at least ${f.least}`);
  }
  if (f.consent === "refused") {
    problems.push("has not consulted their own manager (managerConsent is false)");
  } else if (f.consent === "missing") {
    problems.push("manager consent not confirmed (managerConsent missing)");
  }
  return problems.join("; ");
}

/** English words for every input issue. */
export const EN_ISSUES: IssuePhrases = {
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

  duplicate_id: (f) =>
    `duplicate id "${f.id}" (also at ${f.alsoAt === undefined ? f.also : placeText(f.alsoAt, "en")}); ids must be unique across mentors and adepts`,
  unknown_id: (f) =>
    `no ${f.role} with id "${f.id}"${f.otherRole ? ` ("${f.id}" is ${an(f.role === "mentor" ? "adept" : "mentor")} ${f.role === "mentor" ? "adept" : "mentor"})` : ""}`,
  duplicate_preference: (f) =>
    `${f.role} "${f.id}" is already listed in these preferences (at place ${f.at + 1}); list each ${f.role} once, most wanted first`,
  unknown_municipality: (f) =>
    `"${f.text}" is not a Swedish municipality${hint(f)}${hint(f).endsWith("?") ? "" : "."} Write the municipality's name or 4-digit code; for a place outside Sweden, name it in options.municipalities, or make the rule differentMunicipality soft or off`,
  unknown_municipality_code: (f) =>
    `municipality code "${f.text}" is not a Swedish municipality code; give the name, or add the code with options.municipalities`,
  locked_twice: (f) => `adept "${f.id}" is already locked at ${f.at}`,
  capacity_exceeded: (f) =>
    `mentor "${f.id}" is locked to more adepts than its capacity (${f.capacity})`,
  locked_conflict: (f) =>
    f.with === "exclusion"
      ? `pair ${f.pair} is both locked and excluded`
      : `pair ${f.pair} is locked but was already a pair (history)`,
  locked_breaks_rule: (f) =>
    `locked pair ${f.pair} breaks the hard rule: ${f.rules.map((r) => `${r === "differentWorkBackground" ? "largely the same work background" : `both in ${r === "differentSector" ? f.sector : f.municipality}`} (${r})`).join("; ")}`,
  locked_ineligible: (f) => `locked ${f.role} "${f.id}" is not eligible: ${eligibility(f)}`,
  invalid_characters: (f) =>
    `must not contain ${f.kind === "surrogate" ? `half a character (lone surrogate ${f.char})` : f.kind === "control" ? `a control character (${f.char})` : `an invisible formatting character (${f.char})`}: "${f.value}"; ${f.policy === "id" ? "an id may hold only visible characters" : f.policy === "name" ? "a name may not hold control characters" : "free text may hold line breaks and tabs but no other control characters"}`,

  invalid_type: (f) => `expected ${f.expected}`,
  too_small: (f) => f.detail,
  too_big: (f) => f.detail,
  invalid_value: (f) => `must be one of ${list(f.values)}`,
  unrecognized_keys: (f) => `unknown field${f.keys.length === 1 ? "" : "s"} ${list(f.keys)}`,
  invalid: (f) => f.detail,

  missing_fields: (f) =>
    `no ${(f.columns ?? f.fields).join(", ")}: the criteria that use ${f.fields.length === 1 ? "it" : "them"} score neutrally (0.5)`,
  no_point: (f) =>
    `no reference point for "${f.place}" (options.municipalities gives none): geography scores neutrally (0.5); give its lat and lon, or the person's location`,
  unknown_place: (f) =>
    `"${f.text}" is not a Swedish municipality${hint(f)}: geography scores neutrally (0.5), and the different-municipality rule (${f.mode}) compares the name as written; add the place with options.municipalities or give a location`,
  ineligible: (f) => eligibility(f),
};
