import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_PREFERENCE_WEIGHT,
  preferenceFacts,
  preferenceScore,
  rankValue,
} from "../../src/criteria/preference.js";
import { weightedUnits } from "../../src/criteria/total.js";
import { type CohortInput, explain, match, renderReport, scorePair } from "../../src/index.js";
import { prepare } from "../../src/prepare/prepare.js";
import { cohortArbitrary } from "../arbitraries.js";
import { rankedCohort } from "../stable/oracle.js";

const SEED = 714;
const root = join(import.meta.dirname, "..", "..");
const spring = JSON.parse(
  readFileSync(join(root, "examples", "sjuharad-spring-2024.json"), "utf8"),
) as CohortInput;

/** The result as JSON with its timings zeroed: what must not change byte for byte. */
const bytes = (x: unknown) => JSON.stringify(x, (k, v) => (k === "ms" ? 0 : v));

describe("preference: the formula", () => {
  it.each([
    // [adept's list, mentor's list, score]
    [undefined, undefined, 0.5],
    [["M2"], ["A2"], 0.5],
    [["M1", "M2", "M3"], undefined, 0.75],
    [["M3", "M2", "M1"], undefined, 0.5 + 1 / 3 / 4],
    [undefined, ["A1"], 0.75],
    [["M1"], ["A1", "A2"], 1],
    [["M2", "M1"], ["A2", "A1"], 0.5 + (0.5 + 0.5) / 4],
    [[" m1 "], undefined, 0.75],
  ] as const)("adept ranks %j, mentor ranks %j: %d", (adeptList, mentorList, score) => {
    const facts = preferenceFacts(
      { id: "M1", preferences: mentorList },
      { id: "A1", preferences: adeptList },
    );
    expect(facts.score).toBeCloseTo(score, 12);
  });

  it("the facts say where each side put the other, out of how many", () => {
    expect(
      preferenceFacts({ id: "M1", preferences: ["A9"] }, { id: "A1", preferences: ["M4", "M1"] }),
    ).toEqual({
      score: 0.5 + 0.5 / 4,
      adeptRank: 2,
      adeptListed: 2,
      mentorRank: null,
      mentorListed: 1,
    });
  });

  it("a rank is worth 1 for a first choice, 1/n for the last of n, 0 when absent", () => {
    expect(rankValue(1, 4)).toBe(1);
    expect(rankValue(4, 4)).toBe(0.25);
    expect(rankValue(null, 4)).toBe(0);
    expect(preferenceScore(0, 0)).toBe(0.5);
  });

  it("is in [0, 1], is 0.5 exactly when neither ranked the other, and treats both sides alike", () => {
    const ids = (p: string) => Array.from({ length: 6 }, (_, i) => `${p}${i}`);
    const list = (p: string) => fc.uniqueArray(fc.constantFrom(...ids(p)), { maxLength: 6 });
    fc.assert(
      fc.property(list("M"), list("A"), fc.nat(5), fc.nat(5), (adeptList, mentorList, m, a) => {
        const mentor = { id: `M${m}`, preferences: mentorList };
        const adept = { id: `A${a}`, preferences: adeptList };
        const f = preferenceFacts(mentor, adept);
        expect(f.score).toBeGreaterThanOrEqual(0);
        expect(f.score).toBeLessThanOrEqual(1);
        expect(f.score === 0.5).toBe(f.adeptRank === null && f.mentorRank === null);
        // The same ranks given by the other side score the same.
        const swapped = preferenceFacts(
          { id: `M${a}`, preferences: adeptList.map((x) => x.replace("M", "A")) },
          { id: `A${m}`, preferences: mentorList.map((x) => x.replace("A", "M")) },
        );
        expect(swapped.score).toBe(f.score);
        // A higher rank on either side never scores less.
        if (f.adeptRank !== null && f.adeptRank > 1) {
          const up = [...adeptList];
          [up[f.adeptRank - 2], up[f.adeptRank - 1]] = [up[f.adeptRank - 1]!, up[f.adeptRank - 2]!];
          expect(preferenceFacts(mentor, { ...adept, preferences: up }).score).toBeGreaterThan(
            f.score,
          );
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe("preference in the scorer and the result", () => {
  it("every pair's units: the row path, the pair path and the criteria agree, and preference equals its facts", () => {
    fc.assert(
      fc.property(rankedCohort, ({ cohort, options }) => {
        const p = prepare("match", cohort, options);
        const ranked = [...p.mentors, ...p.adepts].some((x) => (x.preferences?.length ?? 0) > 0);
        expect(p.options.weights.preference).toBe(ranked ? DEFAULT_PREFERENCE_WEIGHT : undefined);
        for (let m = 0; m < p.mentors.length; m++) {
          const row = Int32Array.from(p.scorer.row(m));
          for (let a = 0; a < p.adepts.length; a++) {
            const c = p.scorer.criteria(m, a);
            expect(c.preference).toBe(
              ranked ? preferenceFacts(p.mentors[m]!, p.adepts[a]!).score : undefined,
            );
            expect(row[a]).toBe(weightedUnits(c, p.options.weights));
          }
        }
        // The pair path: a fresh scorer (a copy of the cohort, so `prepare` cannot hand back the
        // one whose row was just filled) that jumps between mentors.
        const q = prepare("match", structuredClone(cohort), options);
        for (let a = 0; a < q.adepts.length; a++)
          for (let m = q.mentors.length - 1; m >= 0; m--)
            expect(q.scorer.units(m, a)).toBe(
              weightedUnits(q.scorer.criteria(m, a), q.options.weights),
            );
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it("a ranked pair scores higher than the same pair unranked, by the weight's share", () => {
    const ranked: CohortInput = {
      ...spring,
      adepts: spring.adepts.map((a, j) => (j === 0 ? { ...a, preferences: ["M05"] } : a)),
    };
    const p = match(ranked, { alternatives: 0 });
    expect(p.audit.weights.preference).toBe(2);
    const a01 = spring.adepts[0]!.id;
    const pair = scorePair(
      { ...spring.mentors[4]! },
      { ...spring.adepts[0]!, preferences: ["M05"] },
    );
    const plain = scorePair(spring.mentors[4]!, spring.adepts[0]!);
    expect(pair.criteria.preference).toBe(0.75);
    expect(plain.criteria.preference).toBeUndefined();
    expect(a01).toBe("A01");
    // Weights 1+1+1+3+1+1 = 8 without preference, 10 with: the six scores weigh 8/10 as much.
    const six = plain.total * 8;
    expect(pair.total).toBeCloseTo((six + 2 * 0.75 * 100) / 10, 3);
  });

  it("weights.preference is taken from the options, and 0 removes it from the total but not from the facts", () => {
    const ranked: CohortInput = {
      ...spring,
      mentors: spring.mentors.map((m, i) => (i === 2 ? { ...m, preferences: ["A01", "A02"] } : m)),
    };
    const five = match(ranked, { weights: { preference: 5 } });
    expect(five.audit.weights.preference).toBe(5);
    const zero = match(ranked, { weights: { preference: 0 } });
    expect(zero.audit.weights.preference).toBe(0);
    expect(zero.pairs.every((p) => p.facts.preference !== undefined)).toBe(true);
    const { preference: _, ...six } = zero.audit.weights;
    expect(zero.objective.totalScore).toBe(match(spring, { weights: six }).objective.totalScore);
    expect(() => match(ranked, { weights: { preference: -1 } })).toThrow(
      /^match: options\.weights\.preference/u,
    );
  });

  it("explain and the report name the preference criterion only when someone gave preferences", () => {
    const ranked: CohortInput = {
      ...spring,
      mentors: spring.mentors.map((m) => (m.id === "M05" ? { ...m, preferences: ["A01"] } : m)),
      adepts: spring.adepts.map((a, j) => (j === 0 ? { ...a, preferences: ["M03", "M01"] } : a)),
    };
    const r = match(ranked);
    expect(r.pairs.some((p) => p.mentorId === "M05" && p.adeptId === "A01")).toBe(true);
    const en = explain(r, { lang: "en" });
    expect(en).toContain("Preference 75%: A01 did not rank M05; M05 ranked A01 number 1 of 1.");
    expect(en).toContain("ranked the other (preference neutral, 50%)");
    expect(explain(r, { lang: "sv" })).toContain("rangordnade");
    const html = renderReport(ranked, r, { lang: "en" });
    expect(html).toContain('<th class="num crit">preference</th>');
    const plain = match(spring);
    expect(explain(plain, { lang: "en" })).not.toMatch(/preference|ranked/u);
    expect(renderReport(spring, plain, { lang: "en" })).not.toMatch(/preference/u);
  });
});

describe("without preferences, results are those of before", () => {
  it("no result of a cohort without preferences names preference, whatever weights.preference says", () => {
    fc.assert(
      fc.property(
        cohortArbitrary({ maxMentors: 5, maxAdepts: 5, ineligible: true }),
        fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
        (cohort, w) => {
          const plain = match(cohort);
          expect(bytes(plain)).not.toMatch(/preference/u);
          const withWeight = match(cohort, w === undefined ? {} : { weights: { preference: w } });
          expect(bytes(withWeight)).toBe(bytes(plain));
          // Empty lists are no preferences either.
          const empty: CohortInput = {
            ...cohort,
            adepts: cohort.adepts.map((a) => ({ ...a, preferences: [] })),
          };
          const e = match(empty);
          expect(bytes({ ...e, audit: { ...e.audit, inputHash: "" } })).toBe(
            bytes({ ...plain, audit: { ...plain.audit, inputHash: "" } }),
          );
        },
      ),
      { seed: SEED, numRuns: 40 },
    );
  });

  it("the examples' results are byte for byte what the six criteria give (the README's numbers)", () => {
    const r = match(spring);
    expect(Object.keys(r.audit.weights)).toEqual([
      "geography",
      "experience",
      "education",
      "wishes",
      "leadership",
      "sector",
    ]);
    for (const p of r.pairs) {
      expect(Object.keys(p.criteria)).toHaveLength(6);
      expect(p.facts.preference).toBeUndefined();
      expect(p.score * 10_000).toBe(weightedUnits(p.criteria, r.audit.weights));
    }
  });
});
