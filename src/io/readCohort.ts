import { resolveOptions } from "../options/resolve.js";
import type { IssueFacts } from "../phrasebook/index.js";
import { readIssueOf } from "../phrasebook/readIssues.js";
import { eligibilityFacts } from "../rules/eligibility.js";
import type { Cohort, CohortInput } from "../schema/cohort.js";
import { MAX_PEOPLE_PER_SIDE } from "../schema/cohort.js";
import { printable } from "../util/quote.js";
import { safeParseCohort } from "../validate/parse.js";
import { type CohortBuilder, createBuilder, sourceMapOf } from "./builder.js";
import { readCsvTable } from "./csv.js";
import { duplicateIds } from "./duplicateIds.js";
import { fileTooLarge, READ_LIMITS } from "./limits.js";
import { cellAt, describePaths, locatePath } from "./location.js";
import { readJson } from "./readJson.js";
import {
  hasRoleColumn,
  headerRowIndex,
  personColumnCount,
  readTable,
  type TableRole,
} from "./readTable.js";
import { kindFromName } from "./tableKind.js";
import type { CohortFile, ReadIssue, ReadOptions, ReadResult, SourceMap, Table } from "./types.js";
import { readXlsxTables } from "./xlsx.js";

/** The input formats, by file extension. */
export type InputFormat = "json" | "csv" | "xlsx";

/**
 * The format a file name's extension stands for: `.json`; `.csv`, `.tsv`, `.txt`; `.xlsx`
 * (and `.xlsm`). `undefined` for anything else.
 *
 * @example
 * formatOf("Ansökningar VT2024.xlsx") // "xlsx"
 */
export function formatOf(name: string): InputFormat | undefined {
  const ext = /\.([^./\\]+)$/u.exec(name)?.[1]?.toLowerCase();
  if (ext === "json") return "json";
  if (ext === "csv" || ext === "tsv" || ext === "txt") return "csv";
  if (ext === "xlsx" || ext === "xlsm") return "xlsx";
  return undefined;
}

/** Problems with the whole cohort, listed after those of single files. */
const WHOLE_COHORT = new Set(["no_people", "too_many_people"]);

/** Issue codes that mean a whole file or sheet was not read. */
const FILE_PROBLEMS = new Set([
  "csv_syntax",
  "unknown_table",
  "unreadable_file",
  "unsupported_format",
  "invalid_json",
  "empty_file",
  "missing_column",
  "file_too_large",
  "cell_too_long",
  "invalid_encoding",
]);

/** Reads one table whose use is known from its role column or its (sheet or file) name. */
function readNamedTable(b: CohortBuilder, table: Table, names: readonly string[]): boolean {
  let role: TableRole | undefined;
  if (hasRoleColumn(table)) role = { kind: "people" };
  else {
    for (const name of names) {
      const kind = kindFromName(name);
      if (kind !== undefined) {
        role = { kind };
        break;
      }
    }
  }
  if (role === undefined) return false;
  readTable(b, table, role);
  return true;
}

function readCsvFile(b: CohortBuilder, file: string, bytes: Uint8Array): void {
  const { table, issues } = readCsvTable(file, bytes);
  b.issues.push(...issues);
  // After a quoting error the rows are not what the coordinator sees: report only that.
  if (issues.length > 0) return;
  if (headerRowIndex(table) < 0) {
    b.issues.push({ file, ...readIssueOf("empty_file", { what: "file" }) });
    return;
  }
  if (!readNamedTable(b, table, [file])) {
    b.issues.push({
      file,
      row: headerRowIndex(table) + 1,
      ...readIssueOf("unknown_table", { csv: true }),
    });
  }
}

async function readXlsxFile(b: CohortBuilder, file: string, bytes: Uint8Array): Promise<void> {
  const { tables, issues } = await readXlsxTables(file, bytes);
  b.issues.push(...issues);
  if (issues.length > 0) return;
  const used = tables.filter((t) => headerRowIndex(t) >= 0);
  if (used.length === 0) {
    b.issues.push({ file, ...readIssueOf("empty_file", { what: "workbook" }) });
    return;
  }
  for (const table of used) {
    // A workbook with one sheet may say what it holds in its file name ("mentorer.xlsx").
    const names = used.length === 1 ? [table.sheet ?? "", file] : [table.sheet ?? ""];
    if (readNamedTable(b, table, names)) continue;
    const where = { file, ...(table.sheet === undefined ? {} : { sheet: table.sheet }) };
    if (used.length === 1 || personColumnCount(table) >= 2) {
      b.issues.push({ ...where, ...readIssueOf("unknown_table", { csv: false }) });
    } else {
      b.warnings.push({ ...where, ...readIssueOf("sheet_ignored", {}) });
    }
  }
}

/** Issue codes whose message quotes the input itself: no "(the cell says ...)" after them. */
const QUOTES_INPUT = new Set([
  "unknown_municipality",
  "unknown_municipality_code",
  "invalid_characters",
  "duplicate_id",
  "unknown_id",
]);

/**
 * A schema issue or warning (`adepts[3].managerYears`) located in the coordinator's files, with
 * its facts said in the files' own terms: the other record of a duplicate id as a place, the
 * missing fields as the sheet's own headers, the cell's text, and a side with no rows read.
 */
function locate(
  sources: SourceMap,
  item: { code: string; path: string; id?: string; message: string; params?: object },
): ReadIssue {
  const loc = locatePath(sources, item.path);
  const id = item.id === undefined ? {} : { id: item.id };
  const side = item.path === "mentors" ? "mentor" : item.path === "adepts" ? "adept" : undefined;
  if (side !== undefined && loc.path === undefined) {
    const read = sources[item.path as "mentors" | "adepts"].length;
    return {
      ...loc,
      ...(read > MAX_PEOPLE_PER_SIDE
        ? readIssueOf("too_many_people", { side, has: read, max: MAX_PEOPLE_PER_SIDE })
        : readIssueOf("no_people", { side })),
    };
  }
  const cell = loc.column === undefined ? undefined : cellAt(sources, item.path);
  const shown =
    cell === undefined || QUOTES_INPUT.has(item.code) || cellQuoted(item.params, cell)
      ? {}
      : { cell: printable(cell) };
  if (item.code === "duplicate_id") {
    const facts = item.params as IssueFacts["duplicate_id"];
    const at = locatePath(sources, facts.also);
    const alsoAt = at.path === undefined ? at : undefined;
    return {
      ...loc,
      ...id,
      ...readIssueOf("duplicate_id", alsoAt === undefined ? facts : { ...facts, alsoAt }),
    };
  }
  if (item.code === "missing_fields" && loc.path === undefined) {
    const facts = item.params as IssueFacts["missing_fields"];
    const columns = inColumnNames(sources, item.path, facts.fields);
    return { ...loc, ...id, ...readIssueOf("missing_fields", { ...facts, columns }) };
  }
  return {
    ...loc,
    ...id,
    code: item.code,
    message: describePaths(sources, item.message),
    ...(item.params === undefined ? {} : { params: item.params }),
    ...shown,
  };
}

/** Whether an issue's facts already show the cell's text (a cell the reader quoted). */
function cellQuoted(params: object | undefined, cell: string): boolean {
  return params !== undefined && Object.values(params).includes(printable(cell));
}

/**
 * Fields as the sheet's own column headers where it has the column (`"År i arbetslivet"`,
 * `"Erbjuder"/"Vill bidra med"`); a field without a column keeps its JSON name.
 */
function inColumnNames(sources: SourceMap, path: string, fields: readonly string[]): string[] {
  const record = /^(mentors|adepts)\[(\d+)\]$/u.exec(path);
  const src = record === null ? undefined : sources[record[1] as "mentors"][Number(record[2])];
  return fields.map((field) =>
    field
      .split("/")
      .map((f) => {
        const column = src?.columns[f];
        return column === undefined ? f : `"${printable(column)}"`;
      })
      .join("/"),
  );
}

function isReported(reported: ReadonlySet<string>, path: string): boolean {
  for (let i = path.length; i > 0; i--) {
    const ch = path[i];
    if ((i === path.length || ch === "." || ch === "[") && reported.has(path.slice(0, i)))
      return true;
  }
  return false;
}

/** Orders issues as the files are read: file, then sheet, then row, file-level first. */
function byPlace(files: readonly string[], sheets: readonly string[]) {
  // Problems with the whole cohort ("needs at least one adept") come last.
  const rank = (i: ReadIssue) => [
    WHOLE_COHORT.has(i.code) || !files.includes(i.file) ? files.length : files.indexOf(i.file),
    i.sheet === undefined ? -1 : sheets.indexOf(`${i.file}\u0000${i.sheet}`),
    i.row ?? 0,
  ];
  return (a: ReadIssue, b: ReadIssue): number => {
    const ra = rank(a);
    const rb = rank(b);
    for (let k = 0; k < ra.length; k++) if (ra[k] !== rb[k]) return ra[k]! - rb[k]!;
    return 0;
  };
}

/** Everyone who cannot take part in their role, located at the cell that says why. */
function ineligiblePeople(cohort: Cohort, sources: SourceMap, options: ReadOptions): ReadIssue[] {
  const { rules } = resolveOptions("readCohort", options.match);
  const found: ReadIssue[] = [];
  for (const [side, role] of [
    ["mentors", "mentor"],
    ["adepts", "adept"],
  ] as const) {
    cohort[side].forEach((person, i) => {
      const facts = eligibilityFacts(person, role, rules);
      if (facts === undefined) return;
      const field = facts.years === undefined ? "managerConsent" : "managerYears";
      found.push({
        ...locatePath(sources, `${side}[${i}].${field}`),
        id: person.id,
        ...readIssueOf("ineligible", {
          role,
          ...(facts.years === undefined
            ? {}
            : { years: facts.years.has, least: facts.years.least }),
          ...(facts.consent === undefined ? {} : { consent: facts.consent }),
        }),
      });
    });
  }
  return found;
}

/** Throws a `TypeError` naming `readCohort` and the argument for arguments of the wrong type. */
function checkArguments(files: unknown, options: unknown): void {
  const got = (x: unknown) =>
    x === null
      ? "null"
      : Array.isArray(x)
        ? "an array"
        : typeof x === "object"
          ? "an object"
          : typeof x;
  if (!Array.isArray(files)) {
    throw new TypeError(`readCohort: files must be an array of { name, bytes }, got ${got(files)}`);
  }
  files.forEach((f: unknown, i) => {
    if (typeof f !== "object" || f === null) {
      throw new TypeError(
        `readCohort: files[${i}] must be an object { name, bytes }, got ${got(f)}`,
      );
    }
    const { name, bytes } = f as { name?: unknown; bytes?: unknown };
    if (typeof name !== "string") {
      throw new TypeError(`readCohort: files[${i}].name must be a string, got ${got(name)}`);
    }
    if (!(bytes instanceof Uint8Array)) {
      throw new TypeError(
        `readCohort: files[${i}].bytes must be a Uint8Array (wrap an ArrayBuffer in new Uint8Array(...)), got ${got(bytes)}`,
      );
    }
  });
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw new TypeError(`readCohort: options must be an object, got ${got(options)}`);
  }
}

/**
 * Reads a cohort from coordinator files: JSON, CSV (comma, semicolon or tab; UTF-8 with or
 * without BOM, UTF-16, or Windows-1252) and XLSX, with Swedish or English headers; one table with a
 * role column, or separate mentor and adept sheets/files, plus optional exclusion, locked and
 * history sheets. Records of several files are put together in file order. The result is
 * validated with `safeParseCohort`, and every problem (the reader's and the schema's) names the
 * file, sheet, row and column it is about. Each file is read within `READ_LIMITS` (bytes,
 * rows, cells, ...; a file past one gets a `file_too_large` issue), and a CSV's encoding is
 * decided on the evidence of its bytes (see `decodeText`; a file that mixes encodings gets an
 * `invalid_encoding` issue). Never throws for bad input. It throws (the promise rejects) only
 * for a caller's bug: arguments of the wrong type, with a `TypeError` naming `readCohort` and
 * the argument (e.g. `readCohort: files[0].bytes must be a Uint8Array ...`), and bad
 * `options.match`, like `safeParseCohort`.
 *
 * @example
 * const result = await readCohort([{ name: "ansokningar.csv", bytes }]);
 * if (!result.success) for (const i of result.issues) console.log(formatReadIssue(i));
 */
export async function readCohort(
  files: readonly CohortFile[],
  options: ReadOptions = {},
): Promise<ReadResult> {
  checkArguments(files, options);
  const b = createBuilder();
  const sheets: string[] = [];
  for (const f of files) {
    b.files.push(f.name);
    const format = formatOf(f.name);
    const tooLarge = fileTooLarge(f.bytes, READ_LIMITS);
    if (tooLarge !== undefined && format !== undefined) {
      b.issues.push({ file: f.name, ...tooLarge });
    } else if (format === "json") readJson(b, f.name, f.bytes);
    else if (format === "csv") readCsvFile(b, f.name, f.bytes);
    else if (format === "xlsx") await readXlsxFile(b, f.name, f.bytes);
    else {
      b.issues.push({ file: f.name, ...readIssueOf("unsupported_format", {}) });
    }
    for (const list of Object.values(b.sources))
      for (const s of list)
        if (s.sheet !== undefined && !sheets.includes(`${s.file}\u0000${s.sheet}`))
          sheets.push(`${s.file}\u0000${s.sheet}`);
  }
  const sources = sourceMapOf(b);
  const input = { ...b.records } as unknown as CohortInput;
  const parsed = safeParseCohort(input, options.match);
  const order = byPlace(b.files, sheets);
  if (parsed.success && b.issues.length === 0) {
    const warnings = [...b.warnings, ...parsed.warnings.map((w) => locate(sources, w))];
    const ineligible = ineligiblePeople(parsed.data, sources, options);
    return {
      success: true,
      cohort: parsed.data,
      input,
      sources,
      warnings: warnings.sort(order),
      ineligible,
    };
  }
  // When a file or sheet could not be read, "no mentors" or "no adepts" is only a consequence.
  const unreadFile = b.issues.some((i) => FILE_PROBLEMS.has(i.code));
  // The library's checks across records run only on valid records; ids are checked here too.
  const crossChecked = parsed.success || parsed.issues.some((i) => i.code === "duplicate_id");
  const found = parsed.success ? [] : parsed.issues;
  const schemaIssues = [...found, ...(crossChecked ? [] : duplicateIds(b.records))]
    .filter((i) => !isReported(b.reported, i.path))
    .filter((i) => !(unreadFile && (i.path === "mentors" || i.path === "adepts")))
    .map((i) => locate(sources, i));
  const issues = [...b.issues, ...schemaIssues].sort(order);
  return { success: false, issues, warnings: [...b.warnings].sort(order), sources };
}
