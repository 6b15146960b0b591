import type { IssueFacts } from "../phrasebook/index.js";
import { readIssueOf } from "../phrasebook/readIssues.js";
import { EDUCATION_LEVELS, LEADERSHIP_LEVELS } from "../schema/cohort.js";
import type { EducationLevel, LeadershipLevel } from "../types.js";
import { printable } from "../util/quote.js";
import { type FieldKind, headerKey } from "./headers.js";
import type { Cell } from "./types.js";

/** Why a cell cannot be read as its field's value: a code, its facts and the English words. */
export type CellProblem = {
  readonly [C in "not_a_number" | "not_a_boolean" | "not_text" | "unknown_value"]: {
    readonly code: C;
    readonly message: string;
    readonly params: IssueFacts[C];
  };
}["not_a_number" | "not_a_boolean" | "not_text" | "unknown_value"];

/** A cell read as a field's value, or why it cannot be. */
export type CellResult<T> =
  | { readonly ok: true; readonly value: T }
  | ({ readonly ok: false } & CellProblem);

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <C extends CellProblem["code"]>(code: C, facts: IssueFacts[C]): CellResult<never> =>
  ({ ok: false, ...readIssueOf(code, facts) }) as CellResult<never>;

/**
 * The cell as the coordinator sees it, for messages.
 *
 * @example
 * cellText(2.5) // "2.5"
 */
export function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

/**
 * A number: a numeric cell, or text with a decimal point or a decimal comma ("2,5"), optional
 * spaces as thousands separators ("1 200") and an optional unit ("12 år", "40 st").
 *
 * @example
 * readNumber("2,5") // { ok: true, value: 2.5 }
 */
export function readNumber(cell: Cell): CellResult<number> {
  if (typeof cell === "number") return ok(cell);
  if (typeof cell === "string") {
    // "12 år", "12 years", "40 st": a unit after the number is what people type.
    const t = cell.replace(/[\s\u00a0\u202f]+/gu, "").replace(/(år|ar|years?|yrs?|st)$/iu, "");
    if (/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/u.test(t)) return ok(Number(t.replace(",", ".")));
  }
  if (cell instanceof Date) return fail("not_a_number", {});
  return fail("not_a_number", { cell: printable(cellText(cell)) });
}

const YES = new Set(["ja", "j", "yes", "y", "true", "sant", "x", "1"]);
const NO = new Set(["nej", "n", "no", "false", "falskt", "0"]);

/**
 * A yes/no answer in Swedish or English: ja/nej, yes/no, true/false (and Excel's Swedish
 * SANT/FALSKT), x, 1/0.
 *
 * @example
 * readBoolean("Ja") // { ok: true, value: true }
 */
export function readBoolean(cell: Cell): CellResult<boolean> {
  if (typeof cell === "boolean") return ok(cell);
  if (cell === 1 || cell === 0) return ok(cell === 1);
  const key = typeof cell === "string" ? headerKey(cell) : "";
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return fail("not_a_boolean", { cell: printable(cellText(cell)) });
}

/**
 * Text: a string cell as is; a number cell as its digits (a municipality code typed as a number).
 *
 * @example
 * readText(1490) // { ok: true, value: "1490" }
 */
export function readText(cell: Cell): CellResult<string> {
  if (typeof cell === "string") return ok(cell);
  if (typeof cell === "number") return ok(String(cell));
  if (typeof cell === "boolean") return fail("not_text", { got: "boolean", value: String(cell) });
  return fail("not_text", { got: "date" });
}

/** What separates the entries of a list cell, in any file: `,`, `;`, `|` and line breaks. */
export const LIST_SEPARATORS = /[,;|\r\n]/u;

/**
 * A list: text split on `,`, `;`, `|` and line breaks (in every format: a CSV cell quoted as
 * `"Bollplank; Delegering"` in a semicolon file, or `"Bollplank, Delegering"` in a comma file,
 * is the same two entries as in an XLSX cell), each entry trimmed, empty entries dropped.
 *
 * @example
 * readList("delegation | network") // { ok: true, value: ["delegation", "network"] }
 */
export function readList(cell: Cell): CellResult<string[]> {
  const text = readText(cell);
  if (!text.ok) return text;
  return ok(
    text.value
      .split(LIST_SEPARATORS)
      .map((s) => s.trim())
      .filter((s) => s !== ""),
  );
}

const EDUCATION_ALIASES: Record<string, EducationLevel> = {
  gymnasial: "upper-secondary",
  gymnasium: "upper-secondary",
  gymnasieutbildning: "upper-secondary",
  gymnasieexamen: "upper-secondary",
  eftergymnasial: "post-secondary",
  yh: "post-secondary",
  yrkeshogskola: "post-secondary",
  yrkeshogskoleexamen: "post-secondary",
  kandidat: "bachelor",
  kandidatexamen: "bachelor",
  magister: "master",
  magisterexamen: "master",
  masterexamen: "master",
  doktor: "doctorate",
  doktorsexamen: "doctorate",
  phd: "doctorate",
};
for (const level of EDUCATION_LEVELS) EDUCATION_ALIASES[headerKey(level)] = level;

const LEADERSHIP_ALIASES: Record<string, LeadershipLevel> = {
  forstalinjen: "first-line",
  forstalinjenschef: "first-line",
  forstalinjechef: "first-line",
  andralinjen: "second-line",
  andralinjenschef: "second-line",
  andralinjechef: "second-line",
  hogre: "senior",
  hogrechef: "senior",
  ledningsgrupp: "senior",
  hogsta: "senior",
};
for (const level of LEADERSHIP_LEVELS) LEADERSHIP_ALIASES[headerKey(level)] = level;

function readLevel<T extends string>(
  cell: Cell,
  aliases: Record<string, T>,
  what: IssueFacts["unknown_value"]["what"],
): CellResult<T> {
  const text = readText(cell);
  if (!text.ok) return text;
  const level = aliases[headerKey(text.value)];
  if (level !== undefined) return ok(level);
  return fail("unknown_value", { cell: printable(text.value), what });
}

/**
 * An education level: the canonical names or Swedish aliases (gymnasial, eftergymnasial, YH,
 * kandidat, magister, master, doktor).
 *
 * @example
 * readEducationLevel("Kandidatexamen") // { ok: true, value: "bachelor" }
 */
export function readEducationLevel(cell: Cell): CellResult<EducationLevel> {
  return readLevel(cell, EDUCATION_ALIASES, "education level");
}

/**
 * A leadership level: the canonical names or första linjen, andra linjen, högre/ledningsgrupp.
 *
 * @example
 * readLeadershipLevel("Första linjen") // { ok: true, value: "first-line" }
 */
export function readLeadershipLevel(cell: Cell): CellResult<LeadershipLevel> {
  return readLevel(cell, LEADERSHIP_ALIASES, "leadership level");
}

const ROLES: Record<string, "mentor" | "adept"> = {
  mentor: "mentor",
  mentorer: "mentor",
  mentors: "mentor",
  m: "mentor",
  adept: "adept",
  adepter: "adept",
  adepts: "adept",
  mentee: "adept",
  mentees: "adept",
  a: "adept",
};

/**
 * A role: mentor or adept (Swedish and English: Mentor, Adept, mentee).
 *
 * @example
 * readRole("Adept") // { ok: true, value: "adept" }
 */
export function readRole(cell: Cell): CellResult<"mentor" | "adept"> {
  return readLevel(cell, ROLES, "role");
}

/**
 * A cell read as a column of `kind` gives it.
 *
 * @example
 * readCell("list", "delegation; network") // { ok: true, value: ["delegation", "network"] }
 */
export function readCell(kind: FieldKind, cell: Cell): CellResult<unknown> {
  switch (kind) {
    case "number":
      return readNumber(cell);
    case "boolean":
      return readBoolean(cell);
    case "list":
      return readList(cell);
    case "educationLevel":
      return readEducationLevel(cell);
    case "leadershipLevel":
      return readLeadershipLevel(cell);
    case "role":
      return readRole(cell);
    case "text":
      return readText(cell);
  }
}
