/**
 * The names of the input fields, the metadata the zod schema cannot hold: the headers a
 * spreadsheet may give a field's column, the name Swedish messages use for it, and one English
 * line about it. The schema (`schema/cohort.ts`) says which fields exist and their types;
 * `schema/fields.ts` joins the two, and a test keeps the keys here equal to the schema's fields.
 *
 * Kept here, in the words folder, and out of the schema module, as separate constants: a bundler
 * keeps only the tables used, so the core's browser bundle carries the explanations' words and
 * not the readers' headers (the JSON Schema carries the names as data).
 */

/** What people call one column. */
export interface ColumnNames {
  /**
   * The name Swedish messages give the field ("ingen kolumn för år som chef"); itself an accepted
   * header. Absent: messages name the column by its key.
   */
  readonly sv?: string;
  /**
   * Headers accepted besides the key, as written (compared accent- and case-insensitively), in
   * the order a "did you mean" prefers them; the first plain one is the hint in messages.
   */
  readonly headers: readonly string[];
}

/** What people call a field of the cohort's records: every field has a Swedish name. */
export interface FieldNames extends ColumnNames {
  readonly sv: string;
}

/**
 * The names of every field a record of the cohort can hold, keyed by its path in the cohort JSON,
 * in the schema's order: a mentor's or an adept's fields, then those of exclusions, locked and
 * history pairs.
 *
 * @example
 * FIELD_NAMES.managerYears.sv // "år som chef"
 */
export const FIELD_NAMES = {
  id: {
    sv: "kod",
    headers: ["kod", "code", "id-kod", "deltagarkod"],
  },
  municipality: {
    sv: "kommun",
    headers: ["kommun", "kommunkod", "kommunnamn"],
  },
  sector: {
    sv: "verksamhetsområde",
    headers: [
      "verksamhetsområde",
      "verksamhet",
      "sektor",
      "nuvarande verksamhet",
      "nuvarande verksamhetsområde",
    ],
  },
  managerYears: {
    sv: "år som chef",
    headers: ["år som chef", "chefsår", "antal år som chef", "chefserfarenhet"],
  },
  workYears: {
    sv: "år i arbetslivet",
    headers: ["år i arbetslivet", "arbetslivserfarenhet", "antal år i arbetslivet"],
  },
  sectorExperience: {
    sv: "tidigare verksamheter",
    headers: ["tidigare verksamheter", "verksamhetserfarenhet"],
  },
  "education.level": {
    sv: "utbildningsnivå",
    headers: ["education level", "utbildningsnivå"],
  },
  "education.fields": {
    sv: "utbildningsområde",
    headers: [
      "education fields",
      "education",
      "utbildning",
      "utbildningsområde",
      "utbildningsområden",
    ],
  },
  "leadership.level": {
    sv: "ledarnivå",
    headers: ["leadership level", "ledarnivå", "chefsnivå"],
  },
  "leadership.staffCount": {
    sv: "antal medarbetare",
    headers: ["staffCount", "staff count", "antal medarbetare", "medarbetare"],
  },
  "leadership.areas": {
    sv: "ledarskapsområden",
    headers: ["leadership areas", "areas", "ledarskapsområden", "ledarskapsområde"],
  },
  managerConsent: {
    sv: "samrått med chef",
    headers: [
      "manager consent",
      "chefens godkännande",
      "chefs godkännande",
      "samrått med chef",
      "samråd med chef",
    ],
  },
  "location.lat": {
    sv: "lat",
    headers: ["lat", "latitude", "latitud"],
  },
  "location.lon": {
    sv: "lon",
    headers: ["lon", "lng", "longitude", "longitud"],
  },
  offers: {
    sv: "erbjuder",
    headers: ["erbjuder", "bidrag"],
  },
  offerText: {
    sv: "vill bidra med",
    headers: ["offer text", "vill bidra med"],
  },
  capacity: {
    sv: "kapacitet",
    headers: ["kapacitet", "antal adepter"],
  },
  preferences: {
    sv: "rangordning",
    headers: [
      "önskade mentorer",
      "önskade adepter",
      "önskad mentor",
      "önskad adept",
      "rangordning",
      "preferenser",
    ],
  },
  wishes: {
    sv: "önskemål",
    headers: ["önskemål", "önskningar"],
  },
  wishText: {
    sv: "vill få ut",
    headers: ["wish text", "vill få ut", "vill få ut av året"],
  },
  // The fields of a pair's row.
  mentor: {
    sv: "mentor",
    headers: ["mentor id", "mentorId", "mentorns kod", "mentorkod"],
  },
  adept: {
    sv: "adept",
    headers: ["adept id", "adeptId", "adeptens kod", "adeptkod", "mentee"],
  },
  reason: {
    sv: "anledning",
    headers: ["anledning", "skäl", "orsak", "motivering"],
  },
  cohort: {
    sv: "omgång",
    headers: ["kohort", "omgång", "kull"],
  },
} as const satisfies Readonly<Record<string, FieldNames>>;

/**
 * Columns a sheet may have that are no field of the schema: the role column (which list a row
 * goes to), and a column for both roles, keyed `adeptField/mentorField`, that holds the adept's
 * field on an adept's row and the mentor's on a mentor's ("önskemål / erbjuder"). A column for
 * both roles has no Swedish name of its own: messages name it by its key.
 *
 * @example
 * SHEET_COLUMN_NAMES.role.sv // "roll"
 */
export const SHEET_COLUMN_NAMES = {
  role: {
    sv: "roll",
    headers: ["roll", "typ", "deltagartyp", "mentor/adept", "mentor eller adept"],
  },
  "wishes/offers": {
    headers: [
      "offers/wishes",
      "önskemål/erbjuder",
      "erbjuder/önskemål",
      "önskemål/erbjudande",
      "erbjudande/önskemål",
    ],
  },
  "wishText/offerText": {
    headers: ["offerText/wishText", "vill få ut/vill bidra med", "vill bidra med/vill få ut"],
  },
} as const satisfies Readonly<Record<string, ColumnNames>>;

/** A field of a person's or a pair's row. */
export type FieldPath = keyof typeof FIELD_NAMES;

/**
 * Every field in one English line: the descriptions of the JSON Schema. Apart from the names so
 * that the readers, which never show them, do not carry them.
 *
 * @example
 * FIELD_DESCRIPTIONS.managerYears // "Years as a manager."
 */
export const FIELD_DESCRIPTIONS: Readonly<Record<FieldPath, string>> = {
  id: "Unique across the cohort (both roles); an anonymised code, not a name.",
  municipality: "Municipality name, or its 4-digit code for a known municipality.",
  sector: "Current sector (verksamhetsområde).",
  managerYears: "Years as a manager.",
  workYears: "Work-life experience in years.",
  sectorExperience: "Sectors worked in before (and now).",
  "education.level": "Highest level of education.",
  "education.fields": "Fields studied.",
  "leadership.level": "Level of management.",
  "leadership.staffCount": "Number of staff led.",
  "leadership.areas": "Leadership areas: experience for a mentor, what an adept wants to develop.",
  managerConsent: "The applicant has consulted their own manager.",
  "location.lat": "Latitude (WGS84); with lon, overrides the municipality's reference point.",
  "location.lon": "Longitude (WGS84); with lat, overrides the municipality's reference point.",
  offers: "What the mentor wants to contribute, as tags.",
  offerText: "What the mentor wants to contribute, in their own words.",
  capacity: "How many adepts this mentor can take. The default value is 1.",
  preferences:
    "Ids of the other side, most wanted first: mentors for an adept, adepts for a mentor. A list adds the criterion preference and the result's stability.",
  wishes: "What the adept wants from the year, as tags.",
  wishText: "What the adept wants from the year, in their own words.",
  mentor: "The mentor's id.",
  adept: "The adept's id.",
  reason: "Why, in words.",
  cohort: "The earlier cohort the pair was in.",
};

/** A field, or a group of fields of which any one will do. */
export type FieldOrGroup = FieldPath | "offers/offerText" | "wishes/wishText";

/**
 * Fields as an explanation names them when a score had to do without them ("education level
 * missing for M05"): words for the reader of a plan, not a sheet's headers ("location" for a
 * municipality that has no reference point). A field without words here is named by its path.
 */
const FIELD_WORDS = {
  en: {
    municipality: "location",
    sectorExperience: "earlier sectors",
    "education.level": "education level",
    "education.fields": "fields of study",
    "offers/offerText": "offers",
    "wishes/wishText": "wishes",
    "leadership.level": "leadership level",
    "leadership.staffCount": "number of staff",
    "leadership.areas": "leadership areas",
  },
  sv: {
    municipality: "plats",
    sectorExperience: "tidigare verksamhetsområden",
    "education.level": "utbildningsnivå",
    "education.fields": "utbildningsområden",
    "offers/offerText": "vad mentorn vill bidra med",
    "wishes/wishText": "önskemål",
    "leadership.level": "chefsnivå",
    "leadership.staffCount": "antal medarbetare",
    "leadership.areas": "ledarskapsområden",
  },
} as const satisfies Readonly<Record<"en" | "sv", Readonly<Partial<Record<FieldOrGroup, string>>>>>;

/**
 * A field (or a group of fields) as an explanation names it, in English or Swedish; its path
 * when it has no words of its own.
 *
 * @example
 * fieldWords("education.fields", "sv") // "utbildningsområden"
 * fieldWords("municipality", "en") // "location"
 */
export function fieldWords(path: string, lang: "en" | "sv"): string {
  const words: Readonly<Record<string, string>> = FIELD_WORDS[lang];
  return Object.hasOwn(words, path) ? (words[path] ?? path) : path;
}

/**
 * Whether a key names a field of the cohort's records.
 *
 * @example
 * isFieldPath("education.level") // true
 */
export function isFieldPath(key: string): key is FieldPath {
  return Object.hasOwn(FIELD_NAMES, key);
}

/**
 * The names of a field or sheet column by its key, or `undefined` for an unknown key.
 *
 * @example
 * columnNames("education.level")?.sv // "utbildningsnivå"
 */
export function columnNames(key: string): ColumnNames | undefined {
  if (Object.hasOwn(FIELD_NAMES, key)) return FIELD_NAMES[key as FieldPath];
  return Object.hasOwn(SHEET_COLUMN_NAMES, key)
    ? SHEET_COLUMN_NAMES[key as keyof typeof SHEET_COLUMN_NAMES]
    : undefined;
}
