/**
 * Deterministic generated cohorts for the benchmark: n mentors and n adepts spread over the
 * eight Sjuhärad municipalities and twelve municipal sectors (so the two hard rules forbid
 * about 1/8 + 1/12 of the pairs), mentor capacity 1-3, exclusions and history for 5% of people,
 * tags from the programme's vocabulary. Not part of the library.
 */
import type { CohortInput } from "../src/index.js";
import { mulberry32 } from "../src/util/random.js";

/** The seeded generator the generated cohorts draw from (src/util/random.ts). */
export const rng = mulberry32;

const MUNICIPALITIES = [
  "Bollebygd",
  "Borås",
  "Herrljunga",
  "Mark",
  "Svenljunga",
  "Tranemo",
  "Ulricehamn",
  "Vårgårda",
];
const SECTORS = [
  "Äldreomsorg",
  "Förskola",
  "Grundskola",
  "Gymnasieskola",
  "Individ- och familjeomsorg",
  "Funktionsstöd",
  "Samhällsbyggnad",
  "Kultur och fritid",
  "Hälso- och sjukvård",
  "Teknisk förvaltning",
  "Ekonomi",
  "HR",
];
const TAGS = [
  "sustainable-leadership",
  "sounding-board",
  "mirroring",
  "self-insight",
  "handling-demands",
  "personal-development-structure",
  "delegation",
  "meeting-planning",
  "reflection-time",
  "boundaries-and-recovery",
  "network",
  "coaching",
  "change-management",
  "conflict-handling",
  "involvement-and-decisions",
];
const AREAS = ["change", "conflict", "recruitment", "budget", "work-environment", "delegation"];
const LEVELS = ["upper-secondary", "post-secondary", "bachelor", "master", "doctorate"] as const;
const FIELDS = [
  "social work",
  "education",
  "nursing",
  "engineering",
  "economics",
  "public administration",
];

/**
 * `n` adepts and, by default, `n` mentors with capacity 1-3. `shape.mentors` and
 * `shape.capacity` give fewer places than adepts (the "more applicants than places" case).
 * `shape.stars` (a share) makes the first mentors everyone's first choice: every tag offered,
 * senior, 30 years, 500 staff, every area, one place each (the same draws otherwise, so the
 * rest of the cohort is the one without stars).
 */
export function generateCohort(
  n: number,
  seed = 1,
  shape: { readonly mentors?: number; readonly capacity?: number; readonly stars?: number } = {},
): CohortInput {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const some = <T>(xs: readonly T[], min: number, max: number): T[] => {
    const k = min + Math.floor(r() * (max - min + 1));
    const out = new Set<T>();
    while (out.size < k) out.add(pick(xs));
    return [...out];
  };
  const person = (id: string, mentor: boolean) => {
    const sector = pick(SECTORS);
    return {
      id,
      municipality: pick(MUNICIPALITIES),
      sector,
      managerYears: mentor ? 5 + Math.floor(r() * 20) : 2 + Math.floor(r() * 6),
      workYears: 8 + Math.floor(r() * 30),
      sectorExperience: [sector, ...some(SECTORS, 0, 2)],
      education: { level: pick(LEVELS), fields: some(FIELDS, 1, 2) },
      leadership: {
        level: mentor ? pick(["second-line", "senior"] as const) : ("first-line" as const),
        staffCount: mentor ? 10 + Math.floor(r() * 60) : 3 + Math.floor(r() * 25),
        areas: some(AREAS, 1, 3),
      },
      managerConsent: true,
    };
  };
  const width = String(n).length;
  const mentors = Array.from({ length: shape.mentors ?? n }, (_, i) => {
    const u = r();
    return {
      ...person(`M${String(i + 1).padStart(width, "0")}`, true),
      offers: some(TAGS, 3, 5),
      capacity: shape.capacity ?? (u < 0.6 ? 1 : u < 0.9 ? 2 : 3),
    };
  });
  const adepts = Array.from({ length: n }, (_, i) => ({
    ...person(`A${String(i + 1).padStart(width, "0")}`, false),
    wishes: some(TAGS, 2, 4),
  }));
  const stars = Math.round((shape.stars ?? 0) * mentors.length);
  for (const m of mentors.slice(0, stars)) {
    Object.assign(m, {
      managerYears: 30,
      leadership: { level: "senior" as const, staffCount: 500, areas: [...AREAS] },
      offers: [...TAGS],
      capacity: 1,
    });
  }
  const refs = (k: number) =>
    Array.from({ length: k }, () => ({ mentor: pick(mentors).id, adept: pick(adepts).id }));
  const exclusions = refs(Math.ceil(n / 20)).map((x) => ({ ...x, reason: "conflict of interest" }));
  const history = refs(Math.ceil(n / 20)).map((x) => ({ ...x, cohort: "2024" }));
  return { mentors, adepts, exclusions, history };
}
