import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { findField, headerKey, PAIR_FIELDS, PERSON_FIELDS } from "../../src/io/headers.js";
import { EN_READ_ISSUES } from "../../src/phrasebook/en.read.js";
import {
  FIELD_DESCRIPTIONS,
  FIELD_NAMES,
  type FieldPath,
  fieldWords,
  isFieldPath,
  SHEET_COLUMN_NAMES,
} from "../../src/phrasebook/fields.js";
import { SV_ISSUES, svFieldName } from "../../src/phrasebook/sv.js";
import {
  type AdeptInput,
  AdeptSchema,
  ExclusionSchema,
  HistorySchema,
  LockedSchema,
  type MentorInput,
  MentorSchema,
} from "../../src/schema/cohort.js";
import { COHORT_FIELDS } from "../../src/schema/fields.js";

/** The dotted paths of the leaves of a record type: what a row of a sheet can hold. */
type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends readonly unknown[]
    ? `${P}${K}`
    : NonNullable<T[K]> extends object
      ? Leaves<NonNullable<T[K]>, `${P}${K}.`>
      : `${P}${K}`;
}[keyof T & string];
// Audit attributes are a free record, not a column (schema/fields.ts leaves them out).
type SchemaPath =
  | Leaves<Omit<MentorInput, "auditAttributes">>
  | Leaves<Omit<AdeptInput, "auditAttributes">>
  | Leaves<z.input<typeof ExclusionSchema>>
  | Leaves<z.input<typeof LockedSchema>>
  | Leaves<z.input<typeof HistorySchema>>;
// tsc fails here when a schema field has no names, or a name no schema field.
const namesCoverTheSchema: [SchemaPath] extends [FieldPath]
  ? [FieldPath] extends [SchemaPath]
    ? true
    : "a named field is no schema field"
  : "a schema field has no names" = true;

const RECORDS = [
  ["mentors", MentorSchema],
  ["adepts", AdeptSchema],
  ["exclusions", ExclusionSchema],
  ["locked", LockedSchema],
  ["history", HistorySchema],
] as const;

interface JsonNode {
  readonly properties?: Readonly<Record<string, JsonNode>>;
}

/** The leaf paths of a record as zod's own JSON Schema writer sees it (an independent walk). */
function jsonLeaves(node: JsonNode, prefix = ""): string[] {
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) =>
    child.properties === undefined ? [`${prefix}${key}`] : jsonLeaves(child, `${prefix}${key}.`),
  );
}

/** Today's Swedish field names, as src/phrasebook/sv.ts wrote them out at 3481b9d. */
const LEGACY_SV: Readonly<Record<string, string>> = {
  id: "kod",
  municipality: "kommun",
  sector: "verksamhetsområde",
  managerYears: "år som chef",
  workYears: "år i arbetslivet",
  sectorExperience: "tidigare verksamheter",
  "education.level": "utbildningsnivå",
  "education.fields": "utbildningsområde",
  "leadership.level": "ledarnivå",
  "leadership.staffCount": "antal medarbetare",
  "leadership.areas": "ledarskapsområden",
  managerConsent: "samrått med chef",
  "location.lat": "lat",
  "location.lon": "lon",
  offers: "erbjuder",
  offerText: "vill bidra med",
  "offers/offerText": "erbjuder/vill bidra med",
  capacity: "kapacitet",
  wishes: "önskemål",
  wishText: "vill få ut",
  "wishes/wishText": "önskemål/vill få ut",
  mentor: "mentor",
  adept: "adept",
  reason: "anledning",
  cohort: "omgång",
  role: "roll",
};

/** The explanations' words for fields, as src/explain/criterionText.ts wrote them at 3481b9d. */
const LEGACY_WORDS = {
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
} as const;

describe("the field registry", () => {
  it("names every field a record of the schema can hold, and nothing else, in the schema's order", () => {
    expect(namesCoverTheSchema).toBe(true);
    const seen: string[] = [];
    for (const [, schema] of RECORDS) {
      for (const path of jsonLeaves(z.toJSONSchema(schema) as JsonNode)) {
        // The free record of audit attributes is no column (schema/fields.ts).
        if (path === "auditAttributes") continue;
        if (!seen.includes(path)) seen.push(path);
      }
    }
    expect(COHORT_FIELDS.map((f) => f.path)).toEqual(seen);
    expect(Object.keys(FIELD_NAMES)).toEqual(seen);
    expect(Object.keys(FIELD_DESCRIPTIONS)).toEqual(seen);
  });

  it("knows which lists hold a field and which fields a record must give", () => {
    const at = (path: string) => COHORT_FIELDS.find((f) => f.path === path);
    expect(at("capacity")).toMatchObject({ type: "number", in: ["mentors"], required: false });
    expect(at("wishes")).toMatchObject({ type: "array", in: ["adepts"], required: false });
    expect(at("reason")?.in).toEqual(["exclusions", "locked"]);
    expect(at("cohort")?.in).toEqual(["history"]);
    expect(at("education.level")?.values).toEqual([
      "upper-secondary",
      "post-secondary",
      "bachelor",
      "master",
      "doctorate",
    ]);
    expect(COHORT_FIELDS.filter((f) => f.required).map((f) => f.path)).toEqual([
      "id",
      "municipality",
      "sector",
      "managerYears",
      "mentor",
      "adept",
    ]);
  });

  it("every reader column is a schema field of its sheets, the role column, or both roles' field", () => {
    for (const spec of PERSON_FIELDS) {
      if (spec.path === "role") continue;
      if (spec.byRole !== undefined) {
        const mentor = COHORT_FIELDS.find((f) => f.path === spec.byRole?.mentors);
        const adept = COHORT_FIELDS.find((f) => f.path === spec.byRole?.adepts);
        expect(mentor?.in, spec.path).toEqual(["mentors"]);
        expect(adept?.in, spec.path).toEqual(["adepts"]);
        continue;
      }
      const field = COHORT_FIELDS.find((f) => f.path === spec.path);
      expect(
        field?.in.some((l) => l === "mentors" || l === "adepts"),
        spec.path,
      ).toBe(true);
    }
    for (const spec of PAIR_FIELDS) {
      const field = COHORT_FIELDS.find((f) => f.path === spec.path);
      expect(
        field?.in.every((l) => l !== "mentors" && l !== "adepts"),
        spec.path,
      ).toBe(true);
    }
  });

  it("the Swedish name messages use is a header that finds its column", () => {
    for (const field of COHORT_FIELDS) {
      const table = field.in.includes("mentors") || field.in.includes("adepts") ? "person" : "pair";
      expect(findField(field.names.sv, table)?.path, field.path).toBe(field.path);
    }
    expect(findField(SHEET_COLUMN_NAMES.role.sv, "person")?.path).toBe("role");
  });

  it.each([
    ["person", PERSON_FIELDS],
    ["pair", PAIR_FIELDS],
  ] as const)("no %s header names two columns", (_, fields) => {
    const owner = new Map<string, string>();
    for (const spec of fields) {
      for (const h of spec.headers) {
        const key = headerKey(h);
        expect(owner.get(key) ?? spec.path, h).toBe(spec.path);
        owner.set(key, spec.path);
      }
    }
  });

  it("Swedish messages name the fields with the words they used before", () => {
    for (const [key, words] of Object.entries(LEGACY_SV)) expect(svFieldName(key), key).toBe(words);
    // A column for both roles, a header as written and an unknown key keep their own words.
    expect(svFieldName("wishes/offers")).toBe("wishes/offers");
    expect(svFieldName('"Önskemål"')).toBe('"Önskemål"');
    expect(svFieldName("nickname")).toBe("nickname");
    expect(isFieldPath("wishes/offers")).toBe(false);
  });

  it.each(["en", "sv"] as const)(
    "explanations (%s) name the fields with the words they used before",
    (lang) => {
      for (const [key, words] of Object.entries(LEGACY_WORDS[lang])) {
        expect(fieldWords(key, lang), key).toBe(words);
      }
      // A field without words of its own is named by its path, as before.
      expect(fieldWords("workYears", lang)).toBe("workYears");
      expect(fieldWords("constructor", lang)).toBe("constructor");
    },
  );

  it("the unknown-column message lists the Swedish name of every column a sheet can have", () => {
    const listed = (text: string, from: string, to: string) =>
      text.slice(text.indexOf(from) + from.length, text.indexOf(to)).split(", ");
    const names = PERSON_FIELDS.map((s) => svFieldName(s.path)).filter((n) => !n.includes("/"));
    const sv = listed(SV_ISSUES.unknown_column({ pairs: false }), "en av: ", ", eller ta bort");
    const en = listed(
      EN_READ_ISSUES.unknown_column({ pairs: false }),
      "one of: ",
      " (or the English",
    );
    expect([...sv].sort()).toEqual([...names].sort());
    expect([...en].sort()).toEqual([...names].sort());
    for (const spec of PAIR_FIELDS) {
      expect(SV_ISSUES.unknown_column({ pairs: true })).toContain(`"${svFieldName(spec.path)}"`);
      expect(EN_READ_ISSUES.unknown_column({ pairs: true })).toContain(
        `"${svFieldName(spec.path)}"`,
      );
    }
  });
});
