import fc from "fast-check";
import type { CohortInput } from "../src/index.js";

export const MUNICIPALITIES = ["Borås", "Mark", "Ulricehamn", "Tranemo", "1490", "Vårgårda"];
export const SECTORS = ["Förskola", "Äldreomsorg", "Grundskola", "Funktionsstöd"];
export const TAGS = [
  "delegation",
  "sounding-board",
  "network",
  "coaching",
  "self-insight",
  "boundaries",
];

export interface CohortShape {
  readonly maxMentors: number;
  readonly maxAdepts: number;
  /** Allow ineligible people (too few years, no consent). */
  readonly ineligible: boolean;
  /** Fewest people per side. The default value is 1. */
  readonly minPeople?: number;
}

const person = (role: "mentor" | "adept", ineligible: boolean) =>
  fc.record({
    municipality: fc.constantFrom(...MUNICIPALITIES),
    sector: fc.constantFrom(...SECTORS),
    managerYears:
      role === "mentor"
        ? fc.integer({ min: ineligible ? 3 : 5, max: 20 })
        : fc.integer({ min: ineligible ? 1 : 2, max: 8 }),
    managerConsent: ineligible ? fc.constantFrom(true, true, true, false) : fc.constant(true),
    tags: fc.subarray(TAGS),
    capacity: fc.integer({ min: 1, max: 3 }),
    workYears: fc.option(fc.integer({ min: 3, max: 40 }), { nil: undefined }),
    sectorExperience: fc.option(fc.subarray(SECTORS, { minLength: 1 }), { nil: undefined }),
    level: fc.option(fc.constantFrom("first-line", "second-line", "senior" as const), {
      nil: undefined,
    }),
    staffCount: fc.option(fc.integer({ min: 0, max: 80 }), { nil: undefined }),
  });

/**
 * Generated cohorts with capacities, exclusions, history and locked pairs. Locked pairs are
 * built to be valid (allowed by the default hard rules, within capacity, eligible people), so
 * no draw is thrown away.
 */
export function cohortArbitrary(shape: CohortShape): fc.Arbitrary<CohortInput> {
  return fc
    .record({
      mentors: fc.array(person("mentor", shape.ineligible), {
        minLength: shape.minPeople ?? 1,
        maxLength: shape.maxMentors,
      }),
      adepts: fc.array(person("adept", shape.ineligible), {
        minLength: shape.minPeople ?? 1,
        maxLength: shape.maxAdepts,
      }),
      bans: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 6 }),
      locks: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
    })
    .map(({ mentors, adepts, bans, locks }) => {
      const ms = mentors.map((m, i) => ({
        id: `M${String(i + 1).padStart(2, "0")}`,
        municipality: m.municipality,
        sector: m.sector,
        managerYears: m.managerYears,
        managerConsent: m.managerConsent,
        capacity: m.capacity,
        offers: m.tags,
        ...(m.workYears === undefined ? {} : { workYears: m.workYears }),
        ...(m.sectorExperience === undefined ? {} : { sectorExperience: m.sectorExperience }),
        leadership: {
          ...(m.level === undefined ? {} : { level: m.level }),
          ...(m.staffCount === undefined ? {} : { staffCount: m.staffCount }),
        },
      }));
      const as = adepts.map((a, j) => ({
        id: `A${String(j + 1).padStart(2, "0")}`,
        municipality: a.municipality,
        sector: a.sector,
        managerYears: a.managerYears,
        managerConsent: a.managerConsent,
        wishes: a.tags,
        ...(a.workYears === undefined ? {} : { workYears: a.workYears }),
        ...(a.sectorExperience === undefined ? {} : { sectorExperience: a.sectorExperience }),
        leadership: {
          ...(a.level === undefined ? {} : { level: a.level }),
          ...(a.staffCount === undefined ? {} : { staffCount: a.staffCount }),
        },
      }));
      const exclusions: { mentor: string; adept: string }[] = [];
      const history: { mentor: string; adept: string; cohort: string }[] = [];
      const banned = new Set<string>();
      for (const [mi, ai, isHistory] of bans) {
        const m = ms[mi % ms.length]!;
        const a = as[ai % as.length]!;
        banned.add(`${m.id}/${a.id}`);
        if (isHistory) history.push({ mentor: m.id, adept: a.id, cohort: "2023" });
        else exclusions.push({ mentor: m.id, adept: a.id });
      }
      const town = (x: string) => (x === "1490" ? "Borås" : x);
      const locked: { mentor: string; adept: string }[] = [];
      const lockedAdepts = new Set<string>();
      const lockLoad = new Map<string, number>();
      for (const [mi, ai] of locks) {
        const m = ms[mi % ms.length]!;
        const a = as[ai % as.length]!;
        const load = lockLoad.get(m.id) ?? 0;
        const valid =
          !banned.has(`${m.id}/${a.id}`) &&
          !lockedAdepts.has(a.id) &&
          load < m.capacity &&
          town(m.municipality) !== town(a.municipality) &&
          m.sector !== a.sector &&
          m.managerYears >= 5 &&
          a.managerYears >= 2 &&
          m.managerConsent &&
          a.managerConsent;
        if (!valid) continue;
        locked.push({ mentor: m.id, adept: a.id });
        lockedAdepts.add(a.id);
        lockLoad.set(m.id, load + 1);
      }
      return { mentors: ms, adepts: as, exclusions, history, locked };
    });
}

/** Fisher-Yates with a fast-check-provided seed list, so shrinking stays deterministic. */
export function shuffled<T>(xs: readonly T[], keys: readonly number[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = (keys[i % Math.max(1, keys.length)] ?? 0) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The cohort with a group of extra people who can only be paired among themselves: every pair
 * between the group and the rest is excluded (exclusions are hard under any options). Tests use
 * it to make a situation certain by construction instead of hoping a draw contains it.
 */
export function withIsolatedGroup(
  cohort: CohortInput,
  group: { mentors: CohortInput["mentors"]; adepts: CohortInput["adepts"] },
): CohortInput {
  const exclusions = [
    ...(cohort.exclusions ?? []),
    ...group.mentors.flatMap((m) => cohort.adepts.map((a) => ({ mentor: m.id, adept: a.id }))),
    ...cohort.mentors.flatMap((m) => group.adepts.map((a) => ({ mentor: m.id, adept: a.id }))),
  ];
  return {
    ...cohort,
    mentors: [...cohort.mentors, ...group.mentors],
    adepts: [...cohort.adepts, ...group.adepts],
    exclusions,
  };
}

/** An eligible person outside the generated cohorts' municipalities and sectors. */
export function outsider(
  id: string,
  municipality: string,
  sector: string,
  managerYears: number,
): CohortInput["mentors"][number] {
  return { id, municipality, sector, managerYears, managerConsent: true };
}
