import { describe, expect, it } from "vitest";
import { type CohortInput, match, scoreMatrix } from "../../src/index.js";
import { auditPlan } from "../../src/learn/index.js";
import { cohorts, SEED } from "./helpers.js";

const BANDS = ["30-39", "40-49", "50-59"];

/** The cohort with an age band per person (and one person without), which scoring never reads. */
function withBands(cohort: CohortInput): CohortInput {
  return {
    ...cohort,
    mentors: cohort.mentors.map((m, i) => ({
      ...m,
      auditAttributes: { ageBand: BANDS[i % 3]!, manager: true },
    })),
    adepts: cohort.adepts.map((a, j) =>
      j === 0 ? a : { ...a, auditAttributes: { ageBand: BANDS[(j + 1) % 3]! } },
    ),
  };
}

/** The audit of one field computed directly: people by value, their pairs' scores. */
function direct(
  cohort: CohortInput,
  result: ReturnType<typeof match>,
  value: (p: Record<string, unknown>) => string | null,
) {
  const groups = new Map<string | null, { people: number; matched: number; scores: number[] }>();
  const people = [
    ...cohort.mentors.map((m) => ({
      p: m as Record<string, unknown>,
      pairs: result.pairs.filter((x) => x.mentorId === m.id),
    })),
    ...cohort.adepts.map((a) => ({
      p: a as Record<string, unknown>,
      pairs: result.pairs.filter((x) => x.adeptId === a.id),
    })),
  ];
  for (const { p, pairs } of people) {
    const v = value(p);
    const g = groups.get(v) ?? { people: 0, matched: 0, scores: [] };
    g.people++;
    if (pairs.length > 0) g.matched++;
    g.scores.push(...pairs.map((x) => x.score));
    groups.set(v, g);
  }
  return groups;
}

describe("auditPlan", () => {
  const cohort = withBands(cohorts(1, SEED + 33)[0]!);
  const result = match(cohort);

  it("audit attributes change no score and no pair", () => {
    const plain = cohorts(1, SEED + 33)[0]!;
    expect(scoreMatrix(cohort).score).toEqual(scoreMatrix(plain).score);
    const a = match(plain);
    expect(result.pairs).toEqual(a.pairs);
    expect(result.objective).toEqual(a.objective);
  });

  it.each([
    ["municipality", (p: Record<string, unknown>) => p.municipality as string],
    ["sector", (p: Record<string, unknown>) => p.sector as string],
    [
      "ageBand",
      (p: Record<string, unknown>) =>
        ((p.auditAttributes as Record<string, string> | undefined)?.ageBand ?? null) as
          | string
          | null,
    ],
  ] as const)("gives the figures of a direct computation by %s", (field, value) => {
    const audit = auditPlan(cohort, result, { by: [field] });
    const want = direct(cohort, result, value);
    const got = audit.fields[0]!;
    expect(got.field).toBe(field);
    expect(got.groups.map((g) => g.value).sort()).toEqual([...want.keys()].sort());
    for (const g of got.groups) {
      const w = want.get(g.value)!;
      expect(g.people).toBe(w.people);
      expect(g.matched).toBe(w.matched);
      expect(g.shareMatched).toBeCloseTo(w.matched / w.people, 12);
      if (w.scores.length === 0) expect(g.meanScore).toBeNull();
      else {
        expect(g.meanScore).toBeCloseTo(w.scores.reduce((s, x) => s + x, 0) / w.scores.length, 9);
        expect(g.lowestScore).toBe(Math.min(...w.scores));
      }
    }
    const valued = got.groups.filter((g) => g.value !== null && g.meanScore !== null);
    const means = valued.map((g) => g.meanScore!);
    expect(got.gaps.meanScore).toBeCloseTo(Math.max(...means) - Math.min(...means), 9);
  });

  it("prices fairness as the total objective's total minus the fair objective's", () => {
    const audit = auditPlan(cohort, result);
    const fair = match(cohort, { objective: "fair" });
    expect(audit.priceOfFairness.totalScore).toBe(result.objective.totalScore);
    expect(audit.priceOfFairness.fairTotalScore).toBe(fair.objective.totalScore);
    expect(audit.priceOfFairness.price).toBeCloseTo(
      result.objective.totalScore - fair.objective.totalScore,
      4,
    );
    expect(audit.priceOfFairness.price).toBeGreaterThanOrEqual(0);
    expect(audit.priceOfFairness.fairWeakestScore ?? 0).toBeGreaterThanOrEqual(
      result.objective.weakestScore ?? 0,
    );
  });

  it("groups by role, and refuses a field nobody has", () => {
    const audit = auditPlan(cohort, result, { by: ["role"] });
    expect(audit.fields[0]!.groups.map((g) => [g.value, g.people])).toEqual([
      ["adept", cohort.adepts.length],
      ["mentor", cohort.mentors.length],
    ]);
    expect(() => auditPlan(cohort, result, { by: ["gender"] })).toThrow(
      /^auditPlan: no person has a field or audit attribute "gender"/u,
    );
  });

  it("refuses too many or odd audit attributes through the schema", () => {
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, i]));
    const bad = { ...cohort, adepts: cohort.adepts.map((a) => ({ ...a, auditAttributes: many })) };
    expect(() => match(bad)).toThrow(/auditAttributes/u);
    const nested = {
      ...cohort,
      adepts: cohort.adepts.map((a) => ({ ...a, auditAttributes: { x: { y: 1 } } })),
    };
    expect(() => match(nested as never)).toThrow(/auditAttributes/u);
    const blank = {
      ...cohort,
      adepts: cohort.adepts.map((a) => ({ ...a, auditAttributes: { " ": "x" } })),
    };
    expect(() => match(blank)).toThrow(/auditAttributes/u);
  });
});
