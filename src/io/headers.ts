import { editDistance } from "../util/editDistance.js";

/**
 * Column headers: the JSON field names or their Swedish equivalents, compared case- and
 * accent-insensitively (`År som chef`, `ar som chef` and `ÅR SOM CHEF` are one header).
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

/** One known column. */
export interface FieldSpec {
  /** Where the value goes in the canonical JSON, e.g. `education.level`. */
  readonly path: string;
  readonly kind: FieldKind;
  readonly owner: FieldOwner;
  /** Accepted headers, as written; compared through `headerKey`. */
  readonly headers: readonly string[];
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

const f = (path: string, kind: FieldKind, owner: FieldOwner, headers: string[]): FieldSpec => ({
  path,
  kind,
  owner,
  headers: [path, ...headers],
});

/**
 * Columns of a mentor or adept sheet (and of a sheet with both and a role column).
 *
 * @example
 * PERSON_FIELDS.find((f) => f.path === "managerYears")?.headers // ["managerYears", "år som chef", ...]
 */
export const PERSON_FIELDS: readonly FieldSpec[] = [
  f("role", "role", "role", ["roll", "typ", "deltagartyp", "mentor/adept", "mentor eller adept"]),
  f("id", "text", "person", ["kod", "code", "id-kod", "deltagarkod"]),
  f("municipality", "text", "person", ["kommun", "kommunkod", "kommunnamn"]),
  f("sector", "text", "person", [
    "verksamhetsområde",
    "verksamhet",
    "sektor",
    "nuvarande verksamhet",
    "nuvarande verksamhetsområde",
  ]),
  f("managerYears", "number", "person", [
    "år som chef",
    "chefsår",
    "antal år som chef",
    "chefserfarenhet",
  ]),
  f("workYears", "number", "person", [
    "år i arbetslivet",
    "arbetslivserfarenhet",
    "antal år i arbetslivet",
  ]),
  f("sectorExperience", "list", "person", ["tidigare verksamheter", "verksamhetserfarenhet"]),
  f("education.level", "educationLevel", "person", ["education level", "utbildningsnivå"]),
  f("education.fields", "list", "person", [
    "education fields",
    "education",
    "utbildning",
    "utbildningsområde",
    "utbildningsområden",
  ]),
  f("leadership.level", "leadershipLevel", "person", [
    "leadership level",
    "ledarnivå",
    "chefsnivå",
  ]),
  f("leadership.staffCount", "number", "person", [
    "staffCount",
    "staff count",
    "antal medarbetare",
    "medarbetare",
  ]),
  f("leadership.areas", "list", "person", [
    "leadership areas",
    "areas",
    "ledarskapsområden",
    "ledarskapsområde",
  ]),
  f("managerConsent", "boolean", "person", [
    "manager consent",
    "chefens godkännande",
    "chefs godkännande",
    "samrått med chef",
    "samråd med chef",
  ]),
  f("location.lat", "number", "person", ["lat", "latitude", "latitud"]),
  f("location.lon", "number", "person", ["lon", "lng", "longitude", "longitud"]),
  f("offers", "list", "mentor", ["erbjuder", "bidrag"]),
  f("offerText", "text", "mentor", ["offer text", "vill bidra med"]),
  f("capacity", "number", "mentor", ["kapacitet", "antal adepter"]),
  f("wishes", "list", "adept", ["önskemål", "önskningar"]),
  f("wishText", "text", "adept", ["wish text", "vill få ut", "vill få ut av året"]),
  {
    ...f("wishes/offers", "list", "person", [
      "offers/wishes",
      "önskemål/erbjuder",
      "erbjuder/önskemål",
      "önskemål/erbjudande",
      "erbjudande/önskemål",
    ]),
    byRole: { mentors: "offers", adepts: "wishes" },
  },
  {
    ...f("wishText/offerText", "text", "person", [
      "offerText/wishText",
      "vill få ut/vill bidra med",
      "vill bidra med/vill få ut",
    ]),
    byRole: { mentors: "offerText", adepts: "wishText" },
  },
];

/**
 * Columns of an exclusions, locked or history sheet.
 *
 * @example
 * PAIR_FIELDS.map((f) => f.path) // ["mentor", "adept", "reason", "cohort"]
 */
export const PAIR_FIELDS: readonly FieldSpec[] = [
  f("mentor", "text", "pair", ["mentor id", "mentorId", "mentorns kod", "mentorkod"]),
  f("adept", "text", "pair", ["adept id", "adeptId", "adeptens kod", "adeptkod", "mentee"]),
  f("reason", "text", "pair", ["anledning", "skäl", "orsak", "motivering"]),
  f("cohort", "text", "pair", ["kohort", "omgång", "kull"]),
];

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
  for (const spec of table === "person" ? PERSON_FIELDS : PAIR_FIELDS) {
    for (const h of spec.headers) {
      const d = editDistance(key, headerKey(h));
      if (d <= limit && (best === undefined || d < best.d)) best = { header: h, d };
    }
  }
  return best?.header;
}
