import fc from "fast-check";
import type { CriteriaContext } from "../../src/criteria/context.js";
import { resolveMunicipalityTable } from "../../src/geo/municipalities.js";
import { DEFAULT_CRITERIA_OPTIONS } from "../../src/options/resolve.js";
import {
  type Adept,
  EDUCATION_LEVELS,
  LEADERSHIP_LEVELS,
  type Mentor,
} from "../../src/schema/cohort.js";
import type { CriteriaOptions, ResolvedCriteriaOptions, Weights } from "../../src/types.js";

/** The context with every default: built-in Sjuhärad table, default criteria options. */
export function context(criteria: CriteriaOptions = {}): CriteriaContext {
  return {
    criteria: { ...DEFAULT_CRITERIA_OPTIONS, ...criteria } as ResolvedCriteriaOptions,
    table: resolveMunicipalityTable({}),
  };
}

/** A mentor with only the required fields, plus `extra`. */
export function mentor(extra: Partial<Mentor> = {}): Mentor {
  return {
    id: "M",
    municipality: "Borås",
    sector: "Grundskola",
    managerYears: 10,
    capacity: 1,
    ...extra,
  };
}

/** An adept with only the required fields, plus `extra`. */
export function adept(extra: Partial<Adept> = {}): Adept {
  return { id: "A", municipality: "Ulricehamn", sector: "Äldreomsorg", managerYears: 3, ...extra };
}

// Small vocabularies so that generated people overlap; some spellings differ only in case,
// composition or padding, which the criteria must treat as equal.
export const MUNICIPALITIES = [
  "Borås",
  " borås",
  "BORÅS",
  "Bora\u030As",
  "1490",
  "Mark",
  "Ulricehamn",
  "Vårgårda",
  "Tranemo",
  "Göteborg",
];
export const SECTORS = [
  "Äldreomsorg",
  "äldreomsorg ",
  "Förskola",
  "Grundskola",
  "Individ- och familjeomsorg",
  "Samhällsbyggnad",
  "Funktionsstöd",
];
export const TAGS = [
  "delegation",
  "Delegation",
  "sounding-board",
  "mirroring",
  "self-insight",
  "handling-demands",
  "network",
  "coaching",
  "reflection-time",
  "boundaries-and-recovery",
];
export const FIELDS = ["social work", "Social  Work", "education", "economics", "nursing", "law"];
export const AREAS = ["change", "Change", "conflict", "budget", "recruitment", "work-environment"];
const WORDS = [
  "jag",
  "vill",
  "och",
  "att",
  "stöd",
  "delegering",
  "delegera",
  "konflikter",
  "konflikt",
  "reflektion",
  "nätverk",
  "hållbart",
  "ledarskap",
  "the",
  "and",
  "support",
  "delegation",
  "delegating",
  "conflicts",
  "reflection",
  "network",
  "sounding",
  "board",
  "coaching",
];

/** Free text: vocabulary words with punctuation, or (rarely) any Unicode string. */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .array(fc.constantFrom(...WORDS, ",", ".", "-", "!"), { maxLength: 12 })
      .map((w) => w.join(" ")),
  },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
);

const list = (values: readonly string[]) => fc.array(fc.constantFrom(...values), { maxLength: 5 });

const common = {
  municipality: fc.constantFrom(...MUNICIPALITIES),
  sector: fc.constantFrom(...SECTORS),
  managerYears: fc.oneof(
    fc.integer({ min: 0, max: 40 }),
    fc.double({ min: 0, max: 80, noNaN: true }),
  ),
  sectorExperience: list(SECTORS),
  education: fc.record(
    { level: fc.constantFrom(...EDUCATION_LEVELS), fields: list(FIELDS) },
    { requiredKeys: [] },
  ),
  leadership: fc.record(
    {
      level: fc.constantFrom(...LEADERSHIP_LEVELS),
      staffCount: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 1_000_000 })),
      areas: list(AREAS),
    },
    { requiredKeys: [] },
  ),
  location: fc.record({
    lat: fc.double({ min: -90, max: 90, noNaN: true }),
    lon: fc.double({ min: -180, max: 180, noNaN: true }),
  }),
};

/** A mentor with any mix of optional fields present or missing. */
export const mentorArb: fc.Arbitrary<Mentor> = fc
  .record(
    { ...common, offers: list(TAGS), offerText: textArb },
    { requiredKeys: ["municipality", "sector", "managerYears"] },
  )
  .map((m) => ({ id: "M", capacity: 1, ...m }));

/** An adept with any mix of optional fields present or missing. */
export const adeptArb: fc.Arbitrary<Adept> = fc
  .record(
    { ...common, wishes: list(TAGS), wishText: textArb },
    { requiredKeys: ["municipality", "sector", "managerYears"] },
  )
  .map((a) => ({ id: "A", ...a }));

/** Criteria options anywhere in their valid range (`farKm > nearKm`, gap > 0). */
export const criteriaOptionsArb: fc.Arbitrary<ResolvedCriteriaOptions> = fc
  .record({
    nearKm: fc.double({ min: 0, max: 50, noNaN: true }),
    span: fc.double({ min: 1, max: 300, noNaN: true }),
    experienceGapYears: fc.double({ min: 0.5, max: 30, noNaN: true }),
    educationDirection: fc.constantFrom("similar" as const, "complementary" as const),
  })
  .map(({ nearKm, span, ...rest }) => ({ nearKm, farKm: nearKm + span, ...rest }));

const weightArb = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 5 }),
  fc.double({ min: 0.01, max: 10, noNaN: true }),
);

/** Valid weights: each >= 0, some exactly 0, the sum > 0 (a zero draw gets wishes = 1). */
export const weightsArb: fc.Arbitrary<Weights> = fc
  .record({
    geography: weightArb,
    experience: weightArb,
    education: weightArb,
    wishes: weightArb,
    leadership: weightArb,
    sector: weightArb,
  })
  .map((w) => {
    const sum = w.geography + w.experience + w.education + w.wishes + w.leadership + w.sector;
    return sum === 0 ? { ...w, wishes: 1 } : w;
  });

/** Up to `max` mentors and adepts, at least one of each. */
export function cohortArb(max: number) {
  return fc.record({
    mentors: fc.array(mentorArb, { minLength: 1, maxLength: max }),
    adepts: fc.array(adeptArb, { minLength: 1, maxLength: max }),
  });
}
