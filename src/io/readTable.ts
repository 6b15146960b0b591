import { readIssueOf } from "../phrasebook/readIssues.js";
import { printable } from "../util/quote.js";
import type { CohortBuilder } from "./builder.js";
import { cellText, readCell, readRole } from "./cells.js";
import {
  type FieldSpec,
  findField,
  headerHint,
  isPersonalColumn,
  PAIR_FIELDS,
  PERSON_FIELDS,
  suggestHeader,
} from "./headers.js";
import type { TableKind } from "./tableKind.js";
import type { Cell, ReadIssue, Table } from "./types.js";
import { columnLetter } from "./xlsx.js";

type Side = "mentors" | "adepts";

/** How a table is to be read: people with a role column, one side, or one kind of pair. */
export type TableRole = { readonly kind: "people" } | { readonly kind: TableKind };

const SIDE_WORD: Record<Side, "mentor" | "adept"> = { mentors: "mentor", adepts: "adept" };

interface Column {
  readonly index: number;
  readonly header: string;
  readonly spec: FieldSpec;
}

function isEmptyRow(row: readonly Cell[] | undefined): boolean {
  return row === undefined || row.every((c) => c === null);
}

/** How far down a title or note above the header row is looked past. */
const HEADER_SEARCH_ROWS = 10;

function knownHeaders(row: readonly Cell[]): number {
  return row.filter(
    (c) =>
      c !== null &&
      (findField(cellText(c), "person") !== undefined ||
        findField(cellText(c), "pair") !== undefined),
  ).length;
}

/**
 * The index of the header row, or -1 for an empty table: the first of the first ten non-empty
 * rows that names at least two known columns (so a title such as "Mentorprogram VT 2024" above
 * the table is passed over), else the first non-empty row.
 *
 * @example
 * headerRowIndex({ file: "a.csv", rows: [["Mentorprogram VT 2024"], [], ["kod", "kommun"]] }) // 2
 */
export function headerRowIndex(table: Table): number {
  const first = table.rows.findIndex((r) => !isEmptyRow(r));
  if (first < 0) return -1;
  for (let i = first; i < Math.min(table.rows.length, first + HEADER_SEARCH_ROWS); i++) {
    if (knownHeaders(table.rows[i]!) >= 2) return i;
  }
  return first;
}

/**
 * The headers of a table's header row that name a person column (for guessing a sheet's use).
 *
 * @example
 * personColumnCount({ file: "a.csv", rows: [["kod", "kommun", "anteckning"]] }) // 2
 */
export function personColumnCount(table: Table): number {
  const header = table.rows[headerRowIndex(table)] ?? [];
  return header.filter((c) => c !== null && findField(cellText(c), "person") !== undefined).length;
}

/**
 * Whether the header row has a role column.
 *
 * @example
 * hasRoleColumn({ file: "a.csv", rows: [["Roll", "Kod"]] }) // true
 */
export function hasRoleColumn(table: Table): boolean {
  const header = table.rows[headerRowIndex(table)] ?? [];
  return header.some((c) => c !== null && findField(cellText(c), "person")?.path === "role");
}

/** A column as the program shows it: a letter in a workbook, a number in a CSV file. */
function describeColumn(table: Table, index: number): string {
  return table.sheet === undefined ? `${index + 1}` : columnLetter(index);
}

function where(table: Table, row?: number, column?: string): Omit<ReadIssue, "code" | "message"> {
  return {
    file: table.file,
    ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
    ...(row === undefined ? {} : { row }),
    ...(column === undefined ? {} : { column }),
  };
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const dot = path.indexOf(".");
  if (dot < 0) {
    target[path] = value;
    return;
  }
  const head = path.slice(0, dot);
  if (target[head] === undefined) target[head] = {};
  setPath(target[head] as Record<string, unknown>, path.slice(dot + 1), value);
}

/** Maps the header row to known columns, reporting unknown, duplicate and headless columns. */
function mapColumns(
  b: CohortBuilder,
  table: Table,
  headerAt: number,
  forPairs: boolean,
  suggested: Set<string>,
): Column[] {
  const header = table.rows[headerAt]!;
  const width = Math.max(...table.rows.map((r) => r.length));
  const columns: Column[] = [];
  const byPath = new Map<string, Column>();
  const personal: string[] = [];
  for (let j = 0; j < width; j++) {
    const cell = header[j] ?? null;
    if (cell === null) {
      const used = table.rows.findIndex((r, i) => i > headerAt && (r[j] ?? null) !== null);
      if (used >= 0) {
        b.issues.push({
          ...where(table, used + 1),
          ...readIssueOf("missing_header", { column: describeColumn(table, j) }),
        });
      }
      continue;
    }
    const text = cellText(cell);
    const spec = findField(text, forPairs ? "pair" : "person");
    if (spec === undefined && isPersonalColumn(text)) {
      personal.push(text);
      continue;
    }
    if (spec === undefined) {
      const near = suggestHeader(text, forPairs ? "pair" : "person");
      if (near !== undefined) suggested.add(findField(near, forPairs ? "pair" : "person")!.path);
      b.issues.push({
        ...where(table, headerAt + 1, text),
        ...readIssueOf("unknown_column", {
          pairs: forPairs,
          ...(near === undefined ? {} : { suggestion: near }),
        }),
      });
      continue;
    }
    // A column for both roles clashes with a column of either role's field.
    const gives =
      spec.byRole === undefined
        ? [spec.path]
        : [spec.path, spec.byRole.mentors, spec.byRole.adepts];
    const earlier = gives.map((g) => byPath.get(g)).find((c) => c !== undefined);
    if (earlier !== undefined) {
      b.issues.push({
        ...where(table, headerAt + 1, text),
        ...readIssueOf("duplicate_column", { other: printable(earlier.header), field: spec.path }),
      });
      continue;
    }
    const column = { index: j, header: text, spec };
    for (const g of gives) byPath.set(g, column);
    columns.push(column);
  }
  if (personal.length > 0) {
    b.warnings.push({
      ...where(table, headerAt + 1),
      ...readIssueOf("columns_not_read", { columns: personal.map((h) => printable(h)) }),
    });
  }
  return columns;
}

/**
 * Reads one table (a sheet or a CSV file) into the builder: people (with a role column, or all
 * of one side) or pairs (exclusions, locked, history). Every cell problem is reported with its
 * row and column; a row with an unreadable role is left out (and reported).
 *
 * @example
 * readTable(b, readCsvTable("mentorer.csv", bytes).table, { kind: "mentors" });
 */
export function readTable(b: CohortBuilder, table: Table, role: TableRole): void {
  const headerAt = headerRowIndex(table);
  if (headerAt < 0) return;
  const above = table.rows.findIndex((r) => !isEmptyRow(r));
  if (above < headerAt) {
    b.warnings.push({
      ...where(table, above + 1),
      ...readIssueOf("rows_above_header", { header: headerAt + 1 }),
    });
  }
  const forPairs = role.kind === "exclusions" || role.kind === "locked" || role.kind === "history";
  // Fields a misspelt header was taken for: their "no column" would only repeat that message.
  const suggested = new Set<string>();
  const columns = mapColumns(b, table, headerAt, forPairs, suggested);
  const present = new Set(columns.map((c) => c.spec.path));

  const absent = (forPairs ? PAIR_FIELDS : PERSON_FIELDS).filter(
    (s) => s.required && !present.has(s.path),
  );
  for (const spec of absent.filter((s) => !suggested.has(s.path))) {
    b.issues.push({
      ...where(table, headerAt + 1),
      ...readIssueOf("missing_column", { field: spec.path, headers: headerHint(spec) }),
    });
  }
  if (role.kind === "people" && !present.has("role")) return;

  for (let r = headerAt + 1; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    if (isEmptyRow(row)) continue;
    const rowNumber = r + 1;
    const cellOf = (c: Column): Cell => row[c.index] ?? null;

    let kind: TableKind;
    if (role.kind === "people") {
      const roleColumn = columns.find((c) => c.spec.path === "role")!;
      const cell = cellOf(roleColumn);
      const got = cell === null ? undefined : readRole(cell);
      if (got === undefined || !got.ok) {
        b.issues.push({
          ...where(table, rowNumber, roleColumn.header),
          ...(got === undefined
            ? readIssueOf("missing_role", {})
            : got.code === "unknown_value"
              ? readIssueOf("unknown_value", { ...got.params, rowSkipped: true })
              : { code: got.code, message: got.message, params: got.params }),
        });
        continue;
      }
      kind = got.value === "mentor" ? "mentors" : "adepts";
    } else {
      kind = role.kind;
    }

    const index = b.records[kind].length;
    const record: Record<string, unknown> = {};
    const columnsOf: Record<string, string> = {};
    const cells: Record<string, string> = {};
    const idColumn = columns.find((c) => c.spec.path === "id" || c.spec.path === "mentor");
    const idCell = idColumn === undefined ? null : cellOf(idColumn);
    const id = idCell === null ? undefined : cellText(idCell);
    for (const c of columns) {
      if (c.spec.path === "role") continue;
      const path = c.spec.byRole?.[kind as Side] ?? c.spec.path;
      columnsOf[path] = c.header;
      const cell = cellOf(c);
      if (cell === null) {
        if (c.spec.required) {
          b.reported.add(`${kind}[${index}].${c.spec.path}`);
          b.issues.push({
            ...where(table, rowNumber, c.header),
            ...(id === undefined ? {} : { id }),
            ...readIssueOf("missing_value", {
              field: c.spec.path,
              side: forPairs ? "pair" : SIDE_WORD[kind as Side],
            }),
          });
        }
        continue;
      }
      cells[path] = cellText(cell);
      const at = `${kind}[${index}].${path}`;
      // A mentor's field on an adept's row, a history's cohort in a list of exclusions.
      if (!c.spec.in.includes(kind)) {
        b.reported.add(at);
        b.issues.push({
          ...where(table, rowNumber, c.header),
          ...(id === undefined ? {} : { id }),
          ...readIssueOf(
            "wrong_column",
            forPairs
              ? { field: c.spec.path, pairs: true, kind }
              : { field: c.spec.path, pairs: false, owner: c.spec.owner as "mentor" | "adept" },
          ),
        });
        continue;
      }
      const got = readCell(c.spec.kind, cell);
      if (!got.ok) {
        b.reported.add(at);
        b.issues.push({
          ...where(table, rowNumber, c.header),
          ...(id === undefined ? {} : { id }),
          code: got.code,
          message: got.message,
          params: got.params,
        });
        continue;
      }
      if (Array.isArray(got.value) && got.value.length === 0) continue;
      setPath(record, path, got.value);
    }
    for (const spec of absent) b.reported.add(`${kind}[${index}].${spec.path}`);
    b.records[kind].push(record);
    b.sources[kind].push({
      file: table.file,
      ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
      row: rowNumber,
      columns: columnsOf,
      cells,
    });
  }
}
