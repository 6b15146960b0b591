import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateCohort } from "../../bench/generate.js";
import type { PairScorer } from "../../src/criteria/context.js";
import { EducationProfiles } from "../../src/criteria/education.js";
import { ExperienceProfiles } from "../../src/criteria/experience.js";
import { GeographyProfiles } from "../../src/criteria/geography.js";
import { groupsByFields, jointClasses, scorerGroups } from "../../src/criteria/groups.js";
import { LeadershipProfiles } from "../../src/criteria/leadership.js";
import { createScorer } from "../../src/criteria/scorer.js";
import { scorerRows as rowsOfScorer, scorerOfRows } from "../../src/criteria/scorerRows.js";
import { SectorProfiles } from "../../src/criteria/sector.js";
import { unitsOfSum, weightedUnits, weightVector } from "../../src/criteria/total.js";
import { WishesProfiles } from "../../src/criteria/wishes.js";
import { resolveOptions } from "../../src/options/resolve.js";
import { type Adept, CohortSchema, type Mentor } from "../../src/schema/cohort.js";
import { CRITERIA, type ResolvedCriteriaOptions, type Weights } from "../../src/types.js";
import { adeptArb, context, criteriaOptionsArb, mentorArb, weightsArb } from "./helpers.js";

/**
 * The reference for the scorer's row path, from each criterion's pair path (`score`): per adept
 * `weight * score` added in `CRITERIA` order from +0 (weight 0 skipped), as `unitsOfParts` adds
 * them: the row totals, which must be equal to the bit, and their units through `unitsOfSum`.
 */
function referenceTotals(
  mentors: readonly Mentor[],
  adepts: readonly Adept[],
  weights: Weights,
  criteria: ResolvedCriteriaOptions,
): Float64Array[] {
  const ctx = { ...context(), criteria };
  const profiles: Record<(typeof CRITERIA)[number], PairScorer> = {
    geography: new GeographyProfiles(mentors, adepts, ctx),
    experience: new ExperienceProfiles(mentors, adepts, ctx),
    education: new EducationProfiles(mentors, adepts, ctx),
    wishes: new WishesProfiles(mentors, adepts, ctx),
    leadership: new LeadershipProfiles(mentors, adepts, ctx),
    sector: new SectorProfiles(mentors, adepts, ctx),
  };
  return mentors.map((_, m) =>
    Float64Array.from(adepts, (_, a) => {
      let sum = 0;
      for (const c of CRITERIA)
        if (weights[c] !== 0) sum = sum + weights[c] * profiles[c].score(m, a);
      return sum;
    }),
  );
}

function referenceRows(
  mentors: readonly Mentor[],
  adepts: readonly Adept[],
  weights: Weights,
  criteria: ResolvedCriteriaOptions,
): Int32Array[] {
  const w = weightVector(weights);
  return referenceTotals(mentors, adepts, weights, criteria).map((totals) =>
    Int32Array.from(totals, (sum) => unitsOfSum(sum, w)),
  );
}

/** The scorer's row totals (`beginRow`, then `rowTotals`), copied out of its reused buffer. */
function scorerTotals(
  mentors: readonly Mentor[],
  adepts: readonly Adept[],
  weights: Weights,
  criteria: ResolvedCriteriaOptions,
): Float64Array[] {
  const scorer = createScorer(mentors, adepts, { weights, criteria, table: context().table });
  return mentors.map((_, m) => {
    scorer.beginRow(m);
    return Float64Array.from(scorer.rowTotals()!);
  });
}

/** Equal to the bit, -0 and +0 told apart. */
function sameBits(got: Float64Array[], want: Float64Array[]): void {
  expect(got.length).toBe(want.length);
  got.forEach((row, m) => {
    expect(row.length).toBe(want[m]!.length);
    row.forEach((x, a) => {
      if (!Object.is(x, want[m]![a])) expect([m, a, x]).toEqual([m, a, want[m]![a]]);
    });
  });
}

/**
 * The scorer's rows: whole rows (`row`, copied out of its reused buffer), or one adept at a time
 * (`beginRow`, then `unitsOf` per adept).
 */
function scorerRows(
  mentors: readonly Mentor[],
  adepts: readonly Adept[],
  weights: Weights,
  criteria: ResolvedCriteriaOptions,
  via: "row" | "unitsOf" = "row",
): Int32Array[] {
  const scorer = createScorer(mentors, adepts, { weights, criteria, table: context().table });
  return mentors.map((_, m) => {
    if (via === "row") return Int32Array.from(scorer.row(m));
    scorer.beginRow(m);
    return Int32Array.from(adepts, (_, a) => scorer.unitsOf(a));
  });
}

/**
 * People whose every field comes from one of a few drawn people, picked field by field: adepts
 * share some fields and differ in others, so a group that ignored one field would merge adepts
 * that score differently.
 */
function mixed<T extends object>(person: fc.Arbitrary<T>, tag: string) {
  return fc
    .tuple(
      fc.array(person, { minLength: 1, maxLength: 4 }),
      fc.array(fc.array(fc.nat(), { minLength: 16, maxLength: 16 }), {
        minLength: 1,
        maxLength: 24,
      }),
    )
    .map(([distinct, picks]) =>
      picks.map((pick, i) => {
        const out: Record<string, unknown> = { id: `${tag}${i}` };
        const keys = [...new Set(distinct.flatMap((d) => Object.keys(d)))].sort();
        keys.forEach((key, k) => {
          const from = distinct[pick[k % pick.length]! % distinct.length] as Record<
            string,
            unknown
          >;
          if (key !== "id" && from[key] !== undefined) out[key] = from[key];
        });
        // Required fields are present in every drawn person.
        return { ...distinct[0]!, ...out } as T;
      }),
    );
}

describe("the scorer's fused row path", () => {
  it("gives each pair's criteria summed in order, to the bit (totals) and in units, on random cohorts", () => {
    fc.assert(
      fc.property(
        mixed(mentorArb, "M"),
        mixed(adeptArb, "A"),
        weightsArb,
        criteriaOptionsArb,
        (mentors, adepts, weights, criteria) => {
          sameBits(
            scorerTotals(mentors, adepts, weights, criteria),
            referenceTotals(mentors, adepts, weights, criteria),
          );
          const got = scorerRows(mentors, adepts, weights, criteria);
          expect(got).toEqual(referenceRows(mentors, adepts, weights, criteria));
          // And each pair from its criterion scores (the scorer's own pair path).
          const scorer = createScorer(mentors, adepts, { ...context(), criteria, weights });
          got.forEach((row, m) => {
            row.forEach((units, a) => {
              expect(units).toBe(weightedUnits(scorer.criteria(m, a), weights));
            });
          });
          // And a helper thread's scorer, from the row path as sent to it (a structured clone).
          const helper = scorerOfRows(structuredClone(rowsOfScorer(scorer)));
          got.forEach((row, m) => {
            helper.beginRow(m);
            row.forEach((units, a) => {
              expect(helper.unitsOf(a)).toBe(units);
            });
          });
          expect(scorerRows(mentors, adepts, weights, criteria, "unitsOf")).toEqual(got);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("gives each pair's criteria summed in order on a generated bench cohort (300 + 300), to the bit", () => {
    const cohort = CohortSchema.parse(generateCohort(300, 7));
    const { weights, criteria } = resolveOptions("test", undefined);
    sameBits(
      scorerTotals(cohort.mentors, cohort.adepts, weights, criteria),
      referenceTotals(cohort.mentors, cohort.adepts, weights, criteria),
    );
    const got = scorerRows(cohort.mentors, cohort.adepts, weights, criteria);
    expect(got).toEqual(referenceRows(cohort.mentors, cohort.adepts, weights, criteria));
  });

  it("on a generated 600 + 600 cohort (grouped criteria, row classes of several ids), every pair's row units equal its criteria's", () => {
    const cohort = CohortSchema.parse(generateCohort(600, 11));
    const { weights, criteria } = resolveOptions("test", undefined);
    const scorer = createScorer(cohort.mentors, cohort.adepts, { ...context(), criteria, weights });
    for (let m = 0; m < cohort.mentors.length; m += 3) {
      const row = scorer.row(m);
      for (let a = m % 5; a < cohort.adepts.length; a += 5) {
        expect(row[a]).toBe(weightedUnits(scorer.criteria(m, a), weights));
      }
    }
  });

  it("row and units agree, whichever is asked first", () => {
    const cohort = CohortSchema.parse(generateCohort(40, 3));
    const { weights, criteria } = resolveOptions("test", undefined);
    const scorer = createScorer(cohort.mentors, cohort.adepts, {
      weights,
      criteria,
      table: context().table,
    });
    const byPair = cohort.mentors.map((_, m) => cohort.adepts.map((_, a) => scorer.units(m, a)));
    const byRow = cohort.mentors.map((_, m) => Array.from(scorer.row(m)));
    expect(byRow).toEqual(byPair);
    expect(() => scorer.row(cohort.mentors.length)).toThrow(/Scorer\.row: mentor index/);
    expect(() => scorer.beginRow(-1)).toThrow(/Scorer\.beginRow: mentor index/);
  });

  it("beginRow and unitsOf give row's units with preference as a seventh criterion", () => {
    const input = generateCohort(60, 5);
    // Every third person ranks three people of the other side, some of them twice over.
    input.mentors.forEach((m, i) => {
      if (i % 3 === 0) m.preferences = [0, 7, 11].map((k) => input.adepts[(i + k) % 60]!.id);
    });
    input.adepts.forEach((a, j) => {
      if (j % 3 === 1) a.preferences = [0, 5].map((k) => input.mentors[(j + k) % 60]!.id);
    });
    const cohort = CohortSchema.parse(input);
    const { weights, criteria } = resolveOptions("test", { weights: { preference: 2 } });
    const rows = scorerRows(cohort.mentors, cohort.adepts, weights, criteria);
    expect(scorerRows(cohort.mentors, cohort.adepts, weights, criteria, "unitsOf")).toEqual(rows);
    // The oracle: each pair's seven criterion scores from the pair path (`criteria`, which looks
    // preference up pair by pair), weighted as `weightedUnits` does.
    const pairs = createScorer(cohort.mentors, cohort.adepts, {
      weights,
      criteria,
      table: context().table,
    });
    const expected = cohort.mentors.map((_, m) =>
      Int32Array.from(cohort.adepts, (_, a) => weightedUnits(pairs.criteria(m, a), weights)),
    );
    expect(rows).toEqual(expected);
    // The rows differ from the six criteria's alone: preference was counted.
    const six = { ...weights };
    delete six.preference;
    expect(scorerRows(cohort.mentors, cohort.adepts, six, criteria)).not.toEqual(rows);
  });
});

describe("groupsByFields", () => {
  it("puts two people in one group exactly when their fields are equal (-0, holes, separators too)", () => {
    // Objects as the criteria read them (education, leadership): strings, numbers, lists, keys
    // left out or undefined, with and without a prototype (few values, so that people often
    // agree); and objects of other values (read as JSON).
    const object = fc.oneof(
      fc.record(
        {
          level: fc.constantFrom("master", undefined),
          staffCount: fc.constantFrom(0, -0),
          fields: fc.constantFrom([], ["a"], ["a", ""], ["a\u0002"]),
        },
        { requiredKeys: [], noNullPrototype: false },
      ),
      fc.record({ on: fc.boolean(), at: fc.constantFrom([1], [1, "1"], ["1"]) }),
    );
    const value = fc.oneof(
      fc.constantFrom(undefined, 0, -0, 1.5, "", "HR", "H\u0001R", "a\u0002b", "u"),
      fc.array(fc.constantFrom("", "HR", "a\u0002b", "a", "b"), { maxLength: 3 }),
      fc.record({ level: fc.constantFrom("master", "bachelor") }),
      object,
    );
    const same = (x: unknown, y: unknown): boolean =>
      JSON.stringify(x, (_, v) => (Object.is(v, -0) ? "-0" : v === undefined ? "<u>" : v)) ===
      JSON.stringify(y, (_, v) => (Object.is(v, -0) ? "-0" : v === undefined ? "<u>" : v));
    const sameGroups = (people: readonly { a: unknown; b?: unknown }[], fields: string[]) => {
      const { of } = groupsByFields(people, fields);
      // The same fields read twenty times over: too many for one number per person, so the
      // prefix walk groups them, alike.
      const many = Array.from({ length: 20 }, () => fields).flat();
      expect(groupsByFields(people, many).of).toEqual(of);
      for (let i = 0; i < people.length; i++)
        for (let j = 0; j < people.length; j++) {
          const equal = same(people[i]!.a, people[j]!.a) && same(people[i]!.b, people[j]!.b);
          expect(of[i] === of[j]).toBe(equal);
        }
    };
    fc.assert(
      fc.property(
        fc.array(fc.record({ a: value, b: value }), { minLength: 2, maxLength: 6 }),
        (people) => sameGroups(people, ["a", "b"]),
      ),
      { seed: 515, numRuns: 1_000 },
    );
    fc.assert(
      fc.property(fc.array(fc.record({ a: object }), { minLength: 2, maxLength: 8 }), (people) =>
        sameGroups(people, ["a"]),
      ),
      { seed: 517, numRuns: 1_000 },
    );
  });

  it("with a most, gives null exactly when there are more groups, else the same groups", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ a: fc.constantFrom("x", "y", "z", "w") }), { maxLength: 8 }),
        fc.nat(5),
        (people, most) => {
          const all = groupsByFields(people, ["a"]);
          const capped = groupsByFields(people, ["a"], most);
          if (all.first.length > most) expect(capped).toBeNull();
          else expect(capped).toEqual(all);
        },
      ),
      { seed: 516, numRuns: 500 },
    );
  });

  it("asks its look after 128, 256, 512, ... people, and gives up (null) when the look says so", () => {
    const people = Array.from({ length: 1_100 }, (_, i) => ({ a: `v${i % 700}` }));
    const asked: [number, number][] = [];
    expect(
      groupsByFields(people, ["a"], Number.POSITIVE_INFINITY, (keyed, groups) => {
        asked.push([keyed, groups]);
        return false;
      })?.first.length,
    ).toBe(700);
    expect(asked).toEqual([
      [128, 128],
      [256, 256],
      [512, 512],
      [1024, 700],
    ]);
    expect(groupsByFields(people, ["a"], Number.POSITIVE_INFINITY, (k) => k === 512)).toBeNull();
  });
});

describe("scorerGroups", () => {
  it("gives a criterion's groups exactly as keying everyone does, or null; below 256 people null exactly past n / 2 groups", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_400 }),
        fc.integer({ min: 1, max: 1_400 }),
        fc.integer({ min: 0, max: 3 }),
        (n, distinct, skew) => {
          // Values drawn with more or less repetition (skew: a few common values, a long tail).
          const people = Array.from({ length: n }, (_, i) => ({
            a: `v${Math.floor(distinct * (((i * 7919) % n) / n) ** (skew + 1))}`,
          }));
          const all = groupsByFields(people, ["a"]);
          const got = scorerGroups(people, ["a"]);
          if (got !== null) expect(got).toEqual(all);
          if (all.first.length > Math.floor(n / 2)) expect(got).toBeNull();
          if (n < 256) expect(got === null).toBe(all.first.length > Math.floor(n / 2));
          // A few values: nothing rules grouping out (neither the sample nor the forecast).
          if (distinct <= 16 && all.first.length <= Math.floor(n / 2)) expect(got).not.toBeNull();
        },
      ),
      { seed: 2214, numRuns: 200 },
    );
  });

  it("rules out a criterion whose first 128 adepts are nearly all alone, from 256 adepts on", () => {
    // 122 groups among the first 128 (121 alone), then everyone alike: 122 of 300, under n / 2.
    const people = Array.from({ length: 300 }, (_, i) => ({ a: i < 121 ? `v${i}` : "same" }));
    expect(groupsByFields(people, ["a"]).first.length).toBe(122);
    expect(scorerGroups(people, ["a"])).toBeNull();
    // 121 groups among them is not nearly all (95 % of 128 is 121.6).
    const fewer = people.map((p, i) => (i === 120 ? { a: "same" } : p));
    expect(scorerGroups(fewer, ["a"])?.first.length).toBe(121);
  });
});

describe("jointClasses", () => {
  it("puts two adepts in one class exactly when all their ids agree, numbered by first adept (small and large id spaces)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(1, 40_000),
        fc.array(fc.array(fc.nat(), { minLength: 3, maxLength: 3 }), { maxLength: 40 }),
        (small, scale, rows) => {
          const sizes = small.map((x, i) => (i === 0 ? x * scale : x));
          const n = rows.length;
          const ids = sizes.map((size, i) => Int32Array.from(rows, (r) => r[i]! % size));
          const { of, first } = jointClasses(n, ids, sizes);
          const same = (x: number, y: number) => ids.every((id) => id[x] === id[y]);
          for (let x = 0; x < n; x++)
            for (let y = 0; y < n; y++) expect(of[x] === of[y]).toBe(same(x, y));
          // Class k's first adept is the first adept with class k, in order of first adept.
          first.forEach((j, k) => {
            expect(of[j]).toBe(k);
            expect(Array.from(of).indexOf(k)).toBe(j);
          });
          for (let k = 1; k < first.length; k++) expect(first[k]).toBeGreaterThan(first[k - 1]!);
        },
      ),
      { seed: 2215, numRuns: 300 },
    );
    expect(() => jointClasses(1, [[0], [0]], [2 ** 30, 2 ** 30])).toThrow(RangeError);
  });
});
