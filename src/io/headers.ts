import { SHEET_COLUMN_NAMES } from "../phrasebook/fields.js";
import { EDUCATION_LEVELS, LEADERSHIP_LEVELS } from "../schema/cohort.js";
import { COHORT_FIELDS, type CohortField, type RecordKind } from "../schema/fields.js";
import { editDistance } from "../util/editDistance.js";

/**
 * Column headers: the JSON field names or their Swedish equivalents, compared case- and
 * accent-insensitively (`År som chef`, `ar som chef` and `ÅR SOM CHEF` are one header). The
 * columns are the schema's fields (`schema/fields.ts`); their headers are in `phrasebook/fields.ts`.
 */

/** How a cell of a column is read. */
export type FieldKind =
  | "text"
  | "number"
  | "list"
  | "boolean"
  | "educationLevel"
  | "leadershipLevel"
  | "role";

/** Who a column belongs to. */
export type FieldOwner = "person" | "mentor" | "adept" | "role" | "pair";

/** One known column: a field of the schema, the role column, or a column for both roles. */
export interface FieldSpec {
  /** Where the value goes in the canonical JSON, e.g. `education.level`. */
  readonly path: string;
  readonly kind: FieldKind;
  readonly owner: FieldOwner;
  /** Accepted headers, as written; compared through `headerKey`. */
  readonly headers: readonly string[];
  /** The lists whose rows may give it (`owner` says the same for a person's column). */
  readonly in: readonly RecordKind[];
  /** Every row of a sheet of those lists needs the column. */
  readonly required: boolean;
  /**
   * For a column that serves both roles in a sheet with a role column ("önskemål / erbjuder"):
   * the field on a mentor's row and on an adept's row. `path` is then only the column's name.
   */
  readonly byRole?: { readonly mentors: string; readonly adepts: string };
}

/**
 * The comparison key of a header or a name: accents removed, lower case, letters and digits only.
 *
 * @example
 * headerKey("År som chef") === headerKey("arSomChef") // true
 */
export function headerKey(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

const sameValues = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/** The cell reader of a schema field: its zod type, or for an enum, which levels it holds. */
function kindOf(field: CohortField): FieldKind {
  switch (field.type) {
    case "string":
      return "text";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array":
      return "list";
    case "enum":
      if (sameValues(field.values ?? [], EDUCATION_LEVELS)) return "educationLevel";
      if (sameValues(field.values ?? [], LEADERSHIP_LEVELS)) return "leadershipLevel";
      throw new Error(`headers: no cell reader for the values of ${field.path}`);
  }
}

function ownerOf(field: CohortField): FieldOwner {
  const mentors = field.in.includes("mentors");
  const adepts = field.in.includes("adepts");
  if (mentors && adepts) return "person";
  if (mentors) return "mentor";
  return adepts ? "adept" : "pair";
}

function specOf(field: CohortField): FieldSpec {
  return {
    path: field.path,
    kind: kindOf(field),
    owner: ownerOf(field),
    headers: [field.path, ...field.names.headers],
    in: field.in,
    required: field.required,
  };
}

const SCHEMA_SPECS = COHORT_FIELDS.map(specOf);
const specAt = (path: string) => SCHEMA_SPECS.find((s) => s.path === path);

/** A column for both roles, keyed `adeptField/mentorField`: both fields' kind, each on its row. */
function bothRoles(key: keyof typeof SHEET_COLUMN_NAMES): FieldSpec {
  const [adepts = "", mentors = ""] = key.split("/");
  const adept = specAt(adepts);
  const mentor = specAt(mentors);
  if (adept?.owner !== "adept" || mentor?.owner !== "mentor" || adept.kind !== mentor.kind) {
    throw new Error(`headers: ${key} is not an adept's field and a mentor's of one kind`);
  }
  return {
    path: key,
    kind: adept.kind,
    owner: "person",
    headers: [key, ...SHEET_COLUMN_NAMES[key].headers],
    in: ["mentors", "adepts"],
    required: false,
    byRole: { mentors, adepts },
  };
}

/**
 * Columns of a mentor or adept sheet (and of a sheet with both and a role column): the role
 * column, every field of a mentor's or an adept's record (`COHORT_FIELDS`, in the schema's
 * order), and the columns for both roles.
 *
 * @example
 * PERSON_FIELDS.find((f) => f.path === "managerYears")?.headers // ["managerYears", "år som chef", ...]
 */
export const PERSON_FIELDS: readonly FieldSpec[] = [
  {
    path: "role",
    kind: "role",
    owner: "role",
    headers: ["role", ...SHEET_COLUMN_NAMES.role.headers],
    in: ["mentors", "adepts"],
    required: false,
  },
  ...SCHEMA_SPECS.filter((s) => s.owner !== "pair"),
  bothRoles("wishes/offers"),
  bothRoles("wishText/offerText"),
];

/**
 * Columns of an exclusions, locked or history sheet: every field of a pair record.
 *
 * @example
 * PAIR_FIELDS.map((f) => f.path) // ["mentor", "adept", "reason", "cohort"]
 */
export const PAIR_FIELDS: readonly FieldSpec[] = SCHEMA_SPECS.filter((s) => s.owner === "pair");

function index(fields: readonly FieldSpec[]): Map<string, FieldSpec> {
  const map = new Map<string, FieldSpec>();
  for (const spec of fields) for (const h of spec.headers) map.set(headerKey(h), spec);
  return map;
}

/**
 * Headers of columns every real sheet has that mentorpair never reads: names, contact details,
 * comments and form timestamps (Swedish and English). They are accepted, never read, and never
 * reach any output; `validate` names them once per sheet.
 *
 * @example
 * isPersonalColumn("E-postadress") // true
 */
export function isPersonalColumn(header: string): boolean {
  const key = headerKey(header.replace(/\([^)]*\)|\[[^\]]*\]/gu, " "));
  return PERSONAL_KEYS.has(key) || PERSONAL_PREFIXES.some((p) => key.startsWith(p));
}

const PERSONAL_KEYS = new Set(
  [
    "namn",
    "name",
    "förnamn",
    "efternamn",
    "fullständigt namn",
    "för- och efternamn",
    "first name",
    "last name",
    "full name",
    "deltagare",
    "e-post",
    "epost",
    "e-postadress",
    "mejl",
    "mejladress",
    "mail",
    "e-mail",
    "email",
    "email address",
    "e-mail address",
    "telefon",
    "tel",
    "tfn",
    "telefonnummer",
    "mobil",
    "mobilnummer",
    "mobiltelefon",
    "phone",
    "phone number",
    "mobile",
    "adress",
    "address",
    "postadress",
    "personnummer",
    "födelsedatum",
    "kommentar",
    "kommentarer",
    "anteckning",
    "anteckningar",
    "notering",
    "noteringar",
    "övrigt",
    "övriga upplysningar",
    "comment",
    "comments",
    "note",
    "notes",
    "remarks",
    "tidsstämpel",
    "tidstämpel",
    "timestamp",
    "starttid",
    "sluttid",
    "start time",
    "completion time",
    "senast ändrad",
    "last modified time",
  ].map(headerKey),
);
/** "Kommentar från intervjun", "Namn på chef": a personal word first. */
const PERSONAL_PREFIXES = ["namn", "kommentar", "anteckning", "epost", "telefon", "comment"];

const PERSON_INDEX = index(PERSON_FIELDS);
const PAIR_INDEX = index(PAIR_FIELDS);
/** Every header with its key, in the columns' order (the first of two equally near wins). */
const keyed = (fields: readonly FieldSpec[]) =>
  fields.flatMap((s) => s.headers.map((h) => [h, headerKey(h)] as const));
const PERSON_KEYS = keyed(PERSON_FIELDS);
const PAIR_KEYS = keyed(PAIR_FIELDS);

/**
 * The column a header names, or `undefined`. Text in parentheses is ignored when the whole
 * header is not known ("Kapacitet (antal adepter)" is `capacity`).
 *
 * @example
 * findField("År som chef", "person")?.path // "managerYears"
 */
export function findField(header: string, table: "person" | "pair"): FieldSpec | undefined {
  const idx = table === "person" ? PERSON_INDEX : PAIR_INDEX;
  const whole = idx.get(headerKey(header));
  if (whole !== undefined) return whole;
  const bare = header.replace(/\([^)]*\)|\[[^\]]*\]/gu, " ");
  return bare === header ? undefined : idx.get(headerKey(bare));
}

/**
 * Headers to suggest in messages, per field: the JSON name and the first Swedish one.
 *
 * @example
 * headerHint(findField("kommun", "person")!) // ["municipality", "kommun"]
 */
export function headerHint(spec: FieldSpec): string[] {
  const swedish = spec.headers.find((h) => /[åäö]|^[a-z ]+$/u.test(h) && h !== spec.path);
  return swedish === undefined ? [spec.path] : [spec.path, swedish];
}

/**
 * The known header closest to an unknown one, for a "did you mean" (a typo of at most two
 * letters, one for short headers); `undefined` when none is that close.
 *
 * @example
 * suggestHeader("Kommmun", "person") // "kommun"
 */
export function suggestHeader(header: string, table: "person" | "pair"): string | undefined {
  const key = headerKey(header);
  const limit = key.length <= 5 ? 1 : 2;
  let best: { header: string; d: number } | undefined;
  for (const [h, k] of table === "person" ? PERSON_KEYS : PAIR_KEYS) {
    const d = editDistance(key, k, limit);
    if (d <= limit && (best === undefined || d < best.d)) best = { header: h, d };
  }
  return best?.header;
}
