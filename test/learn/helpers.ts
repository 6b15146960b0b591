import fc from "fast-check";
import { type CohortInput, CRITERIA, match, scorePair, type Weights } from "../../src/index.js";

export const SEED = 20261130;

const TOWNS = [
  "Bollebygd",
  "Borås",
  "Herrljunga",
  "Mark",
  "Svenljunga",
  "Tranemo",
  "Ulricehamn",
  "Vårgårda",
];
const SECTORS = ["Förskola", "Äldreomsorg", "Grundskola", "Funktionsstöd", "Teknik", "Kultur"];
const TAGS = [
  "delegation",
  "sounding-board",
  "network",
  "coaching",
  "self-insight",
  "boundaries",
  "structure",
];
const LEVELS = ["first-line", "second-line", "senior"] as const;

const person = fc.record({
  town: fc.constantFrom(...TOWNS),
  sector: fc.constantFrom(...SECTORS),
  years: fc.integer({ min: 0, max: 15 }),
  workYears: fc.integer({ min: 5, max: 40 }),
  tags: fc.subarray(TAGS, { minLength: 1 }),
  experience: fc.subarray(SECTORS, { minLength: 1, maxLength: 3 }),
  level: fc.constantFrom(...LEVELS),
  staff: fc.integer({ min: 2, max: 80 }),
  education: fc.constantFrom("upper-secondary", "bachelor", "master" as const),
});

/** Cohorts of programme size (4-8 per side) with varied people and every field filled in. */
export function cohorts(n: number, seed: number, size = 8): CohortInput[] {
  const arb = fc
    .record({
      mentors: fc.array(person, { minLength: 4, maxLength: size }),
      adepts: fc.array(person, { minLength: 4, maxLength: size }),
    })
    .map(({ mentors, adepts }) => ({
      mentors: mentors.map((m, i) => ({
        id: `M${i + 1}`,
        municipality: m.town,
        sector: m.sector,
        managerYears: 5 + m.years,
        workYears: m.workYears + m.years,
        sectorExperience: m.experience,
        offers: m.tags,
        leadership: { level: m.level, staffCount: m.staff },
        education: { level: m.education },
        managerConsent: true,
      })),
      adepts: adepts.map((a, j) => ({
        id: `A${j + 1}`,
        municipality: a.town,
        sector: a.sector,
        managerYears: 2 + (a.years % 6),
        workYears: a.workYears,
        sectorExperience: a.experience,
        wishes: a.tags,
        leadership: { level: a.level, staffCount: a.staff },
        education: { level: a.education },
        managerConsent: true,
      })),
    }));
  return fc.sample(arb, { numRuns: n, seed });
}

export function hiddenWeights(seed: number): Weights {
  const [w] = fc.sample(fc.tuple(...CRITERIA.map(() => fc.integer({ min: 0, max: 6 }))), {
    numRuns: 1,
    seed,
  });
  const raw = w!.every((x) => x === 0) ? w!.map(() => 1) : w!;
  return Object.fromEntries(CRITERIA.map((c, i) => [c, raw[i]!])) as Weights;
}

export type Pair = { readonly mentorId: string; readonly adeptId: string };

export const chosenBy = (cohort: CohortInput, weights: Weights): Pair[] =>
  match(cohort, { weights }).pairs.map((p) => ({ mentorId: p.mentorId, adeptId: p.adeptId }));

/** A plan's total under `weights`, summed from `scorePair`. */
export function totalOf(cohort: CohortInput, pairs: readonly Pair[], weights: Weights): number {
  const byId = (id: string, list: readonly { id: string }[]) => list.find((x) => x.id === id)!;
  let total = 0;
  for (const p of pairs) {
    total += scorePair(
      byId(p.mentorId, cohort.mentors) as never,
      byId(p.adeptId, cohort.adepts) as never,
      { weights },
    ).total;
  }
  return total;
}

/** Best total minus the chosen plan's total under `weights`, from `match` and `scorePair`. */
export function regretOf(cohort: CohortInput, pairs: readonly Pair[], weights: Weights): number {
  return match(cohort, { weights }).objective.totalScore - totalOf(cohort, pairs, weights);
}
