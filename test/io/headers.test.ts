import { describe, expect, it } from "vitest";
import {
  type FieldKind,
  type FieldOwner,
  findField,
  headerHint,
  headerKey,
  isPersonalColumn,
  PAIR_FIELDS,
  PERSON_FIELDS,
  suggestHeader,
} from "../../src/io/headers.js";

/**
 * The readers' columns as they were written out by hand before they were derived from the zod
 * schema (src/io/headers.ts at 3481b9d): the derived lists must read every sheet the same way.
 */
interface Legacy {
  readonly path: string;
  readonly kind: FieldKind;
  readonly owner: FieldOwner;
  readonly headers: readonly string[];
  readonly byRole?: { readonly mentors: string; readonly adepts: string };
}
const f = (path: string, kind: FieldKind, owner: FieldOwner, headers: string[]): Legacy => ({
  path,
  kind,
  owner,
  headers: [path, ...headers],
});
const LEGACY_PERSON: readonly Legacy[] = [
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
  f("preferences", "list", "person", [
    "önskade mentorer",
    "önskade adepter",
    "önskad mentor",
    "önskad adept",
    "rangordning",
    "preferenser",
  ]),
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
const LEGACY_PAIR: readonly Legacy[] = [
  f("mentor", "text", "pair", ["mentor id", "mentorId", "mentorns kod", "mentorkod"]),
  f("adept", "text", "pair", ["adept id", "adeptId", "adeptens kod", "adeptkod", "mentee"]),
  f("reason", "text", "pair", ["anledning", "skäl", "orsak", "motivering"]),
  f("cohort", "text", "pair", ["kohort", "omgång", "kull"]),
];

const shape = (s: Legacy) => ({
  path: s.path,
  kind: s.kind,
  owner: s.owner,
  headers: s.headers,
  ...(s.byRole === undefined ? {} : { byRole: s.byRole }),
});

/** The "did you mean" over the hand-written lists (the algorithm of suggestHeader). */
function legacySuggestion(header: string, keyed: readonly (readonly [string, string])[]) {
  const key = headerKey(header);
  const limit = key.length <= 5 ? 1 : 2;
  let best: { header: string; d: number } | undefined;
  for (const [h, other] of keyed) {
    if (Math.abs(other.length - key.length) > limit) continue;
    const d = editDistanceOf(key, other);
    if (d <= limit && (best === undefined || d < best.d)) best = { header: h, d };
  }
  return best?.header;
}

/** Plain Levenshtein distance, the oracle for the library's bounded one. */
function editDistanceOf(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        row[j]! + 1,
        next[j - 1]! + 1,
        row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length]!;
}

/** Misspellings of a header: each letter dropped, or swapped with the next. */
function typos(header: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < header.length; i++) {
    out.push(header.slice(0, i) + header.slice(i + 1));
    if (i + 1 < header.length) {
      out.push(header.slice(0, i) + header[i + 1] + header[i] + header.slice(i + 2));
    }
  }
  return out;
}

const TABLES = [
  ["person", LEGACY_PERSON, PERSON_FIELDS],
  ["pair", LEGACY_PAIR, PAIR_FIELDS],
] as const;

describe("the readers' columns, derived from the zod schema", () => {
  it.each(TABLES)("the %s columns are the hand-written ones, in order", (_, legacy, derived) => {
    expect(derived.map(shape)).toEqual(legacy.map(shape));
  });

  it.each(TABLES)(
    "every header the %s columns accepted still finds its column",
    (table, legacy) => {
      for (const spec of legacy) {
        for (const h of spec.headers) {
          for (const written of [h, h.toUpperCase(), `${h} (frivilligt)`, ` ${h} `]) {
            expect(findField(written, table)?.path, written).toBe(spec.path);
          }
        }
      }
    },
  );

  it.each(TABLES)("a misspelt %s header gets the same did-you-mean as before", (table, legacy) => {
    const keyed = legacy.flatMap((s) => s.headers.map((h) => [h, headerKey(h)] as const));
    const misspelt = legacy
      .flatMap((s) => s.headers.flatMap(typos))
      .filter((typo) => findField(typo, table) === undefined);
    const got = misspelt.map((typo) => [typo, suggestHeader(typo, table)]);
    expect(got).toEqual(misspelt.map((typo) => [typo, legacySuggestion(typo, keyed)]));
    expect(got.filter(([, near]) => near !== undefined).length).toBeGreaterThan(
      misspelt.length / 2,
    );
  });

  it("the columns for both roles give the adept's field on an adept's row, the mentor's on a mentor's", () => {
    expect(findField("Önskemål / erbjuder", "person")?.byRole).toEqual({
      mentors: "offers",
      adepts: "wishes",
    });
    expect(findField("vill bidra med/vill få ut", "person")?.byRole).toEqual({
      mentors: "offerText",
      adepts: "wishText",
    });
  });

  it("hints name the JSON field and its first plain header", () => {
    const hint = (h: string) => headerHint(findField(h, "person")!);
    expect(hint("kommun")).toEqual(["municipality", "kommun"]);
    expect(hint("utbildningsnivå")).toEqual(["education.level", "education level"]);
    expect(hint("antal medarbetare")).toEqual(["leadership.staffCount", "staff count"]);
    expect(headerHint(findField("kull", "pair")!)).toEqual(["cohort", "kohort"]);
  });

  it("personal columns are still never taken for a field", () => {
    expect(isPersonalColumn("E-postadress")).toBe(true);
    expect(isPersonalColumn("Kommentar från intervjun")).toBe(true);
    expect(isPersonalColumn("Kommun")).toBe(false);
  });

  it("only the pair sheets' own fields are required: a person's four, a pair's mentor and adept", () => {
    const required = (fields: readonly { path: string; required: boolean }[]) =>
      fields.filter((s) => s.required).map((s) => s.path);
    expect(required(PERSON_FIELDS)).toEqual(["id", "municipality", "sector", "managerYears"]);
    expect(required(PAIR_FIELDS)).toEqual(["mentor", "adept"]);
  });
});
