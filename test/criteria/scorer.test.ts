import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { educationScore } from "../../src/criteria/education.js";
import { experienceScore } from "../../src/criteria/experience.js";
import { criterionFacts, criterionScores } from "../../src/criteria/facts.js";
import { geographyScore } from "../../src/criteria/geography.js";
import { leadershipScore } from "../../src/criteria/leadership.js";
import { createScorer, type Scorer } from "../../src/criteria/scorer.js";
import { sectorScore } from "../../src/criteria/sector.js";
import { MAX_UNITS, weightedUnits } from "../../src/criteria/total.js";
import { wishesScore } from "../../src/criteria/wishes.js";
import { DEFAULT_WEIGHTS } from "../../src/options/resolve.js";
import { type Adept, CohortSchema, type Mentor } from "../../src/schema/cohort.js";
import { CRITERIA, type CriterionScores, type Weights } from "../../src/types.js";
import {
  adeptArb,
  cohortArb,
  context,
  criteriaOptionsArb,
  mentorArb,
  weightsArb,
} from "./helpers.js";

const table = context().table;

/** Units for every pair, asked row by row (the scorer's row path from each row's 2nd pair on). */
function unitsByRow(scorer: Scorer, mentors: number, adepts: number): number[][] {
  return Array.from({ length: mentors }, (_, m) =>
    Array.from({ length: adepts }, (_, a) => scorer.units(m, a)),
  );
}

/** Units for every pair, asked column by column (the scorer's pair path). */
function unitsByColumn(scorer: Scorer, mentors: number, adepts: number): number[][] {
  const units = Array.from({ length: mentors }, () => new Array<number>(adepts).fill(-1));
  for (let a = 0; a < adepts; a++)
    for (let m = 0; m < mentors; m++) units[m]![a] = scorer.units(m, a);
  return units;
}

/** The weighted mean written out independently of `unitsOfParts`. */
function expectedUnits(criteria: CriterionScores, weights: Weights): number {
  let sum = 0;
  let total = 0;
  for (const c of CRITERIA) {
    if (weights[c] === 0) continue;
    sum += weights[c] * criteria[c];
  }
  for (const c of CRITERIA) total += weights[c];
  return Math.round((sum / total) * MAX_UNITS);
}

const scorerInput = fc.record({ weights: weightsArb, criteria: criteriaOptionsArb });

describe("createScorer", () => {
  it("every criterion is in [0, 1] for arbitrary people", () => {
    fc.assert(
      fc.property(cohortArb(4), scorerInput, ({ mentors, adepts }, input) => {
        const scorer = createScorer(mentors, adepts, { ...input, table });
        mentors.forEach((_, m) => {
          adepts.forEach((_, a) => {
            for (const value of Object.values(scorer.criteria(m, a))) {
              expect(value).toBeGreaterThanOrEqual(0);
              expect(value).toBeLessThanOrEqual(1);
            }
          });
        });
      }),
    );
  });

  it("units equals the rounded weighted mean of criteria()", () => {
    fc.assert(
      fc.property(cohortArb(4), scorerInput, ({ mentors, adepts }, input) => {
        const byRow = unitsByRow(
          createScorer(mentors, adepts, { ...input, table }),
          mentors.length,
          adepts.length,
        );
        const byColumn = unitsByColumn(
          createScorer(mentors, adepts, { ...input, table }),
          mentors.length,
          adepts.length,
        );
        const scorer = createScorer(mentors, adepts, { ...input, table });
        mentors.forEach((_, m) => {
          adepts.forEach((_, a) => {
            const criteria = scorer.criteria(m, a);
            const units = expectedUnits(criteria, input.weights);
            expect(Number.isInteger(units)).toBe(true);
            expect(byRow[m]![a]).toBe(units);
            expect(byColumn[m]![a]).toBe(units);
            expect(weightedUnits(criteria, input.weights)).toBe(units);
          });
        });
      }),
    );
  });

  it("each criterion equals its per-pair function", () => {
    fc.assert(
      fc.property(cohortArb(4), criteriaOptionsArb, ({ mentors, adepts }, criteria) => {
        const ctx = { criteria, table };
        const scorer = createScorer(mentors, adepts, { weights: DEFAULT_WEIGHTS, ...ctx });
        mentors.forEach((mentor, m) => {
          adepts.forEach((adept, a) => {
            const expected: CriterionScores = {
              geography: geographyScore(mentor, adept, ctx),
              experience: experienceScore(mentor, adept, ctx),
              education: educationScore(mentor, adept, ctx),
              wishes: wishesScore(mentor, adept, ctx),
              leadership: leadershipScore(mentor, adept, ctx),
              sector: sectorScore(mentor, adept, ctx),
            };
            expect(scorer.criteria(m, a)).toEqual(expected);
            expect(criterionScores(mentor, adept, ctx)).toEqual(expected);
          });
        });
      }),
    );
  });

  it("a zero weight removes the criterion", () => {
    fc.assert(
      fc.property(
        cohortArb(3),
        weightsArb,
        fc.constantFrom(...CRITERIA),
        ({ mentors, adepts }, weights, removed) => {
          const others = CRITERIA.filter((c) => c !== removed);
          fc.pre(others.some((c) => weights[c] > 0));
          const zeroed = { ...weights, [removed]: 0 };
          const scorer = createScorer(mentors, adepts, {
            weights: zeroed,
            criteria: context().criteria,
            table,
          });
          const units = unitsByRow(scorer, mentors.length, adepts.length);
          mentors.forEach((_, m) => {
            adepts.forEach((_, a) => {
              const criteria = scorer.criteria(m, a);
              let sum = 0;
              let total = 0;
              for (const c of others) {
                sum += zeroed[c] * criteria[c];
                total += zeroed[c];
              }
              // Whatever the removed criterion scores, the total is the mean of the others.
              expect(units[m]![a]).toBe(Math.round((sum / total) * MAX_UNITS));
              expect(weightedUnits({ ...criteria, [removed]: 1 - criteria[removed] }, zeroed)).toBe(
                units[m]![a],
              );
            });
          });
        },
      ),
    );
  });

  it("scores do not depend on tag order or case", () => {
    type Spell = (s: string) => string;
    const spelling = fc.constantFrom<Spell>(
      (s) => s.toUpperCase(),
      (s) => ` ${s.toLowerCase()}  `,
      (s) => s.normalize("NFD"),
      (s) => s,
    );
    // Rotates, reverses and re-spells a list.
    const list = (values: readonly string[], spell: Spell, turn: number) => {
      const k = values.length === 0 ? 0 : turn % values.length;
      return [...values.slice(k), ...values.slice(0, k)].reverse().map(spell);
    };
    const respell = <P extends Mentor | Adept>(p: P, spell: Spell, turn: number): P => {
      const out: Record<string, unknown> = {
        ...p,
        municipality: spell(p.municipality),
        sector: spell(p.sector),
      };
      for (const key of ["sectorExperience", "offers", "wishes"] as const) {
        const values = (p as Record<string, unknown>)[key] as string[] | undefined;
        if (values !== undefined) out[key] = list(values, spell, turn);
      }
      for (const key of ["offerText", "wishText"] as const) {
        const text = (p as Record<string, unknown>)[key] as string | undefined;
        if (text !== undefined) out[key] = spell(text);
      }
      const { education, leadership } = p;
      if (education?.fields !== undefined)
        out.education = { ...education, fields: list(education.fields, spell, turn) };
      if (leadership?.areas !== undefined)
        out.leadership = { ...leadership, areas: list(leadership.areas, spell, turn) };
      return out as P;
    };
    fc.assert(
      fc.property(
        mentorArb,
        adeptArb,
        spelling,
        spelling,
        fc.nat(5),
        (m, a, spellM, spellA, turn) => {
          // Upper-casing is only undone by lower-casing for most letters ("ß" becomes "SS").
          const texts = [m.offerText ?? "", a.wishText ?? ""];
          fc.pre(texts.every((t) => t.toUpperCase().toLowerCase() === t.toLowerCase()));
          const input = { weights: DEFAULT_WEIGHTS, ...context() };
          const plain = createScorer([m], [a], input);
          const varied = createScorer(
            [respell(m, spellM, turn)],
            [respell(a, spellA, turn + 1)],
            input,
          );
          expect(varied.criteria(0, 0)).toEqual(plain.criteria(0, 0));
          expect(varied.units(0, 0)).toBe(plain.units(0, 0));
        },
      ),
    );
  });

  it("rejects bad weights and bad indices", () => {
    const m: Mentor = {
      id: "M",
      municipality: "Borås",
      sector: "Skola",
      managerYears: 9,
      capacity: 1,
    };
    const a: Adept = { id: "A", municipality: "Mark", sector: "Vård", managerYears: 2 };
    const ctx = context();
    expect(() =>
      createScorer([m], [a], { weights: { ...DEFAULT_WEIGHTS, wishes: -1 }, ...ctx }),
    ).toThrow(/^createScorer: weights.wishes/);
    const scorer = createScorer([m], [a], { weights: DEFAULT_WEIGHTS, ...ctx });
    expect(() => scorer.criteria(1, 0)).toThrow(RangeError);
    expect(() => scorer.criteria(0, -1)).toThrow(RangeError);
  });
});

describe("the example cohorts", () => {
  const load = (file: string) =>
    CohortSchema.parse(
      JSON.parse(readFileSync(join(import.meta.dirname, "../../examples", file), "utf8")),
    );

  it.each(["sjuharad-spring-2024.json", "sjuharad-autumn-2024.json"])(
    "%s: facts, criteria and units agree for every pair",
    (file) => {
      const { mentors, adepts } = load(file);
      const ctx = context();
      const scorer = createScorer(mentors, adepts, { weights: DEFAULT_WEIGHTS, ...ctx });
      mentors.forEach((mentor, m) => {
        adepts.forEach((adept, a) => {
          const facts = criterionFacts(mentor, adept, ctx);
          const criteria = scorer.criteria(m, a);
          for (const c of CRITERIA) expect(facts[c].score).toBe(criteria[c]);
          expect(scorer.units(m, a)).toBe(weightedUnits(criteria, DEFAULT_WEIGHTS));
          expect(facts.wishes.mode).toBe("tags");
          expect(facts.geography.km).not.toBeNull();
        });
      });
    },
  );
});
